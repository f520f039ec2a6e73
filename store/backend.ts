// What the Store needs of a Cypher database: the adapters (kuzu.ts, neo4j.ts) implement Backend,
// cypher-store.ts, write.ts and load.ts run statements through it.
import type { Dialect } from "./cypher.ts";
import type { CypherOptions } from "./store.ts";
import type { Row } from "./validate.ts";

/** A node as a driver returns it: `key` is the database's internal id, used to attach relationships. */
export interface DbNode {
  kind: "node";
  key: string;
  label: string;
  properties: Record<string, unknown>;
}
export interface DbRel {
  kind: "rel";
  type: string;
  src: string;
  dst: string;
  properties: Record<string, unknown>;
}
export type Params = Record<string, unknown>;
export type Run = (query: string, params?: Params) => Promise<Row[]>;

export interface Backend {
  dialect: Dialect;
  /** An auto-committed read. Values are plain JSON, DbNode or DbRel. */
  read: Run;
  /** Runs `work` in one write transaction: all of it is committed, or none. */
  write<T>(work: (run: Run) => Promise<T>): Promise<T>;
  /**
   * Kuzu: like write, where statements may COPY FROM files written into `scratch` (store/load.ts);
   * ingestMany uses it for batches of `bulkFrom` new articles or more.
   */
  bulk?<T>(work: (run: Run, scratch: string) => Promise<T>): Promise<T>;
  bulkFrom?: number;
  /** A user's query, checked by query/checkQuery, in a read-only transaction, with its columns; at most rowLimit + 1 rows. */
  readOnly(query: string, params: Params, options: CypherOptions): Promise<{ columns: string[]; rows: Row[] }>;
  /** Nodes by the database's internal keys: the ends of relationships a query returned without them. */
  nodesByKeys(keys: string[]): Promise<DbNode[]>;
  close(): Promise<void>;
}
