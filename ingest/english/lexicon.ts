// The English lexicon: country names (i18n-iso-countries, en) and the additions in
// lexicon/english.json (demonyms, short names, capitals, titles, speech verbs), and the English
// aliases that the Chinese lexicons give for people and organizations. Every entity is keyed as
// the Chinese lexicon keys it (ISO3, the Simplified name), so both languages meet on one node.
import { readFileSync } from "node:fs";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { Dictionary } from "../dictionary.ts";
import { countryData, type OrgEntry, organizations, people, relationCueList, type Term } from "../lexicon.ts";

countries.registerLocale(en);

interface EnglishData {
  countryNames: Record<string, string[]>;
  demonyms: Record<string, string>;
  capitals: Record<string, string>;
  titles: string[];
  speechVerbs: string[];
  organizations: Record<string, string>;
  people: Record<string, string>;
}

export const englishData = JSON.parse(
  readFileSync(new URL("./lexicon/english.json", import.meta.url), "utf8"),
) as EnglishData;

/** What an English term stands for: the Chinese lexicon's terms, plus demonyms (Chinese, Russian). */
export type EnglishTerm = Term | { kind: "demonym"; iso3: string };

const LATIN = /^[\p{Script=Latin}0-9 .'’&-]+$/u;

/** English relation cues (lexicon/relation-cues.json), case-insensitive, most specific first. */
export const englishRelationCues = relationCueList(
  (
    JSON.parse(readFileSync(new URL("./lexicon/relation-cues.json", import.meta.url), "utf8")) as {
      events: { type: string; cue: string }[];
    }
  ).events,
  "i",
);

/** English names of each country: i18n-iso-countries first, then the short forms news uses. */
export const englishCountryNames = new Map<string, string[]>();
for (const [a2, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
  const iso3 = countries.alpha2ToAlpha3(a2);
  if (!iso3 || countryData.exclude.includes(iso3)) continue;
  // "Korea, Republic of" is a catalogue form, never written in running text
  englishCountryNames.set(
    iso3,
    names.filter((n) => !n.includes(",")),
  );
}
for (const [iso3, names] of Object.entries(englishData.countryNames))
  englishCountryNames.set(iso3, [...(englishCountryNames.get(iso3) ?? []), ...names]);

/** Every English name the lexicons know, longest match first, whole words only. */
export const englishTerms = new Dictionary<EnglishTerm>();
// "President Xi" stays out: the title is found on its own, so the role is seen in the text
const TITLED = new RegExp(`^(${alternation(englishData.titles)})\\s`);
for (const p of people)
  for (const n of p.aliases) if (LATIN.test(n) && !TITLED.test(n)) englishTerms.add(n, { kind: "person", entry: p });
for (const o of organizations)
  for (const n of o.aliases) if (LATIN.test(n)) englishTerms.add(n, { kind: "org", entry: o });
const personByName = new Map(people.map((p) => [p.name, p]));
for (const [name, chinese] of Object.entries(englishData.people)) {
  const entry = personByName.get(chinese);
  if (entry) englishTerms.add(name, { kind: "person", entry });
}
const orgByName = new Map(organizations.map((o) => [o.name, o]));
for (const [name, chinese] of Object.entries(englishData.organizations)) {
  const entry = orgByName.get(chinese);
  if (entry) englishTerms.add(name, { kind: "org", entry });
}
for (const [iso3, names] of englishCountryNames) for (const n of names) englishTerms.add(n, { kind: "country", iso3 });
for (const [name, iso3] of Object.entries(englishData.demonyms)) englishTerms.add(name, { kind: "demonym", iso3 });
for (const [city, iso3] of Object.entries(englishData.capitals)) englishTerms.add(city, { kind: "capital", iso3 });

/** Each state's foreign ministry, as the Chinese lexicon names it (外交部, 俄罗斯外交部, 日本外务省). */
export const foreignMinistries = new Map<string, OrgEntry>();
for (const o of organizations)
  if (o.kind === "government" && o.country && /(外交部|外务省)$/.test(o.name) && !foreignMinistries.has(o.country))
    foreignMinistries.set(o.country, o);

/** An alternation of `words`, longest first, for a RegExp. */
export function alternation(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, " +"))
    .join("|");
}
