// The graph views' cache (server/cache.ts): one computation per answer until the store changes.
import { describe, expect, it } from "vitest";
import { ViewCache } from "../../server/cache.ts";

describe("view cache", () => {
  it("computes an answer once for requests that come together or later", async () => {
    const cache = new ViewCache();
    let runs = 0;
    const compute = async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 10));
      return { n: runs };
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get("overview", compute)));
    expect(new Set(answers)).toEqual(new Set(['{"n":1}']));
    expect(await cache.get("overview", compute)).toBe('{"n":1}');
    expect(await cache.get("other", compute)).toBe('{"n":2}');
    expect(runs).toBe(2);
  });

  it("forgets every answer on clear(), and keeps none computed from the store before it", async () => {
    const cache = new ViewCache();
    let version = 1;
    let release = () => {};
    const slow = () =>
      new Promise<number>((resolve) => {
        const seen = version;
        release = () => resolve(seen);
      });
    const before = cache.get("stats", slow);
    version = 2;
    cache.clear(); // an ingest lands while the old answer is computed
    release();
    expect(await before).toBe("1");
    expect(await cache.get("stats", async () => version)).toBe("2");
  });
});
