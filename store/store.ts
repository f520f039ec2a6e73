// The Store interface: what the server and the CLI need from a graph database.
// KuzuStore (embedded, default) and Neo4jStore implement it with the same schema
// (graph/schema.ts) and pass the same conformance suite (test/store/).
import type { SerializedGraph } from "graphology-types";
import type { EdgeType, IsoDate, NodeLabel, PloverType, Polarity } from "../graph/schema.ts";

/** A subgraph in graphology's serialization format: nodes {key, attributes}, edges {key, source, target, attributes}. */
export type GraphJSON = SerializedGraph;

export interface IngestResult {
  article: string;
  /** false when the article (same content hash) was already stored: nothing was written. */
  created: boolean;
  nodesAdded: number;
  relationshipsAdded: number;
  /** The article's people, countries and organizations that were stored already: it merged into them. */
  merged?: string[];
}

export interface GraphFilter {
  labels?: NodeLabel[];
  types?: EdgeType[];
  polarity?: Polarity[];
  from?: IsoDate;
  to?: IsoDate;
  /** Article ids: keep claims and relations of these articles only. */
  articles?: string[];
}

export interface NeighbourOptions extends GraphFilter {
  /** 1..3 */
  depth: number;
  /** Cap on the nodes returned. */
  limit: number;
  /** Nodes not to return again (the pages of an expansion shown already): the cap counts only new ones. */
  exclude?: string[];
}

export interface SearchHit {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  /** Number of relationships, to rank hits. */
  degree: number;
}

export interface ClaimEvidence {
  id: string;
  text: string;
  start: number;
  end: number;
  article: { id: string; title: string; date?: IsoDate; source?: string };
  /** The article text around the span, and where the span starts within it. */
  context: string;
  contextStart: number;
  speaker?: { id: string; name: string };
}

export interface NodeDetails {
  id: string;
  label: NodeLabel;
  properties: Record<string, unknown>;
  /** Roles of a person: (title, country or organization it ties to). */
  roles: { role: string; of?: { id: string; name: string } }[];
  /**
   * For an entity, the first page of its own claims, then the first page of the claims that mention it (its own
   * apart); for a claim, itself; for an article, its claims.
   */
  claims: ClaimEvidence[];
  /** How many claims the node said, and how many others mention it (claims() pages them). */
  said: number;
  mentioned: number;
  degree: number;
}

/** Which claims of a node: those it said, or those that mention it (its own apart). */
export type ClaimsOf = "said" | "mentioned";

export interface ArticleSummary {
  id: string;
  title: string;
  source?: string;
  date?: IsoDate;
  language: string;
  claims: number;
}

export interface Stats {
  nodes: Record<NodeLabel, number>;
  relationships: Record<string, number>;
  articles: number;
}

/** Relations between two countries in one direction, of one PLOVER type, counted (the diplomatic map). */
export interface CountryPairCount {
  source: string;
  target: string;
  type: PloverType;
  count: number;
}

/** A person who speaks for a country (REPRESENTS), with the number of claims they said. */
export interface Speaker {
  id: string;
  name: string;
  country: string;
  role?: string;
  claims: number;
}

/** The diplomatic map: countries with relations, their relations counted per direction and type, their speakers. */
export interface CountryMap {
  countries: { id: string; name: string }[];
  pairs: CountryPairCount[];
  speakers: Speaker[];
}

/** One relation between two countries with its evidence sentence, where it is in its article, and who said it. */
export interface PairEvidence {
  key: string;
  type: PloverType;
  polarity: Polarity;
  source: string;
  target: string;
  /** The event's date, else the article's. */
  date?: IsoDate;
  evidence: string;
  start: number;
  end: number;
  article: { id: string; title: string; date?: IsoDate; source?: string };
  /** The speaker of the claim the sentence belongs to, when it is one. */
  speaker?: { id: string; name: string };
}

export interface CountryPair {
  a: { id: string; name: string };
  b: { id: string; name: string };
  /** Oldest first. */
  relations: PairEvidence[];
}

export interface CypherOptions {
  timeoutMs: number;
  rowLimit: number;
}

export interface CypherResult {
  columns: string[];
  /** Plain JSON values; nodes and relationships appear as {id} / {type, source, target}. */
  rows: unknown[][];
  /** Every node and relationship found in the rows. */
  graph: GraphJSON;
  truncated: boolean;
}

/** Raised for bad input (schema violations, write queries, syntax errors): the caller's fault, 4xx. */
export class StoreInputError extends Error {
  override name = "StoreInputError";
}

/** The store is held by another process (Kuzu allows one writer process per directory). */
export class StoreLockedError extends Error {
  override name = "StoreLockedError";
}

/** DATA_DIR cannot hold the embedded store (store/data-dir.ts): the message says what to do. */
export class DataDirError extends Error {
  override name = "DataDirError";
}

/** The store's files cannot be opened; the message says what to do. */
export class StoreOpenError extends Error {
  override name = "StoreOpenError";
}

export interface Store {
  /** Writes one article's graph in one transaction; idempotent by content hash. */
  ingest(graph: GraphJSON): Promise<IngestResult>;
  /**
   * Several articles in one transaction, for bulk loads (one statement per label and relationship
   * type for all of them); all or nothing. Results in input order; any invalid graph refuses all.
   */
  ingestMany(graphs: GraphJSON[]): Promise<IngestResult[]>;
  articles(): Promise<ArticleSummary[]>;
  /**
   * Which of these content hashes (sha256 of an article's text) are stored for good: ingest skips
   * their extraction and counts them as already stored. With a journal (Kuzu), only the journaled
   * ones: an article committed but not yet journaled (a crash in between) was never acknowledged, and
   * its commit may still sit in a write-ahead log that a later crash makes unreadable; it is ingested
   * again, which journals it.
   */
  storedHashes(hashes: string[]): Promise<Set<string>>;
  /** The Article node's properties (with text) and its claims, or null. */
  article(id: string): Promise<{ article: Record<string, unknown>; claims: ClaimEvidence[] } | null>;
  /** `ids`: entities the query names by a lexicon's alias (ingest/search-terms.ts), ranked first when stored. */
  search(query: string, options: { limit: number; labels?: NodeLabel[]; ids?: string[] }): Promise<SearchHit[]>;
  node(id: string): Promise<NodeDetails | null>;
  /** A page of an entity's claims, most recent first. */
  claims(id: string, options: { of: ClaimsOf; skip: number; limit: number }): Promise<ClaimEvidence[]>;
  neighbours(ids: string[], options: NeighbourOptions): Promise<GraphJSON>;
  /** The nodes with these ids and every relationship among them. */
  subgraph(ids: string[]): Promise<GraphJSON>;
  /** The whole graph up to a cap on nodes (highest degree first), for a first view. */
  overview(options: GraphFilter & { limit: number }): Promise<GraphJSON>;
  shortestPath(from: string, to: string, options: { maxDepth: number }): Promise<GraphJSON>;
  /** Countries and their relations counted per pair, direction and type; speakers ranked by claims, at most `speakers`. */
  countryMap(options: GraphFilter & { speakers: number }): Promise<CountryMap>;
  /** Every relation between two countries (both directions) with its evidence; null when one is not stored. */
  countryPair(a: string, b: string, filter?: GraphFilter): Promise<CountryPair | null>;
  stats(): Promise<Stats>;
  /** Read-only Cypher, enforced by the database; throws StoreInputError on write or syntax error. */
  cypher(query: string, params: Record<string, unknown>, options: CypherOptions): Promise<CypherResult>;
  close(): Promise<void>;
}
