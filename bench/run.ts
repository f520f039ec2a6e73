// npm run bench [-- --quick] [--only extract,ingest,workers,query,door,web,load,kills] [--kills] [--out DIR] [--cpu-prof]
// Runs each part in its own child process, prints the table, writes results.json and BENCHMARKS.md
// (with --only, the other parts' previous figures stay, each with the date it was measured).
// --quick runs everything at tiny sizes (to keep the harness working); its results go to a
// temporary folder unless --out says otherwise, so they never replace the real figures.
// --kills runs the kill harness alone (bench/parts/kills.ts, some 30 minutes; not part of a plain run).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, release, tmpdir, totalmem, type } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { PartResult } from "./measure.ts";
import { markdown, type Results, readIfExists, table } from "./report.ts";

const ROOT = resolve(import.meta.dirname, "..");
const PARTS = ["extract", "ingest", "workers", "query", "door", "web", "load", "kills"];
/** Parts a plain run leaves out (their previous figures stay). */
const ON_REQUEST = ["kills"];

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    out: { type: "string" },
    "cpu-prof": { type: "boolean", default: false },
    kills: { type: "boolean", default: false },
  },
});
const quick = values.quick ?? false;
const parts = values.kills
  ? ["kills"]
  : values.only
    ? values.only.split(",")
    : PARTS.filter((p) => !ON_REQUEST.includes(p));
for (const p of parts) if (!PARTS.includes(p)) throw new Error(`unknown part "${p}"; parts: ${PARTS.join(", ")}`);
const outDir = resolve(values.out ?? (quick ? join(tmpdir(), "diplograph-bench-quick") : join(ROOT, "bench")));
const markdownFile = values.out || quick ? join(outDir, "BENCHMARKS.md") : join(ROOT, "BENCHMARKS.md");
mkdirSync(outDir, { recursive: true });
const PROFILES = join(tmpdir(), "diplograph-bench-profiles");
if (values["cpu-prof"]) process.stderr.write(`bench: V8 CPU profiles go to ${PROFILES}\n`);

/** Runs one part in a child process; its progress goes to stderr as it comes. */
async function runPart(part: string): Promise<PartResult> {
  const out = join(outDir, `.${part}.json`);
  rmSync(out, { force: true });
  const profile = values["cpu-prof"] ? ["--cpu-prof", "--cpu-prof-dir", PROFILES] : [];
  process.stderr.write(`bench: ${part}${quick ? " (quick)" : ""}\n`);
  const child = spawn(
    process.execPath,
    [...profile, "--import", "tsx", join(ROOT, "bench", "child.ts"), part, out, quick ? "quick" : "full"],
    { cwd: ROOT, stdio: ["ignore", "inherit", "pipe"], timeout: (quick ? 300 : 3600) * 1000 },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    stderr += chunk.toString();
  });
  const [code, signal] = (await once(child, "close")) as [number | null, string | null];
  const date = new Date().toISOString();
  try {
    const result = { ...(JSON.parse(readFileSync(out, "utf8")) as PartResult), date };
    rmSync(out);
    return result;
  } catch {
    const tail = stderr.trim().split("\n").slice(-3).join(" / ");
    return {
      part,
      date,
      sizes: {},
      figures: [],
      peakRssMB: 0,
      seconds: 0,
      notes: [],
      error: `exit ${code ?? signal}: ${tail}`,
    };
  }
}

const kuzu = JSON.parse(readFileSync(join(ROOT, "node_modules", "kuzu", "package.json"), "utf8")) as {
  version: string;
};
const results: Results = {
  date: new Date().toISOString(),
  quick,
  machine: {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    kuzu: kuzu.version,
  },
  parts: {},
};
// With --only, the other parts' figures are kept from the previous results in the same place.
const previous = parts.length < PARTS.length ? readIfExists(join(outDir, "results.json")) : undefined;
if (previous) {
  const kept = (JSON.parse(previous) as Results).parts;
  for (const p of PARTS) if (kept[p] && !parts.includes(p)) results.parts[p] = kept[p];
}
for (const p of parts) results.parts[p] = await runPart(p);
results.parts = Object.fromEntries(
  PARTS.filter((p) => results.parts[p]).map((p) => [p, results.parts[p] as PartResult]),
);

process.stdout.write(`\n${table(results)}\n`);
writeFileSync(join(outDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(markdownFile, markdown(results, readIfExists(markdownFile)));
process.stderr.write(`bench: wrote ${join(outDir, "results.json")} and ${markdownFile}\n`);
