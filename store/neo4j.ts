// Neo4jStore: the graph in a Neo4j 5 server (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).
//
// Schema as stored: the same labels and properties as Kuzu (store/layout.ts): Article, Person,
// Country, Organization, Claim, each with a unique `id` (constraint per label); lists (aliases,
// roles) are string lists; dates ISO strings; offsets integers. Relationship types are the edge
// attribute `type`: SAID, MENTIONS, IN_ARTICLE, REPRESENTS {role}, and one type per PLOVER event
// (CONSULT, SUPPORT, ...) with {key, polarity, quad, start, end, evidence, article, date}.
// Indexes: claim_article on Claim.article; the full-text index `names` (CJK analyzer) over name and
// aliases, for console users (db.index.fulltext.queryNodes); search itself uses the same CONTAINS
// query as Kuzu, so both stores rank alike.
//
// Ingest runs in executeWrite (one transaction per article, retried by the driver on transient
// errors); reads in executeRead; the console in a READ session, so the server refuses writes, with
// a transaction timeout. Every statement comes from store/cypher.ts and is parsed in the tests.
import neo4j, { type Driver, isInt, isNode, isPath, isRelationship, Neo4jError } from "neo4j-driver";
import type { Backend, DbNode, DbRel, Params, Run } from "./backend.ts";
import { NEO4J_SCHEMA, NODES_BY_ELEMENT_ID } from "./cypher.ts";
import { CypherStore } from "./cypher-store.ts";
import { StoreInputError } from "./store.ts";
import type { Row } from "./validate.ts";

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** JavaScript numbers are floats to Neo4j: whole ones go as integers, so offsets and LIMITs stay integers. */
function toNeo4j(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4j(v)]));
  return value;
}

function fromNeo4j(value: unknown): unknown {
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isNode(value as never)) {
    const node = value as unknown as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return {
      kind: "node",
      key: node.elementId,
      label: node.labels[0] ?? "",
      properties: fromNeo4j(node.properties) as Record<string, unknown>,
    } satisfies DbNode;
  }
  if (isRelationship(value as never)) {
    const rel = value as unknown as {
      type: string;
      startNodeElementId: string;
      endNodeElementId: string;
      properties: Record<string, unknown>;
    };
    return {
      kind: "rel",
      type: rel.type,
      src: rel.startNodeElementId,
      dst: rel.endNodeElementId,
      properties: fromNeo4j(rel.properties) as Record<string, unknown>,
    } satisfies DbRel;
  }
  if (isPath(value as never)) {
    const path = value as unknown as { start: unknown; segments: { end: unknown; relationship: unknown }[] };
    return {
      nodes: [path.start, ...path.segments.map((s) => s.end)].map(fromNeo4j),
      rels: path.segments.map((s) => fromNeo4j(s.relationship)),
    };
  }
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (value && typeof value === "object") {
    // Temporal and spatial values print themselves as Cypher literals.
    if (Object.getPrototypeOf(value) !== Object.prototype) return String(value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromNeo4j(v)]));
  }
  return value;
}

const rowsOf = (records: { keys: PropertyKey[]; get(key: PropertyKey): unknown }[]): Row[] =>
  records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), fromNeo4j(r.get(k))])));

/** Errors the client caused (syntax, a write in a read session, a timeout) are input errors. */
function asInputError(error: unknown): unknown {
  if (error instanceof Neo4jError && error.code.startsWith("Neo.ClientError.")) {
    if (/AccessMode|ForbiddenDueToTransactionType/.test(error.code))
      return new StoreInputError(`the Cypher console is read-only: ${error.message}`);
    if (/TransactionTimedOut|Terminated/.test(error.code))
      return new StoreInputError(`query timed out: ${error.message}`);
    return new StoreInputError(error.message);
  }
  return error;
}

export class Neo4jBackend implements Backend {
  readonly dialect = "neo4j" as const;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  static async open(config: Neo4jConfig): Promise<Neo4jBackend> {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
    });
    const backend = new Neo4jBackend(driver, config.database);
    try {
      await driver.verifyConnectivity({ database: config.database });
      // Schema statements cannot share a transaction with anything else: one each.
      for (const statement of NEO4J_SCHEMA) await backend.write((run) => run(statement));
    } catch (error) {
      await driver.close();
      throw error;
    }
    return backend;
  }

  private session(mode: "READ" | "WRITE") {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  read: Run = async (query, params = {}) => {
    const session = this.session("READ");
    try {
      return await session.executeRead(async (tx) => rowsOf((await tx.run(query, toNeo4j(params) as Params)).records));
    } finally {
      await session.close();
    }
  };

  async write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.session("WRITE");
    try {
      return await session.executeWrite((tx) =>
        work(async (query, params = {}) => rowsOf((await tx.run(query, toNeo4j(params) as Params)).records)),
      );
    } finally {
      await session.close();
    }
  }

  async readOnly(query: string, params: Params, options: { timeoutMs: number; rowLimit: number }) {
    const session = this.session("READ");
    try {
      return await session.executeRead(
        async (tx) => {
          const result = tx.run(query, toNeo4j(params) as Params);
          const columns = (await result.keys()).map(String);
          const records: { keys: PropertyKey[]; get(key: PropertyKey): unknown }[] = [];
          for await (const record of result) {
            records.push(record);
            if (records.length > options.rowLimit) break;
          }
          return { columns, rows: rowsOf(records) };
        },
        { timeout: Math.max(1, Math.floor(options.timeoutMs)) },
      );
    } catch (error) {
      throw asInputError(error);
    } finally {
      await session.close();
    }
  }

  async nodesByKeys(keys: string[]): Promise<DbNode[]> {
    return (await this.read(NODES_BY_ELEMENT_ID, { keys })).map((row) => row.n as DbNode);
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

export async function openNeo4jStore(config: Neo4jConfig): Promise<CypherStore> {
  return new CypherStore(await Neo4jBackend.open(config));
}
