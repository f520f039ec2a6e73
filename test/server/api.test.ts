// The API over HTTP (real fetch, real KuzuStore, real extracted articles): every route, the
// formats of the export, ingest in its three body shapes, and the OpenAPI document.
import { readFileSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ArticleSummary,
  CountryMap,
  CountryPair,
  GraphJSON,
  NodeDetails,
  SearchHit,
  Stats,
  WireGraph,
} from "../../graph/api.ts";
import { EDGE_TYPES, labelOfId, type PloverType, polarityOf } from "../../graph/schema.ts";
import { toWire } from "../../graph/wire.ts";
import { ARTICLE_FILES, type Running, startServer } from "./harness.ts";

let server: Running;
const [BUNDLED, ...EVAL_FILES] = ARTICLE_FILES as [string, ...string[]];
const LATER = EVAL_FILES.at(-1) as string;

beforeAll(async () => {
  server = await startServer([BUNDLED, ...EVAL_FILES.slice(0, -1)]);
}, 120_000);
afterAll(() => server?.close());

const get = async <T>(path: string): Promise<T> => {
  const response = await fetch(server.url + path);
  expect(response.status, `${path}: ${response.status}`).toBe(200);
  return response.json() as Promise<T>;
};
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
const nodeKeys = (graph: GraphJSON) => graph.nodes.map((n) => n.key);
/** A wire graph's edges as [source, target, type] (graph/wire.ts). */
const wireEdges = (wire: WireGraph) =>
  Array.from({ length: wire.edges.length / 3 }, (_, i) => {
    const [s, t, type] = wire.edges.slice(3 * i, 3 * i + 3) as [number, number, number];
    return [wire.nodes[s], wire.nodes[t], EDGE_TYPES[type]] as [string, string, string];
  });

describe("read routes", () => {
  it("health names the store", async () => {
    expect(await get("/api/health")).toEqual({ ok: true, store: "kuzu" });
  });

  it("stats and the article list agree with what was ingested", async () => {
    const stats = await get<Stats>("/api/stats");
    const articles = await get<ArticleSummary[]>("/api/articles");
    expect(articles).toHaveLength(ARTICLE_FILES.length - 1);
    expect(stats.articles).toBe(articles.length);
    expect(stats.nodes.Article).toBe(articles.length);
    expect(stats.nodes.Claim).toBe(articles.reduce((n, a) => n + a.claims, 0));
    expect(stats.nodes.Person).toBeGreaterThan(0);
  });

  it("an article comes with its text and its claims, each claim a span of that text", async () => {
    const [summary] = await get<ArticleSummary[]>("/api/articles");
    const { article, claims } = await get<{
      article: { text: string };
      claims: { text: string; start: number; end: number }[];
    }>(`/api/articles/${encodeURIComponent(summary?.id ?? "")}`);
    expect(claims.length).toBe(summary?.claims);
    for (const claim of claims) expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it("search finds a person by a name in either script, and labels narrow it", async () => {
    const traditional = await get<SearchHit[]>(`/api/search?q=${encodeURIComponent("習近平")}`);
    const simplified = await get<SearchHit[]>(`/api/search?q=${encodeURIComponent("习近平")}`);
    expect(traditional[0]?.id).toBe("Person:习近平");
    expect(simplified[0]?.id).toBe("Person:习近平");
    const countries = await get<SearchHit[]>(`/api/search?q=${encodeURIComponent("俄")}&labels=Country&limit=5`);
    expect(countries.length).toBeGreaterThan(0);
    expect(countries.length).toBeLessThanOrEqual(5);
    for (const hit of countries) expect(hit.label).toBe("Country");
  });

  it("search finds an entity by a lexicon alias no stored article wrote (WHO = 世卫组织, USA)", async () => {
    for (const [query, id] of [
      ["WHO", "Organization:世界卫生组织"],
      ["usa", "Country:USA"],
    ] as const) {
      const node = await get<NodeDetails>(`/api/nodes/${encodeURIComponent(id)}`);
      const aliases = (node.properties.aliases as string[]).map((a) => a.toLowerCase());
      expect(aliases.some((a) => a.includes(query.toLowerCase()))).toBe(false);
      const hits = await get<SearchHit[]>(`/api/search?q=${query}`);
      expect(hits[0]?.id).toBe(id);
      expect(hits.filter((h) => h.id === id)).toHaveLength(1);
    }
    expect(await get<SearchHit[]>("/api/search?q=WHO&labels=Person")).toEqual([]);
  });

  it("a node's details: properties, roles and the claims it said, with evidence", async () => {
    const node = await get<NodeDetails>(`/api/nodes/${encodeURIComponent("Person:习近平")}`);
    expect(node.label).toBe("Person");
    expect(node.properties.aliases).toContain("習近平");
    expect(node.claims.length).toBeGreaterThan(0);
    for (const claim of node.claims) expect(claim.context).toContain(claim.text);
    expect(node.degree).toBeGreaterThanOrEqual(node.claims.length);
  });

  it("the overview keeps to its cap and its filters", async () => {
    const capped = await get<WireGraph>("/api/graph?limit=5");
    expect(capped.nodes.length).toBe(5);
    expect(capped.names.length).toBe(5);
    const people = await get<WireGraph>("/api/graph?limit=50&labels=Person,Country");
    expect(people.nodes.length).toBeGreaterThan(0);
    for (const node of people.nodes) expect(["Person", "Country"]).toContain(labelOfId(node));
    const conflict = await get<WireGraph>("/api/graph?limit=500&polarity=conflict");
    expect(conflict.relations.length).toBeGreaterThan(0);
    for (const { edge } of conflict.relations) {
      const type = EDGE_TYPES[conflict.edges[3 * edge + 2] as number] as PloverType;
      expect(polarityOf(type)).toBe("conflict");
    }
  });

  it("neighbours grow with depth; subgraph returns the ids asked for", async () => {
    const seed = ["Person:习近平"];
    const one = (await (await post("/api/neighbours", { ids: seed, depth: 1, limit: 1000 })).json()) as WireGraph;
    const two = (await (await post("/api/neighbours", { ids: seed, depth: 2, limit: 1000 })).json()) as WireGraph;
    expect(one.nodes).toContain("Person:习近平");
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes).toEqual(expect.arrayContaining(one.nodes));
    const capped = (await (await post("/api/neighbours", { ids: seed, depth: 2, limit: 3 })).json()) as WireGraph;
    expect(capped.nodes.length).toBeLessThanOrEqual(3);

    const some = one.nodes.slice(0, 4);
    const sub = (await (await post("/api/subgraph", { ids: some })).json()) as WireGraph;
    expect([...sub.nodes].sort()).toEqual([...some].sort());
    for (const [source, target] of wireEdges(sub)) expect(some).toEqual(expect.arrayContaining([source, target]));
  });

  it("a path joins two nodes through edges of the graph", async () => {
    const one = (await (
      await post("/api/neighbours", { ids: ["Person:习近平"], depth: 2, limit: 1000 })
    ).json()) as WireGraph;
    const far = one.nodes.find((id) => labelOfId(id) === "Article") as string;
    const params = new URLSearchParams({ from: "Person:习近平", to: far, maxDepth: "4" });
    const path = await get<WireGraph>(`/api/path?${params}`);
    expect(path.nodes).toEqual(expect.arrayContaining(["Person:习近平", far]));
    expect(path.edges.length / 3).toBe(path.nodes.length - 1);
  });

  it("the map counts relations per country pair; a pair lists them with evidence that is a span of its article", async () => {
    const map = await get<CountryMap>("/api/map");
    expect(map.pairs.length).toBeGreaterThan(0);
    const countries = new Set(map.countries.map((c) => c.id));
    for (const p of map.pairs) expect(countries.has(p.source) && countries.has(p.target)).toBe(true);
    const top = [...map.pairs].sort((x, y) => y.count - x.count)[0] as CountryMap["pairs"][number];
    const pair = await get<CountryPair>(`/api/pair?${new URLSearchParams({ a: top.source, b: top.target })}`);
    const counted = map.pairs
      .filter((p) => [p.source, p.target].sort().join() === [top.source, top.target].sort().join())
      .reduce((n, p) => n + p.count, 0);
    expect(pair.relations).toHaveLength(counted);
    const relation = pair.relations[0] as CountryPair["relations"][number];
    const { article } = await get<{ article: { text: string } }>(
      `/api/articles/${encodeURIComponent(relation.article.id)}`,
    );
    expect(article.text.slice(relation.start, relation.end)).toBe(relation.evidence);
    expect(pair.relations.map((r) => r.date ?? "")).toEqual(pair.relations.map((r) => r.date ?? "").sort());
    expect((await get<CountryMap>("/api/map?types=ACCUSE&speakers=0")).pairs.every((p) => p.type === "ACCUSE")).toBe(
      true,
    );
    expect((await fetch(`${server.url}/api/pair?a=Country:CHN&b=Country:XXX`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/pair?a=Country:CHN&b=Person:x`)).status).toBe(400);
  });

  it("read-only Cypher returns rows, the graph in them, and marks a cut at the row limit", async () => {
    const response = await post("/api/cypher", { query: "MATCH (p:Person) RETURN p.name AS name, p", rowLimit: 2 });
    expect(response.status).toBe(200);
    const result = (await response.json()) as {
      columns: string[];
      rows: unknown[][];
      graph: GraphJSON;
      truncated: boolean;
    };
    expect(result.columns).toEqual(["name", "p"]);
    expect(result.rows).toHaveLength(2);
    expect(result.truncated).toBe(true);
    expect(result.graph.nodes).toHaveLength(2);
  });
});

describe("responses carry everything the store returns", () => {
  // Responses are serialized from their schemas, which drop undeclared fields: none may be lost.
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
  // The store does not promise an order of nodes and edges: compare them sorted, with ids for indexes.
  const sorted = (wire: WireGraph) => {
    const relations = new Map(wire.relations.map(({ edge, ...details }) => [edge, details]));
    return {
      nodes: wire.nodes.map((id, i) => [id, wire.names[i]]).sort(([a], [b]) => String(a).localeCompare(String(b))),
      edges: wireEdges(wire)
        .map((edge, i) => JSON.stringify([...edge, relations.get(i) ?? null]))
        .sort(),
    };
  };
  it("for every read route", async () => {
    const { store } = server;
    const [article] = await store.articles();
    const id = encodeURIComponent;
    const pairs: [string, unknown][] = [
      ["/api/stats", await store.stats()],
      ["/api/articles", await store.articles()],
      [`/api/articles/${id(article?.id ?? "")}`, await store.article(article?.id ?? "")],
      [`/api/search?q=${id("中")}&limit=50`, await store.search("中", { limit: 50 })],
      [`/api/nodes/${id("Person:习近平")}`, await store.node("Person:习近平")],
      [`/api/nodes/${id("Country:CHN")}`, await store.node("Country:CHN")],
      ["/api/map", await store.countryMap({ speakers: 300 })],
      ["/api/pair?a=Country:CHN&b=Country:USA", await store.countryPair("Country:CHN", "Country:USA")],
    ];
    for (const [path, expected] of pairs) expect(await get(path), path).toEqual(plain(expected));
    const overview = await get<WireGraph>("/api/graph?limit=200");
    expect(sorted(overview)).toEqual(sorted(plain(toWire(await store.overview({ limit: 200 })))));
    const neighbours = await (await post("/api/neighbours", { ids: ["Country:CHN"], depth: 2, limit: 5000 })).json();
    const stored = await store.neighbours(["Country:CHN"], { depth: 2, limit: 5000 });
    expect(sorted(neighbours)).toEqual(sorted(plain(toWire(stored))));
    expect(neighbours.edges.length / 3).toBe(stored.edges.length);
  });
});

describe("export", () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
  const exported = async (body: Record<string, unknown>) => {
    const response = await post("/api/export", body);
    expect(response.status).toBe(200);
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  it("a seed's neighbourhood as GEXF 1.3, as a download", async () => {
    const { response, bytes } = await exported({ format: "gexf", seed: "普京", depth: 1 });
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="diplograph.gexf"');
    const gexf = xml.parse(strFromU8(bytes)).gexf;
    expect(gexf.version).toBe("1.3");
    const ids = [gexf.graph.nodes.node].flat().map((n: { id: string }) => n.id);
    expect(ids).toContain("Person:普京");
  });

  it("the same ids give the same nodes in every format", async () => {
    const sub = (await (
      await post("/api/neighbours", { ids: ["Person:普京"], depth: 1, limit: 50 })
    ).json()) as WireGraph;
    const ids = sub.nodes;
    const among = (await (await post("/api/subgraph", { ids })).json()) as WireGraph;
    const json = JSON.parse(strFromU8((await exported({ format: "json", ids })).bytes)) as GraphJSON;
    expect(nodeKeys(json).sort()).toEqual([...ids].sort());
    const exportedEdges = json.edges.map((e) => [e.source, e.target, e.attributes?.type].join(" "));
    expect(exportedEdges.sort()).toEqual(
      wireEdges(among)
        .map((edge) => edge.join(" "))
        .sort(),
    );

    const graphml = xml.parse(strFromU8((await exported({ format: "graphml", ids })).bytes)).graphml;
    expect(
      [graphml.graph.node]
        .flat()
        .map((n: { id: string }) => n.id)
        .sort(),
    ).toEqual([...ids].sort());

    const { response, bytes } = await exported({ format: "csv", ids });
    expect(response.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(["diplograph-nodes.csv", "diplograph-relationships.csv"]);
    const nodeLines = strFromU8(files["diplograph-nodes.csv"] as Uint8Array)
      .trim()
      .split("\n");
    expect(nodeLines[0]).toMatch(/^id:ID,:LABEL,/);

    const script = strFromU8((await exported({ format: "cypher", ids })).bytes);
    expect(script.match(/^MERGE \(n:/gm)).toHaveLength(ids.length);
  });

  it("a Cypher query's result as GraphML", async () => {
    const { bytes } = await exported({ format: "graphml", cypher: "MATCH (c:Country) RETURN c" });
    const nodes = [xml.parse(strFromU8(bytes)).graphml.graph.node].flat() as { id: string }[];
    expect(nodes.length).toBe((await get<Stats>("/api/stats")).nodes.Country);
    for (const node of nodes) expect(node.id).toMatch(/^Country:/);
  });
});

describe("ingest", () => {
  const text = readFileSync(LATER, "utf8");

  it("preview extracts the graph and stores nothing", async () => {
    const before = await get<Stats>("/api/stats");
    const response = await fetch(`${server.url}/api/extract`, {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: text,
    });
    expect(response.status).toBe(200);
    const graph = (await response.json()) as GraphJSON;
    expect(graph.nodes.filter((n) => n.attributes?.label === "Article")).toHaveLength(1);
    expect(await get<Stats>("/api/stats")).toEqual(before);
  });

  it("a multipart upload is stored once (201), then recognised by its content (200)", async () => {
    const form = new FormData();
    form.append("title", "uploaded");
    form.append("file", new Blob([readFileSync(LATER)]), "article.txt");
    const first = await fetch(`${server.url}/api/articles`, { method: "POST", body: form });
    expect(first.status).toBe(201);
    const created = (await first.json()) as { article: string; created: boolean; nodesAdded: number };
    expect(created.created).toBe(true);
    expect(created.nodesAdded).toBeGreaterThan(0);
    const stats = await get<Stats>("/api/stats");

    const again = await post("/api/articles", { text });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ article: created.article, created: false, nodesAdded: 0 });
    expect(await get<Stats>("/api/stats")).toEqual(stats);
    const { article } = await get<{ article: { title: string; file: string } }>(
      `/api/articles/${encodeURIComponent(created.article)}`,
    );
    expect(article.title).toBe("uploaded");
    expect(article.file).toBe("article.txt");
  });
});

describe("concurrent ingests", () => {
  it("of one article store it once: one 201, the others 200, counts as for one", async () => {
    const text = `${readFileSync(BUNDLED, "utf8")}\n（本報記者，轉載）`;
    const before = await get<Stats>("/api/stats");
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        fetch(`${server.url}/api/articles`, { method: "POST", headers: { "content-type": "text/plain" }, body: text }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201]);
    const after = await get<Stats>("/api/stats");
    expect(after.articles).toBe(before.articles + 1);
    const [created] = (await Promise.all(answers.map((a) => a.json()))).filter((r) => r.created);
    expect(after.nodes.Claim - before.nodes.Claim).toBe(
      (await get<{ claims: unknown[] }>(`/api/articles/${encodeURIComponent(created.article)}`)).claims.length,
    );
  });
});

describe("OpenAPI and the web app", () => {
  it("describes every route with its schemas", async () => {
    const doc = await get<{ openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> }>(
      "/api/openapi.json",
    );
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      "/api/stats",
      "/api/search",
      "/api/nodes/{id}",
      "/api/neighbours",
      "/api/cypher",
      "/api/export",
      "/api/map",
      "/api/pair",
    ])
      expect(doc.paths).toHaveProperty([path]);
    expect(Object.keys(doc.paths["/api/articles"] ?? {}).sort()).toEqual(["get", "post"]);
    expect(doc.paths["/api/neighbours"]?.post?.requestBody).toBeDefined();
  });

  it("is a valid OpenAPI 3 document (and the validator does reject a broken one)", async () => {
    const doc = await get<Record<string, unknown>>("/api/openapi.json");
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined();
    const broken = { ...structuredClone(doc), paths: { "/api/stats": { get: { responses: "none" } } } };
    await expect(SwaggerParser.validate(broken as never)).rejects.toThrow();
  });
});
