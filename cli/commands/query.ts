// diplograph query: read-only Cypher from the command line, as a table or as JSON.
import { readFileSync } from "node:fs";
import { LIMITS } from "../../application/limits.ts";
import type { CypherResult } from "../../graph/api.ts";
import { openStore } from "../../store/open.ts";
import type { Store } from "../../store/store.ts";
import { parseCommandArgs } from "../args.ts";
import { withDataDir } from "../env.ts";
import { failure } from "../failure.ts";

const HELP = `usage: diplograph query [options] "CYPHER"   (or the query on stdin)

Runs a read-only Cypher query; writes are refused by the database.

  --format F       table (default) | json (columns, rows, graph, truncated)
  --params JSON    query parameters, e.g. '{"name": "普京"}'
  --limit N        row cap, 1..${LIMITS.cypherRows} (default 1000)
  --data-dir DIR   Kuzu database folder (env DATA_DIR, default data/db)
  -h, --help       show this help

example: diplograph query "MATCH (p:Person)-[:SAID]->(c:Claim) RETURN p.name, count(c) AS claims ORDER BY claims DESC"
`;

/** Columns as wide as a terminal shows them: CJK characters take two cells. */
const cells = (text: string) =>
  [...text].reduce(
    (n, c) =>
      n +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1),
    0,
  );
const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - cells(text)));

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.replaceAll("\n", " ");
  return JSON.stringify(value);
}

export function table(result: CypherResult): string {
  const rows = result.rows.map((row) => row.map(cellText));
  const widths = result.columns.map((column, i) => Math.max(cells(column), ...rows.map((row) => cells(row[i] ?? ""))));
  const line = (row: string[]) =>
    row
      .map((text, i) => pad(text, widths[i] ?? 0))
      .join(" | ")
      .trimEnd();
  return [line(result.columns), widths.map((w) => "-".repeat(w)).join("-+-"), ...rows.map(line)]
    .join("\n")
    .concat("\n");
}

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs("query", HELP, {
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "table" },
      params: { type: "string", default: "{}" },
      limit: { type: "string", default: "1000" },
      "data-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const query = (
    positionals.length ? positionals.join(" ") : process.stdin.isTTY ? "" : readFileSync(0, "utf8")
  ).trim();
  const rowLimit = Number(values.limit);
  const params = jsonObject(values.params);
  const usageError = !query
    ? "no query given"
    : !["table", "json"].includes(values.format)
      ? `unknown format "${values.format}"`
      : !Number.isInteger(rowLimit) || rowLimit < 1 || rowLimit > LIMITS.cypherRows
        ? `--limit must be 1..${LIMITS.cypherRows}`
        : !params
          ? "--params must be a JSON object"
          : undefined;
  if (usageError) {
    process.stderr.write(`diplograph query: ${usageError}\n\n${HELP}`);
    return 2;
  }

  let store: Store | undefined;
  try {
    store = await openStore(withDataDir(values["data-dir"]));
    const result = await store.cypher(query, params as Record<string, unknown>, {
      rowLimit,
      timeoutMs: LIMITS.cypherTimeoutMs,
    });
    process.stdout.write(values.format === "json" ? `${JSON.stringify(result)}\n` : table(result));
    const more = result.truncated ? ` (cut at --limit ${rowLimit})` : "";
    process.stderr.write(`diplograph query: ${result.rows.length} rows${more}\n`);
    return 0;
  } catch (error) {
    return failure("query", error);
  } finally {
    await store?.close();
  }
}
