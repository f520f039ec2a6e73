// The kill harness at a few points (bench/kills.ts; `npm run bench -- --kills` runs it at 50+ points
// on a store of 2000 articles): after kill -9 the store opens, holds every acknowledged article, and
// ingesting again gives the counts of a store that was never killed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type KillSetup, killCli, killServer, prepare } from "../../bench/kills.ts";

const dir = mkdtempSync(join(tmpdir(), "diplograph-kills-"));
let setup: KillSetup;
beforeAll(async () => {
  setup = await prepare(dir, 150, 4);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kill -9 during an ingest", { timeout: 180_000 }, () => {
  it("of the CLI, halfway and when its checkpoint starts", async () => {
    for (const point of [{ offsetMs: Math.round(setup.cliMs / 2) }, { stage: "checkpoint" as const, offsetMs: 0 }]) {
      const trial = await killCli(setup, point);
      expect(trial.problem).toBeUndefined();
      expect(trial.ok).toBe(true);
    }
  });

  it("of the server, while it takes articles and while it closes the store", async () => {
    const during = await killServer(setup, { offsetMs: 800 }, 5791);
    expect(during.problem).toBeUndefined();
    const stopping = await killServer(setup, { stage: "checkpoint", offsetMs: 0 }, 5792, { stop: true });
    expect(stopping.problem).toBeUndefined();
    // Every article was acknowledged before the server was stopped, and all of them are there.
    expect(stopping.acknowledged).toBe(4);
    expect(stopping.ok).toBe(true);
  });
});
