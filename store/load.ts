// Kuzu's bulk path: a write plan (store/write.ts) as CSV files, one per node table and per
// relationship (type, from, to), loaded with COPY FROM, some 20x faster than batched statements.
// The caller (KuzuBackend.bulk) runs it on a copy of the database that replaces the store only
// once every statement succeeded: a failed COPY must not touch the store (see store/kuzu.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { IngestResult } from "../graph/api.ts";
import { NODE_LABELS } from "../graph/schema.ts";
import type { Run } from "./backend.ts";
import * as Q from "./cypher.ts";
import { edgeProperties, NODE_PROPERTIES } from "./layout.ts";
import type { ArticleBatch } from "./validate.ts";
import { grownOf, planArticles, setLists } from "./write.ts";

/**
 * Kuzu's CSV: strings quoted with doubled quotes, null (and an empty list, which Kuzu stores as null)
 * as an empty field, list items joined by Q.LIST_SEPARATOR (validation keeps control characters out of them).
 */
export function csvValue(value: unknown): string {
  if (value === undefined || value === null || (Array.isArray(value) && !value.length)) return "";
  if (typeof value === "number") return String(value);
  const text = Array.isArray(value) ? value.join(Q.LIST_SEPARATOR) : String(value);
  return `"${text.replaceAll('"', '""')}"`;
}

/** The file's text, and whether a value breaks a line (then only the serial reader takes it). */
export function csv(rows: unknown[][]): { text: string; serial: boolean } {
  const lines = rows.map((row) => row.map(csvValue).join(","));
  return { text: `${lines.join("\n")}\n`, serial: lines.some((line) => /[\r\n]/.test(line)) };
}

/** Writes the articles with COPY FROM files written into `scratch`; statements go through `run`. */
export async function loadArticles(run: Run, scratch: string, articles: ArticleBatch[]): Promise<IngestResult[]> {
  const plan = await planArticles(run, articles);
  let files = 0;
  const write = (rows: unknown[][]) => {
    const path = join(scratch, `${files++}.csv`);
    const { text, serial } = csv(rows);
    writeFileSync(path, text);
    return { path, serial };
  };
  for (const label of NODE_LABELS) {
    const rows = plan.nodes.get(label) ?? [];
    const columns = ["id", ...Object.keys(NODE_PROPERTIES[label])];
    if (rows.length) {
      const { path, serial } = write(rows.map((row) => columns.map((c) => row[c])));
      await run(Q.copyNodes(label, path, serial));
    }
    await setLists(run, label, grownOf(plan, label));
  }
  for (const { type, from, to, rows } of plan.edges) {
    const columns = ["source", "target", ...Object.keys(edgeProperties(type))];
    const { path, serial } = write(rows.map((row) => columns.map((c) => row[c])));
    await run(Q.copyEdges(type, from, to, path, serial));
  }
  return plan.results;
}
