// The Store, written once over any Cypher database: the adapters (kuzu.ts, neo4j.ts) only run
// statements and turn the driver's values into DbNode / DbRel. What the server sees is assembled here
// and in the modules beside it, one concern each (ingest.ts, search.ts, evidence.ts, neighbourhood.ts,
// countries.ts, stats.ts, console.ts), so both stores behave the same by construction and the
// conformance suite checks it.
import type {
  ArticleSummary,
  ClaimsOf,
  CountryMap,
  CountryPair,
  CypherResult,
  GraphFilter,
  GraphJSON,
  IngestResult,
  NeighbourOptions,
  NodeDetails,
  SearchHit,
  Stats,
} from "../graph/api.ts";
import { articleId, labelOfId, type NodeLabel } from "../graph/schema.ts";
import type { Backend } from "./backend.ts";
import { cypher } from "./console.ts";
import { countryMap, countryPair } from "./countries.ts";
import * as Q from "./cypher.ts";
import { evidence } from "./evidence.ts";
import { isDbNode } from "./graph-builder.ts";
import { writeGraphs } from "./ingest.ts";
import { isEntityLabel, withLists } from "./layout.ts";
import { neighbours, overview, shortestPath, subgraph } from "./neighbourhood.ts";
import { search } from "./search.ts";
import { stats } from "./stats.ts";
import type { CypherOptions, Store } from "./store.ts";
import { simplifiedForm } from "./variants.ts";

/** Claims said by a node, and claims mentioning it, in its details: the most recent ones. */
const CLAIMS_SHOWN = 50;

/** Told of every acknowledged write before ingest returns (store/journal.ts). */
export interface IngestLog {
  record(graphs: GraphJSON[], results: IngestResult[]): Promise<void>;
  /** Whether the article is recorded (its acknowledgement survives a lost write-ahead log). */
  holds(id: string): boolean;
  close(): Promise<void>;
}

export class CypherStore implements Store {
  constructor(
    private readonly db: Backend,
    private readonly log?: IngestLog,
  ) {}

  async ingest(graph: GraphJSON): Promise<IngestResult> {
    return (await this.ingestMany([graph]))[0] as IngestResult;
  }

  async ingestMany(graphs: GraphJSON[]): Promise<IngestResult[]> {
    const results = await writeGraphs(this.db, graphs);
    await this.log?.record(graphs, results);
    return results;
  }

  async storedHashes(hashes: string[]): Promise<Set<string>> {
    const wanted = new Set(hashes);
    const ids = [...new Set(hashes.map(articleId))];
    const stored = new Set<string>();
    for (let i = 0; i < ids.length; i += 1000)
      for (const row of await this.db.read(Q.ARTICLE_HASHES, { ids: ids.slice(i, i + 1000) }))
        if (wanted.has(row.hash as string) && (this.log?.holds(row.id as string) ?? true))
          stored.add(row.hash as string);
    return stored;
  }

  async articles(): Promise<ArticleSummary[]> {
    const [articles, counts] = [await this.db.read(Q.ARTICLES), await this.db.read(Q.CLAIMS_PER_ARTICLE)];
    const claims = new Map(counts.map((r) => [r.article as string, Number(r.claims)]));
    return articles.map((a) => ({
      id: a.id as string,
      title: a.title as string,
      language: a.language as string,
      claims: claims.get(a.id as string) ?? 0,
      ...(a.source != null && { source: a.source as string }),
      ...(a.date != null && { date: a.date as string }),
    }));
  }

  async article(id: string) {
    if (labelOfId(id) !== "Article") return null;
    const [row] = await this.db.read(Q.nodeById("Article"), { id });
    if (!isDbNode(row?.n)) return null;
    return {
      article: withLists("Article", row.n.properties),
      claims: await evidence(this.db, await this.db.read(Q.CLAIMS_OF_ARTICLE, { id })),
    };
  }

  search(query: string, options: { limit: number; labels?: NodeLabel[]; ids?: string[] }): Promise<SearchHit[]> {
    return search(this.db, query, options);
  }

  async node(id: string): Promise<NodeDetails | null> {
    const label = labelOfId(id);
    if (!label) return null;
    const [row] = await this.db.read(Q.nodeById(label), { id });
    if (!isDbNode(row?.n)) return null;
    const properties = withLists(label, row.n.properties);
    if (label === "Article") delete properties.text;
    const entity = isEntityLabel(label);
    const page = { skip: 0, limit: CLAIMS_SHOWN };
    const claims =
      label === "Claim"
        ? await evidence(this.db, await this.db.read(Q.CLAIM_BY_ID, { id }))
        : label === "Article"
          ? await evidence(this.db, await this.db.read(Q.CLAIMS_OF_ARTICLE, { id }))
          : [
              ...(await this.claims(id, { of: "said", ...page })),
              ...(await this.claims(id, { of: "mentioned", ...page })),
            ];
    const count = async (query: string) => (entity ? Number((await this.db.read(query, { id }))[0]?.n ?? 0) : 0);
    const counts = Q.claimCounts(label);
    return {
      id,
      label,
      properties,
      roles: label === "Person" ? await this.roles(id, properties) : [],
      claims,
      said: await count(counts.said),
      mentioned: await count(counts.mentioned),
      degree: Number(row.degree),
    };
  }

  async claims(id: string, { of, skip, limit }: { of: ClaimsOf; skip: number; limit: number }) {
    const label = labelOfId(id);
    if (!label || !isEntityLabel(label)) return [];
    const query = of === "said" ? Q.claimsSaidBy(label) : Q.claimsMentioning(label);
    return evidence(this.db, await this.db.read(query, { id, skip, limit }));
  }

  /** REPRESENTS edges first, then titles seen without the country or organization they stand for. */
  private async roles(id: string, properties: Record<string, unknown>) {
    // A title is listed once (once per body it ties to), whatever the scripts it was written in.
    const seen = new Set<string>();
    const once = async (role: string, of = "") => {
      const key = `${await simplifiedForm(role)}\n${of}`;
      return !seen.has(key) && !!seen.add(key);
    };
    const tied: NodeDetails["roles"] = [];
    for (const r of await this.db.read(Q.ROLES, { id })) {
      const role = String(r.role ?? "");
      if (await once(role, String(r.id))) tied.push({ role, of: { id: String(r.id), name: String(r.name) } });
    }
    const titles = new Set([...seen].map((key) => key.split("\n")[0]));
    const loose: NodeDetails["roles"] = [];
    for (const role of properties.roles as string[])
      if (!titles.has(await simplifiedForm(role)) && (await once(role))) loose.push({ role });
    return [...tied, ...loose];
  }

  neighbours(ids: string[], options: NeighbourOptions): Promise<GraphJSON> {
    return neighbours(this.db, ids, options);
  }

  subgraph(ids: string[]): Promise<GraphJSON> {
    return subgraph(this.db, ids);
  }

  overview(options: GraphFilter & { limit: number }): Promise<GraphJSON> {
    return overview(this.db, options);
  }

  shortestPath(from: string, to: string, options: { maxDepth: number }): Promise<GraphJSON> {
    return shortestPath(this.db, from, to, options);
  }

  countryMap(options: GraphFilter & { speakers: number }): Promise<CountryMap> {
    return countryMap(this.db, options);
  }

  countryPair(a: string, b: string, options: GraphFilter = {}): Promise<CountryPair | null> {
    return countryPair(this.db, a, b, options);
  }

  stats(): Promise<Stats> {
    return stats(this.db);
  }

  cypher(query: string, params: Record<string, unknown>, options: CypherOptions): Promise<CypherResult> {
    return cypher(this.db, query, params, options);
  }

  async close(): Promise<void> {
    await this.db.close();
    await this.log?.close();
  }
}
