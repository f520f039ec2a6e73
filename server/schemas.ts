// JSON schemas of the API: Fastify validates requests and serializes responses with them,
// and @fastify/swagger turns the same objects into the OpenAPI document.
import { CONTENT_TYPES } from "../graph/export/index.ts";
import { EDGE_TYPES, NODE_LABELS, PLOVER_TYPES } from "../graph/schema.ts";
import { QUERY_LIMITS } from "../query/limits.ts";

export const LIMITS = {
  /** Largest request body (an article, or an upload). */
  bodyBytes: 2 * 1024 * 1024,
  searchHits: 100,
  graphNodes: 5000,
  depth: 3,
  pathDepth: 8,
  ids: 5000,
  cypherRows: 10_000,
  cypherTimeoutMs: 10_000,
  queryChars: QUERY_LIMITS.chars,
} as const;

const isoDate = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } as const;
const nodeId = { type: "string", minLength: 1, maxLength: 500 } as const;
const labels = { type: "array", items: { type: "string", enum: [...NODE_LABELS] }, maxItems: NODE_LABELS.length };

const LIST = "In a query string: comma-separated (labels=Person,Country) or the key repeated.";

/** Filters shared by the overview and the neighbourhood. */
const filterProperties = {
  labels: { ...labels, description: LIST },
  types: {
    type: "array",
    items: { type: "string", enum: [...EDGE_TYPES] },
    maxItems: EDGE_TYPES.length,
    description: LIST,
  },
  polarity: {
    type: "array",
    items: { type: "string", enum: ["cooperation", "conflict"] },
    maxItems: 2,
    description: LIST,
  },
  from: isoDate,
  to: isoDate,
  articles: { type: "array", items: nodeId, maxItems: 1000, description: "Article ids" },
} as const;

export const FILTER_ARRAY_KEYS = ["labels", "types", "polarity", "articles"] as const;

const attributes = { type: "object", additionalProperties: true } as const;

export const graphJSON = {
  $id: "GraphJSON",
  type: "object",
  description: "A subgraph in graphology's serialization format.",
  properties: {
    attributes,
    options: attributes,
    nodes: {
      type: "array",
      items: {
        type: "object",
        properties: { key: { type: "string" }, attributes },
        required: ["key"],
      },
    },
    edges: {
      type: "array",
      items: {
        type: "object",
        properties: {
          key: { type: "string" },
          source: { type: "string" },
          target: { type: "string" },
          undirected: { type: "boolean" },
          attributes,
        },
        required: ["source", "target"],
      },
    },
  },
  required: ["nodes", "edges"],
} as const;

const graphRef = { $ref: "GraphJSON#" } as const;

const strings = { type: "array", items: { type: "string" } } as const;

/** The graphs the web app draws, in graph/wire.ts's format. */
export const wireGraph = {
  $id: "WireGraph",
  type: "object",
  description:
    "A subgraph to draw, compact: node ids and names, edges as integers, the evidence of relation edges. Edge keys and attributes are graphology's (`TYPE:source->target`, `@article:start` for relations; polarity and quad follow from the type).",
  properties: {
    nodes: { ...strings, description: "Node ids; the label is the id's prefix (`Person:…`)." },
    names: { ...strings, description: "Each node's name: the entity's name, the article's title or the claim's text." },
    edges: {
      type: "array",
      items: { type: "integer", minimum: 0 },
      description: `Three integers per edge: source and target (indexes in nodes) and type (index in [${EDGE_TYPES.join(", ")}]).`,
    },
    relations: {
      type: "array",
      description: "Details of the relation (PLOVER) edges.",
      items: {
        type: "object",
        properties: {
          edge: { type: "integer", minimum: 0, description: "Index of the edge (its triple in edges)." },
          article: { type: "string" },
          start: { type: "integer" },
          end: { type: "integer" },
          evidence: { type: "string" },
          date: isoDate,
        },
        required: ["edge", "article", "start", "end", "evidence"],
      },
    },
  },
  required: ["nodes", "names", "edges", "relations"],
} as const;

const wireRef = { $ref: "WireGraph#" } as const;

export const errorBody = {
  $id: "Error",
  type: "object",
  properties: { error: { type: "string" }, message: { type: "string" } },
  required: ["error", "message"],
} as const;

/** Every error status a route may answer with, all in the same shape. */
const errors = Object.fromEntries([400, 401, 404, 413, 415, 422, 500, 503].map((code) => [code, { $ref: "Error#" }]));

const claimEvidence = {
  type: "object",
  properties: {
    id: { type: "string" },
    text: { type: "string" },
    start: { type: "integer" },
    end: { type: "integer" },
    article: {
      type: "object",
      properties: {
        id: { type: "string" },
        title: { type: "string" },
        date: { type: "string" },
        source: { type: "string" },
      },
    },
    context: { type: "string" },
    contextStart: { type: "integer" },
    speaker: { type: "object", properties: { id: { type: "string" }, name: { type: "string" } } },
  },
} as const;

const articleSummary = {
  type: "object",
  properties: {
    id: { type: "string" },
    title: { type: "string" },
    source: { type: "string" },
    date: { type: "string" },
    language: { type: "string" },
    claims: { type: "integer" },
  },
} as const;

const countsByName = { type: "object", additionalProperties: { type: "integer" } } as const;

const ingestResult = {
  type: "object",
  properties: {
    article: { type: "string" },
    created: { type: "boolean" },
    nodesAdded: { type: "integer" },
    relationshipsAdded: { type: "integer" },
    merged: { type: "array", items: { type: "string" } },
  },
} as const;

/** An article sent as JSON; the same fields come as form fields with a multipart upload. */
const articleBody = {
  type: "object",
  properties: {
    text: { type: "string", minLength: 1 },
    title: { type: "string", maxLength: 500 },
    source: { type: "string", maxLength: 500 },
    date: isoDate,
  },
  required: ["text"],
  additionalProperties: false,
} as const;

const named = {
  type: "object",
  properties: { id: { type: "string" }, name: { type: "string" } },
  required: ["id", "name"],
} as const;
const ploverType = { type: "string", enum: [...PLOVER_TYPES] } as const;
const countryId = { type: "string", pattern: "^Country:", minLength: 9, maxLength: 100 } as const;

const countryMap = {
  type: "object",
  properties: {
    countries: { type: "array", items: named },
    pairs: {
      type: "array",
      description: "Relations counted per ordered pair of countries and PLOVER type",
      items: {
        type: "object",
        properties: {
          source: { type: "string" },
          target: { type: "string" },
          type: ploverType,
          count: { type: "integer" },
        },
        required: ["source", "target", "type", "count"],
      },
    },
    speakers: {
      type: "array",
      description: "People who speak for a country (REPRESENTS), those who said most first",
      items: {
        type: "object",
        properties: {
          id: { type: "string" },
          name: { type: "string" },
          country: { type: "string" },
          role: { type: "string" },
          claims: { type: "integer" },
        },
        required: ["id", "name", "country", "claims"],
      },
    },
  },
  required: ["countries", "pairs", "speakers"],
} as const;

const countryPair = {
  type: "object",
  properties: {
    a: named,
    b: named,
    relations: {
      type: "array",
      description: "Every relation between the two countries, both ways, oldest first",
      items: {
        type: "object",
        properties: {
          key: { type: "string" },
          type: ploverType,
          polarity: { type: "string", enum: ["cooperation", "conflict"] },
          source: { type: "string" },
          target: { type: "string" },
          date: isoDate,
          evidence: { type: "string" },
          start: { type: "integer" },
          end: { type: "integer" },
          article: {
            type: "object",
            properties: {
              id: { type: "string" },
              title: { type: "string" },
              date: isoDate,
              source: { type: "string" },
            },
            required: ["id", "title"],
          },
          speaker: named,
        },
        required: ["key", "type", "polarity", "source", "target", "evidence", "start", "end", "article"],
      },
    },
  },
  required: ["a", "b", "relations"],
} as const;

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

export const routeSchemas = {
  health: {
    summary: "Is the server up, and which store does it use",
    response: {
      200: { type: "object", properties: { ok: { type: "boolean" }, store: { type: "string" } } },
      ...errors,
    },
  },
  stats: {
    summary: "Node and relationship counts",
    response: {
      200: {
        type: "object",
        properties: { nodes: countsByName, relationships: countsByName, articles: { type: "integer" } },
      },
      ...errors,
    },
  },
  articles: {
    summary: "The stored articles",
    response: { 200: { type: "array", items: articleSummary }, ...errors },
  },
  article: {
    summary: "One article with its text and its claims",
    params: { type: "object", properties: { id: nodeId }, required: ["id"] },
    response: {
      200: { type: "object", properties: { article: attributes, claims: { type: "array", items: claimEvidence } } },
      ...errors,
    },
  },
  ingest: {
    summary: "Extract an article's graph and store it (idempotent by content hash)",
    body: articleContent,
    response: { 200: ingestResult, 201: ingestResult, ...errors },
  },
  extract: {
    summary: "Extract an article's graph without storing anything (a preview)",
    body: articleContent,
    response: { 200: graphRef, ...errors },
  },
  search: {
    summary: "Find nodes by name or alias",
    querystring: {
      type: "object",
      properties: {
        q: { type: "string", minLength: 1, maxLength: 200 },
        limit: { type: "integer", minimum: 1, maximum: LIMITS.searchHits, default: 20 },
        labels,
      },
      required: ["q"],
    },
    response: {
      200: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: { type: "string" },
            label: { type: "string" },
            name: { type: "string" },
            aliases: { type: "array", items: { type: "string" } },
            degree: { type: "integer" },
          },
        },
      },
      ...errors,
    },
  },
  node: {
    summary: "A node's properties, roles and claims (id URL-encoded)",
    params: { type: "object", properties: { id: nodeId }, required: ["id"] },
    response: {
      200: {
        type: "object",
        properties: {
          id: { type: "string" },
          label: { type: "string" },
          properties: attributes,
          roles: {
            type: "array",
            items: {
              type: "object",
              properties: {
                role: { type: "string" },
                of: { type: "object", properties: { id: { type: "string" }, name: { type: "string" } } },
              },
            },
          },
          claims: { type: "array", items: claimEvidence },
          said: { type: "integer" },
          mentioned: { type: "integer" },
          degree: { type: "integer" },
        },
      },
      ...errors,
    },
  },
  claims: {
    summary: "A page of an entity's claims, most recent first: those it said, or those that mention it (its own apart)",
    params: { type: "object", properties: { id: nodeId }, required: ["id"] },
    querystring: {
      type: "object",
      properties: {
        of: { type: "string", enum: ["said", "mentioned"], default: "said" },
        skip: { type: "integer", minimum: 0, default: 0 },
        limit: { type: "integer", minimum: 1, maximum: LIMITS.searchHits, default: 50 },
      },
    },
    response: { 200: { type: "array", items: claimEvidence }, ...errors },
  },
  overview: {
    summary: "The graph's highest-degree nodes and the relationships among them",
    querystring: {
      type: "object",
      properties: {
        limit: { type: "integer", minimum: 1, maximum: LIMITS.graphNodes, default: 300 },
        ...filterProperties,
      },
    },
    response: { 200: wireRef, ...errors },
  },
  neighbours: {
    summary: "The neighbourhood of some nodes",
    body: {
      type: "object",
      properties: {
        ids: { type: "array", items: nodeId, minItems: 1, maxItems: LIMITS.ids },
        depth: { type: "integer", minimum: 1, maximum: LIMITS.depth, default: 1 },
        limit: { type: "integer", minimum: 1, maximum: LIMITS.graphNodes, default: 500 },
        exclude: { type: "array", items: nodeId, maxItems: LIMITS.ids },
        ...filterProperties,
      },
      required: ["ids"],
      additionalProperties: false,
    },
    response: { 200: wireRef, ...errors },
  },
  subgraph: {
    summary: "Some nodes and every relationship among them",
    body: {
      type: "object",
      properties: { ids: { type: "array", items: nodeId, minItems: 1, maxItems: LIMITS.ids } },
      required: ["ids"],
      additionalProperties: false,
    },
    response: { 200: wireRef, ...errors },
  },
  map: {
    summary: "The diplomatic map: countries, their relations counted per pair and type, and who speaks for them",
    querystring: {
      type: "object",
      properties: {
        speakers: { type: "integer", minimum: 0, maximum: LIMITS.graphNodes, default: 300 },
        ...filterProperties,
      },
    },
    response: { 200: countryMap, ...errors },
  },
  pair: {
    summary: "Two countries over time: every relation between them with its evidence, article and speaker",
    querystring: {
      type: "object",
      properties: { a: countryId, b: countryId, from: isoDate, to: isoDate, articles: filterProperties.articles },
      required: ["a", "b"],
    },
    response: { 200: countryPair, ...errors },
  },
  path: {
    summary: "A shortest path between two nodes (empty graph when there is none)",
    querystring: {
      type: "object",
      properties: {
        from: nodeId,
        to: nodeId,
        maxDepth: { type: "integer", minimum: 1, maximum: LIMITS.pathDepth, default: 4 },
      },
      required: ["from", "to"],
    },
    response: { 200: wireRef, ...errors },
  },
  cypher: {
    summary: "Run a read-only Cypher query (timeout and row cap)",
    body: {
      type: "object",
      properties: {
        query: { type: "string", minLength: 1, maxLength: LIMITS.queryChars },
        params: { type: "object", additionalProperties: true, default: {} },
        rowLimit: { type: "integer", minimum: 1, maximum: LIMITS.cypherRows, default: 1000 },
      },
      required: ["query"],
      additionalProperties: false,
    },
    response: {
      200: {
        type: "object",
        properties: {
          columns: { type: "array", items: { type: "string" } },
          rows: { type: "array", items: { type: "array" } },
          graph: graphRef,
          truncated: { type: "boolean" },
        },
      },
      ...errors,
    },
  },
  export: {
    summary:
      "Download a subgraph: the given ids, a Cypher query's result, a seed's neighbourhood, or (none given) the graph up to `limit` nodes",
    body: {
      type: "object",
      properties: {
        format: { type: "string", enum: ["gexf", "graphml", "json", "csv", "cypher"] },
        ids: { type: "array", items: nodeId, minItems: 1, maxItems: LIMITS.ids },
        cypher: { type: "string", minLength: 1, maxLength: LIMITS.queryChars },
        seed: { type: "string", minLength: 1, maxLength: 500 },
        depth: { type: "integer", minimum: 1, maximum: LIMITS.depth, default: 1 },
        limit: { type: "integer", minimum: 1, maximum: LIMITS.graphNodes, default: LIMITS.graphNodes },
      },
      required: ["format"],
      additionalProperties: false,
    },
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
