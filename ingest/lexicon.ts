// The lexicons (data files under ingest/lexicon/, sources noted in each) loaded into lookup
// dictionaries keyed in Simplified script. Loaded once per process.
import { readFileSync } from "node:fs";
import countries from "i18n-iso-countries";
import zh from "i18n-iso-countries/langs/zh.json" with { type: "json" };
import { ORG_KINDS, type OrgKind, PLOVER, type PloverType } from "../graph/schema.ts";
import { Dictionary } from "./dictionary.ts";
import { toSimplified } from "./script.ts";

countries.registerLocale(zh);

export interface OrgEntry {
  name: string;
  kind: OrgKind;
  /** ISO alpha-3 of the state the body belongs to. */
  country?: string;
  aliases: string[];
}

export interface PersonEntry {
  name: string;
  role: string;
  country?: string;
  aliases: string[];
}

/** What a term of the entity dictionary stands for. */
export type Term =
  | { kind: "country"; iso3: string }
  | { kind: "capital"; iso3: string | null }
  | { kind: "org"; entry: OrgEntry }
  | { kind: "person"; entry: PersonEntry }
  | { kind: "block" };

/** The country a one-character form stands for, or those it may stand for (巴: PAK, BRA), read from the article. */
export type Reading = string | string[];

interface CountryData {
  exclude: string[];
  names: Record<string, string[]>;
  blockers: string[];
  singleChar: Record<string, Reading>;
  free: string;
  pairs: Record<string, (Reading | null)[]>;
  pairFollowBlock: string;
  sideWords: string[];
  capitals: Record<string, string | null>;
  capitalActorNext: string[];
  /** Named conflicts and the two countries fighting them (乌克兰危机: RUS, UKR). */
  conflicts: Record<string, [string, string]>;
}

const file = (name: string) => readFileSync(new URL(`./lexicon/${name}`, import.meta.url), "utf8");
/** Data lines of a "#"-commented text file. */
const dataLines = (name: string) =>
  file(name)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
const words = (name: string) =>
  dataLines(name)
    .flatMap((l) => l.split(/\s+/))
    .map(toSimplified);

function loadOrgs(): OrgEntry[] {
  return dataLines("organizations.txt").map((line) => {
    const [kind, country, name, ...aliases] = line.split("|").map((f) => toSimplified(f.trim()));
    return { kind: kind as OrgKind, country: country || undefined, name: name as string, aliases };
  });
}

function loadPeople(): PersonEntry[] {
  return dataLines("people.txt").map((line) => {
    const [country, role, name, ...aliases] = line.split("|").map((f) => toSimplified(f.trim()));
    return { country: country || undefined, role: role as string, name: name as string, aliases };
  });
}

export const countryData = JSON.parse(file("countries.json")) as CountryData;
export const organizations = loadOrgs();
export const people = loadPeople();
export const titles = new Dictionary<true>();
for (const t of words("titles.txt")) titles.add(t, true);
/** Head nouns that end an organization's name (商会, 大学, 委员会), for names the lexicon lacks, with the kind they give. */
export const orgHeads = new Dictionary<OrgKind>();
for (const line of dataLines("org-heads.txt")) {
  const [kind = "", heads = ""] = line.split("|");
  const known = ORG_KINDS.find((k) => k === kind);
  if (!known) throw new Error(`org-heads.txt: unknown kind ${kind}`);
  for (const h of heads.split(/\s+/)) orgHeads.add(toSimplified(h), known);
}
/** Social platforms' names, mostly named as a channel (取自脸书), not as a company acting. */
export const platforms = new Set(words("platforms.txt"));
export const speechVerbs = new Dictionary<true>();
for (const v of words("speech-verbs.txt")) speechVerbs.add(v, true);

/** Words that contain a speech verb but are none (发言人, 名称, 说明). */
export const notSpeech = new Dictionary<true>();
for (const w of words("not-speech.txt")) notSpeech.add(w, true);

/** A cue of a relation: a pattern and the PLOVER type of the event it states. */
export type RelationCue = [RegExp, PloverType];

/** The cues of a data file's list, in its order; an unknown type is an error in the data. */
export function relationCueList(list: { type: string; cue: string }[], flags = ""): RelationCue[] {
  return list.map(({ type, cue }) => {
    if (!(type in PLOVER)) throw new Error(`relation cue ${cue}: unknown PLOVER type ${type}`);
    return [new RegExp(cue, flags), type as PloverType];
  });
}

const cueData = JSON.parse(file("relation-cues.json")) as Record<"events" | "against", { type: string; cue: string }[]>;
/** Chinese relation cues (lexicon/relation-cues.json): events two countries take part in, and what a speaker says against one. */
export const relationCues = { events: relationCueList(cueData.events), against: relationCueList(cueData.against) };

const alpha3 = (alpha2: string) => countries.alpha2ToAlpha3(alpha2) as string;

/** Chinese names of each country, Simplified, i18n-iso-countries first. */
export const countryNames = new Map<string, string[]>();
for (const [a2, names] of Object.entries(countries.getNames("zh", { select: "all" }))) {
  const iso3 = alpha3(a2);
  if (!iso3 || countryData.exclude.includes(iso3)) continue;
  countryNames.set(iso3, [...names]);
}
for (const [iso3, names] of Object.entries(countryData.names))
  countryNames.set(iso3, [...(countryNames.get(iso3) ?? []), ...names.map(toSimplified)]);

/** Every name of a country, organization or person the lexicons know, longest match first. */
export const entityTerms = new Dictionary<Term>();
// a name the lexicon knows is never blocked (中新社, though 中新 alone is a pair of countries): a term keeps its first value
for (const p of people) for (const n of [p.name, ...p.aliases]) entityTerms.add(n, { kind: "person", entry: p });
for (const o of organizations) for (const n of [o.name, ...o.aliases]) entityTerms.add(n, { kind: "org", entry: o });
for (const b of countryData.blockers) entityTerms.add(toSimplified(b), { kind: "block" });
for (const [iso3, names] of countryNames) for (const n of names) entityTerms.add(n, { kind: "country", iso3 });
for (const [city, iso3] of Object.entries(countryData.capitals)) entityTerms.add(city, { kind: "capital", iso3 });

/**
 * A user dictionary for jieba: the lexicons' names, so it does not split 上海合作组织 or 郭嘉昆.
 * Two-character names stay out: weighted high, they would win against ordinary words (中共 in 中共有).
 */
export function jiebaUserDict(): string {
  const lines: string[] = [];
  const add = (name: string, tag: string) => {
    if (name.length > 2 && /^\p{Script=Han}+$/u.test(name)) lines.push(`${name} 100000 ${tag}`);
  };
  for (const p of people) for (const n of [p.name, ...p.aliases]) add(n, "nr");
  for (const o of organizations) for (const n of [o.name, ...o.aliases]) add(n, "nt");
  for (const t of words("titles.txt")) add(t, "n");
  return lines.join("\n");
}
