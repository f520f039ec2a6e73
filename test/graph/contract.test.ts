// The schema declared once (graph/schema.ts, graph/api.ts): the store's column layout, its
// validation, the extractor's output, the store's answers and the server's route schemas agree with
// the declarations, so a property added to one of them and missed elsewhere fails here.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type TObject, type TSchema, Type } from "@sinclair/typebox";
import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Api from "../../graph/api.ts";
import {
  isRelation,
  LANGUAGES,
  labelOfId,
  NODE_LABELS,
  NODES,
  RelationEdge,
  StatementEdge,
} from "../../graph/schema.ts";
import { decodeArticle } from "../../ingest/decode.ts";
import { extract } from "../../ingest/extract.ts";
import { routeSchemas, SHARED_SCHEMAS } from "../../server/schemas.ts";
import { openKuzuStore } from "../../store/kuzu.ts";
import { edgeProperties, NODE_PROPERTIES, REQUIRED_PROPERTIES } from "../../store/layout.ts";
import type { Store } from "../../store/store.ts";
import { validateArticleGraph } from "../../store/validate.ts";
import { ARTICLE_FILES, ingestFiles } from "../server/harness.ts";
import { TRADITIONAL } from "../store/fixtures.ts";

/** The column a JSON schema type is stored in. */
const COLUMN: Record<string, string> = { string: "string", integer: "int", array: "strings" };
const columns = (schema: TObject, leave: string) =>
  Object.fromEntries(
    Object.entries(schema.properties)
      .filter(([name]) => name !== leave)
      .map(([name, property]) => [name, COLUMN[String(property.type)]]),
  );
/** A value of another type than the property's schema allows. */
const wrong = (property: TSchema): unknown =>
  property.type === "string" ? 42 : property.type === "integer" ? "7" : [{ not: "a string" }];

const graph = TRADITIONAL;

describe("the store's layout and validation follow graph/schema.ts", () => {
  it("has one column per declared property, of the declared type", () => {
    for (const label of NODE_LABELS) expect(NODE_PROPERTIES[label], label).toEqual(columns(NODES[label], "label"));
    const { key, ...relation } = edgeProperties("AGREE");
    expect(key).toBe("string");
    expect(relation).toEqual(columns(RelationEdge, "type"));
    expect(edgeProperties("REPRESENTS")).toEqual(columns(StatementEdge, "type"));
    for (const label of NODE_LABELS)
      for (const name of REQUIRED_PROPERTIES[label]) expect(NODES[label].required, label).toContain(name);
  });

  it("refuses every declared property given a value of another type", () => {
    expect(() => validateArticleGraph(graph)).not.toThrow();
    const labels = new Set(graph.nodes.map((node) => labelOfId(node.key)));
    expect([...labels].sort()).toEqual([...NODE_LABELS].sort());
    for (const node of graph.nodes) {
      const label = labelOfId(node.key) ?? "Article";
      for (const [name, property] of Object.entries(NODES[label].properties)) {
        if (name === "label") continue;
        const broken = structuredClone(graph);
        const target = broken.nodes.find((n) => n.key === node.key);
        if (target?.attributes) target.attributes[name] = wrong(property);
        expect(() => validateArticleGraph(broken), `${label}.${name}`).toThrow(/invalid article graph/);
      }
    }
  });

  it("takes the declared languages and no other", () => {
    const withLanguage = (language: string) => {
      const copy = structuredClone(graph);
      const article = copy.nodes.find((n) => n.key.startsWith("Article:"));
      if (article?.attributes) article.attributes.language = language;
      return copy;
    };
    for (const language of LANGUAGES) expect(() => validateArticleGraph(withLanguage(language))).not.toThrow();
    expect(() => validateArticleGraph(withLanguage("fr"))).toThrow(/language must be one of zh-Hant, zh-Hans, en/);
  });
});

describe("what the extractor and the store give is what graph/schema.ts and graph/api.ts declare", () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "diplograph-contract-"));
    store = await openKuzuStore(join(dir, "db"));
    await ingestFiles(store, ARTICLE_FILES.slice(0, 3));
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Ajv, as Fastify validates with it, knowing the schemas routes refer to by $id.
  const ajv = new Ajv({ allErrors: true, schemas: SHARED_SCHEMAS });
  const check = (schema: TSchema, value: unknown, where: string) => {
    const validate = ajv.compile(schema);
    validate(value);
    expect((validate.errors ?? []).map((e) => `${where}${e.instancePath}: ${e.message}`)).toEqual([]);
  };

  it("extracts nodes and edges of the declared kinds", () => {
    for (const file of ARTICLE_FILES.slice(0, 3)) {
      const extracted = extract(decodeArticle(readFileSync(file)));
      extracted.forEachNode((key, attributes) => check(NODES[labelOfId(key) ?? "Article"], attributes, key));
      extracted.forEachEdge((key, attributes) =>
        check(isRelation(attributes) ? RelationEdge : StatementEdge, attributes, key),
      );
    }
  });

  it("answers in the API's shapes", async () => {
    const [article] = await store.articles();
    const [hit] = await store.search("中国", { limit: 5 });
    expect(article && hit).toBeTruthy();
    check(Api.Stats, await store.stats(), "stats");
    check(Type.Array(Api.ArticleSummary), await store.articles(), "articles");
    check(Api.ArticleWithClaims, await store.article(article?.id ?? ""), "article");
    check(Type.Array(Api.SearchHit), await store.search("中国", { limit: 5 }), "search");
    check(Api.NodeDetails, await store.node(hit?.id ?? ""), "node");
    const map = await store.countryMap({ speakers: 300 });
    check(Api.CountryMap, map, "map");
    const [pair] = map.pairs;
    check(Api.CountryPair, await store.countryPair(pair?.source ?? "", pair?.target ?? ""), "pair");
    const cypher = await store.cypher(
      "MATCH (c:Country)-[r]->(d:Country) RETURN c, r, d LIMIT 3",
      {},
      {
        timeoutMs: 10_000,
        rowLimit: 10,
      },
    );
    check(
      { ...Api.CypherResult, properties: { ...Api.CypherResult.properties, graph: Api.GraphJSONSchema } },
      cypher,
      "cypher",
    );
    const subgraph = await store.subgraph([hit?.id ?? ""]);
    check(Api.GraphJSONSchema, subgraph, "subgraph");
    // Every node and edge of a view is a declared kind (an article without its text, fetched on demand).
    const overview = await store.overview({ limit: 200 });
    for (const { key, attributes = {} } of overview.nodes) {
      const label = labelOfId(key) ?? "Article";
      check(label === "Article" ? Type.Omit(NODES.Article, ["text"]) : NODES[label], attributes, key);
    }
    for (const { key, attributes = {} } of overview.edges)
      check(isRelation(attributes) ? RelationEdge : StatementEdge, attributes, String(key));
  });

  it("has every route answer with a declared shape", () => {
    const declared: Record<string, TSchema> = {
      health: Api.Health,
      stats: Api.Stats,
      article: Api.ArticleWithClaims,
      ingest: Api.IngestResult,
      extract: Api.GraphJSON,
      node: Api.NodeDetails,
      overview: Api.WireGraph,
      neighbours: Api.WireGraph,
      subgraph: Api.WireGraph,
      map: Api.CountryMap,
      pair: Api.CountryPair,
      path: Api.WireGraph,
      cypher: Api.CypherResult,
    };
    for (const [route, shape] of Object.entries(declared))
      expect(routeSchemas[route as keyof typeof routeSchemas].response[200], route).toBe(shape);
    expect(routeSchemas.articles.response[200].items).toBe(Api.ArticleSummary);
    expect(routeSchemas.search.response[200].items).toBe(Api.SearchHit);
    for (const [route, { response }] of Object.entries(routeSchemas)) {
      const errors = Object.entries(response).filter(([status]) => Number(status) >= 400);
      expect(errors.length, route).toBeGreaterThan(0);
      for (const [status, schema] of errors) expect(schema, `${route} ${status}`).toBe(Api.ErrorBody);
    }
  });
});
