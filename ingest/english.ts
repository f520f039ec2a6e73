// English articles: the same graph from English news. Names come from the same lexicons (their
// Latin aliases, so "Putin" is Person:普京 and both languages meet), countries from the English
// names of i18n-iso-countries plus adjectives; claims from "…," Putin said / Xi told Putin that …;
// relations from sentences naming two countries with an event word.
import { readFileSync } from "node:fs";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { PLOVER, type PloverType, polarityOf } from "../graph/schema.ts";
import type { ClaimSpan } from "./claims.ts";
import { Dictionary } from "./dictionary.ts";
import { organizations, people } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import type { RelationSpan } from "./relations.ts";

countries.registerLocale(en);

interface EnglishData {
  names: Record<string, string[]>;
  capitals: Record<string, string>;
  exclude: string[];
}
const data = JSON.parse(readFileSync(new URL("./lexicon/english.json", import.meta.url), "utf8")) as EnglishData;

type Term =
  | { kind: "country" | "capital"; iso3: string }
  | { kind: "mention"; make: (start: number, end: number) => Mention };
const LATIN = /^[A-Za-z]/;
const terms = new Dictionary<Term>();
for (const p of people)
  for (const a of p.aliases.filter((a) => LATIN.test(a)))
    terms.add(a, {
      kind: "mention",
      make: (start, end) => ({
        label: "Person",
        key: p.name,
        start,
        end,
        form: "name",
        country: p.country,
        knownRole: p.role,
      }),
    });
for (const o of organizations)
  for (const a of [o.name, ...o.aliases].filter((a) => LATIN.test(a)))
    terms.add(a, {
      kind: "mention",
      make: (start, end) => ({
        label: "Organization",
        key: o.name,
        start,
        end,
        form: "name",
        kind: o.kind,
        country: o.country,
      }),
    });
for (const [iso3, names] of Object.entries(data.names)) for (const n of names) terms.add(n, { kind: "country", iso3 });
for (const [a2, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
  const iso3 = countries.alpha2ToAlpha3(a2);
  if (iso3) for (const n of names) if (!data.exclude.includes(n)) terms.add(n, { kind: "country", iso3 });
}
for (const [city, iso3] of Object.entries(data.capitals)) terms.add(city, { kind: "capital", iso3 });

const PLACE_BEFORE = /\b(in|at|to|from|into|near|outside|across|of)\s+$/i;
const TITLE =
  /\b(President|Prime Minister|Premier|Chancellor|Foreign Minister|Defence Minister|Defense Minister|Minister|Secretary of State|Secretary|Vice President|spokesperson|spokesman|spokeswoman|Ambassador|leader|King|Chairman)\s+((?:[A-Z][a-z'’-]+ ?){2,3})/g;

/** Entity mentions of an English text, sorted by offset. */
export function findEnglishMentions(s: string): Mention[] {
  const out: Mention[] = [];
  const taken = new Uint8Array(s.length + 1);
  for (const { start, end, value } of terms.scan(s)) {
    // whole words only: "US" not in "USE", "Kim" not in "Kimberley"
    if (/[A-Za-z]/.test(s[end] ?? "") || /[A-Za-z]/.test(s[start - 1] ?? "")) continue;
    taken.fill(1, start, end);
    if (value.kind === "mention") out.push(value.make(start, end));
    else if (value.kind === "country") out.push({ label: "Country", key: value.iso3, start, end, form: "name" });
    else if (!PLACE_BEFORE.test(s.slice(Math.max(0, start - 8), start)))
      out.push({ label: "Country", key: value.iso3, start, end, form: "capital" });
  }
  for (const m of s.matchAll(TITLE)) {
    const name = (m[2] as string).trim();
    const start = (m.index ?? 0) + m[0].indexOf(name);
    if (taken.subarray(start, start + name.length).some((x) => x)) continue;
    taken.fill(1, start, start + name.length);
    out.push({
      label: "Person",
      key: name,
      start,
      end: start + name.length,
      form: "name",
      role: { start: m.index ?? 0, end: start - 1 },
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

const VERB =
  /\b(said|says|told|added|noted|stressed|warned|urged|hailed|defended|blamed|accused|slammed|slamming|argued|insisted|declared|announced|wrote|vowed|pledged|praised|criticised|criticized|asserted|claimed|called for)\b/g;
const PRONOUN = /^(he|she|they)$/i;

function sentencesOf(s: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n]+/g;
  for (const line of s.matchAll(re)) {
    const base = line.index ?? 0;
    const text = line[0];
    let from = 0;
    for (const m of text.matchAll(/[.!?]["”’]?(?=\s+["“A-Z]|$)/g)) {
      const end = (m.index ?? 0) + m[0].length;
      out.push([base + from, base + end]);
      from = end;
      while (text[from] === " ") from++;
    }
    if (from < text.length && text.slice(from).trim()) out.push([base + from, base + text.length]);
  }
  return out;
}

const trim = (s: string, start: number, end: number): [number, number] => {
  while (start < end && /[\s"“”'‘’,:;-]/.test(s[start] as string)) start++;
  while (end > start && /[\s"“”'‘’,.:;!?-]/.test(s[end - 1] as string)) end--;
  return [start, end];
};

/** Claims of an English text: a speaker and a speech verb, or quotes around "…," he said. */
export function findEnglishClaims(s: string, mentions: Mention[]): ClaimSpan[] {
  const out: ClaimSpan[] = [];
  let last: Mention | undefined;
  const actorBefore = (from: number, at: number) =>
    mentions.filter((m) => m.start >= from && m.end <= at && at - m.end <= 40 && m.label !== "Country").at(-1) ??
    mentions.filter((m) => m.start >= from && m.end <= at && at - m.end <= 25).at(-1);
  for (const [start, end] of sentencesOf(s)) {
    const text = s.slice(start, end);
    let found = false;
    for (const v of text.matchAll(VERB)) {
      const at = start + (v.index ?? 0);
      const before = s.slice(start, at).trim();
      const pronoun = PRONOUN.test(before.split(/\s+/).at(-1) ?? "");
      let speaker = pronoun ? last : actorBefore(start, at);
      if (!speaker) continue;
      last = speaker;
      found = true;
      // "…," Putin told Xi: the quote before; Xi said that …: what follows
      const quoteEnd = before.search(/[,.!?]["”]\s*\S*\s*$/) >= 0 || /["”]\s*$/.test(s.slice(start, speaker.start));
      let [cs, ce] = quoteEnd ? trim(s, start, speaker.start) : trim(s, at + (v[0] as string).length, end);
      if (!quoteEnd) {
        // skip who is told and "that"
        const rest = s.slice(cs, ce);
        const skip = /^(?:[A-Z][a-z]+\s+)?(?:that\s+)?/.exec(rest)?.[0].length ?? 0;
        cs += skip;
      }
      if (ce - cs >= 12) out.push({ start: cs, end: ce, speaker });
      speaker = undefined;
      break;
    }
    // a sentence that is a quote of its own continues the last speaker
    if (!found && last && /^["“]/.test(text.trim())) {
      const [cs, ce] = trim(s, start, end);
      if (ce - cs >= 12) out.push({ start: cs, end: ce, speaker: last });
    }
  }
  return out;
}

const EVENTS: [RegExp, PloverType][] = [
  [/\bsanction/i, "SANCTION"],
  [/\b(invasion|invade|invaded|attack|offensive|war effort|strikes?|bomb)/i, "ASSAULT"],
  [/\b(supplied|supplies|weapons|aid|aiding|assistance)\b/i, "AID"],
  [/\b(accus|blam|criticis|criticiz|slam|condemn|bullying)/i, "ACCUSE"],
  [/\b(reject|oppos)/i, "REJECT"],
  [/\b(threat|warned)/i, "THREATEN"],
  [/\b(talks|met|meeting|summit|call|visit|visited|host|hosted|discuss|negotiat)/i, "CONSULT"],
  [/\b(cooperat|partnership|ties|relations|work with|alliance|friendship|together)/i, "COOPERATE"],
  [/\b(support|backing|backed)/i, "SUPPORT"],
];

/** Country pairs of an English sentence with an event word; people and bodies act for their country. */
export function findEnglishRelations(s: string, mentions: Mention[]): RelationSpan[] {
  const out: RelationSpan[] = [];
  for (const [start, end] of sentencesOf(s)) {
    const actors = mentions
      .filter((m) => m.start >= start && m.end <= end)
      .map((m) => ({
        at: m.start,
        iso3: m.label === "Country" ? m.key : m.kind === "government" || m.label === "Person" ? m.country : undefined,
      }))
      .filter((a): a is { at: number; iso3: string } => !!a.iso3);
    const distinct = [...new Set(actors.map((a) => a.iso3))];
    if (distinct.length < 2) continue;
    const text = s.slice(start, end);
    const event = EVENTS.map(([re, type]) => ({ m: re.exec(text), type })).find((e) => e.m);
    if (!event?.m) continue;
    const at = start + event.m.index;
    // who acts on whom matters for attacks and accusations; talks and cooperation go in text order
    const directed = polarityOf(event.type) === "conflict" || event.type === "SUPPORT" || event.type === "AID";
    const source = (directed ? actors.filter((a) => a.at < at).at(-1)?.iso3 : undefined) ?? (distinct[0] as string);
    const target =
      (directed ? actors.find((a) => a.at > at && a.iso3 !== source)?.iso3 : undefined) ??
      distinct.find((d) => d !== source);
    const [es, ee] = trim(s, start, end);
    if (target && source !== target)
      out.push({
        source,
        target,
        type: event.type,
        polarity: polarityOf(event.type),
        quad: PLOVER[event.type],
        start: es,
        end: ee,
      });
  }
  return out;
}
