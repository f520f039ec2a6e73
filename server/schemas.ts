// The routes' JSON schemas: Fastify validates requests and serializes responses with them, and
// @fastify/swagger turns the same objects into the OpenAPI document. What a route answers is a shape
// of graph/api.ts; what it takes is declared here, with the limits.
import { Type } from "@sinclair/typebox";
import { LIMITS } from "../application/limits.ts";
import {
  ArticleSummary,
  ArticleWithClaims,
  ClaimEvidence,
  ClaimsOf,
  CountryMap,
  CountryPair,
  CypherResult,
  ErrorBody,
  ErrorBodySchema,
  GraphFilter,
  GraphJSON,
  GraphJSONSchema,
  Health,
  IngestResult,
  NodeDetails,
  NodeId,
  SearchHit,
  Stats,
  WireGraph,
  WireGraphSchema,
} from "../graph/api.ts";
import { CONTENT_TYPES } from "../graph/export/index.ts";
import { IsoDate, StringEnum } from "../graph/schema.ts";

/** Schemas the routes refer to by `$id`, each once in the OpenAPI document. */
export const SHARED_SCHEMAS = [GraphJSONSchema, WireGraphSchema, ErrorBodySchema];

const nodeIds = Type.Array(NodeId, { minItems: 1, maxItems: LIMITS.ids });
const { labels } = GraphFilter.properties;
/** Every error status a route may answer with, all in the same shape. */
const errors = Object.fromEntries([400, 401, 404, 413, 415, 422, 500, 503].map((code) => [code, ErrorBody]));

export const FILTER_ARRAY_KEYS = ["labels", "types", "polarity", "articles"] as const satisfies (keyof GraphFilter)[];

/** An article sent as JSON; the same fields come as form fields with a multipart upload. */
const articleBody = Type.Object(
  {
    text: Type.String({ minLength: 1 }),
    title: Type.Optional(Type.String({ maxLength: 500 })),
    source: Type.Optional(Type.String({ maxLength: 500 })),
    date: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

const countryId = Type.String({ pattern: "^Country:", minLength: 9, maxLength: 100 });

/** Bodies of the two routes that take an article: JSON, plain text or a multipart file upload. */
const articleContent = {
  content: {
    "application/json": { schema: articleBody },
    // Read as bytes and decoded by ingest/decode.ts, so no JSON type to check here.
    "text/plain": { schema: { description: "The article text (UTF-8, or UTF-16 with a byte-order mark)." } },
    "multipart/form-data": {
      schema: { description: "A `file` field with the article text, and optional title, source and date fields." },
    },
  },
} as const;

const limit = (maximum: number, fallback: number, minimum = 1) =>
  Type.Optional(Type.Integer({ minimum, maximum, default: fallback }));
const idParams = Type.Object({ id: NodeId });

export const routeSchemas = {
  health: {
    summary: "Is the server up, and which store does it use",
    response: { 200: Health, ...errors },
  },
  stats: {
    summary: "Node and relationship counts",
    response: { 200: Stats, ...errors },
  },
  articles: {
    summary: "The stored articles",
    response: { 200: Type.Array(ArticleSummary), ...errors },
  },
  article: {
    summary: "One article with its text and its claims",
    params: idParams,
    response: { 200: ArticleWithClaims, ...errors },
  },
  ingest: {
    summary: "Extract an article's graph and store it (idempotent by content hash)",
    body: articleContent,
    response: { 200: IngestResult, 201: IngestResult, ...errors },
  },
  extract: {
    summary: "Extract an article's graph without storing anything (a preview)",
    body: articleContent,
    response: { 200: GraphJSON, ...errors },
  },
  search: {
    summary: "Find nodes by name or alias",
    querystring: Type.Object({
      q: Type.String({ minLength: 1, maxLength: 200 }),
      limit: limit(LIMITS.searchHits, 20),
      labels,
    }),
    response: { 200: Type.Array(SearchHit), ...errors },
  },
  node: {
    summary: "A node's properties, roles and claims (id URL-encoded)",
    params: idParams,
    response: { 200: NodeDetails, ...errors },
  },
  claims: {
    summary: "A page of an entity's claims, most recent first: those it said, or those that mention it (its own apart)",
    params: idParams,
    querystring: Type.Object({
      of: Type.Optional({ ...ClaimsOf, default: "said" }),
      skip: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
      limit: limit(LIMITS.searchHits, 50),
    }),
    response: { 200: Type.Array(ClaimEvidence), ...errors },
  },
  overview: {
    summary: "The graph's highest-degree nodes and the relationships among them",
    querystring: Type.Object({ limit: limit(LIMITS.graphNodes, 300), ...GraphFilter.properties }),
    response: { 200: WireGraph, ...errors },
  },
  neighbours: {
    summary: "The neighbourhood of some nodes",
    body: Type.Object(
      {
        ids: nodeIds,
        depth: limit(LIMITS.depth, 1),
        limit: limit(LIMITS.graphNodes, 500),
        exclude: Type.Optional(Type.Array(NodeId, { maxItems: LIMITS.ids })),
        ...GraphFilter.properties,
      },
      { additionalProperties: false },
    ),
    response: { 200: WireGraph, ...errors },
  },
  subgraph: {
    summary: "Some nodes and every relationship among them",
    body: Type.Object({ ids: nodeIds }, { additionalProperties: false }),
    response: { 200: WireGraph, ...errors },
  },
  map: {
    summary: "The diplomatic map: countries, their relations counted per pair and type, and who speaks for them",
    querystring: Type.Object({ speakers: limit(LIMITS.graphNodes, 300, 0), ...GraphFilter.properties }),
    response: { 200: CountryMap, ...errors },
  },
  pair: {
    summary: "Two countries over time: every relation between them with its evidence, article and speaker",
    querystring: Type.Object({
      a: countryId,
      b: countryId,
      ...Type.Pick(GraphFilter, ["from", "to", "articles"]).properties,
    }),
    response: { 200: CountryPair, ...errors },
  },
  path: {
    summary: "A shortest path between two nodes (empty graph when there is none)",
    querystring: Type.Object({ from: NodeId, to: NodeId, maxDepth: limit(LIMITS.pathDepth, 4) }),
    response: { 200: WireGraph, ...errors },
  },
  cypher: {
    summary: "Run a read-only Cypher query (timeout and row cap)",
    body: Type.Object(
      {
        query: Type.String({ minLength: 1, maxLength: LIMITS.queryChars }),
        params: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { default: {} })),
        rowLimit: limit(LIMITS.cypherRows, 1000),
      },
      { additionalProperties: false },
    ),
    response: { 200: CypherResult, ...errors },
  },
  export: {
    summary:
      "Download a subgraph: the given ids, a Cypher query's result, a seed's neighbourhood, or (none given) the graph up to `limit` nodes",
    body: Type.Object(
      {
        format: StringEnum(["gexf", "graphml", "json", "csv", "cypher"]),
        ids: Type.Optional(nodeIds),
        cypher: Type.Optional(Type.String({ minLength: 1, maxLength: LIMITS.queryChars })),
        seed: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
        depth: limit(LIMITS.depth, 1),
        limit: limit(LIMITS.graphNodes, LIMITS.graphNodes),
      },
      { additionalProperties: false },
    ),
    response: {
      200: {
        description: "The file, as an attachment; CSV comes as a zip of a nodes file and a relationships file",
        content: Object.fromEntries(
          [...Object.values(CONTENT_TYPES).filter((type) => type !== CONTENT_TYPES.csv), "application/zip"].map(
            (type) => [type, { schema: { type: "string", format: "binary" } }],
          ),
        ),
      },
      ...errors,
    },
  },
} as const;
