// The Store interface: what the server and the CLI need from a graph database.
// KuzuStore (embedded, default) and Neo4jStore implement it with the same schema
// (graph/schema.ts) and pass the same conformance suite (test/store/); what they return is the API's
// shapes (graph/api.ts).
import type {
  ArticleSummary,
  ArticleWithClaims,
  ClaimEvidence,
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
import { DiplographError } from "../graph/errors.ts";
import type { NodeLabel } from "../graph/schema.ts";

export interface CypherOptions {
  timeoutMs: number;
  rowLimit: number;
}

/** Raised for bad input (schema violations, write queries, syntax errors): the caller's fault, 4xx. */
export class StoreInputError extends DiplographError {
  override name = "StoreInputError";
  readonly code = "bad-input";
}

/** The store is held by another process (Kuzu allows one writer process per directory). */
export class StoreLockedError extends DiplographError {
  override name = "StoreLockedError";
  readonly code = "store-unavailable";
}

/** DATA_DIR cannot hold the embedded store (store/data-dir.ts): the message says what to do. */
export class DataDirError extends DiplographError {
  override name = "DataDirError";
  readonly code = "store-unavailable";
}

/** The store's files cannot be opened; the message says what to do. */
export class StoreOpenError extends DiplographError {
  override name = "StoreOpenError";
  readonly code = "store-unavailable";
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
  article(id: string): Promise<ArticleWithClaims | null>;
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
