// diplograph ingest FILE...: extracts each article's graph and writes it into the store, a batch
// of articles per transaction (one by one when a batch fails, so one bad article fails alone);
// a summary on stderr, exit code 1 if any article failed.

import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { GraphJSON, IngestResult } from "../../graph/api.ts";
import { DiplographError } from "../../graph/errors.ts";
import { decodeArticle } from "../../ingest/decode.ts";
import { articleHash } from "../../ingest/hash.ts";
import { type Extracted, ExtractionPool } from "../../ingest/workers.ts";
import { openStore } from "../../store/open.ts";
import type { Store } from "../../store/store.ts";
import { parseCommandArgs } from "../args.ts";
import { withDataDir } from "../env.ts";
import { failure } from "../failure.ts";

/** Articles per write: from 100 on, Kuzu takes a batch by COPY into a copy of the database
 * (store/load.ts), whose cost is paid once per batch: larger batches pay it less often. */
const BATCH = 1000;

const HELP = `usage: diplograph ingest [options] FILE|DIR...

Extracts each article (UTF-8 or UTF-16 text; every .txt file of a DIR) and writes its graph into the
store, in transactions of up to ${BATCH} articles. An article already stored (same text) is skipped.

  --store S        kuzu (default, or neo4j when NEO4J_URI is set) | neo4j
  --data-dir DIR   Kuzu database folder (env DATA_DIR, default data/db)
  -h, --help       show this help

Kuzu allows one process per database folder: while the server runs, send articles to it instead
(POST /api/articles, or the web app's ingest panel).
Exit codes: 0 all stored or skipped, 1 some article failed (reasons listed), 2 usage.
`;

interface Summary {
  articles: number;
  nodes: number;
  relationships: number;
  duplicates: number;
  failures: { file: string; reason: string }[];
}

/** Files named on the command line, directories expanded to the .txt files they hold (sorted). */
async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && e.name.endsWith(".txt"))
          .map((e) => join(path, e.name))
          .sort(),
      );
    } else files.push(path); // a missing file is reported as a failure of its own
  }
  return files;
}

/**
 * Progress on stderr: a bar redrawn in place on a terminal, else a line at each tenth (a log, or
 * `npm start` piped), so a first start over a large folder shows it is moving.
 */
function progress(total: number): (done: number, summary: Summary) => void {
  if (total < 2) return () => {};
  const counts = (done: number, summary: Summary) =>
    `${done}/${total} articles (${summary.duplicates} already stored, ${summary.failures.length} failed)`;
  if (!process.stderr.isTTY) {
    let shown = 0;
    let skipped = 0;
    return (done, summary) => {
      if (done < total && done < shown + total / 10) return;
      // Only where articles were extracted since the last line: skipping stored ones takes no time.
      const worked = done - shown > summary.duplicates - skipped;
      shown = done;
      skipped = summary.duplicates;
      if (worked) process.stderr.write(`diplograph ingest: ${counts(done, summary)}\n`);
    };
  }
  const width = 30;
  return (done, summary) => {
    const filled = Math.round((done / total) * width);
    const bar = `${"#".repeat(filled)}${"-".repeat(width - filled)}`;
    const end = done === total ? "\n" : "";
    process.stderr.write(`\r[${bar}] ${counts(done, summary)}${end}`);
  };
}

const reason = (error: unknown) => {
  if (error instanceof DiplographError) return error.message;
  const e = error as NodeJS.ErrnoException;
  return e.code ? `cannot read (${e.code})` : e.message;
};

function count(summary: Summary, result: IngestResult) {
  if (!result.created) summary.duplicates++;
  else {
    summary.articles++;
    summary.nodes += result.nodesAdded;
    summary.relationships += result.relationshipsAdded;
  }
}

/** Writes a batch in one transaction; if that fails, each article alone, to tell which failed. */
async function write(store: Store, batch: { file: string; graph: GraphJSON }[], summary: Summary) {
  try {
    for (const result of await store.ingestMany(batch.map((b) => b.graph))) count(summary, result);
  } catch {
    for (const { file, graph } of batch)
      try {
        count(summary, await store.ingest(graph));
      } catch (error) {
        summary.failures.push({ file, reason: reason(error) });
      }
  }
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs("ingest", HELP, {
    args,
    allowPositionals: true,
    options: {
      store: { type: "string" },
      "data-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const env = { ...withDataDir(values["data-dir"]) };
  const usageError = !positionals.length
    ? "no FILE given"
    : values.store !== undefined && !["kuzu", "neo4j"].includes(values.store)
      ? `unknown store "${values.store}" (kuzu or neo4j)`
      : values.store === "neo4j" && !env.NEO4J_URI
        ? "--store neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) in the environment"
        : undefined;
  if (usageError) {
    process.stderr.write(`diplograph ingest: ${usageError}\n\n${HELP}`);
    return 2;
  }
  if (values.store === "kuzu") delete env.NEO4J_URI;

  let store: Store;
  try {
    store = await openStore(env);
  } catch (error) {
    return failure("ingest", error);
  }
  try {
    return await ingestInto(store, positionals);
  } finally {
    await store.close();
  }
}

/** Extraction as the server's pool offers it (ingest/workers.ts). */
type Extract = (text: string, meta: { file?: string }) => Extracted | Promise<Extracted>;

/**
 * Ingests FILE|DIR... into an open store, with progress and a summary on stderr (serve --ingest
 * uses it on the store it then serves, with its extraction pool); 0 when every article was stored
 * or skipped, else 1. Articles are extracted on every core (a pool of worker threads), the next
 * batch while the last one is written.
 */
export async function ingestInto(store: Store, paths: string[], extract?: Extract): Promise<number> {
  const files = await expand(paths);
  const summary: Summary = { articles: 0, nodes: 0, relationships: 0, duplicates: 0, failures: [] };
  const show = progress(files.length);
  let done = 0;
  const pool = extract ? undefined : new ExtractionPool();
  const extractWith = extract ?? (pool as ExtractionPool).extract;
  const failed = (file: string, error: unknown) => {
    summary.failures.push({ file, reason: reason(error) });
    show(++done, summary);
  };
  /** The graphs of the new articles among files[i, i + BATCH). */
  const prepare = async (i: number) => {
    // Articles stored already (same text) are counted and skipped before extraction, the costly part.
    const texts: { file: string; text: string; hash: string }[] = [];
    for (const file of files.slice(i, i + BATCH))
      try {
        const text = decodeArticle(await readFile(file));
        texts.push({ file, text, hash: articleHash(text) });
      } catch (error) {
        failed(file, error);
      }
    const stored = await store.storedHashes(texts.map((t) => t.hash));
    const fresh = texts.filter((t) => !stored.has(t.hash));
    // Said before the pipeline loads (seconds), so a first start shows what it is doing from the outset.
    if (fresh.length && files.length > 1) {
      const range = files.length > BATCH ? `articles ${i + 1}-${i + texts.length} of ${files.length}: ` : "";
      process.stderr.write(
        `diplograph ingest: ${range}extracting ${fresh.length} new articles, ${texts.length - fresh.length} already stored\n`,
      );
    }
    summary.duplicates += texts.length - fresh.length;
    done += texts.length - fresh.length;
    const graphs = await Promise.all(
      fresh.map(async ({ file, text }) => {
        try {
          const graph = (await extractWith(text, { file: basename(file) })).export();
          show(++done, summary);
          return [{ file, graph }];
        } catch (error) {
          failed(file, error);
          return [];
        }
      }),
    );
    return graphs.flat();
  };
  try {
    let next = files.length ? prepare(0) : undefined;
    for (let i = 0; next; i += BATCH) {
      const batch = await next;
      next = i + BATCH < files.length ? prepare(i + BATCH) : undefined;
      if (batch.length) await write(store, batch, summary);
    }
  } finally {
    await pool?.close();
  }
  const { articles, nodes, relationships, duplicates, failures } = summary;
  process.stderr.write(
    `diplograph ingest: ${articles} articles stored (${nodes} nodes, ${relationships} relationships added), ` +
      `${duplicates} already stored, ${failures.length} failed\n`,
  );
  for (const { file, reason } of failures) process.stderr.write(`  ${file}: ${reason}\n`);
  return failures.length ? 1 : 0;
}
