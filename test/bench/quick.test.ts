// `npm run bench -- --quick` must keep working: it runs every part at tiny sizes and writes its
// results. Benchmarks are not tests, so nothing here looks at the times, only at what was written.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const hasChromium = existsSync("/usr/bin/chromium");
const parts = hasChromium ? ["extract", "ingest", "query", "web"] : ["extract", "ingest", "query"];
if (!hasChromium) console.warn("\n*** SKIPPING the web part of the bench test: /usr/bin/chromium is missing ***\n");

describe("npm run bench -- --quick", () => {
  const out = mkdtempSync(join(tmpdir(), "diplograph-bench-test-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("runs every part and writes results.json and BENCHMARKS.md", { timeout: 180_000 }, () => {
    const run = spawnSync(
      "npm",
      ["run", "--silent", "bench", "--", "--quick", "--out", out, "--only", parts.join(",")],
      {
        encoding: "utf8",
      },
    );
    expect(run.status, run.stderr).toBe(0);

    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    expect(results.quick).toBe(true);
    expect(Object.keys(results.machine).sort()).toEqual(["cores", "cpu", "kuzu", "memoryGB", "node", "os"]);
    expect(Object.keys(results.parts)).toEqual(parts);
    for (const part of parts) {
      const result = results.parts[part];
      expect(result.error, `${part}: ${result.error}`).toBeUndefined();
      expect(result.peakRssMB).toBeGreaterThan(0);
      expect(result.figures.length).toBeGreaterThan(0);
      for (const figure of result.figures) {
        expect(Number.isFinite(figure.value), `${part}: ${figure.name}`).toBe(true);
        if (figure.baseline) expect(Number.isFinite(figure.ratio), `${part}: ${figure.name} ratio`).toBe(true);
      }
    }
    const names = (part: string) => results.parts[part].figures.map((f: { name: string }) => f.name);
    expect(names("extract")).toContain("extraction rate");
    expect(names("ingest")).toEqual(expect.arrayContaining(["ingestMany time", "ingest (one per call) articles/s"]));
    expect(names("query")).toEqual(
      expect.arrayContaining(["search p95", "1-hop p95", "2-hop p95", "shortest path p95"]),
    );
    if (hasChromium)
      expect(names("web")).toEqual(
        expect.arrayContaining(["first frame", "panning (mouse drag)", "redraw after panning"]),
      );

    const markdown = readFileSync(join(out, "BENCHMARKS.md"), "utf8");
    expect(markdown).toContain("| part | figure | value | baseline (same run) | ratio | target |");
    for (const part of parts) expect(markdown).toContain(`| ${part} |`);
    // The table is printed too.
    expect(run.stdout).toContain("baseline (same run)");
  });
});
