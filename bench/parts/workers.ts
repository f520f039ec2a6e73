// `diplograph ingest` of a folder of real-text articles (the repository's articles, paragraphs
// reshuffled) into a new store, with one extraction worker (DIPLOGRAPH_WORKERS=1, the baseline) and
// with the default pool (one per core), in the same run: the pool's time over one worker's.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { corpus } from "../corpus.ts";
import { log, type Part, round } from "../measure.ts";

const ROOT = resolve(import.meta.dirname, "../..");

async function ingest(articles: string, dataDir: string, workers?: number): Promise<number> {
  const start = performance.now();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "cli/diplograph.ts", "ingest", articles, "--data-dir", dataDir],
    {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: "", ...(workers && { DIPLOGRAPH_WORKERS: String(workers) }) },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  const [code] = (await once(child, "close")) as [number];
  if (code !== 0) throw new Error(`diplograph ingest failed: ${stderr.trim().split("\n").slice(-3).join(" / ")}`);
  return (performance.now() - start) / 1000;
}

export const measure: Part = async ({ quick }) => {
  const count = quick ? 20 : Number(process.env.BENCH_WORKER_ARTICLES) || 10_000;
  const dir = mkdtempSync(join(tmpdir(), "diplograph-bench-workers-"));
  try {
    const articles = join(dir, "articles");
    mkdirSync(articles);
    const texts = corpus(count * 8000, 5).slice(0, count);
    for (const a of texts) writeFileSync(join(articles, a.file), a.text);
    const megabytes = texts.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 2 ** 20;
    const one = await ingest(articles, join(dir, "one"), 1);
    log(`one worker: ${count} articles in ${round(one)} s`);
    const pool = await ingest(articles, join(dir, "pool"));
    log(`${availableParallelism()} workers: ${round(pool)} s`);
    const ratio = pool / one;
    return {
      sizes: { articles: count, MB: round(megabytes), cores: availableParallelism() },
      figures: [
        {
          name: "diplograph ingest, a worker per core",
          value: pool,
          unit: "s",
          baseline: { name: "one worker", value: one, unit: "s" },
          ratio,
          ratioOf: "of one worker",
          target: "<= 0.65x",
          met: ratio <= 0.65,
        },
      ],
      notes: [
        `Each run ingests the ${count} articles into a new store (extraction in worker threads, batches of 1000 written while the next is extracted).`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
