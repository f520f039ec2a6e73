// The graph views as HTTP caches see them: an ETag and 304 for an unchanged answer, and after an
// ingest the new article in the view for a reader asking for a fresh answer, then for every reader.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WireGraph } from "../../graph/api.ts";
import { ARTICLE_FILES, type Running, startServer } from "./harness.ts";

const [BUNDLED, LATER] = ARTICLE_FILES as [string, string];
const OVERVIEW = "/api/graph?limit=5000";
let server: Running;

beforeAll(async () => {
  server = await startServer([BUNDLED]);
}, 120_000);
afterAll(() => server?.close());

const fetchView = (headers: Record<string, string> = {}) => fetch(server.url + OVERVIEW, { headers });

describe("cached views over HTTP", () => {
  it("carry an ETag, and answer 304 without a body to a client that has them", async () => {
    const first = await fetchView();
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^".+"$/);
    const body = await first.text();
    expect((JSON.parse(body) as WireGraph).nodes.length).toBeGreaterThan(0);

    const again = await fetchView({ "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await fetchView({ "if-none-match": '"something else"' });
    expect(other.status).toBe(200);
    expect(await other.text()).toBe(body);
  });

  it("show an ingested article to a reader asking for a fresh answer, then to every reader", async () => {
    const before = await fetchView();
    const etag = before.headers.get("etag") as string;
    const posted = await fetch(`${server.url}/api/articles`, {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: readFileSync(LATER),
    });
    expect(posted.status).toBe(201);
    const { article } = (await posted.json()) as { article: string };
    expect(((await before.json()) as WireGraph).nodes).not.toContain(article);

    // The old answer is no longer current: a fresh request waits for the rebuild, whatever tag it has.
    const fresh = await fetchView({ "cache-control": "no-cache", "if-none-match": etag });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("etag")).not.toBe(etag);
    expect(((await fresh.json()) as WireGraph).nodes).toContain(article);
    const later = await fetchView();
    expect(((await later.json()) as WireGraph).nodes).toContain(article);
    expect(later.headers.get("etag")).toBe(fresh.headers.get("etag"));
  });
});
