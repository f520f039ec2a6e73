// The diplomatic map (relations counted per country pair and type, who speaks for each country) and
// one pair over time, each relation with its evidence, article and speaker.
import type { CountryMap, CountryPair, CountryPairCount, GraphFilter, PairEvidence, Speaker } from "../graph/api.ts";
import { labelOfId, PLOVER_TYPES, type PloverType, polarityOf } from "../graph/schema.ts";
import type { Backend, DbNode } from "./backend.ts";
import * as Q from "./cypher.ts";
import { speakerOf } from "./evidence.ts";
import { relationFilter } from "./filters.ts";
import { isDbNode } from "./graph-builder.ts";

export async function countryMap(db: Backend, options: GraphFilter & { speakers: number }): Promise<CountryMap> {
  const types = PLOVER_TYPES.filter((t) => !options.types?.length || options.types.includes(t)).filter(
    (t) => !options.polarity?.length || options.polarity.includes(polarityOf(t)),
  );
  const { filter, params } = relationFilter(options);
  const rows = types.length ? await db.read(Q.countryPairCounts(db.dialect, types, filter), params) : [];
  const names = new Map<string, string>();
  const pairs: CountryPairCount[] = rows.map((row) => {
    names.set(row.source as string, row.sourceName as string);
    names.set(row.target as string, row.targetName as string);
    return {
      source: row.source as string,
      target: row.target as string,
      type: row.type as PloverType,
      count: Number(row.n),
    };
  });
  pairs.sort(
    (x, y) => x.source.localeCompare(y.source) || x.target.localeCompare(y.target) || x.type.localeCompare(y.type),
  );
  const speakers: Speaker[] = [];
  const seen = new Set<string>();
  if (options.speakers > 0)
    for (const row of await db.read(Q.COUNTRY_SPEAKERS, { limit: options.speakers * 2 })) {
      const key = `${row.id}\n${row.country}`;
      if (seen.has(key) || speakers.length >= options.speakers) continue;
      seen.add(key);
      speakers.push({
        id: row.id as string,
        name: row.name as string,
        country: row.country as string,
        ...(row.role != null && row.role !== "" && { role: row.role as string }),
        claims: Number(row.claims),
      });
    }
  const countries = [...names].map(([id, name]) => ({ id, name })).sort((x, y) => x.id.localeCompare(y.id));
  return { countries, pairs, speakers };
}

export async function countryPair(
  db: Backend,
  a: string,
  b: string,
  options: GraphFilter = {},
): Promise<CountryPair | null> {
  if (labelOfId(a) !== "Country" || labelOfId(b) !== "Country") return null;
  const ends = await Promise.all([a, b].map((id) => db.read(Q.nodeOnly("Country"), { id })));
  const [nodeA, nodeB] = ends.map(([row]) => (isDbNode(row?.n) ? row.n : null));
  if (!nodeA || !nodeB) return null;
  const { filter, params } = relationFilter(options);
  const query = Q.pairRelations(db.dialect, filter);
  const directions = await Promise.all(
    [
      [a, b],
      [b, a],
    ].map(([source, target]) => db.read(query, { ...params, source, target })),
  );
  const rows = directions.flatMap((found, i) =>
    found.map((row) => ({ row, source: i === 0 ? a : b, target: i === 0 ? b : a })),
  );
  const articleIds = [...new Set(rows.map(({ row }) => row.article as string))];
  const [metas, spans] = await Promise.all([
    Promise.all(articleIds.map((id) => db.read(Q.ARTICLE_META, { id }))),
    Promise.all(articleIds.map((id) => db.read(Q.CLAIM_SPANS_OF_ARTICLE, { id }))),
  ]);
  const articles = new Map(articleIds.map((id, i) => [id, metas[i]?.[0]]));
  const claims = new Map(articleIds.map((id, i) => [id, spans[i] ?? []]));
  const relations: PairEvidence[] = rows.map(({ row, source, target }) => {
    const type = row.type as PloverType;
    const start = Number(row.start);
    const end = Number(row.end);
    const meta = articles.get(row.article as string);
    const date = (row.date as string | null) ?? (meta?.date as string | null) ?? undefined;
    const speaker = speakerOf(claims.get(row.article as string) ?? [], start, end);
    return {
      key: row.key as string,
      type,
      polarity: polarityOf(type),
      source,
      target,
      ...(date && { date }),
      evidence: row.evidence as string,
      start,
      end,
      article: {
        id: row.article as string,
        title: (meta?.title as string) ?? "",
        ...(meta?.date != null && { date: meta.date as string }),
        ...(meta?.source != null && { source: meta.source as string }),
      },
      ...(speaker && { speaker }),
    };
  });
  relations.sort((x, y) => (x.date ?? "").localeCompare(y.date ?? "") || x.key.localeCompare(y.key));
  const name = (node: DbNode) => ({ id: String(node.properties.id), name: String(node.properties.name) });
  return { a: name(nodeA), b: name(nodeB), relations };
}
