// The kill harness: `kill -9` sent to `diplograph ingest` and to `diplograph serve` at many instants
// of an ingest into a store large enough that Kuzu's checkpoint takes time. After each kill the store
// must open (recovering if it has to), hold every article acknowledged before the kill (the CLI's
// summary line, the API's 201/200), and a second, uninterrupted ingest must end with the same counts
// as a store that was never killed. Used by bench/parts/kills.ts (full) and test/store/kills.test.ts (small).
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { GraphJSON, Stats } from "../graph/api.ts";
import { storePaths } from "../store/data-dir.ts";
import { openKuzuStore } from "../store/kuzu.ts";
import { corpus } from "./corpus.ts";
import { syntheticArticles } from "./synthetic.ts";

const ROOT = resolve(import.meta.dirname, "..");
const CLI = [process.execPath, "--import", "tsx", join(ROOT, "cli", "diplograph.ts")];

// Every store here is a DATA_DIR folder; `db` names its database file (storePaths).
const db = (folder: string) => storePaths(folder).database;

export interface KillSetup {
  dir: string;
  /** The store (DATA_DIR) before the ingest, copied for every trial. */
  base: string;
  /** Article files ingested on top of it, and the counts once they are in. */
  articles: string;
  files: string[];
  reference: Stats;
  /** How long an uninterrupted `diplograph ingest` of them takes, ms. */
  cliMs: number;
}

export interface Trial {
  target: "cli" | "server";
  point: KillPoint;
  /** What the store's files showed at the kill: checkpoint, bulk copy, transaction, ... */
  stage: string;
  acknowledged: number;
  /** The line the store printed when it recovered, if it had to. */
  recovery?: string;
  ok: boolean;
  problem?: string;
}

const quiet = (_line: string) => {};

async function statsOf(folder: string, report: (line: string) => void = quiet) {
  const store = await openKuzuStore(db(folder), { report });
  try {
    return { stats: await store.stats(), ids: new Set((await store.articles()).map((a) => a.id)) };
  } finally {
    await store.close();
  }
}

/** Runs the CLI to the end; resolves with its stderr and exit code. */
async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(CLI[0] as string, [...CLI.slice(1), ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: "", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  const [code] = (await once(child, "close")) as [number | null];
  return { code, stderr };
}

/** The store's files in its folder. */
const filesOf = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

/** Which step of an ingest the store's files show. */
function stageOf(folder: string): string {
  const own = filesOf(folder);
  if (own.some((n) => n.endsWith(".shadow"))) return "checkpoint";
  if (own.some((n) => /\.csv-/.test(n))) return "bulk copy";
  if (own.some((n) => /\.bulk-\d+$/.test(n))) return "bulk swap";
  if (own.some((n) => n.endsWith(".wal"))) return "transaction or close";
  return "extraction or open";
}

/** Builds the base store (`baseArticles` synthetic articles) and the `addArticles` article files. */
export async function prepare(dir: string, baseArticles: number, addArticles: number): Promise<KillSetup> {
  const base = join(dir, "base");
  mkdirSync(base, { recursive: true });
  const store = await openKuzuStore(db(base));
  const graphs = [...syntheticArticles({ articles: baseArticles, seed: 7 })].map((g) => g.export() as GraphJSON);
  for (let i = 0; i < graphs.length; i += 1000) await store.ingestMany(graphs.slice(i, i + 1000));
  await store.close();
  // The trials' journals hold the articles they ingest only.
  rmSync(`${db(base)}.journal`, { force: true });
  const articles = join(dir, "articles");
  mkdirSync(articles, { recursive: true });
  const files = corpus(addArticles * 50_000, 3)
    .slice(0, addArticles)
    .map((a) => {
      writeFileSync(join(articles, a.file), a.text);
      return a.file;
    });
  const reference = fresh(dir, base, "reference");
  const start = performance.now();
  const run = await cli(["ingest", articles, "--data-dir", reference]);
  const cliMs = performance.now() - start;
  if (run.code !== 0) throw new Error(`the reference ingest failed: ${run.stderr}`);
  const { stats } = await statsOf(reference);
  return { dir, base, articles, files, reference: stats, cliMs };
}

const sameCounts = (a: Stats, b: Stats) => JSON.stringify(a) === JSON.stringify(b);

/** Opens the killed store, checks the acknowledged articles, ingests again, compares the counts. */
async function verify(
  setup: KillSetup,
  folder: string,
  acknowledged: Set<string> | "all",
  trial: Trial,
): Promise<Trial> {
  let recovery: string | undefined;
  try {
    const { ids } = await statsOf(folder, (line) => {
      recovery = line;
    });
    const missing = acknowledged === "all" ? undefined : [...acknowledged].filter((id) => !ids.has(id));
    if (missing?.length)
      return { ...trial, recovery, ok: false, problem: `${missing.length} acknowledged articles missing` };
    if (acknowledged === "all" && ids.size < setup.reference.articles)
      return {
        ...trial,
        recovery,
        ok: false,
        problem: `summary printed but ${setup.reference.articles - ids.size} articles missing`,
      };
    const again = await cli(["ingest", setup.articles, "--data-dir", folder]);
    if (again.code !== 0) return { ...trial, recovery, ok: false, problem: `re-ingest failed: ${again.stderr.trim()}` };
    const { stats } = await statsOf(folder);
    if (!sameCounts(stats, setup.reference))
      return { ...trial, recovery, ok: false, problem: `counts differ: ${JSON.stringify(stats)}` };
    return { ...trial, recovery, ok: true };
  } catch (error) {
    return { ...trial, recovery, ok: false, problem: `cannot open: ${(error as Error).message}` };
  }
}

/** A new store folder `name` in `dir` holding a copy of the base store. */
function fresh(dir: string, base: string, name: string): string {
  const folder = join(dir, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  copyFileSync(db(base), db(folder));
  return folder;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function kill(child: ChildProcess) {
  if (child.exitCode === null && child.signalCode === null) {
    const closed = once(child, "close");
    child.kill("SIGKILL");
    await closed;
  }
}

/** When to kill: `offsetMs` after the store's files first show `stage`, or `offsetMs` after the start. */
export interface KillPoint {
  stage?: "checkpoint" | "bulk copy" | "bulk swap" | "write";
  offsetMs: number;
}

/** Whether the store's files show `stage` now. */
function shows(folder: string, stage: KillPoint["stage"]): boolean {
  const own = filesOf(folder);
  if (stage === "checkpoint") return own.some((n) => n.endsWith(".shadow"));
  if (stage === "bulk copy") return own.some((n) => /\.csv-/.test(n));
  if (stage === "bulk swap") return own.some((n) => /\.bulk-\d+$/.test(n)) && !own.some((n) => /\.csv-/.test(n));
  return own.some((n) => n.endsWith(".wal"));
}

/** Resolves once `point` is reached in `child`'s ingest (or the child ended). */
async function reach(child: ChildProcess, folder: string, point: KillPoint) {
  const ended = once(child, "close");
  if (point.stage) {
    const stage = point.stage;
    let seen = false;
    void ended.then(() => {
      seen = true;
    });
    while (!seen && !shows(folder, stage)) await sleep(2);
  }
  await Promise.race([sleep(point.offsetMs), ended]);
}

/** `diplograph ingest` of the article files, killed at `point`. */
export async function killCli(setup: KillSetup, point: KillPoint): Promise<Trial> {
  const folder = fresh(setup.dir, setup.base, "trial");
  const child = spawn(CLI[0] as string, [...CLI.slice(1), "ingest", setup.articles, "--data-dir", folder], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: "" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  await reach(child, folder, point);
  const stage = child.exitCode === null ? stageOf(folder) : "after exit";
  await kill(child);
  const summary = /articles stored/.test(stderr);
  const trial: Trial = {
    target: "cli",
    point,
    stage,
    acknowledged: summary ? setup.files.length : 0,
    ok: false,
  };
  return verify(setup, folder, summary ? "all" : new Set(), trial);
}

/**
 * `diplograph serve`, sent the article files (two requests at a time), killed at `point` of the
 * ingest; with `stop`, once every article is in, stopped (SIGTERM: it closes the store, which
 * checkpoints) and killed at `point` of that.
 */
export async function killServer(
  setup: KillSetup,
  point: KillPoint,
  port: number,
  { stop = false } = {},
): Promise<Trial> {
  const folder = fresh(setup.dir, setup.base, "trial");
  const child = spawn(CLI[0] as string, [...CLI.slice(1), "serve", "--port", String(port), "--data-dir", folder], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: "" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  await new Promise<void>((resolve, reject) => {
    child.stderr?.on("data", (c: Buffer) => {
      stderr += c.toString();
      if (stderr.includes("serving")) resolve();
    });
    child.once("close", () => reject(new Error(`the server ended: ${stderr}`)));
  });
  const acknowledged = new Set<string>();
  const queue = [...setup.files];
  const send = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/articles`, {
          method: "POST",
          headers: { "content-type": "text/plain" },
          body: readFileSync(join(setup.articles, file)),
        });
        if (response.status === 201 || response.status === 200)
          acknowledged.add(((await response.json()) as { article: string }).article);
      } catch {
        return; // the server died mid-request: not acknowledged
      }
    }
  };
  const senders = Promise.all([send(), send()]);
  if (stop) {
    await senders;
    child.kill("SIGTERM");
  }
  await reach(child, folder, point);
  const stage = child.exitCode === null ? `${stop ? "stopping: " : ""}${stageOf(folder)}` : "after exit";
  await kill(child);
  await senders;
  const trial: Trial = { target: "server", point, stage, acknowledged: acknowledged.size, ok: false };
  return verify(setup, folder, acknowledged, trial);
}
