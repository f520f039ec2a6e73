// The API's shapes, declared once with TypeBox: each is the TypeScript type the store returns and the
// web app reads, and the JSON schema the server validates requests and serializes responses with
// (server/schemas.ts) and publishes in the OpenAPI document. Node and edge kinds are graph/schema.ts's.
import { type Static, type TSchema, Type } from "@sinclair/typebox";
import type { SerializedGraph } from "graphology-types";
import {
  EDGE_TYPES,
  IsoDate,
  NODE_LABELS,
  PLOVER_TYPES,
  POLARITIES,
  STATEMENT_EDGE_TYPES,
  StringEnum,
} from "./schema.ts";

/** A property bag: any JSON object (a node's properties, a graphology attribute object). */
const Attributes = Type.Unsafe<Record<string, unknown>>({ type: "object", additionalProperties: true });
const Counts = Type.Unsafe<Record<string, number>>({ type: "object", additionalProperties: { type: "integer" } });
const NodeLabel = StringEnum(NODE_LABELS);
const PloverType = StringEnum(PLOVER_TYPES);
const Polarity = StringEnum(POLARITIES);
const Named = Type.Object({ id: Type.String(), name: Type.String() });
/** A node id in a request. */
export const NodeId = Type.String({ minLength: 1, maxLength: 500 });

/** A reference (`{$ref: "Id#"}`) to a schema the server publishes under its `$id`, typed as what it refers to. */
const refTo = <T>(schema: TSchema & { $id?: string }) => Type.Unsafe<T>({ $ref: `${schema.$id}#` });

export const GraphJSONSchema = Type.Object(
  {
    attributes: Type.Optional(Attributes),
    options: Type.Optional(Attributes),
    nodes: Type.Array(Type.Object({ key: Type.String(), attributes: Type.Optional(Attributes) })),
    edges: Type.Array(
      Type.Object({
        key: Type.Optional(Type.String()),
        source: Type.String(),
        target: Type.String(),
        undirected: Type.Optional(Type.Boolean()),
        attributes: Type.Optional(Attributes),
      }),
    ),
  },
  { $id: "GraphJSON", description: "A subgraph in graphology's serialization format." },
);
/** A subgraph in graphology's serialization format: nodes {key, attributes}, edges {key, source, target, attributes}. */
export type GraphJSON = SerializedGraph;
export const GraphJSON = refTo<GraphJSON>(GraphJSONSchema);

/** What the edge panel shows of a relation edge besides its type (polarity and quad follow from the type). */
export const WireRelation = Type.Object({
  edge: Type.Integer({ minimum: 0, description: "Index of the edge (its triple in edges)." }),
  article: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  evidence: Type.String(),
  date: Type.Optional(IsoDate),
});
export type WireRelation = Static<typeof WireRelation>;

/** The graphs the web app draws (graph/wire.ts). */
export const WireGraphSchema = Type.Object(
  {
    nodes: Type.Array(Type.String(), { description: "Node ids; the label is the id's prefix (`Person:…`)." }),
    names: Type.Array(Type.String(), {
      description: "Each node's name: the entity's name, the article's title or the claim's text.",
    }),
    edges: Type.Array(Type.Integer({ minimum: 0 }), {
      description: `Three integers per edge: source and target (indexes in nodes) and type (index in [${EDGE_TYPES.join(", ")}]).`,
    }),
    relations: Type.Array(WireRelation, { description: "Details of the relation (PLOVER) edges." }),
  },
  {
    $id: "WireGraph",
    description:
      "A subgraph to draw, compact: node ids and names, edges as integers, the evidence of relation edges. Edge keys and attributes are graphology's (`TYPE:source->target`, `@article:start` for relations; polarity and quad follow from the type).",
  },
);
export type WireGraph = Static<typeof WireGraphSchema>;
export const WireGraph = refTo<WireGraph>(WireGraphSchema);

/** Every error the API answers with. */
export const ErrorBodySchema = Type.Object({ error: Type.String(), message: Type.String() }, { $id: "Error" });
export type ErrorBody = Static<typeof ErrorBodySchema>;
export const ErrorBody = refTo<ErrorBody>(ErrorBodySchema);

export const Health = Type.Object({ ok: Type.Boolean(), store: Type.String() });
export type Health = Static<typeof Health>;

export const IngestResult = Type.Object({
  article: Type.String(),
  /** false when the article (same content hash) was already stored: nothing was written. */
  created: Type.Boolean(),
  nodesAdded: Type.Integer(),
  relationshipsAdded: Type.Integer(),
  /** The article's people, countries and organizations that were stored already: it merged into them. */
  merged: Type.Optional(Type.Array(Type.String())),
});
export type IngestResult = Static<typeof IngestResult>;

const LIST = "In a query string: comma-separated (labels=Person,Country) or the key repeated.";

/** Filters shared by the overview, the neighbourhood and the map. */
export const GraphFilter = Type.Object({
  labels: Type.Optional(Type.Array(NodeLabel, { maxItems: NODE_LABELS.length, description: LIST })),
  types: Type.Optional(
    Type.Array(StringEnum([...STATEMENT_EDGE_TYPES, ...PLOVER_TYPES]), {
      maxItems: EDGE_TYPES.length,
      description: LIST,
    }),
  ),
  polarity: Type.Optional(Type.Array(Polarity, { maxItems: POLARITIES.length, description: LIST })),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  /** Article ids: keep claims and relations of these articles only. */
  articles: Type.Optional(Type.Array(NodeId, { maxItems: 1000, description: "Article ids" })),
});
export type GraphFilter = Static<typeof GraphFilter>;

export interface NeighbourOptions extends GraphFilter {
  /** 1..3 */
  depth: number;
  /** Cap on the nodes returned. */
  limit: number;
  /** Nodes not to return again (the pages of an expansion shown already): the cap counts only new ones. */
  exclude?: string[];
}

export const SearchHit = Type.Object({
  id: Type.String(),
  label: NodeLabel,
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  /** Number of relationships, to rank hits. */
  degree: Type.Integer(),
});
export type SearchHit = Static<typeof SearchHit>;

const ArticleRef = Type.Object({
  id: Type.String(),
  title: Type.String(),
  date: Type.Optional(IsoDate),
  source: Type.Optional(Type.String()),
});

export const ClaimEvidence = Type.Object({
  id: Type.String(),
  text: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  article: ArticleRef,
  /** The article text around the span, and where the span starts within it. */
  context: Type.String(),
  contextStart: Type.Integer(),
  speaker: Type.Optional(Named),
});
export type ClaimEvidence = Static<typeof ClaimEvidence>;

/** An article's properties (with its text) and its claims. */
export const ArticleWithClaims = Type.Object({ article: Attributes, claims: Type.Array(ClaimEvidence) });
export type ArticleWithClaims = Static<typeof ArticleWithClaims>;

export const NodeDetails = Type.Object({
  id: Type.String(),
  label: NodeLabel,
  properties: Attributes,
  /** Roles of a person: (title, country or organization it ties to). */
  roles: Type.Array(Type.Object({ role: Type.String(), of: Type.Optional(Named) })),
  /**
   * For an entity, the first page of its own claims, then the first page of the claims that mention it (its own
   * apart); for a claim, itself; for an article, its claims.
   */
  claims: Type.Array(ClaimEvidence),
  /** How many claims the node said, and how many others mention it (claims() pages them). */
  said: Type.Integer(),
  mentioned: Type.Integer(),
  degree: Type.Integer(),
});
export type NodeDetails = Static<typeof NodeDetails>;

/** Which claims of a node: those it said, or those that mention it (its own apart). */
export const ClaimsOf = StringEnum(["said", "mentioned"]);
export type ClaimsOf = Static<typeof ClaimsOf>;

export const ArticleSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  source: Type.Optional(Type.String()),
  date: Type.Optional(IsoDate),
  language: Type.String(),
  claims: Type.Integer(),
});
export type ArticleSummary = Static<typeof ArticleSummary>;

export const Stats = Type.Object({
  nodes: Type.Unsafe<Record<(typeof NODE_LABELS)[number], number>>(Counts),
  relationships: Counts,
  articles: Type.Integer(),
});
export type Stats = Static<typeof Stats>;

/** Relations between two countries in one direction, of one PLOVER type, counted (the diplomatic map). */
export const CountryPairCount = Type.Object({
  source: Type.String(),
  target: Type.String(),
  type: PloverType,
  count: Type.Integer(),
});
export type CountryPairCount = Static<typeof CountryPairCount>;

/** A person who speaks for a country (REPRESENTS), with the number of claims they said. */
export const Speaker = Type.Object({
  id: Type.String(),
  name: Type.String(),
  country: Type.String(),
  role: Type.Optional(Type.String()),
  claims: Type.Integer(),
});
export type Speaker = Static<typeof Speaker>;

/** The diplomatic map: countries with relations, their relations counted per direction and type, their speakers. */
export const CountryMap = Type.Object({
  countries: Type.Array(Named),
  pairs: Type.Array(CountryPairCount, {
    description: "Relations counted per ordered pair of countries and PLOVER type",
  }),
  speakers: Type.Array(Speaker, {
    description: "People who speak for a country (REPRESENTS), those who said most first",
  }),
});
export type CountryMap = Static<typeof CountryMap>;

/** One relation between two countries with its evidence sentence, where it is in its article, and who said it. */
export const PairEvidence = Type.Object({
  key: Type.String(),
  type: PloverType,
  polarity: Polarity,
  source: Type.String(),
  target: Type.String(),
  /** The event's date, else the article's. */
  date: Type.Optional(IsoDate),
  evidence: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  article: ArticleRef,
  /** The speaker of the claim the sentence belongs to, when it is one. */
  speaker: Type.Optional(Named),
});
export type PairEvidence = Static<typeof PairEvidence>;

export const CountryPair = Type.Object({
  a: Named,
  b: Named,
  relations: Type.Array(PairEvidence, {
    description: "Every relation between the two countries, both ways, oldest first",
  }),
});
export type CountryPair = Static<typeof CountryPair>;

export const CypherResult = Type.Object({
  columns: Type.Array(Type.String()),
  /** Plain JSON values; nodes and relationships appear as {id} / {type, source, target}. */
  rows: Type.Array(Type.Array(Type.Unknown())),
  /** Every node and relationship found in the rows. */
  graph: GraphJSON,
  truncated: Type.Boolean(),
});
export type CypherResult = Static<typeof CypherResult>;
