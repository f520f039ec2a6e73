// Finds the entities an English text names, as the same Mention records the Chinese finder
// gives: lexicon names first (Xi Jinping, SCO, United States, the Kremlin), demonyms (Chinese) and
// capitals acting for their state (Beijing said), then people the lexicon does not know, found by
// a title before the name (Foreign Minister Sergei Lavrov) or a speech verb after it (John Smith
// said), then the surnames that refer back to a person named in full (Putin, Lavrov).
import type { OrgKind } from "../../graph/schema.ts";
import type { Mention } from "../mentions.ts";
import { alternation, englishData, englishTerms, foreignMinistries } from "./lexicon.ts";

/** A capital stands for its government unless it is the place where something happens. */
const PLACE_BEFORE =
  /\b(in|to|at|from|into|near|outside|inside|around|across|via|toward|towards|visit|visited|visiting|visits|arrived in|left|of|between|and|nearby)\s+$/i;
/** A capitalised word, with the particles of European and Arabic names before it (von der Leyen, bin Salman). */
const NAME_WORD = "(?:(?:von|van|der|den|de|da|di|al|bin|el|la|le) +)*[A-Z][a-zA-Z'’-]+";
/** Capitalised words that open sentences or headings, never a name. */
const NOT_NAME = new Set(
  "The A An And But Or In On At As By For From Of To With Without After Before During While When Where Why How What Who Whom Which This That These Those It Its He She They We I You Our Their His Her Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Here There Now Then Also However Meanwhile Still Yet Most Some Many Both All Each Every No Not New Last Next Western Eastern Northern Southern Cold War World Great Hall People".split(
    " ",
  ),
);
const TITLE = new RegExp(`\\b(${alternation(englishData.titles)}) +((?:${NAME_WORD} +){0,2}${NAME_WORD})`, "g");
const SPEECH = alternation(englishData.speechVerbs);
/** An inverted attribution after a quotation: "...," said Josep Borrell. */
const NAME_AFTER_VERB = new RegExp(`["”],? +(?:${SPEECH}) +(${NAME_WORD}(?: +${NAME_WORD}){1,2})`, "g");
const NAME_BEFORE_VERB = new RegExp(
  `\\b(${NAME_WORD}(?: +${NAME_WORD}){1,2})(?:,[^,\\n]{3,80},)? +(?:${SPEECH})\\b`,
  "g",
);
/** Family name first: Chinese and Korean names refer back by their first word (Xi of Xi Jinping); Vietnamese ones by the last. */
const FAMILY_NAME_FIRST = new Set(["CHN", "TWN", "KOR", "PRK"]);

/** Every entity mention in `text`, sorted by offset. */
export function findEnglishMentions(text: string): Mention[] {
  const taken = new Uint8Array(text.length + 1);
  const found = lexiconMentions(text, taken);
  found.push(...ministries(text, taken, found));
  found.sort((a, b) => a.start - b.start);
  found.push(...namedBodies(text, taken, found));
  found.sort((a, b) => a.start - b.start);
  found.push(...titledPeople(text, taken, found));
  found.push(...speakingPeople(text, taken));
  found.sort((a, b) => a.start - b.start);
  found.push(...surnames(text, taken, found));
  return found.sort((a, b) => a.start - b.start);
}

function lexiconMentions(text: string, taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (const { start, end, value } of englishTerms.scan(text)) {
    if (/[a-z]/i.test(text[end] ?? "")) continue; // "Chinese" is not "Chin"; English words end at a non-letter
    switch (value.kind) {
      case "country":
        out.push({ label: "Country", key: value.iso3, start, end, form: "name" });
        break;
      case "demonym":
        out.push({ label: "Country", key: value.iso3, start, end, form: "short" });
        break;
      case "capital":
        if (!value.iso3 || PLACE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
        out.push({ label: "Country", key: value.iso3, start, end, form: "capital" });
        break;
      case "org":
        out.push({
          label: "Organization",
          key: value.entry.name,
          start,
          end,
          form: "name",
          kind: value.entry.kind,
          country: value.entry.country,
        });
        break;
      case "person":
        // one word of a longer name is someone else (Kim of Kim Il-Sung)
        if (!/\s/.test(text.slice(start, end)) && /^[\s-]+[A-Z]/.test(text.slice(end, end + 2))) continue;
        out.push({
          label: "Person",
          key: value.entry.name,
          start,
          end,
          form: "name",
          country: value.entry.country,
          knownRole: value.entry.role,
        });
        break;
      default:
        continue;
    }
    taken.fill(1, start, end);
  }
  return out;
}

const MINISTRY = /^(['’]s)?\s+(foreign ministry|ministry of foreign affairs|foreign affairs ministry)\b/i;
/** "the Ministry of Foreign Affairs of the People's Republic of China", before the state it names. */
const MINISTRY_OF = /\b(ministry of foreign affairs|foreign ministry) of (the )?$/i;

/** "Russia's foreign ministry", "the Japanese Foreign Ministry": the state's ministry the lexicon knows. */
function ministries(text: string, taken: Uint8Array, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const c of found) {
    const entry = c.label === "Country" ? foreignMinistries.get(c.key) : undefined;
    const of = entry && MINISTRY_OF.exec(text.slice(Math.max(0, c.start - 40), c.start));
    if (entry && of) {
      const start = c.start - of[0].length;
      if (!taken.subarray(start, c.start).some((t) => t)) {
        taken.fill(1, start, c.start);
        out.push({
          label: "Organization",
          key: entry.name,
          start,
          end: start + (of[1] as string).length,
          form: "name",
          kind: "government",
          country: c.key,
        });
      }
      continue;
    }
    const m = entry && MINISTRY.exec(text.slice(c.end, c.end + 40));
    if (!entry || !m) continue;
    const start = c.end + m[0].length - (m[2] as string).length;
    const end = c.end + m[0].length;
    if (taken.subarray(start, end).some((t) => t)) continue;
    taken.fill(1, start, end);
    out.push({ label: "Organization", key: entry.name, start, end, form: "name", kind: "government", country: c.key });
  }
  return out;
}

/** The last word of a body's name tells its kind (the Defence Ministry, the Global Times, the Labour Party). */
const BODY_KIND: [RegExp, OrgKind][] = [
  [
    /^(Ministry|Department|Office|Council|Government|Commission|Parliament|Assembly|Court|Army|Navy|Forces|Senate|Cabinet|Embassy|Consulate|Administration|Bureau|Agency|Guard)$/,
    "government",
  ],
  [/^(News|Times|Post|Daily|Press|Journal|Broadcasting|Television|Radio|Herald|Tribune|Telegraph|Guardian)$/, "media"],
  [/^(Party|Front|Movement)$/, "party"],
  [/^(Bank|Group|Corporation|Corp|Company|Inc|Ltd)$/, "company"],
  [/^(Organization|Organisation|Union|Association|Alliance|Forum|Institute|Foundation|Fund|Committee)$/, "other"],
];
const BODY = new RegExp(
  `\\b(?:${NAME_WORD} +){1,4}(${BODY_KIND.map(([re]) => re.source.slice(2, -2)).join("|")})\\b`,
  "g",
);

/** Bodies the lexicon does not know, named by capitalised words ending in what they are, keyed by that name. */
function namedBodies(text: string, taken: Uint8Array, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(BODY)) {
    let start = m.index;
    const end = start + m[0].length;
    // the words of the name not already read (Russian of "Russian Defence Ministry" is a country)
    while (start < end && (taken[start] || NOT_NAME.has(text.slice(start, end).split(" ")[0] as string))) {
      const space = text.indexOf(" ", start);
      if (space < 0 || space >= end) break;
      start = space + 1;
    }
    const name = text.slice(start, end);
    if (
      !name.includes(" ") ||
      name.split(" ").some((w) => NOT_NAME.has(w)) ||
      taken.subarray(start, end).some((t) => t)
    )
      continue;
    const kind = BODY_KIND.find(([re]) => re.test(m[1] as string))?.[1] ?? "other";
    // the state named right before (Russian Defence Ministry, China's Commerce Ministry) owns it
    const owner = found.find((c) => c.label === "Country" && /^(['’]s)? +$/.test(text.slice(c.end, start)));
    taken.fill(1, start, end);
    // keyed with its owner: Russia's Defence Ministry is not Japan's
    const key = owner ? text.slice(owner.start, end) : name;
    out.push({ label: "Organization", key, start, end, form: "name", kind, country: owner?.key });
  }
  return out;
}

/** Where a title's role begins: the country or body named right before it (US president, North Korea's leader). */
function roleStart(text: string, titleStart: number, found: Mention[]): number {
  let start = titleStart;
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i] as Mention;
    if (m.end > start || m.label === "Person") continue;
    if (!/^(['’]s)?\s+$/.test(text.slice(m.end, start))) break;
    start = m.start;
  }
  return start;
}

/** People after a title: a lexicon person gets the title as role, an unknown name becomes a person. */
function titledPeople(text: string, taken: Uint8Array, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(TITLE)) {
    const titleStart = m.index;
    const nameStart = titleStart + m[0].length - (m[2] as string).length;
    const role = { start: roleStart(text, titleStart, found), end: titleStart + (m[1] as string).length };
    // a lexicon person within the name (Donald Trump: the lexicon knows Trump) takes the first names too
    const known = found.find(
      (f) => f.label === "Person" && f.start >= nameStart && f.start < nameStart + (m[2] as string).length,
    );
    if (known) {
      if (!taken.subarray(nameStart, known.start).some((t) => t)) known.start = nameStart;
      taken.fill(1, known.start, known.end);
      known.role = role;
      continue;
    }
    const words = (m[2] as string).split(/\s+/);
    const keep = words.findIndex((w) => NOT_NAME.has(w) || w.endsWith("'s") || w.endsWith("’s"));
    const name = (keep < 0 ? words : words.slice(0, keep)).join(" ");
    const end = nameStart + name.length;
    if (!name || NOT_NAME.has(name) || taken.subarray(nameStart, end).some((t) => t)) continue;
    taken.fill(1, nameStart, end);
    out.push({ label: "Person", key: name, start: nameStart, end, form: "name", role });
  }
  return out;
}

/** Two- or three-word capitalised names right before a speech verb (Anna Kovacs said). */
function speakingPeople(text: string, taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  const hits = [...text.matchAll(NAME_BEFORE_VERB)].map((m) => ({ name: m[1] as string, start: m.index }));
  for (const m of text.matchAll(NAME_AFTER_VERB))
    hits.push({ name: m[1] as string, start: m.index + m[0].length - (m[1] as string).length });
  for (const { name, start } of hits) {
    const end = start + name.length;
    if (name.split(/\s+/).some((w) => NOT_NAME.has(w)) || taken.subarray(start, end).some((t) => t)) continue;
    taken.fill(1, start, end);
    out.push({ label: "Person", key: name, start, end, form: "name" });
  }
  return out;
}

/** Later mentions of a person by one word of the full name (Lavrov after Sergei Lavrov). */
function surnames(text: string, taken: Uint8Array, found: Mention[]): Mention[] {
  const bySurname = new Map<string, Mention>();
  for (const m of found) {
    if (m.label !== "Person") continue;
    const words = text.slice(m.start, m.end).split(/\s+/);
    if (words.length < 2) continue;
    const country = m.country ?? found.find((c) => m.role && c.start >= m.role.start && c.end <= m.role.end)?.key;
    const surname = (FAMILY_NAME_FIRST.has(country ?? "") ? words[0] : words[words.length - 1]) as string;
    if (!NOT_NAME.has(surname) && !bySurname.has(surname)) bySurname.set(surname, m);
  }
  const out: Mention[] = [];
  for (const [surname, person] of bySurname) {
    const re = new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g");
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + surname.length;
      if (taken.subarray(start, end).some((t) => t) || /^[\s-]+[A-Z]/.test(text.slice(end, end + 2))) continue;
      taken.fill(1, start, end);
      const { role: _role, ...same } = person;
      out.push({ ...same, start, end, form: "short" });
    }
  }
  return out;
}
