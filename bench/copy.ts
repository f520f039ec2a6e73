// The bulk-load baseline: the rows of a set of article graphs, deduplicated as the store would keep
// them, written to CSV in the KuzuStore's table layout (store/layout.ts) and bulk format
// (store/load.ts) and loaded with COPY FROM, without any of the store's checks or bookkeeping.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import kuzu from "kuzu";
import type { GraphJSON } from "../graph/api.ts";
import { type EdgeAttributes, type EdgeType, edgeKey, isRelation, labelOfId, type NodeLabel } from "../graph/schema.ts";
import { copyEdges, copyNodes } from "../store/cypher.ts";
import { openKuzuStore } from "../store/kuzu.ts";
import { edgeProperties, NODE_PROPERTIES } from "../store/layout.ts";
import { csv } from "../store/load.ts";

interface Table {
  /** COPY options: the endpoint tables of a relationship table with several pairs. */
  name: string;
  from?: NodeLabel;
  to?: NodeLabel;
  columns: string[];
  rows: Map<string, unknown[]>;
}

/** Rows per node table and per (relationship type, from, to), keyed by id / edge key as the store dedupes them. */
export class Rows {
  readonly tables = new Map<string, Table>();

  private table(key: string, make: () => Omit<Table, "rows">): Table {
    const table = this.tables.get(key) ?? { ...make(), rows: new Map() };
    this.tables.set(key, table);
    return table;
  }

  add(graph: GraphJSON): void {
    for (const { key, attributes = {} } of graph.nodes) {
      const label = attributes.label as NodeLabel;
      const columns = Object.keys(NODE_PROPERTIES[label]);
      const table = this.table(label, () => ({ name: label, columns: ["id", ...columns] }));
      if (!table.rows.has(key)) table.rows.set(key, [key, ...columns.map((c) => attributes[c])]);
    }
    for (const { source, target, attributes = {} } of graph.edges) {
      const e = attributes as EdgeAttributes;
      const [from, to] = [labelOfId(source), labelOfId(target)] as NodeLabel[];
      const properties = Object.keys(edgeProperties(e.type as EdgeType));
      const table = this.table(`${e.type}:${from}:${to}`, () => ({ name: e.type, from, to, columns: properties }));
      const key = edgeKey(source, target, e);
      const values = { ...attributes, key: isRelation(e) ? key : undefined } as Record<string, unknown>;
      if (!table.rows.has(key)) table.rows.set(key, [source, target, ...properties.map((p) => values[p])]);
    }
  }

  get nodeCount(): number {
    return [...this.tables.values()].filter((t) => !t.from).reduce((n, t) => n + t.rows.size, 0);
  }

  get relationshipCount(): number {
    return [...this.tables.values()].filter((t) => t.from).reduce((n, t) => n + t.rows.size, 0);
  }
}

export interface CsvFile {
  table: Table;
  /** The COPY statement that loads it. */
  statement: string;
}

/** One CSV file per table, in the store's bulk format, node tables first (COPY of relationships needs their endpoints). */
export function writeCsv(rows: Rows, dir: string): CsvFile[] {
  const tables = [...rows.tables.values()].sort((a, b) => Number(!!a.from) - Number(!!b.from));
  return tables.map((table, i) => {
    const path = join(dir, `${i}-${table.name}.csv`);
    const { text, serial } = csv([...table.rows.values()]);
    writeFileSync(path, text);
    const { name, from, to } = table;
    const statement =
      from && to ? copyEdges(name as EdgeType, from, to, path, serial) : copyNodes(name as NodeLabel, path, serial);
    return { table, statement };
  });
}

/** Creates the KuzuStore's schema in `dbDir` (a fresh directory): opening the store does it. */
export async function createSchema(dbDir: string): Promise<void> {
  const store = await openKuzuStore(dbDir);
  await store.close();
}

/** COPY FROM every file into the database in `dbDir`; returns the milliseconds the COPY statements took. */
export async function copyInto(dbDir: string, files: CsvFile[]): Promise<number> {
  const db = new kuzu.Database(dbDir);
  const connection = new kuzu.Connection(db);
  let ms = 0;
  try {
    for (const { statement } of files) {
      const start = performance.now();
      const result = await connection.query(statement);
      ms += performance.now() - start;
      for (const r of Array.isArray(result) ? result : [result]) r.close();
    }
  } finally {
    await connection.close();
    await db.close();
  }
  return ms;
}
