// The server under load, on loopback: `diplograph serve` over the repository's articles, 20
// connections for 30 s on each read (search, 1-hop, 2-hop, overview, console) with autocannon, then
// the same while 40 articles are posted; errors, timeouts, requests/s, p99, the server's event-loop
// delay (its SIGUSR2 report) and peak resident memory (VmHWM). Then one 2 MB article posted (time,
// memory growth) and a 15 MB one (how soon it is refused). The baseline is GET /api/health under the
// same load.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { corpus } from "../corpus.ts";
import { type Figure, log, type Part, round } from "../measure.ts";

const ROOT = resolve(import.meta.dirname, "../..");

/** The server's resident memory now and at its peak, MB (Linux /proc). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb("VmRSS") / 1024), peak: Math.round(kb("VmHWM") / 1024) };
}

interface Server {
  child: ChildProcess;
  base: string;
  /** The event loop's delay since the last call, ms (the server's SIGUSR2 report). */
  loopDelay(): Promise<{ p99: number; max: number }>;
}

async function serve(dataDir: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "cli/diplograph.ts", "serve", "--port", "0", "--data-dir", dataDir],
    { cwd: ROOT, env: { ...process.env, NEO4J_URI: "" }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  const base = await new Promise<string>((ready, failed) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const address = /serving the \w+ store on (http:\/\/[^/\s]+)/.exec(stderr)?.[1];
      if (address) ready(address);
    });
    child.once("close", () => failed(new Error(`the server ended: ${stderr}`)));
  });
  const loopDelay = async () => {
    const seen = stderr.length;
    child.kill("SIGUSR2");
    const pattern = /event loop delay p50 [\d.]+ ms, p99 ([\d.]+) ms, max ([\d.]+) ms/;
    for (let i = 0; i < 100 && !pattern.test(stderr.slice(seen)); i++) await new Promise((r) => setTimeout(r, 50));
    const [, p99 = "NaN", max = "NaN"] = pattern.exec(stderr.slice(seen)) ?? [];
    return { p99: Number(p99), max: Number(max) };
  };
  return { child, base, loopDelay };
}

interface Target {
  name: string;
  method: "GET" | "POST";
  path: string;
  body?: unknown;
}

const TARGETS: Target[] = [
  { name: "health (baseline)", method: "GET", path: "/api/health" },
  { name: "search", method: "GET", path: `/api/search?q=${encodeURIComponent("中国")}&limit=20` },
  { name: "1-hop", method: "POST", path: "/api/neighbours", body: { ids: ["Country:CHN"], depth: 1, limit: 300 } },
  { name: "2-hop", method: "POST", path: "/api/neighbours", body: { ids: ["Country:USA"], depth: 2, limit: 300 } },
  { name: "overview", method: "GET", path: "/api/graph?limit=5000" },
  { name: "diplomatic map", method: "GET", path: "/api/map" },
  {
    name: "console",
    method: "POST",
    path: "/api/cypher",
    body: {
      query:
        "MATCH (p:Person)-[:SAID]->(c:Claim) RETURN p.name AS name, count(c) AS claims ORDER BY claims DESC LIMIT 10",
    },
  },
];

interface Run {
  target: string;
  /** The server's event-loop delay during the run, ms. */
  loop: { p99: number; max: number };
  /** The machine's load average (1 minute) when the run ended. */
  load: number;
  requests: number;
  perSecond: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

async function hammer(server: Server, target: Target, seconds: number): Promise<Run> {
  await server.loopDelay();
  const result = await autocannon({
    url: server.base + target.path,
    method: target.method,
    connections: 20,
    duration: seconds,
    timeout: 10,
    ...(target.body !== undefined && {
      body: JSON.stringify(target.body),
      headers: { "content-type": "application/json" },
    }),
  });
  return {
    target: target.name,
    loop: await server.loopDelay(),
    load: round(loadavg()[0] ?? 0, 1),
    requests: result.requests.total,
    perSecond: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Posts the articles one after another; resolves with how many were stored (201). */
async function post(base: string, articles: { text: string }[]): Promise<number> {
  let stored = 0;
  for (const { text } of articles) {
    const response = await fetch(`${base}/api/articles`, {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: text,
    });
    if (response.status === 201) stored++;
    await response.arrayBuffer();
  }
  return stored;
}

export const measure: Part = async ({ quick }) => {
  const seconds = quick ? 2 : 30;
  const perRun = quick ? 4 : 40;
  const dir = mkdtempSync(join(tmpdir(), "diplograph-bench-load-"));
  const db = join(dir, "db");
  const ingest = spawn(
    process.execPath,
    ["--import", "tsx", "cli/diplograph.ts", "ingest", "data/articles", "--data-dir", db],
    { cwd: ROOT, env: { ...process.env, NEO4J_URI: "" }, stdio: "ignore" },
  );
  await once(ingest, "close");
  const server = await serve(db);
  const pid = server.child.pid as number;
  const base = server.base;
  const runs: { idle: Run[]; ingesting: Run[] } = { idle: [], ingesting: [] };
  const extra = corpus(TARGETS.length * perRun * 6000, 11).slice(0, TARGETS.length * perRun);
  let posted = 0;
  let stored = 0;
  try {
    for (const target of TARGETS) {
      const run = await hammer(server, target, seconds);
      runs.idle.push(run);
      log(
        `${run.target}: ${round(run.perSecond)} req/s, p99 ${run.p99} ms, ${run.errors} errors, ${run.timeouts} timeouts, event loop p99 ${run.loop.p99} ms, max ${run.loop.max} ms`,
      );
    }
    for (const target of TARGETS) {
      const articles = extra.slice(posted, posted + perRun);
      posted += articles.length;
      const [run, count] = await Promise.all([hammer(server, target, seconds), post(base, articles)]);
      stored += count;
      runs.ingesting.push(run);
      log(
        `${run.target} while ${articles.length} articles are posted: ${round(run.perSecond)} req/s, p99 ${run.p99} ms, event loop p99 ${run.loop.p99} ms, max ${run.loop.max} ms`,
      );
    }
    const loadPeak = memory(pid).peak;

    // One 2 MB article (UTF-8, under the 2 MiB limit): the real articles' paragraphs.
    let big = corpus(2_100_000, 21)
      .map((a) => a.text)
      .join("\n");
    while (Buffer.byteLength(big) > 2_000_000) big = big.slice(0, Math.floor(big.length * 0.99));
    const before = memory(pid);
    const start = performance.now();
    const bigResponse = await fetch(`${base}/api/articles`, {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: big,
    });
    const bigMs = performance.now() - start;
    const after = memory(pid);
    log(`2 MB article: ${bigResponse.status} in ${round(bigMs)} ms, RSS ${before.rss} -> ${after.rss} MB`);

    const huge = Buffer.alloc(15 * 1024 * 1024, "a");
    const hugeStart = performance.now();
    const hugeResponse = await fetch(`${base}/api/articles`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: huge,
    }).catch((error: Error) => error);
    const hugeMs = performance.now() - hugeStart;
    const hugeStatus = hugeResponse instanceof Error ? hugeResponse.message : hugeResponse.status;
    const peak = memory(pid).peak;

    const baseline = runs.idle[0] as Run;
    const figure = (run: Run, when: string): Figure[] => [
      {
        name: `${run.target}${when} requests/s`,
        value: run.perSecond,
        unit: "req/s",
        ...(run !== baseline && {
          baseline: { name: "health", value: baseline.perSecond, unit: "req/s" },
          ratio: run.perSecond / baseline.perSecond,
          ratioOf: "of health",
        }),
        ...(run.target === "overview" && { target: ">= 100 req/s", met: run.perSecond >= 100 }),
      },
      {
        name: `${run.target}${when} p99`,
        value: run.p99,
        unit: "ms",
        ...(run !== baseline && { target: "<= 1000 ms", met: run.p99 <= 1000 }),
      },
      {
        name: `${run.target}${when} errors + timeouts`,
        value: run.errors + run.timeouts,
        unit: "",
        target: "0",
        met: run.errors + run.timeouts === 0,
      },
    ];
    return {
      sizes: {
        store: "the repository's articles (data/articles)",
        "connections x seconds per target": `20 x ${seconds}`,
        "articles posted during the second round": posted,
        "2 MB article (characters)": big.length,
      },
      baselinePeakRssMB: loadPeak,
      figures: [
        ...runs.idle.flatMap((r) => figure(r, "")),
        ...runs.ingesting.slice(1).flatMap((r) => figure(r, " (ingesting)")),
        ...(["idle", "ingesting"] as const).map((when) => {
          const worst = runs[when].reduce((a, b) => (b.loop.p99 > a.loop.p99 ? b : a));
          return {
            name: `event-loop delay p99, worst target (${when}: ${worst.target})`,
            value: worst.loop.p99,
            unit: "ms",
          };
        }),
        {
          name: "server peak RSS after the load",
          value: loadPeak,
          unit: "MB",
        },
        {
          name: "posting a 2 MB article",
          value: bigMs / 1000,
          unit: "s",
          target: "< 5 s",
          met: bigMs < 5000 && bigResponse.status < 300,
        },
        {
          name: "server RSS growth for the 2 MB article",
          value: after.rss - before.rss,
          unit: "MB",
          target: "< 500 MB",
          met: after.rss - before.rss < 500,
        },
        {
          name: "15 MB article refused after",
          value: hugeMs,
          unit: "ms",
          target: "<= 1000 ms (413)",
          met: hugeMs <= 1000 && hugeStatus === 413,
        },
      ],
      notes: [
        `Non-2xx answers per target (idle): ${runs.idle.map((r) => `${r.target} ${r.non2xx}`).join(", ")}; while ingesting: ${runs.ingesting.map((r) => `${r.target} ${r.non2xx}`).join(", ")}.`,
        `Requests per target (idle): ${runs.idle.map((r) => `${r.target} ${r.requests}`).join(", ")}.`,
        `The server's event-loop delay per target, p99 / max ms (idle): ${runs.idle.map((r) => `${r.target} ${r.loop.p99} / ${r.loop.max}`).join(", ")}; while ingesting: ${runs.ingesting.map((r) => `${r.target} ${r.loop.p99} / ${r.loop.max}`).join(", ")}.`,
        `Load average (1 min) at the end of each run (idle): ${runs.idle.map((r) => `${r.target} ${r.load}`).join(", ")}; while ingesting: ${runs.ingesting.map((r) => `${r.target} ${r.load}`).join(", ")}.`,
        `${stored} of ${posted} posted articles stored (201) during the second round.`,
        `The 2 MB article answered ${bigResponse.status}; RSS ${before.rss} MB before, ${after.rss} MB after; the 15 MB one answered ${hugeStatus}. Server peak RSS over the whole part: ${peak} MB.`,
      ],
    };
  } finally {
    server.child.kill("SIGTERM");
    await once(server.child, "close");
    rmSync(dir, { recursive: true, force: true });
  }
};
