// The extraction pool (ingest/workers.ts): worker threads give the graph extract() gives, and the
// main thread stays free meanwhile.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "../../ingest/extract.ts";
import { ExtractionPool, poolSize } from "../../ingest/workers.ts";

const text = readFileSync("test/fixtures/sample/wenweipo-2025-01-22.txt", "utf8");
const pool = new ExtractionPool(2);
afterAll(() => pool.close());

describe("extraction pool", () => {
  it("extracts in worker threads the same graph as extract(), for many articles at once", async () => {
    const variants = Array.from({ length: 4 }, (_, i) => `${text}\n\n外交部發言人表示，第${i + 1}次會談順利。`);
    const graphs = await Promise.all(variants.map((t, i) => pool.extract(t, { file: `a${i}.txt` })));
    for (const [i, graph] of graphs.entries())
      expect(graph.export()).toEqual(extract(variants[i] as string, { file: `a${i}.txt` }).export());
  });

  it("leaves the main thread free while it extracts", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    let ticksWhenDone = -1;
    const long = `${text}\n\n`.repeat(20);
    await pool.extract(long).then(() => {
      ticksWhenDone = ticks;
    });
    clearInterval(timer);
    // A 20x article takes far longer than a few milliseconds; the timer ran meanwhile.
    expect(ticksWhenDone).toBeGreaterThan(5);
  });

  it("sizes itself from DIPLOGRAPH_WORKERS, else the cores", () => {
    expect(poolSize({ DIPLOGRAPH_WORKERS: "3" })).toBe(3);
    expect(poolSize({ DIPLOGRAPH_WORKERS: "none" })).toBeGreaterThanOrEqual(1);
  });

  it("refuses work once closed", async () => {
    const closing = new ExtractionPool(1);
    await closing.close();
    await expect(closing.extract(text)).rejects.toThrow(/closed/);
  });
});
