// KuzuStore: the embedded default, one database file (DATA_DIR, default data/db), one writer process.
//
// Schema as stored (built from store/layout.ts, see KUZU_SCHEMA in store/cypher.ts):
//   node tables, each keyed by `id STRING PRIMARY KEY` (a hash index: every lookup is by id)
//     Article(title, source, date, hash, language, text, file)   Person(name, aliases STRING[], roles STRING[])
//     Country(name, aliases STRING[], iso3)   Organization(name, aliases STRING[], kind)
//     Claim(text, start INT64, end INT64, article, date)          dates are ISO strings, as in Neo4j
//   rel tables: SAID(Person|Organization|Country -> Claim), MENTIONS(Claim -> entities),
//     IN_ARTICLE(Claim -> Article), REPRESENTS(Person -> Country|Organization, role),
//     and one per PLOVER type, Country -> Country (key, polarity, quad, start, end, evidence, article, date).
// Kuzu's FTS extension is linked in, but it tokenizes on spaces, useless for Chinese names, and it
// indexes neither lists nor updated tables; search scans names and aliases instead (CONTAINS).
//
// Lookups: Kuzu uses the primary-key index for `{id: $id}` with a scalar, but scans the table for
// `UNWIND $rows ... {id: row.id}` and `id IN $list`; so reads look ids up one statement each, and
// ingest creates an article's claims from the article node and reaches them again through their
// IN_ARTICLE edges (store/write.ts).
//
// Bulk writes (ingestMany of BULK_FROM articles or more) use COPY FROM instead (store/load.ts), some
// 20x faster, but never on the store itself: a rolled-back transaction holding a COPY loses stored
// relationships (0.11.3). The database is one file: bulk() copies it, COPYs into the copy, and
// renames the copy over the store only once every statement succeeded (readers wait for the swap
// only, a few milliseconds); a failure or a crash before the rename leaves the store as it was.
//
// Connections: one writer (ingest transactions, one at a time), a few readers, and a few console
// connections whose queries, let through by query/checkQuery only, run in `BEGIN TRANSACTION READ
// ONLY` (a second wall) with a timeout. Each connection runs one query at a time, and every
// QueryResult is closed before the next (Kuzu segfaults otherwise).
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import kuzu from "kuzu";
import type { NodeLabel } from "../graph/schema.ts";
import type { Backend, DbNode, Params, Run } from "./backend.ts";
import { KUZU_SCHEMA, nodesByOffset } from "./cypher.ts";
import { CypherStore } from "./cypher-store.ts";
import { Journal } from "./journal.ts";
import { convert, hasEmptyList, kuzuType } from "./kuzu-values.ts";
import { journalOf, openRecovering } from "./recovery.ts";
import { StoreInputError, StoreLockedError } from "./store.ts";
import type { Row } from "./validate.ts";

type Connection = InstanceType<typeof kuzu.Connection>;
type QueryResult = InstanceType<typeof kuzu.QueryResult>;

/** Runs tasks one after another: a Kuzu connection takes one query at a time. */
class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  /** Tasks queued or running. */
  pending = 0;
  run<T>(task: () => Promise<T>): Promise<T> {
    this.pending++;
    const result = this.tail.then(task).finally(() => {
      this.pending--;
    });
    this.tail = result.catch(() => undefined);
    return result;
  }
}

interface Lane {
  /** Replaced when a bulk write swaps the database. */
  connection: Connection;
  serial: Serial;
}
const lane = (db: InstanceType<typeof kuzu.Database>): Lane => ({
  connection: new kuzu.Connection(db),
  serial: new Serial(),
});

/** The lane with the least work queued: one slow query holds its own lane only. */
const idlest = (lanes: Lane[]) => lanes.reduce((a, b) => (b.serial.pending < a.serial.pending ? b : a));

const READERS = 4;
/** Console connections: a long user query (up to its timeout) leaves the others free. */
const CONSOLES = 3;
const Q_ARTICLE_IDS = "MATCH (a:Article) RETURN a.id AS id";
/** Kuzu's write-ahead log of a database file. */
const wal = (path: string) => `${path}.wal`;
const ifMissing = (error: NodeJS.ErrnoException) => {
  if (error.code !== "ENOENT") throw error;
};
/**
 * Articles from which ingestMany takes the bulk path: its cost per batch (copying the database, a
 * COPY per table, the checkpoint) outweighs statements below. Onto 9k stored articles: 50 took
 * 1.3 s in bulk against 0.8 s as statements, 100 1.4 against 1.7 s, 500 3.0 against 8.8 s.
 */
export const BULK_FROM = 100;
const CONTROL_TIMEOUT_MS = 60_000;
/**
 * Kuzu's buffer pool holds the database's pages and every query's intermediate results, so it is
 * the ceiling on what a console query can take (Kuzu's default is 80% of the machine's memory). A
 * query that needs more fails with "the buffer pool is full" and gives the memory back.
 */
export const BUFFER_POOL_MB = 2048;

type Prepared = Awaited<ReturnType<Connection["prepare"]>>;
/** The store's own statements, prepared once per connection (there are a few hundred). */
const preparedCache = new WeakMap<Connection, Map<string, Prepared>>();

async function prepare(connection: Connection, query: string, cache: boolean): Promise<Prepared> {
  const statements = preparedCache.get(connection) ?? new Map<string, Prepared>();
  preparedCache.set(connection, statements);
  const known = statements.get(query);
  if (known) return known;
  const prepared = await connection.prepare(query);
  if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
  if (cache) statements.set(query, prepared);
  return prepared;
}

async function execute(connection: Connection, query: string, params: Params = {}, cache = true): Promise<QueryResult> {
  if (hasEmptyList(params)) throw new Error(`empty list in the parameters of: ${query}`);
  const prepared = await prepare(connection, query, cache);
  // Kuzu refuses parameters the statement does not use (Neo4j ignores them).
  const uses = (name: string) => new RegExp(`\\$${name.replace(/[^\w]/g, "\\$&")}\\b`).test(query);
  const used = Object.fromEntries(Object.entries(params).filter(([name]) => uses(name)));
  const result = await connection.execute(prepared, used as Record<string, never>);
  if (Array.isArray(result)) {
    for (const r of result) r.close();
    throw new Error("one statement at a time");
  }
  return result;
}

async function all(connection: Connection, query: string, params?: Params): Promise<Row[]> {
  const result = await execute(connection, query, params);
  try {
    return (await result.getAll()).map((row) => convert(row) as Row);
  } finally {
    result.close();
  }
}

export class KuzuBackend implements Backend {
  readonly dialect = "kuzu" as const;
  private readonly writer: Lane;
  private readonly readers: Lane[];
  private readonly consoles: Lane[];
  /** Node table names by Kuzu table id, to read nodes by internal id. */
  private tables = new Map<number, NodeLabel>();

  private constructor(
    private db: InstanceType<typeof kuzu.Database>,
    private readonly path: string,
    readonly bulkFrom: number,
    private readonly bufferPoolMb: number,
  ) {
    this.writer = lane(db);
    this.readers = Array.from({ length: READERS }, () => lane(db));
    this.consoles = Array.from({ length: CONSOLES }, () => lane(db));
  }

  private static async database(path: string, bufferPoolMb: number) {
    const db = new kuzu.Database(path, bufferPoolMb * 2 ** 20);
    try {
      await db.init();
    } catch (error) {
      const message = (error as Error).message;
      if (/lock/i.test(message))
        throw new StoreLockedError(
          `the Kuzu store at ${path} is in use by another process (a running server?): ` +
            "stop it, or send the articles to the server (POST /api/articles)",
        );
      throw error;
    }
    return db;
  }

  /** `bulkFrom`: the batch size from which ingestMany COPYs (tests set 1 to run every write through it). */
  static async open(path: string, { bulkFrom = BULK_FROM, bufferPoolMb = BUFFER_POOL_MB } = {}): Promise<KuzuBackend> {
    const backend = new KuzuBackend(await KuzuBackend.database(path, bufferPoolMb), path, bulkFrom, bufferPoolMb);
    // Left by a bulk write that crashed: this process holds the store's lock, so none is running.
    const leftover = new RegExp(`^${basename(path).replace(/\W/g, "\\$&")}\\.(bulk-\\d+(\\.wal)?|csv-\\w+)$`);
    for (const name of await readdir(dirname(path)))
      if (leftover.test(name)) await rm(join(dirname(path), name), { recursive: true, force: true });
    for (const statement of KUZU_SCHEMA) await all(backend.writer.connection, statement);
    for (const row of await backend.read("CALL show_tables() RETURN id, name, type"))
      if (row.type === "NODE") backend.tables.set(Number(row.id), row.name as NodeLabel);
    return backend;
  }

  read: Run = (query, params) => {
    const reader = idlest(this.readers);
    return reader.serial.run(() => all(reader.connection, query, params));
  };

  write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.writer.serial.run(async () => {
      const { connection } = this.writer; // read when the task runs: a bulk write may have replaced it
      await all(connection, "BEGIN TRANSACTION");
      try {
        const result = await work((query, params) => all(connection, query, params));
        await all(connection, "COMMIT");
        return result;
      } catch (error) {
        // Kuzu rolls back by itself when a statement fails; ROLLBACK covers errors raised between statements.
        await all(connection, "ROLLBACK").catch(() => undefined);
        throw error;
      }
    });
  }

  /** Runs `work` on a copy of the database (one transaction there), which replaces the store once it succeeded. */
  bulk<T>(work: (run: Run, scratch: string) => Promise<T>): Promise<T> {
    return this.writer.serial.run(async () => {
      const staging = `${this.path}.bulk-${process.pid}`;
      const scratch = await mkdtemp(`${this.path}.csv-`);
      try {
        // The file and its write-ahead log hold every committed transaction (this lane is the only
        // writer); a CHECKPOINT instead would wait for the readers' transactions.
        await copyFile(this.path, staging);
        await copyFile(wal(this.path), wal(staging)).catch(ifMissing);
        const db = new kuzu.Database(staging);
        const copy = new kuzu.Connection(db);
        let result: T;
        try {
          await all(copy, "BEGIN TRANSACTION");
          result = await work((query, params) => all(copy, query, params), scratch);
          await all(copy, "COMMIT");
        } finally {
          await copy.close();
          await db.close();
        }
        // Closing checkpoints into the file; a log left over would not go with it.
        if (existsSync(wal(staging))) throw new Error(`Kuzu left ${wal(staging)} after closing`);
        await this.swap(staging);
        return result;
      } finally {
        await rm(wal(staging), { force: true });
        await rm(staging, { force: true });
        await rm(scratch, { recursive: true, force: true });
      }
    });
  }

  /** Closes every connection (each lane idle first), renames `staging` over the store and opens it again. */
  private async swap(staging: string) {
    const others = [...this.consoles, ...this.readers];
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const idle = others.map(
      (l) =>
        new Promise<void>((ready) =>
          l.serial.run(() => {
            ready();
            return released;
          }),
        ),
    );
    await Promise.all(idle);
    try {
      for (const l of [this.writer, ...others]) await l.connection.close();
      await this.db.close();
      // The store's log, if closing left one, is in the copy already: replayed on it, it would corrupt it.
      await rm(wal(this.path), { force: true });
      await rename(staging, this.path);
    } finally {
      this.db = await KuzuBackend.database(this.path, this.bufferPoolMb);
      for (const l of [this.writer, ...others]) l.connection = new kuzu.Connection(this.db);
      release();
    }
  }

  readOnly(query: string, params: Params, options: { timeoutMs: number; rowLimit: number }) {
    if (hasEmptyList(params)) throw new StoreInputError("Kuzu cannot take an empty list as a parameter");
    for (const [name, value] of Object.entries(params)) kuzuType(value, `$${name}`);
    const console = idlest(this.consoles);
    return console.serial.run(async () => {
      const { connection } = console;
      // The timeout bounds the user's query only: an interrupted BEGIN or ROLLBACK would leave the
      // connection in a wrong state.
      connection.setQueryTimeout(CONTROL_TIMEOUT_MS);
      await all(connection, "BEGIN TRANSACTION READ ONLY");
      let result: QueryResult | undefined;
      try {
        connection.setQueryTimeout(Math.max(1, Math.floor(options.timeoutMs)));
        result = await execute(connection, query, params, false);
        const columns = result.getColumnNamesSync();
        const rows: Row[] = [];
        while (rows.length <= options.rowLimit && result.hasNext()) rows.push(convert(await result.getNext()) as Row);
        return { columns, rows };
      } catch (error) {
        const message = (error as Error).message;
        throw new StoreInputError(
          /interrupt/i.test(message)
            ? `query timed out after ${options.timeoutMs} ms`
            : /buffer pool is full/i.test(message)
              ? `the query needs more memory than the store's ceiling (${this.bufferPoolMb} MB, KUZU_BUFFER_POOL_MB): return fewer or smaller values`
              : message,
        );
      } finally {
        result?.close();
        connection.setQueryTimeout(CONTROL_TIMEOUT_MS);
        await all(connection, "ROLLBACK").catch(() => undefined);
      }
    });
  }

  async nodesByKeys(keys: string[]): Promise<DbNode[]> {
    const offsets = new Map<number, number[]>();
    for (const key of keys) {
      const [table, offset] = key.split(":").map(Number) as [number, number];
      offsets.set(table, [...(offsets.get(table) ?? []), offset]);
    }
    const nodes: DbNode[] = [];
    for (const [table, list] of offsets) {
      const label = this.tables.get(table);
      if (label)
        for (const row of await this.read(nodesByOffset(label), { offsets: list })) nodes.push(row.n as DbNode);
    }
    return nodes;
  }

  async close(): Promise<void> {
    // Waits for queued work on every connection, then closes connections before the database.
    const lanes = [this.writer, ...this.consoles, ...this.readers];
    await Promise.all(lanes.map((l) => l.serial.run(async () => undefined)));
    for (const l of lanes) await l.connection.close();
    await this.db.close();
  }
}

/**
 * The embedded store in the database file `path` (created if missing), with its journal beside it
 * (store/journal.ts). A log that did not replay is moved aside and the journaled articles the store
 * lacks are written again; `report` gets one line saying so. `bufferPoolMb` caps Kuzu's memory.
 */
export async function openKuzuStore(
  path: string,
  {
    bufferPoolMb,
    report = (line: string) => void process.stderr.write(`${line}\n`),
  }: { bufferPoolMb?: number; report?: (line: string) => void } = {},
): Promise<CypherStore> {
  const { backend, keptLog } = await openRecovering(path, () => KuzuBackend.open(path, { bufferPoolMb }));
  let journal: Journal | undefined;
  try {
    journal = await Journal.open(journalOf(path));
    const store = new CypherStore(backend, journal);
    const stored = new Set((await backend.read(Q_ARTICLE_IDS)).map((r) => r.id as string));
    const replayed = journal.lacks(stored) ? await journal.replay(store, stored) : 0;
    if (keptLog)
      report(
        `diplograph: the store's write-ahead log could not be replayed (${keptLog.reason}); it is kept as ` +
          `${keptLog.path}, and ${replayed} acknowledged articles were written again from the journal`,
      );
    else if (replayed)
      report(
        `diplograph: ${replayed} acknowledged articles missing from the store were written again from the journal`,
      );
    return store;
  } catch (error) {
    await backend.close();
    await journal?.close();
    throw error;
  }
}
