// Search: nodes whose name or alias matches the query in either script, ranked exact, prefix, then
// the rest, by degree within each; entities a lexicon names by the query first.
import type { SearchHit } from "../graph/api.ts";
import { labelOfId, type NodeLabel } from "../graph/schema.ts";
import type { Backend } from "./backend.ts";
import * as Q from "./cypher.ts";
import { isDbNode } from "./graph-builder.ts";
import { ENTITY_LABELS } from "./layout.ts";
import { searchVariants } from "./variants.ts";

export async function search(
  db: Backend,
  query: string,
  options: { limit: number; labels?: NodeLabel[]; ids?: string[] },
): Promise<SearchHit[]> {
  const variants = await searchVariants(query);
  if (!variants.length) return [];
  const labels = (options.labels?.length ? options.labels : ENTITY_LABELS).filter((l) =>
    (ENTITY_LABELS as readonly string[]).includes(l),
  );
  const params = { limit: options.limit * 4, ...Object.fromEntries(variants.map((v, i) => [`v${i}`, v])) };
  const hits: (SearchHit & { rank: number })[] = [];
  for (const id of options.ids ?? []) {
    const label = labelOfId(id);
    if (!label || !labels.some((l) => l === label)) continue;
    const [row] = await db.read(Q.nodeById(label), { id });
    if (!isDbNode(row?.n)) continue;
    const { name, aliases } = row.n.properties;
    const forms = Array.isArray(aliases) ? aliases.map(String) : [];
    hits.push({ id, label, name: String(name), aliases: forms, degree: Number(row.degree), rank: -1 });
  }
  for (const label of labels) {
    for (const row of await db.read(Q.searchNames(label, variants.length), params)) {
      const forms = [row.name as string, ...((row.aliases as string[] | null) ?? [])].map((f) => f.toLowerCase());
      const rank = forms.some((f) => variants.includes(f))
        ? 0
        : forms.some((f) => variants.some((v) => f.startsWith(v)))
          ? 1
          : 2;
      hits.push({
        id: row.id as string,
        label,
        name: row.name as string,
        aliases: (row.aliases as string[] | null) ?? [],
        degree: Number(row.degree),
        rank,
      });
    }
  }
  hits.sort((a, b) => a.rank - b.rank || b.degree - a.degree || a.id.localeCompare(b.id));
  const once = hits.filter((hit, i) => hits.findIndex((h) => h.id === hit.id) === i);
  return once.slice(0, options.limit).map(({ rank: _rank, ...hit }) => hit);
}
