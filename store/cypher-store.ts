// The Store, written once over any Cypher database: the adapters (kuzu.ts, neo4j.ts) only run
// statements and turn the driver's values into DbNode / DbRel. Everything the server sees (ingest
// bookkeeping, hops and caps, search ranking, evidence context, graph assembly) lives here, so both
// stores behave the same by construction and the conformance suite checks it.

import type {
  ArticleSummary,
  ClaimEvidence,
  ClaimsOf,
  CountryMap,
  CountryPair,
  CountryPairCount,
  CypherResult,
  GraphFilter,
  GraphJSON,
  IngestResult,
  NeighbourOptions,
  NodeDetails,
  PairEvidence,
  SearchHit,
  Speaker,
  Stats,
} from "../graph/api.ts";
import {
  articleId,
  EDGE_TYPES,
  type EdgeAttributes,
  type EdgeType,
  edgeKey,
  labelOfId,
  NODE_LABELS,
  type NodeLabel,
  PLOVER,
  PLOVER_TYPES,
  type PloverType,
  polarityOf,
} from "../graph/schema.ts";
import { checkQuery } from "../query/check.ts";
import { QueryError } from "../query/errors.ts";
import { checkKuzuText } from "../query/limits.ts";
import type { ParsedQuery } from "../query/parse.ts";
import { type SchemaNames, TranslationError, translateForKuzu } from "../query/translate.ts";
import type { Backend, DbNode, DbRel, Params, Run } from "./backend.ts";
import * as Q from "./cypher.ts";
import { claimSpeltOut, ENDPOINTS, ENTITY_LABELS, isEntityLabel, relationSpeltOut, withLists } from "./layout.ts";
import { loadArticles } from "./load.ts";
import type { CypherOptions, Store } from "./store.ts";
import { StoreInputError } from "./store.ts";
import { type ArticleBatch, type Row, validateArticleGraph } from "./validate.ts";
import { searchVariants, simplifiedForm } from "./variants.ts";
import { writeArticles } from "./write.ts";

/**
 * Relationships read from each node of a subgraph, and of the overview, where hub countries share
 * tens of thousands of relations (one per piece of evidence) that no first view can show.
 */
const SUBGRAPH_EDGES_PER_NODE = 10_000;
const OVERVIEW_EDGES_PER_NODE = 20;
/** Relationships read from a node of a subgraph whatever their target: most nodes have fewer. */
const FIRST_RELATIONSHIPS = 64;
/** Claims said by a node, and claims mentioning it, in its details: the most recent ones. */
const CLAIMS_SHOWN = 50;
/** Characters of article text shown on each side of a claim. */
const CONTEXT = 80;
const MAX_DEPTH = 3;
/** Relations read per hop and per node still to be found: a hub's thousands are cut early. */
const ROW_CAP_PER_NODE = 2;
/**
 * Nodes expanded per hop past the first: a 2-hop neighbourhood of 300 nodes would otherwise send a
 * query per step for each of ~300 nodes; the first found (hub relations come first) fill it.
 */
const FRONTIER_CAP = 48;

export const isDbNode = (v: unknown): v is DbNode => (v as DbNode | null)?.kind === "node";
export const isDbRel = (v: unknown): v is DbRel => (v as DbRel | null)?.kind === "rel";

/** A node's attributes in graphs returned to the app: article text is left out (article() gives it). */
function nodeEntry(node: DbNode) {
  const { id, text, ...rest } = node.properties;
  const label = node.label as NodeLabel;
  const attributes = withLists(label, label === "Article" ? rest : { ...rest, text });
  return { key: String(id), attributes: { label, ...attributes } };
}

function edgeEntry(source: string, target: string, rel: DbRel) {
  const { key: _key, ...properties } = rel.properties;
  const attributes = { type: rel.type, ...Object.fromEntries(Object.entries(properties).filter(([, v]) => v != null)) };
  return { key: edgeKey(source, target, attributes as EdgeAttributes), source, target, attributes };
}

class GraphBuilder {
  readonly nodes = new Map<string, ReturnType<typeof nodeEntry>>();
  readonly edges = new Map<string, ReturnType<typeof edgeEntry>>();
  addNode(node: DbNode) {
    const entry = nodeEntry(node);
    this.nodes.set(entry.key, entry);
    return entry.key;
  }
  addEdge(source: string, target: string, rel: DbRel) {
    const entry = edgeEntry(source, target, rel);
    this.edges.set(entry.key, entry);
  }
  toJSON(): GraphJSON {
    const edges = [...this.edges.values()].filter((e) => this.nodes.has(e.source) && this.nodes.has(e.target));
    return {
      attributes: {},
      options: { type: "directed", multi: true, allowSelfLoops: true },
      nodes: [...this.nodes.values()],
      edges,
    };
  }
}

const inRange = (date: unknown, filter: GraphFilter) =>
  typeof date !== "string" || ((!filter.from || date >= filter.from) && (!filter.to || date <= filter.to));

/** Whether a node passes the filter's node terms (labels, dates and articles of claims and articles). */
function keepNode(id: string, attributes: Record<string, unknown>, filter: GraphFilter): boolean {
  const label = labelOfId(id) as NodeLabel;
  if (filter.labels?.length && !filter.labels.includes(label)) return false;
  if (!inRange(attributes.date, filter)) return false;
  if (filter.articles?.length) {
    if (label === "Article" && !filter.articles.includes(id)) return false;
    if (typeof attributes.article === "string" && !filter.articles.includes(attributes.article)) return false;
  }
  return true;
}

/**
 * Under a date or article filter, the people, countries and organizations left without a claim or relation in
 * view: every one they had was filtered out (REPRESENTS, which no article dates, does not hold them).
 */
function dropUnanchored(graph: GraphBuilder): void {
  const anchored = new Set<string>();
  for (const { source, target, attributes } of graph.edges.values())
    if (attributes.type !== "REPRESENTS" && graph.nodes.has(source) && graph.nodes.has(target))
      for (const end of [source, target]) anchored.add(end);
  for (const id of graph.nodes.keys())
    if (isEntityLabel(String(labelOfId(id))) && !anchored.has(id)) graph.nodes.delete(id);
}

function keepEdge(attributes: Record<string, unknown>, filter: GraphFilter): boolean {
  if (filter.types?.length && !filter.types.includes(attributes.type as EdgeType)) return false;
  if (
    filter.polarity?.length &&
    typeof attributes.polarity === "string" &&
    !filter.polarity.includes(attributes.polarity as never)
  )
    return false;
  if (!inRange(attributes.date, filter)) return false;
  if (
    filter.articles?.length &&
    typeof attributes.article === "string" &&
    !filter.articles.includes(attributes.article)
  )
    return false;
  return true;
}

function context(text: string, start: number, end: number) {
  const from = Math.max(0, start - CONTEXT);
  return { context: text.slice(from, Math.min(text.length, end + CONTEXT)), contextStart: start - from };
}

/** The date and article terms of a filter, for reads of relations. */
function relationFilter(options: GraphFilter): { filter: Q.RelationFilter; params: Params } {
  const filter = { from: !!options.from, to: !!options.to, articles: !!options.articles?.length };
  const params: Params = {
    ...(filter.from && { from: options.from }),
    ...(filter.to && { to: options.to }),
    ...(filter.articles && { articles: options.articles }),
  };
  return { filter, params };
}

/** The speaker of the claim that overlaps a span most (an evidence sentence is usually part of one claim). */
function speakerOf(claims: Row[], start: number, end: number): { id: string; name: string } | undefined {
  let best: Row | undefined;
  let bestOverlap = 0;
  for (const claim of claims) {
    const overlap = Math.min(end, Number(claim.end)) - Math.max(start, Number(claim.start));
    if (claim.speaker != null && overlap > bestOverlap) {
      best = claim;
      bestOverlap = overlap;
    }
  }
  return best && { id: best.speaker as string, name: best.speakerName as string };
}

function checkIds(ids: unknown): string[] {
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== "string"))
    throw new StoreInputError("ids must be a list of strings");
  return ids as string[];
}

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
    const results = await this.write(graphs);
    await this.log?.record(graphs, results);
    return results;
  }

  private async write(graphs: GraphJSON[]): Promise<IngestResult[]> {
    const batches = graphs.map((graph, i) => {
      try {
        return validateArticleGraph(graph);
      } catch (error) {
        if (error instanceof StoreInputError && graphs.length > 1)
          throw new StoreInputError(`article ${i + 1} of ${graphs.length}: ${error.message}`);
        throw error;
      }
    });
    const unchanged = (b: ArticleBatch) => ({
      article: b.article.id,
      created: false,
      nodesAdded: 0,
      relationshipsAdded: 0,
    });
    const fresh = await this.newArticles(this.db.read, batches);
    // Nothing new: no write transaction (which would wait for the writer) at all.
    if (!fresh.length) return batches.map(unchanged);
    const results = (written: IngestResult[]) => {
      const byId = new Map(written.map((r) => [r.article, r]));
      return batches.map((b) => {
        const result = byId.get(b.article.id);
        byId.delete(b.article.id); // the same article twice in one call: the second is a duplicate
        return result ?? unchanged(b);
      });
    };
    // Checked again inside the transaction: another writer may have stored some meanwhile.
    if (this.db.bulk && fresh.length >= (this.db.bulkFrom ?? Number.POSITIVE_INFINITY))
      return this.db.bulk(async (run, scratch) =>
        results(await loadArticles(run, scratch, await this.newArticles(run, batches))),
      );
    return this.db.write(async (run) =>
      results(await writeArticles(run, this.db.dialect, await this.newArticles(run, batches))),
    );
  }

  /** The articles not stored yet, each once; an id stored with another hash is refused. */
  private async newArticles(run: Run, batches: ArticleBatch[]): Promise<ArticleBatch[]> {
    const stored = new Map<string, unknown>();
    const ids = [...new Set(batches.map((b) => b.article.id))];
    for (let i = 0; i < ids.length; i += 1000)
      for (const row of await run(Q.ARTICLE_HASHES, { ids: ids.slice(i, i + 1000) }))
        stored.set(row.id as string, row.hash);
    const fresh = new Map<string, ArticleBatch>();
    for (const b of batches) {
      const hash = stored.get(b.article.id);
      if (hash !== undefined && hash !== b.article.hash)
        throw new StoreInputError(`article id ${b.article.id} is already used by another text (hash collision)`);
      if (hash === undefined && !fresh.has(b.article.id)) fresh.set(b.article.id, b);
    }
    return [...fresh.values()];
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
      claims: await this.evidence(await this.db.read(Q.CLAIMS_OF_ARTICLE, { id })),
    };
  }

  /** Claim rows (c, speaker, speakerName) with their article and the text around them. */
  private async evidence(rows: Row[]): Promise<ClaimEvidence[]> {
    const claims = rows.filter((r) => isDbNode(r.c));
    const articleIds = [...new Set(claims.map((r) => (r.c as DbNode).properties.article as string))];
    const articles = (await Promise.all(articleIds.map((id) => this.db.read(Q.ARTICLE_TEXT, { id })))).flat();
    const byId = new Map(articles.map((a) => [a.id as string, a]));
    const seen = new Set<string>();
    const out: ClaimEvidence[] = [];
    for (const row of claims) {
      const c = (row.c as DbNode).properties as {
        id: string;
        text: string;
        start: number;
        end: number;
        article: string;
      };
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      const a = byId.get(c.article);
      out.push({
        id: c.id,
        text: c.text,
        start: Number(c.start),
        end: Number(c.end),
        article: {
          id: c.article,
          title: (a?.title as string) ?? "",
          ...(a?.date != null && { date: a.date as string }),
          ...(a?.source != null && { source: a.source as string }),
        },
        ...context((a?.text as string) ?? "", Number(c.start), Number(c.end)),
        ...(row.speaker != null && { speaker: { id: row.speaker as string, name: row.speakerName as string } }),
      });
    }
    return out;
  }

  async search(query: string, options: { limit: number; labels?: NodeLabel[]; ids?: string[] }): Promise<SearchHit[]> {
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
      const [row] = await this.db.read(Q.nodeById(label), { id });
      if (!isDbNode(row?.n)) continue;
      const { name, aliases } = row.n.properties;
      const forms = Array.isArray(aliases) ? aliases.map(String) : [];
      hits.push({ id, label, name: String(name), aliases: forms, degree: Number(row.degree), rank: -1 });
    }
    for (const label of labels) {
      for (const row of await this.db.read(Q.searchNames(label, variants.length), params)) {
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
        ? await this.evidence(await this.db.read(Q.CLAIM_BY_ID, { id }))
        : label === "Article"
          ? await this.evidence(await this.db.read(Q.CLAIMS_OF_ARTICLE, { id }))
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
    return this.evidence(await this.db.read(query, { id, skip, limit }));
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

  async neighbours(ids: string[], options: NeighbourOptions): Promise<GraphJSON> {
    checkIds(ids);
    const depth = Math.min(Math.max(1, Math.floor(options.depth)), MAX_DEPTH);
    const limit = Math.max(1, Math.floor(options.limit));
    const graph = await this.nodesOf(ids);
    const filter: Q.HopFilter = {
      polarity: !!options.polarity?.length,
      from: !!options.from,
      to: !!options.to,
      articles: !!options.articles?.length,
      exclude: !!options.exclude?.length,
    };
    const params: Params = {
      ...(filter.polarity && { polarity: options.polarity }),
      ...(filter.from && { from: options.from }),
      ...(filter.to && { to: options.to }),
      ...(filter.articles && { articles: [...(options.articles ?? []), ""] }),
      ...(filter.exclude && { exclude: options.exclude }),
    };
    const types = options.types?.filter((t) => t in ENDPOINTS);
    const labelOk = (label: NodeLabel) => !options.labels?.length || options.labels.includes(label);
    let frontier = [...graph.nodes.keys()];
    for (let level = 0; level < depth && frontier.length && graph.nodes.size < limit; level++) {
      // The nodes still wanted are shared across the frontier: a hub reads no more than a leaf.
      // (Handing what leaves leave unused to the others in more rounds filled 2-hop results from
      // ~250 to ~270 of 300 nodes but cost 1.6x the time: not done.)
      const known = new Set(graph.nodes.keys());
      const want = Math.ceil((limit - graph.nodes.size) / frontier.length);
      const hops = await Promise.all(
        frontier.map((id) => {
          const hopSteps = Q.steps(labelOfId(id) as NodeLabel, types).filter((s) => labelOk(s.other));
          return this.hop(id, hopSteps, want, known, { filter, params });
        }),
      );
      const next: string[] = [];
      for (const [i, found] of hops.entries()) {
        const origin = frontier[i] as string;
        for (const { node, rel, outgoing } of found) {
          const bId = node.key;
          if (!graph.nodes.has(bId)) {
            if (graph.nodes.size >= limit) continue;
            graph.addNode(node);
            next.push(bId);
          }
          graph.addEdge(outgoing ? origin : bId, outgoing ? bId : origin, rel);
        }
      }
      frontier = next.slice(0, FRONTIER_CAP);
    }
    return graph.toJSON();
  }

  /**
   * One node's relationships, step by step (one typed query each), until `want` nodes not `known`
   * were seen. The other node comes with its properties only (its key is its id).
   */
  private async hop(
    id: string,
    hopSteps: Q.Step[],
    want: number,
    known: Set<string>,
    { filter, params }: { filter: Q.HopFilter; params: Params },
  ) {
    const label = labelOfId(id) as NodeLabel;
    const seen = new Set<string>();
    const found: { node: DbNode; rel: DbRel; outgoing: boolean }[] = [];
    for (const s of hopSteps) {
      if (seen.size >= want) break;
      // Relations repeat between the same two countries (one per piece of evidence); other steps give one node a row.
      const cap = (want - seen.size) * (s.types[0] && s.types[0] in PLOVER ? ROW_CAP_PER_NODE : 1) + 1;
      const { rel, node } = Q.stepColumns(s);
      const values = (row: Row, prefix: string, names: string[]) =>
        Object.fromEntries(names.map((n) => [n, row[`${prefix}${n}`]]).filter(([, v]) => v != null));
      const [result] = await this.db.read(Q.step(this.db.dialect, label, s, filter), { ...params, id, cap });
      for (const row of (result?.found as Row[] | undefined) ?? []) {
        const bId = String(row.b_id);
        if (!known.has(bId)) seen.add(bId);
        const [src, dst] = s.outgoing ? [id, bId] : [bId, id];
        const type = String(row.type);
        const nodeProperties = values(row, "b_", node);
        const relProperties = values(row, "r_", rel);
        if (s.other === "Claim") Object.assign(nodeProperties, claimSpeltOut(bId));
        if (type in PLOVER) Object.assign(relProperties, relationSpeltOut(type as PloverType, String(row.r_key)));
        found.push({
          node: { kind: "node", key: bId, label: s.other, properties: nodeProperties },
          rel: { kind: "rel", type, src, dst, properties: relProperties },
          outgoing: s.outgoing,
        });
      }
    }
    return found;
  }

  /** The stored nodes among `ids` (unknown ids are left out). */
  private async nodesOf(ids: string[]): Promise<GraphBuilder> {
    const graph = new GraphBuilder();
    const known = [...new Set(ids)].filter((id) => labelOfId(id));
    const rows = await Promise.all(known.map((id) => this.db.read(Q.nodeOnly(labelOfId(id) as NodeLabel), { id })));
    for (const [row] of rows) if (isDbNode(row?.n)) graph.addNode(row.n);
    return graph;
  }

  async subgraph(ids: string[]): Promise<GraphJSON> {
    checkIds(ids);
    const graph = await this.nodesOf(ids);
    await this.relationshipsAmong(graph, SUBGRAPH_EDGES_PER_NODE);
    return graph.toJSON();
  }

  /**
   * Adds the relationships among the graph's nodes, each read once, from its source, at most `cap`
   * from each. A node's first few relationships are read whatever their target and sorted out here;
   * only a node with more asks the store for those to the graph's nodes: the list of every node sent
   * with each node's query cost the 1100-node overview 4 s, where the store did next to nothing.
   */
  private async relationshipsAmong(graph: GraphBuilder, cap: number) {
    const present = [...graph.nodes.keys()];
    const among = (rows: Row[]) => rows.filter((row) => graph.nodes.has(row.target as string)).slice(0, cap);
    const rels = await Promise.all(
      present.map(async (id) => {
        const label = labelOfId(id) as NodeLabel;
        const first = await this.db.read(Q.relationshipsFrom(label), { id, cap: FIRST_RELATIONSHIPS });
        if (first.length < FIRST_RELATIONSHIPS) return among(first);
        return this.db.read(Q.relationshipsTo(label), { id, targets: present, cap });
      }),
    );
    for (const [i, rows] of rels.entries())
      for (const row of rows) graph.addEdge(present[i] as string, row.target as string, row.r as DbRel);
  }

  async overview(options: GraphFilter & { limit: number }): Promise<GraphJSON> {
    const labels = options.labels?.length ? options.labels : NODE_LABELS;
    const top: { id: string; degree: number }[] = [];
    for (const label of labels)
      for (const row of await this.db.read(Q.topByDegree(label), { limit: options.limit * 2 }))
        top.push({ id: row.id as string, degree: Number(row.degree) });
    top.sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
    // Date and article filters drop nodes: twice the candidates leave room for them.
    const dropsNodes = options.from || options.to || options.articles?.length;
    const graph = await this.nodesOf(top.slice(0, options.limit * (dropsNodes ? 2 : 1)).map((t) => t.id));
    let kept = 0;
    for (const [id, node] of graph.nodes)
      if (kept >= options.limit || !keepNode(id, node.attributes, options)) graph.nodes.delete(id);
      else kept++;
    await this.relationshipsAmong(graph, OVERVIEW_EDGES_PER_NODE);
    for (const [key, edge] of graph.edges) if (!keepEdge(edge.attributes, options)) graph.edges.delete(key);
    if (dropsNodes) dropUnanchored(graph);
    return graph.toJSON();
  }

  async shortestPath(from: string, to: string, options: { maxDepth: number }): Promise<GraphJSON> {
    const [fromLabel, toLabel] = [labelOfId(from), labelOfId(to)];
    if (from === to) return this.subgraph([from]);
    const graph = new GraphBuilder();
    if (!fromLabel || !toLabel) return graph.toJSON();
    const maxDepth = Math.min(Math.max(1, Math.floor(options.maxDepth)), 10);
    const [row] = await this.db.read(Q.shortestPath(this.db.dialect, fromLabel, toLabel, maxDepth), { from, to });
    if (!row) return graph.toJSON();
    const ids = new Map<string, string>();
    for (const node of row.nodes as DbNode[]) ids.set(node.key, graph.addNode(node));
    for (const rel of row.rels as DbRel[]) graph.addEdge(ids.get(rel.src) as string, ids.get(rel.dst) as string, rel);
    return graph.toJSON();
  }

  async countryMap(options: GraphFilter & { speakers: number }): Promise<CountryMap> {
    const types = PLOVER_TYPES.filter((t) => !options.types?.length || options.types.includes(t)).filter(
      (t) => !options.polarity?.length || options.polarity.includes(polarityOf(t)),
    );
    const { filter, params } = relationFilter(options);
    const rows = types.length ? await this.db.read(Q.countryPairCounts(this.db.dialect, types, filter), params) : [];
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
      for (const row of await this.db.read(Q.COUNTRY_SPEAKERS, { limit: options.speakers * 2 })) {
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

  async countryPair(a: string, b: string, options: GraphFilter = {}): Promise<CountryPair | null> {
    if (labelOfId(a) !== "Country" || labelOfId(b) !== "Country") return null;
    const ends = await Promise.all([a, b].map((id) => this.db.read(Q.nodeOnly("Country"), { id })));
    const [nodeA, nodeB] = ends.map(([row]) => (isDbNode(row?.n) ? row.n : null));
    if (!nodeA || !nodeB) return null;
    const { filter, params } = relationFilter(options);
    const query = Q.pairRelations(this.db.dialect, filter);
    const directions = await Promise.all(
      [
        [a, b],
        [b, a],
      ].map(([source, target]) => this.db.read(query, { ...params, source, target })),
    );
    const rows = directions.flatMap((found, i) =>
      found.map((row) => ({ row, source: i === 0 ? a : b, target: i === 0 ? b : a })),
    );
    const articleIds = [...new Set(rows.map(({ row }) => row.article as string))];
    const [metas, spans] = await Promise.all([
      Promise.all(articleIds.map((id) => this.db.read(Q.ARTICLE_META, { id }))),
      Promise.all(articleIds.map((id) => this.db.read(Q.CLAIM_SPANS_OF_ARTICLE, { id }))),
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

  async stats(): Promise<Stats> {
    const nodes = {} as Record<NodeLabel, number>;
    for (const label of NODE_LABELS) nodes[label] = Number((await this.db.read(Q.countNodes(label)))[0]?.n ?? 0);
    const relationships: Record<string, number> = {};
    for (const type of Object.keys(ENDPOINTS) as EdgeType[]) {
      const n = Number((await this.db.read(Q.countRelationships(type)))[0]?.n ?? 0);
      if (n) relationships[type] = n;
    }
    return { nodes, relationships, articles: nodes.Article };
  }

  async cypher(query: string, params: Record<string, unknown>, options: CypherOptions): Promise<CypherResult> {
    let checked: ParsedQuery;
    try {
      // Every user query passes the one door; Kuzu gets its translation, Neo4j the query as written.
      checked = checkQuery(query, params ?? {});
    } catch (error) {
      throw error instanceof QueryError ? new StoreInputError(error.message) : error;
    }
    const text = this.db.dialect === "kuzu" ? await this.inKuzuDialect(checked) : checked.text;
    const { columns, rows } = await this.db.readOnly(text, params ?? {}, options);
    const truncated = rows.length > options.rowLimit;
    const graph = new GraphBuilder();
    const ids = new Map<string, string>();
    const rels: DbRel[] = [];
    const plain = (value: unknown): unknown => {
      if (isDbNode(value)) {
        const id = graph.addNode(value);
        ids.set(value.key, id);
        return { id, label: value.label, properties: withLists(value.label as NodeLabel, value.properties) };
      }
      if (isDbRel(value)) {
        rels.push(value);
        return value;
      }
      if (Array.isArray(value)) return value.map(plain);
      if (value && typeof value === "object" && !(value instanceof Date))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
      return value instanceof Date ? value.toISOString() : typeof value === "bigint" ? Number(value) : value;
    };
    const table = rows.slice(0, options.rowLimit).map((row) => columns.map((c) => plain(row[c])));
    // Relationships are written once every node of the rows is known, to name their ends by id.
    const relJSON = (rel: DbRel) => ({
      type: rel.type,
      source: ids.get(rel.src) ?? null,
      target: ids.get(rel.dst) ?? null,
      properties: Object.fromEntries(Object.entries(rel.properties).filter(([k, v]) => k !== "key" && v != null)),
    });
    const missing = [...new Set(rels.flatMap((rel) => [rel.src, rel.dst]))].filter((key) => !ids.has(key));
    if (missing.length) for (const node of await this.db.nodesByKeys(missing)) ids.set(node.key, graph.addNode(node));
    for (const rel of rels) {
      const source = ids.get(rel.src);
      const target = ids.get(rel.dst);
      if (source && target) graph.addEdge(source, target, rel);
    }
    const finish = (value: unknown): unknown =>
      isDbRel(value)
        ? relJSON(value)
        : Array.isArray(value)
          ? value.map(finish)
          : value && typeof value === "object"
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, finish(v)]))
            : value;
    return { columns, rows: table.map((row) => row.map(finish)) as unknown[][], graph: graph.toJSON(), truncated };
  }

  /** A checked query in Kuzu's dialect; db.labels() and db.relationshipTypes() list the names in use, as Neo4j's do. */
  private async inKuzuDialect(checked: ParsedQuery): Promise<string> {
    let names: SchemaNames | undefined;
    if (/\bdb\s*\.\s*`?(labels|relationshipTypes)\b/i.test(checked.text)) {
      const { nodes, relationships } = await this.stats();
      names = {
        labels: NODE_LABELS.filter((label) => nodes[label] > 0),
        types: EDGE_TYPES.filter((type) => (relationships[type] ?? 0) > 0),
      };
    }
    try {
      const text = translateForKuzu(checked, names);
      checkKuzuText(text, checked.text);
      return text;
    } catch (error) {
      // A translation too large for a string at all (RangeError) is the same limit, past it.
      if (error instanceof RangeError)
        throw new StoreInputError("the query grows too large when written for the embedded store: nest it less");
      throw error instanceof TranslationError || error instanceof QueryError
        ? new StoreInputError(error.message)
        : error;
    }
  }

  async close(): Promise<void> {
    await this.db.close();
    await this.log?.close();
  }
}
