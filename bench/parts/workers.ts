// `diplograph ingest` of a folder of real-text articles (the repository's articles, paragraphs
// reshuffled) into a new store, with one extraction worker (DIPLOGRAPH_WORKERS=1, the baseline) and
// with the default pool (one per core), in the same run: the pool's time over one worker's.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { corpus } from "../corpus.ts";
import { log, type Part, round } from "../measure.ts";

const ROOT = resolve(import.meta.dirname, "../..");

/** CPU seconds a process has used so far, its threads included (Linux /proc; clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN; // ended
  }
}

/** Wall seconds of `diplograph ingest`, and the CPU seconds it used (read until just before it ended). */
async function ingest(articles: string, dataDir: string, workers?: number): Promise<{ wall: number; cpu: number }> {
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
  let cpu = 0;
  const poll = setInterval(() => {
    cpu = Math.max(cpu, cpuSeconds(child.pid as number) || 0);
  }, 200);
  const [code] = (await once(child, "close")) as [number];
  clearInterval(poll);
  if (code !== 0) throw new Error(`diplograph ingest failed: ${stderr.trim().split("\n").slice(-3).join(" / ")}`);
  return { wall: (performance.now() - start) / 1000, cpu };
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
    const single = await ingest(articles, join(dir, "one"), 1);
    const one = single.wall;
    log(`one worker: ${count} articles in ${round(one)} s (${round(single.cpu)} s of CPU)`);
    const pooled = await ingest(articles, join(dir, "pool"));
    const pool = pooled.wall;
    log(`${availableParallelism()} workers: ${round(pool)} s (${round(pooled.cpu)} s of CPU)`);
    const ratio = pool / one;
    const cores = (run: { wall: number; cpu: number }) => round(run.cpu / run.wall);
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
        `CPU time over wall time (the cores the process got): one worker ${cores(single)} (${round(single.cpu)} s of CPU), a worker per core ${cores(pooled)} (${round(pooled.cpu)} s); load average (1 min) at the end ${round(loadavg()[0] ?? 0, 1)}. The pool can only be faster where the machine gives the process more than one core.`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
