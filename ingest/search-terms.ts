// The lexicons' names as search terms: a query that is a name or alias the lexicons know (WHO, 世卫, 普京,
// Putin, USA) names its entity, though no stored article wrote that form (a node keeps the forms seen).
import { countryId, organizationId, personId } from "../graph/schema.ts";
import { englishCountryNames, englishData } from "./english/lexicon.ts";
import { countryNames, organizations, people } from "./lexicon.ts";
import { toSimplified } from "./script.ts";

/** Lower-cased Simplified form -> ids of the entities it names. */
function buildIndex(): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (form: string, id: string) => {
    const key = toSimplified(form).toLowerCase();
    const ids = index.get(key) ?? new Set<string>();
    ids.add(id);
    index.set(key, ids);
  };
  for (const p of people) for (const form of [p.name, ...p.aliases]) add(form, personId(p.name));
  for (const o of organizations) for (const form of [o.name, ...o.aliases]) add(form, organizationId(o.name));
  for (const [name, chinese] of Object.entries(englishData.people)) add(name, personId(chinese));
  for (const [name, chinese] of Object.entries(englishData.organizations)) add(name, organizationId(chinese));
  for (const names of [countryNames, englishCountryNames])
    for (const [iso3, forms] of names) for (const form of [iso3, ...forms]) add(form, countryId(iso3));
  return index;
}

let index: Map<string, Set<string>> | undefined;

/** The ids of the entities `query` names exactly (case and script aside), by the lexicons. */
export function lexiconIds(query: string): string[] {
  index ??= buildIndex();
  return [...(index.get(toSimplified(query.trim()).toLowerCase()) ?? [])];
}
