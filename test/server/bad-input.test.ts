// Bad input over HTTP against a running server: each request gets a clear 4xx as JSON
// {error, message}, nothing stored changes, and the server keeps answering.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../application/limits.ts";
import type { Stats } from "../../graph/api.ts";
import { ARTICLE_FILES, type Running, startServer } from "./harness.ts";

let server: Running;
let stats: Stats;

beforeAll(async () => {
  server = await startServer([ARTICLE_FILES[0] as string]);
  stats = await (await fetch(`${server.url}/api/stats`)).json();
}, 120_000);
afterAll(() => server?.close());

interface Case {
  name: string;
  path: string;
  method?: string;
  contentType?: string;
  body?: BodyInit;
  status: number;
  message: RegExp;
}

const json = (value: unknown) => JSON.stringify(value);
const HTML_PAGE =
  "<!DOCTYPE html><html><head><title>新聞</title></head><body><p>習近平同普京視頻會晤。</p></body></html>";
const GB18030_TEXT = Buffer.from([0xcf, 0xb0, 0xbd, 0xfc, 0xc6, 0xbd, 0xcd, 0xac, 0xc6, 0xd5, 0xbe, 0xa9]); // 习近平同普京 in GB18030

const CASES: Case[] = [
  { name: "malformed JSON", path: "/api/neighbours", body: '{"ids": ["Person:普京",', status: 400, message: /JSON/ },
  {
    name: "JSON of the wrong type",
    path: "/api/neighbours",
    body: json({ ids: "Person:普京" }),
    status: 400,
    message: /ids must be array/,
  },
  {
    name: "an unknown property",
    path: "/api/subgraph",
    body: json({ ids: ["x"], drop: true }),
    status: 400,
    message: /additional/,
  },
  {
    name: "depth out of range",
    path: "/api/neighbours",
    body: json({ ids: ["Person:普京"], depth: 9 }),
    status: 400,
    message: /depth must be <= 3/,
  },
  {
    name: "a node cap out of range",
    path: "/api/neighbours",
    body: json({ ids: ["Person:普京"], limit: 10 ** 9 }),
    status: 400,
    message: /limit/,
  },
  { name: "no ids", path: "/api/subgraph", body: json({ ids: [] }), status: 400, message: /fewer than 1/ },
  { name: "an unknown label", method: "GET", path: "/api/search?q=x&labels=Spy", status: 400, message: /labels/ },
  { name: "search without a query", method: "GET", path: "/api/search", status: 400, message: /'q'/ },
  {
    name: "a search limit that is not a number",
    method: "GET",
    path: "/api/search?q=x&limit=lots",
    status: 400,
    message: /limit must be integer/,
  },
  {
    name: "a date that is not a date",
    method: "GET",
    path: "/api/graph?from=yesterday",
    status: 400,
    message: /from must match/,
  },
  {
    name: "an unknown node",
    method: "GET",
    path: `/api/nodes/${encodeURIComponent("Person:無此人")}`,
    status: 404,
    message: /no node/,
  },
  {
    name: "an unknown article",
    method: "GET",
    path: "/api/articles/Article%3A0000",
    status: 404,
    message: /no article/,
  },
  { name: "a malformed URL", method: "GET", path: "/api/nodes/%E0%A4%A", status: 400, message: /not a valid url/ },
  {
    name: "an id past its length limit",
    method: "GET",
    path: `/api/nodes/${"x".repeat(600)}`,
    status: 400,
    message: /500 characters/,
  },
  {
    name: "a path past the router's limit",
    method: "GET",
    path: `/api/nodes/${"x".repeat(1200)}`,
    status: 414,
    message: /longer than 1000/,
  },
  { name: "an unknown route", method: "GET", path: "/api/nothing", status: 404, message: /no route/ },
  { name: "the web app, not built here", method: "GET", path: "/", status: 404, message: /npm run build/ },
  {
    name: "a Cypher syntax error",
    path: "/api/cypher",
    body: json({ query: "MATCH (n RETURN n" }),
    status: 400,
    message: /./,
  },
  {
    name: "a Cypher CREATE",
    path: "/api/cypher",
    body: json({ query: "CREATE (:Person {id: 'Person:x', name: 'x'})" }),
    status: 400,
    message: /./,
  },
  {
    name: "a Cypher DELETE",
    path: "/api/cypher",
    body: json({ query: "MATCH (n) DETACH DELETE n" }),
    status: 400,
    message: /./,
  },
  {
    name: "a Cypher SET",
    path: "/api/cypher",
    body: json({ query: "MATCH (p:Person) SET p.name = 'x'" }),
    status: 400,
    message: /./,
  },
  {
    name: "a Cypher row limit out of range",
    path: "/api/cypher",
    body: json({ query: "MATCH (n) RETURN n", rowLimit: 0 }),
    status: 400,
    message: /rowLimit/,
  },
  {
    name: "a write in an export's query",
    path: "/api/export",
    body: json({ format: "json", cypher: "MATCH (n) DETACH DELETE n" }),
    status: 400,
    message: /./,
  },
  {
    name: "an unknown export format",
    path: "/api/export",
    body: json({ format: "pdf", ids: ["x"] }),
    status: 400,
    message: /format/,
  },
  {
    name: "two selections in one export",
    path: "/api/export",
    body: json({ format: "json", ids: ["x"], seed: "y" }),
    status: 400,
    message: /one of/,
  },
  {
    name: "an export seed matching nothing",
    path: "/api/export",
    body: json({ format: "json", seed: "無此人無此人" }),
    status: 404,
    message: /seed/,
  },
  {
    name: "an empty article",
    path: "/api/articles",
    contentType: "text/plain",
    body: "   \n",
    status: 422,
    message: /empty/,
  },
  { name: "an empty JSON article", path: "/api/articles", body: json({ text: "" }), status: 400, message: /text/ },
  {
    name: "an HTML page",
    path: "/api/articles",
    contentType: "text/plain",
    body: HTML_PAGE,
    status: 422,
    message: /HTML/,
  },
  {
    name: "an HTML page as JSON",
    path: "/api/articles",
    body: json({ text: HTML_PAGE }),
    status: 422,
    message: /HTML/,
  },
  {
    name: "binary bytes as text",
    path: "/api/articles",
    contentType: "text/plain",
    body: randomBytes(4096),
    status: 422,
    message: /binary|encoding/,
  },
  {
    name: "text in a legacy encoding",
    path: "/api/extract",
    contentType: "text/plain",
    body: GB18030_TEXT,
    status: 422,
    message: /encoding/,
  },
  {
    name: "an octet-stream upload",
    path: "/api/articles",
    contentType: "application/octet-stream",
    body: randomBytes(64),
    status: 415,
    message: /text\/plain/,
  },
  {
    name: "a huge body",
    path: "/api/articles",
    contentType: "text/plain",
    body: "習".repeat(LIMITS.bodyBytes),
    status: 413,
    message: /too large/,
  },
  {
    name: "a huge JSON body",
    path: "/api/cypher",
    body: json({ query: `RETURN "${"x".repeat(LIMITS.bodyBytes)}"` }),
    status: 413,
    message: /too large/,
  },
  {
    name: "a date in the wrong shape",
    path: "/api/articles",
    body: json({ text: "普京表示。", date: "22/01/2025" }),
    status: 400,
    message: /date/,
  },
];

describe("bad input gets a clear 4xx and changes nothing", () => {
  it.each(CASES)(
    "$name -> $status",
    async ({ path, method = "POST", contentType = "application/json", body, status, message }) => {
      const response = await fetch(server.url + path, {
        method,
        headers: body === undefined ? {} : { "content-type": contentType },
        body,
      });
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const answer = (await response.json()) as { error: string; message: string };
      expect(Object.keys(answer).sort()).toEqual(["error", "message"]);
      expect(answer.message).toMatch(message);
      expect(answer.message).not.toMatch(/\n\s+at /);
      expect(await (await fetch(`${server.url}/api/stats`)).json()).toEqual(stats);
    },
  );

  it("multipart uploads: binary, HTML and no file at all", async () => {
    const upload = async (parts: [string, Blob | string, string?][]) => {
      const form = new FormData();
      for (const [name, value, filename] of parts)
        if (typeof value === "string") form.append(name, value);
        else form.append(name, value, filename);
      const response = await fetch(`${server.url}/api/articles`, { method: "POST", body: form });
      return { status: response.status, body: (await response.json()) as { message: string } };
    };
    expect(await upload([["file", new Blob([randomBytes(2048)]), "photo.jpg"]])).toMatchObject({ status: 422 });
    expect(await upload([["file", new Blob([HTML_PAGE]), "page.html"]])).toMatchObject({
      status: 422,
      body: { message: expect.stringMatching(/HTML/) },
    });
    expect(await upload([["title", "no file"]])).toMatchObject({
      status: 400,
      body: { message: expect.stringMatching(/file/) },
    });
    expect(
      await upload([
        ["file", new Blob(["普京表示。"]), "a.txt"],
        ["date", "soon"],
      ]),
    ).toMatchObject({ status: 400 });
    const tooBig = await upload([["file", new Blob(["習".repeat(LIMITS.bodyBytes)]), "big.txt"]]);
    expect(tooBig.status).toBe(413);
    expect(await (await fetch(`${server.url}/api/stats`)).json()).toEqual(stats);
  });

  it("the server is still up and answers reads after all of it", async () => {
    expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ ok: true, store: "kuzu" });
    const hits = await (await fetch(`${server.url}/api/search?q=${encodeURIComponent("普京")}`)).json();
    expect(hits[0].id).toBe("Person:普京");
  });
});

describe("every API route needs the token when one is set", () => {
  let guarded: Running;
  beforeAll(async () => {
    guarded = await startServer([], { token: "s3cret-token", loopback: false });
  }, 60_000);
  afterAll(() => guarded?.close());

  const ingest = (headers: Record<string, string>) =>
    fetch(`${guarded.url}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ text: "外交部發言人表示，中方歡迎。" }),
    });
  const withToken = { authorization: "Bearer s3cret-token" };

  it("refuses an ingest without the token or with a wrong one, and stores nothing", async () => {
    const refused = await ingest({});
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toBe("Bearer");
    expect((await ingest({ authorization: "Bearer wrong" })).status).toBe(401);
    const stats = (await (await fetch(`${guarded.url}/api/stats`, { headers: withToken })).json()) as Stats;
    expect(stats.articles).toBe(0);
  });

  it("refuses every read route without it, answers them with it", async () => {
    // Every route of the OpenAPI document, and the document itself.
    const paths = (guarded.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
    const routes = Object.entries(paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => [method.toUpperCase(), path.replace(/\{[^}]+\}/g, "x")] as const),
    );
    expect(routes.length).toBeGreaterThan(10);
    for (const [method, url] of [...routes, ["GET", "/api/openapi.json"] as const]) {
      const response = await guarded.app.inject({ method: method as "GET", url });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
    expect((await ingest(withToken)).status).toBe(201);
    expect((await fetch(`${guarded.url}/api/stats`, { headers: withToken })).status).toBe(200);
    const cypher = await guarded.app.inject({
      method: "POST",
      url: "/api/cypher",
      headers: withToken,
      payload: { query: "MATCH (a:Article) RETURN count(a) AS n" },
    });
    expect(cypher.json().rows).toEqual([[1]]);
  });

  it("bound beyond loopback, any Host name is answered (the token guards it)", async () => {
    const response = await guarded.app.inject({
      url: "/api/health",
      headers: { host: "diplograph.lan", ...withToken },
    });
    expect(response.statusCode).toBe(200);
  });
});
