// The graph views' cache (server/cache.ts): one computation per answer until the store changes,
// then one rebuild, with the old answer served meanwhile unless a fresh one is asked for.
import { describe, expect, it } from "vitest";
import { ViewCache } from "../../server/cache.ts";

const text = async (answer: Promise<{ body: Buffer }>) => (await answer).body.toString();

/** A computation that waits to be released, reading `store.version` when it starts. */
function gated(store: { version: number }) {
  const releases: (() => void)[] = [];
  let runs = 0;
  const compute = () => {
    runs++;
    const seen = store.version;
    return new Promise<number>((resolve) => releases.push(() => resolve(seen)));
  };
  return { compute, runs: () => runs, release: () => releases.shift()?.() };
}

describe("view cache", () => {
  it("computes an answer once for requests that come together or later, as bytes with an ETag", async () => {
    const cache = new ViewCache();
    let runs = 0;
    const compute = async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 10));
      return { n: runs };
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get("overview", compute)));
    expect(new Set(answers.map((a) => a.body.toString()))).toEqual(new Set(['{"n":1}']));
    expect(new Set(answers.map((a) => a.etag)).size).toBe(1);
    expect(await cache.get("overview", compute)).toBe(answers[0]);
    const other = await cache.get("other", compute);
    expect(other.body.toString()).toBe('{"n":2}');
    expect(other.etag).not.toBe(answers[0]?.etag);
    expect(runs).toBe(2);
  });

  it("after a change, serves the old answer while one rebuild runs, then the new one", async () => {
    const cache = new ViewCache();
    const store = { version: 1 };
    const view = gated(store);
    const first = cache.get("overview", view.compute);
    view.release();
    expect(await text(first)).toBe("1");

    store.version = 2;
    cache.changed();
    const during = await Promise.all(Array.from({ length: 5 }, () => cache.get("overview", view.compute)));
    expect(during.map((a) => a.body.toString())).toEqual(["1", "1", "1", "1", "1"]);
    expect(view.runs()).toBe(2); // one rebuild for the five
    view.release();
    await new Promise((r) => setImmediate(r));
    expect(await text(cache.get("overview", view.compute))).toBe("2");
    expect(view.runs()).toBe(2);
  });

  it("gives a reader who asks for a fresh answer one computed after the change", async () => {
    const cache = new ViewCache();
    const store = { version: 1 };
    const view = gated(store);
    const first = cache.get("stats", view.compute);
    view.release();
    await first;

    // A rebuild starts from a stale read, then the store changes again before it ends.
    store.version = 2;
    cache.changed();
    await cache.get("stats", view.compute);
    store.version = 3;
    cache.changed();
    const fresh = cache.get("stats", view.compute, { fresh: true });
    expect(view.runs()).toBe(3);
    view.release(); // the rebuild that read version 2
    view.release();
    expect(await text(fresh)).toBe("3");
    expect(await text(cache.get("stats", view.compute))).toBe("3");
  });

  it("keeps no answer computed before a change as the current one", async () => {
    const cache = new ViewCache();
    const store = { version: 1 };
    const view = gated(store);
    const before = cache.get("stats", view.compute);
    store.version = 2;
    cache.changed(); // an ingest lands while the old answer is computed
    view.release();
    expect(await text(before)).toBe("1");
    const after = cache.get("stats", view.compute, { fresh: true });
    view.release();
    expect(await text(after)).toBe("2");
  });

  it("passes a failed rebuild's error on, and keeps nothing of it", async () => {
    const cache = new ViewCache();
    await expect(cache.get("pair", () => Promise.reject(new Error("no such country")))).rejects.toThrow(
      "no such country",
    );
    expect(await text(cache.get("pair", async () => "found"))).toBe('"found"');
  });
});
