// The built web app is served beside the API; browser routes fall back to index.html, API
// routes never do; no CORS headers unless asked for.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Running, startServer } from "./harness.ts";

const dist = mkdtempSync(join(tmpdir(), "diplograph-dist-"));
const INDEX = "<!doctype html><title>diplograph</title><script src=/assets/app.js></script>";
let server: Running;

beforeAll(async () => {
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), INDEX);
  writeFileSync(join(dist, "assets", "app.js"), "console.log('app')");
  server = await startServer([], { webDist: dist, cypherTimeoutMs: 1 });
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe("the web app", () => {
  it("serves index.html at / and for browser routes, and the assets", async () => {
    for (const path of ["/", "/explore/Person%3A%E6%99%AE%E4%BA%AC"]) {
      const response = await fetch(server.url + path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await response.text()).toBe(INDEX);
    }
    const script = await fetch(`${server.url}/assets/app.js`);
    expect(script.headers.get("content-type")).toMatch(/javascript/);
    expect(await script.text()).toBe("console.log('app')");
  });

  it("keeps unknown API paths and other methods as JSON 404s", async () => {
    const api = await fetch(`${server.url}/api/nope`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: "Not Found" });
    expect((await fetch(`${server.url}/somewhere`, { method: "POST" })).status).toBe(404);
  });

  it("sends no CORS headers, even to a cross-origin request", async () => {
    const response = await fetch(`${server.url}/api/health`, { headers: { origin: "http://elsewhere.example" } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("the Cypher console's time limit", () => {
  it("stops a long query with a 400 that says so", async () => {
    const response = await fetch(`${server.url}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*)" }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(/timed out/);
  });
});
