// Finds the entities an English text names, as the same Mention records the Chinese finder
// gives: lexicon names first (Xi Jinping, SCO, United States, the Kremlin), demonyms (Chinese) and
// capitals acting for their state (Beijing said), then people the lexicon does not know, found by
// a title before the name (Foreign Minister Sergei Lavrov) or a speech verb after it (John Smith
// said), then the surnames that refer back to a person named in full (Putin, Lavrov).
import type { OrgKind } from "../../graph/schema.ts";
import type { Mention } from "../mentions.ts";
import { alternation, englishData, englishTerms, foreignMinistries } from "./lexicon.ts";
import { datelineCredit } from "./text.ts";

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
/** A middle initial inside a name: John F. Kennedy, Antony J. Blinken. */
const INITIAL = "(?:[A-Z]\\. +)?";
const TITLE = new RegExp(
  `\\b(${alternation(englishData.titles)}) +((?:${NAME_WORD} +${INITIAL}){0,2}${NAME_WORD})`,
  "g",
);
/** Titles as an apposition writes them: capitalised or not (China's director-general, the Foreign Minister). */
const ANY_CASE_TITLES = alternation([
  ...new Set(englishData.titles.flatMap((t) => [t, t.toLowerCase(), t[0]?.toUpperCase() + t.slice(1)])),
]);
/**
 * A name with its title after a comma, as a briefer or a source is introduced: "Jalina Porter,
 * Principal Deputy Spokesperson", "Liu Jinsong, China's director-general of Asian affairs", "Tim
 * Barrow, Second Permanent Under-Secretary for ...": the title may open with an article or the
 * state or body it serves.
 */
const TITLE_AFTER = new RegExp(
  `\\b(?:(?:Sir|Dame) +)?(${NAME_WORD}(?: +${INITIAL}${NAME_WORD}){1,2}), +((?:(?:the|a|an) +)?(?:[A-Z][\\w.-]*(?:['’]s)? +){0,3}(?:${ANY_CASE_TITLES}))(?=[,.;]|$| +(?:for|of|at|to|in) )`,
  "gm",
);
/** A title, then the name after a comma: "the Ambassador to China, Zheng Zeguang", "its spokesperson, Wang Wenbin,". */
const TITLE_THEN_NAME = new RegExp(
  `\\b(${ANY_CASE_TITLES})(?: +(?:to|of|for|in) +(?:the +)?[A-Z][\\w’'-]*(?: +[A-Z][\\w’'-]*)?)?, +(${NAME_WORD}(?: +${INITIAL}${NAME_WORD}){1,2})(?=[,.;]|$)`,
  "gm",
);
const SPEECH = alternation(englishData.speechVerbs);
/** An inverted attribution after a quotation: "...," said Josep Borrell. */
const NAME_AFTER_VERB = new RegExp(`["”],? +(?:${SPEECH}) +(${NAME_WORD}(?: +${INITIAL}${NAME_WORD}){1,2})`, "g");
const NAME_BEFORE_VERB = new RegExp(
  `\\b(${NAME_WORD}(?: +${INITIAL}${NAME_WORD}){1,2})(?:,[^,\\n]{3,80},)? +(?:${SPEECH})\\b`,
  "g",
);
/** Family name first: Chinese and Korean names refer back by their first word (Xi of Xi Jinping); Vietnamese ones by the last. */
const FAMILY_NAME_FIRST = new Set(["CHN", "TWN", "KOR", "PRK"]);

/** Every entity mention in `text`, sorted by offset. */
export function findEnglishMentions(text: string): Mention[] {
  const taken = new Uint8Array(text.length + 1);
  const found = lexiconMentions(text, taken);
  found.push(...ministries(text, taken, found));
  found.push(...missions(text, taken, found));
  found.sort((a, b) => a.start - b.start);
  found.push(...namedBodies(text, taken, found));
  found.sort((a, b) => a.start - b.start);
  found.push(...titledPeople(text, taken, found));
  found.push(...titledWithScope(text, taken, found));
  found.push(...titledAfter(text, taken));
  found.push(...namedAfterTitle(text, taken, found));
  found.sort((a, b) => a.start - b.start);
  found.push(...titlesAlone(text, taken, found));
  found.push(...speakingPeople(text, taken));
  found.push(...metPeople(text, taken));
  found.push(...credited(text, taken));
  found.sort((a, b) => a.start - b.start);
  found.push(...surnames(text, taken, found));
  const links = navigation(text);
  return found.filter((m) => !links.some(([a, b]) => m.start >= a && m.end <= b)).sort((a, b) => a.start - b.start);
}

/** A breadcrumb trail ("Home > Latest News > Remarks") names the site's sections, never an entity. */
const BREADCRUMB = /^[ \t]*(Home|Homepage)[ \t]*[>»›/|].*$/gm;
const navigation = (text: string): [number, number][] =>
  [...text.matchAll(BREADCRUMB)].map((m) => [m.index, m.index + m[0].length]);

function lexiconMentions(text: string, taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (const { start, end, value } of englishTerms.scan(text)) {
    if (/[a-z]/i.test(text[end] ?? "")) continue; // "Chinese" is not "Chin"; English words end at a non-letter
    switch (value.kind) {
      case "country":
        // the South China Sea is a sea, not China; the Taiwan Strait a waterway
        if (/^ +(Seas?|Straits?)\b/.test(text.slice(end, end + 9))) continue;
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

/**
 * A state's embassy or consulate, named by its demonym, written in lower case as news writes it:
 * "the Japanese embassy in China", "the Chinese embassy and consulates in Japan" (the embassy
 * alone), "the Russian Consulate-General". Keyed with the demonym, so each state's is its own.
 */
const MISSION =
  /^ +([Ee]mbassy|[Cc]onsulate(?:[ -][Gg]eneral)?|[Mm]ission)\b(?! +(?:to|of)\b)(?: +and +consulates?\b| +in +(?:the +)?[A-Z][\w.’'-]*(?: +[A-Z][\w.’'-]*)?)?/;

function missions(text: string, taken: Uint8Array, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const c of found) {
    if (c.label !== "Country" || c.form !== "short") continue;
    const m = MISSION.exec(text.slice(c.end, c.end + 60));
    if (!m) continue;
    const start = c.end + 1;
    const name = / and consulates?$/.test(m[0]) ? ` ${m[1]}` : m[0].replace(/\.+$/, ""); // not the sentence's period
    const end = c.end + name.length;
    // the state it sits in stays a mention of its own (in China)
    if (found.some((f) => f.start < end && f.end > start && f.label !== "Country")) continue;
    taken.fill(1, start, end);
    const key = text.slice(c.start, end);
    out.push({ label: "Organization", key, start, end, form: "name", kind: "government", country: c.key });
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
  [
    /^(Organization|Organisation|Union|Association|Alliance|Forum|Institute|Foundation|Fund|Committee|Chamber|University|College|Academy|School|Center|Centre)$/,
    "other",
  ],
  [/^(Agreement|Treaty|Accords?|Convention|Protocol|Communiqu[eé]s?|Charter|Pact)$/, "agreement"],
];
const KIND_WORDS = BODY_KIND.map(([re]) => re.source.slice(2, -2)).join("|");
const BODY = new RegExp(`\\b(?:${NAME_WORD} +){1,4}(${KIND_WORDS})\\b`, "g");
/** A media word inside a longer name is a common noun of it: a Department Press Briefing, a News Conference. */
const MEDIA_IN_NAME = /^ +[A-Z]/;
/** Bodies named "X of Y": University of Hong Kong, Department of State, Chamber of Commerce, Bank of England. */
const BODY_OF = new RegExp(
  `\\b(?:${NAME_WORD} +){0,2}(${KIND_WORDS}) +(?:for|of|on) +(?:the +)?${NAME_WORD}(?: +(?:and +|of +|for +)?${NAME_WORD}){0,5}`,
  "g",
);

/** Bodies the lexicon does not know, named by capitalised words ending in what they are, keyed by that name. */
function namedBodies(text: string, taken: Uint8Array, found: Mention[]): Mention[] {
  const out: Mention[] = bodiesOf(text, taken, found);
  for (const m of text.matchAll(BODY)) {
    let start = m.index;
    const end = start + m[0].length;
    // the words of the name not already read (Russian of "Russian Defence Ministry" is a country)
    const kind = BODY_KIND.find(([re]) => re.test(m[1] as string))?.[1] ?? "other";
    if (kind === "media" && MEDIA_IN_NAME.test(text.slice(end, end + 2))) continue;
    // an agreement's name holds the places and states it is named after (the Paris Agreement, the China-ASEAN FTA)
    const named =
      kind === "agreement" ? found.filter((c) => c.label !== "Person" && c.start >= start && c.end <= end) : [];
    for (const c of named) taken.fill(0, c.start, c.end);
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
    ) {
      for (const c of named) taken.fill(1, c.start, c.end);
      continue;
    }
    for (const c of named) if (c.start >= start) found.splice(found.indexOf(c), 1);
    // the state named right before (Russian Defence Ministry, China's Commerce Ministry) owns it
    const owner = found.find((c) => c.label === "Country" && /^(['’]s)? +$/.test(text.slice(c.end, start)));
    taken.fill(1, start, end);
    // keyed with its owner: Russia's Defence Ministry is not Japan's
    const key = owner ? text.slice(owner.start, end) : name;
    out.push({ label: "Organization", key, start, end, form: "name", kind, country: owner?.key });
  }
  return out;
}

/**
 * Bodies named "X of Y" (University of Hong Kong, US Department of State, American Chamber of
 * Commerce): a state named after "of" is part of the name; it owns a government body (the
 * Embassy of China) and stands for nothing in any other (the University of Hong Kong).
 */
function bodiesOf(text: string, taken: Uint8Array, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(BODY_OF)) {
    let start = m.index;
    const end = start + m[0].length;
    const kind = BODY_KIND.find(([re]) => re.test(m[1] as string))?.[1] ?? "other";
    const kindAt = start + m[0].search(new RegExp(`\\b${m[1]}\\b`));
    // the words before the kind word not already read (American of "American Chamber of Commerce"),
    // save the states an agreement is named after (the China-Japan Treaty of Peace and Friendship)
    const own = (i: number) =>
      kind === "agreement" && found.some((c) => c.label !== "Person" && i >= c.start && i < c.end);
    while (
      start < kindAt &&
      ((taken[start] && !own(start)) || NOT_NAME.has(text.slice(start, end).split(" ")[0] as string))
    ) {
      const space = text.indexOf(" ", start);
      if (space < 0 || space >= kindAt) {
        start = kindAt;
        break;
      }
      start = space + 1;
    }
    // "the Geneva Communique of June 30": a date is no part of the name
    if (
      text
        .slice(kindAt, end)
        .split(" ")
        .some((w) => NOT_NAME.has(w))
    )
      continue;
    const inside = found.filter((c) => c.start < end && c.end > start);
    if (inside.some((c) => (c.label !== "Country" && kind !== "agreement") || c.start < start || c.end > end)) continue;
    if (taken.subarray(start, end).some((t, i) => t && !inside.some((c) => start + i >= c.start && start + i < c.end)))
      continue;
    const before = found.find((c) => c.label === "Country" && /^(['’]s)? +$/.test(text.slice(c.end, start)));
    const owner = before ?? (kind === "government" ? inside[0] : undefined);
    // "the Ministry of Foreign Affairs" alone could be any state's
    if (kind === "government" && !owner) continue;
    if (kind !== "government") for (const c of inside) found.splice(found.indexOf(c), 1);
    taken.fill(1, start, end);
    const key = before && kind !== "agreement" ? text.slice(before.start, end) : text.slice(start, end);
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
    if (!/^(['’]s)?[ \t]+$/.test(text.slice(m.end, start))) break; // a role never runs over a line's end
    start = m.start;
  }
  return start;
}

/** People after a title: a lexicon person gets the title as role, an unknown name becomes a person. */
function titledPeople(text: string, taken: Uint8Array, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(TITLE)) {
    const [all, title = "", named = ""] = m;
    const titleStart = m.index;
    const nameStart = titleStart + all.length - named.length;
    const role = { start: roleStart(text, titleStart, found), end: titleStart + title.length };
    // a lexicon person within the name (Donald Trump: the lexicon knows Trump) takes the first names too
    const known = found.find((f) => f.label === "Person" && f.start >= nameStart && f.start < nameStart + named.length);
    if (known) {
      if (!taken.subarray(nameStart, known.start).some((t) => t)) known.start = nameStart;
      taken.fill(1, known.start, known.end);
      known.role = role;
      continue;
    }
    const words = named.split(/\s+/);
    const keep = words.findIndex((w) => NOT_NAME.has(w) || w.endsWith("'s") || w.endsWith("’s"));
    const name = (keep < 0 ? words : words.slice(0, keep)).join(" ");
    const end = nameStart + name.length;
    if (!name || NOT_NAME.has(name) || taken.subarray(nameStart, end).some((t) => t)) continue;
    taken.fill(1, nameStart, end);
    out.push({ label: "Person", key: name, start: nameStart, end, form: "name", role });
  }
  return out;
}

/** A title without a name after it: "The Secretary reaffirmed", "the Foreign Minister", "The spokesperson urged". */
const TITLE_ALONE = new RegExp(`\\b[Tt]he +(${ANY_CASE_TITLES}|Secretary)\\b(?! +[A-Z])`, "g");

/** A title alone refers back to the person last named with it (Secretary of State Antony Blinken ... The Secretary). */
function titlesAlone(text: string, taken: Uint8Array, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(TITLE_ALONE)) {
    const end = m.index + m[0].length;
    const start = end - (m[1] as string).length;
    if (taken.subarray(start, end).some((t) => t)) continue;
    const title = (m[1] as string).toLowerCase();
    const person = found.findLast(
      (p) =>
        p.label === "Person" &&
        p.role &&
        p.start < start &&
        text.slice(p.role.start, p.role.end).toLowerCase().includes(title),
    );
    if (!person) continue;
    taken.fill(1, start, end);
    const { role: _role, ...same } = person;
    out.push({ ...same, start, end, form: "short" });
  }
  return out;
}

/** A name followed by its title after a comma: "Jalina Porter, Principal Deputy Spokesperson". */
function titledAfter(text: string, taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(TITLE_AFTER)) {
    const name = m[1] as string;
    const start = m.index + m[0].indexOf(name); // after an honorific (Sir Tim Barrow)
    const end = start + name.length;
    // "Lavrov, Sergey Viktorovich, Minister ...": names after a surname and a comma are its given names
    if (/[A-Z][a-z]+, *$/.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (name.split(/\s+/).some((w) => NOT_NAME.has(w)) || taken.subarray(start, end).some((t) => t)) continue;
    const roleStart = m.index + m[0].length - (m[2] as string).length;
    taken.fill(1, start, end);
    out.push({
      label: "Person",
      key: name,
      start,
      end,
      form: "name",
      role: { start: roleStart, end: m.index + m[0].length },
    });
  }
  return out;
}

/** A title, a comma and the name it introduces: "the Ambassador to China, Zheng Zeguang". */
function namedAfterTitle(text: string, taken: Uint8Array, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(TITLE_THEN_NAME)) {
    const name = m[2] ?? "";
    const end = m.index + m[0].length;
    const start = end - name.length;
    if (name.split(/\s+/).some((w) => NOT_NAME.has(w)) || taken.subarray(start, end).some((t) => t)) continue;
    taken.fill(1, start, end);
    const titleEnd = m.index + m[0].indexOf(",");
    out.push({
      label: "Person",
      key: name,
      start,
      end,
      form: "name",
      role: { start: roleStart(text, m.index, found), end: titleEnd },
    });
  }
  return out;
}

/** A title with what it is for before the name: "Special Envoy for Afghan Affairs Deng Xijun", "Minister of Foreign Affairs Wang Yi". */
const TITLE_FOR = new RegExp(
  `\\b(${alternation(englishData.titles)}) +((?:(?:for|of|on|to) +(?:the +)?(?:[A-Z][\\w'’-]* +)+?)+)(${NAME_WORD} +${NAME_WORD})(?= +[a-z]|[,.;:]|$)`,
  "gm",
);
/** A word of a title is no word of a name (the Prime Minister, a Special Envoy). */
const TITLE_WORDS = new Set(englishData.titles.flatMap((t) => t.toLowerCase().split(/[\s-]+/)));
const nameLike = (name: string) =>
  name.split(/\s+/).every((w) => !NOT_NAME.has(w) && !TITLE_WORDS.has(w.toLowerCase()) && !/['’]s$/.test(w));

function titledWithScope(text: string, taken: Uint8Array, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(TITLE_FOR)) {
    const name = m[3] ?? "";
    const end = m.index + m[0].length;
    const start = end - name.length;
    if (!nameLike(name) || taken.subarray(start, end).some((t) => t)) continue;
    taken.fill(1, start, end);
    const role = { start: roleStart(text, m.index, found), end: start - 1 };
    out.push({ label: "Person", key: name, start, end, form: "name", role });
  }
  return out;
}

/** Someone met, received or summoned, named without a title: "Liu met with Yokochi Akira to talk about ...". */
const MET = new RegExp(
  `\\b(?:met with|meets with|spoke with|spoke to|talked with|talked to|called on|met|meets|summoned|received|hosted)\\s+(${NAME_WORD} +${NAME_WORD})(?= +(?:to|on|in|at|and|for|about|during|who|over)\\b|[,.;])`,
  "g",
);

function metPeople(text: string, taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(MET)) {
    const name = m[1] ?? "";
    const end = m.index + m[0].length;
    const start = end - name.length;
    if (!nameLike(name) || taken.subarray(start, end).some((t) => t)) continue;
    taken.fill(1, start, end);
    out.push({ label: "Person", key: name, start, end, form: "name" });
  }
  return out;
}

/** The agency a wire story's dateline credits ("BEIJING, Aug. 5 (Xinhuanet) —"): a news organization. */
function credited(text: string, taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (let line = 0; line >= 0 && line < text.length; line = text.indexOf("\n", line) + 1 || -1) {
    const credit = datelineCredit(text, line);
    if (!credit || taken.subarray(credit.start, credit.end).some((t) => t)) continue;
    taken.fill(1, credit.start, credit.end);
    const key = text.slice(credit.start, credit.end);
    out.push({ label: "Organization", key, ...credit, form: "name", kind: "media" });
  }
  return out;
}

/** Words for what someone does, capitalised where they open a sentence before a name (Analyst John Smith said). */
const ROLE_NOUN =
  /^(Analysts?|Professor|Researcher|Expert|Scholar|Lawmaker|Legislator|Official|Diplomat|Economist|Commentator|Activist|Critic|Journalist|Reporter|Observer|Fellow|Strategist) +/;

/** Two- or three-word capitalised names right before a speech verb (Anna Kovacs said). */
function speakingPeople(text: string, taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  const hits = [...text.matchAll(NAME_BEFORE_VERB)].map((m) => ({ name: m[1] as string, start: m.index }));
  for (const m of text.matchAll(NAME_AFTER_VERB))
    hits.push({ name: m[1] as string, start: m.index + m[0].length - (m[1] as string).length });
  for (const hit of hits) {
    // "Analyst John Smith said": the role noun opening the sentence is no part of the name
    const role = ROLE_NOUN.exec(hit.name)?.[0].length ?? 0;
    const name = hit.name.slice(role);
    const start = hit.start + role;
    const end = start + name.length;
    if (!/\s/.test(name) || name.split(/\s+/).some((w) => NOT_NAME.has(w)) || taken.subarray(start, end).some((t) => t))
      continue;
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
    // the state of the role: that of the body it serves (the Special Envoy for Afghan Affairs of the
    // Chinese Foreign Ministry is China's), else the country it names
    const inRole = found.filter((c) => m.role && c.start >= m.role.start && c.end <= m.role.end);
    const country =
      m.country ??
      inRole.find((c) => c.label === "Organization" && c.country)?.country ??
      inRole.find((c) => c.label === "Country")?.key;
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
