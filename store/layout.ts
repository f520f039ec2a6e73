// How graph/schema.ts maps onto a property graph database: the properties of each label with their
// types (read off the schema's declarations), and which labels each relationship type connects. Both
// stores, the validation and the Kuzu DDL read these tables, so the stored schema cannot drift.
import type { TObject, TSchema } from "@sinclair/typebox";
import {
  byLabel,
  type EdgeType,
  type EntityLabel,
  NODES,
  type NodeLabel,
  PLOVER,
  PLOVER_TYPES,
  type PloverType,
  polarityOf,
  RelationEdge,
  StatementEdge,
} from "../graph/schema.ts";

export type PropertyType = "string" | "int" | "strings";

/** The column a property's schema maps to: text, a non-negative integer (offsets), or a list of strings. */
function columnOf(name: string, schema: TSchema): PropertyType {
  if (schema.type === "string") return "string";
  if (schema.type === "integer") return "int";
  if (schema.type === "array" && schema.items?.type === "string") return "strings";
  throw new Error(`graph/schema.ts: property "${name}" has no column type (string, integer or list of strings)`);
}

/** The columns of a node or edge schema, in declaration order, leaving out what a label or type says. */
const columnsOf = (schema: TObject, leave: string): Record<string, PropertyType> =>
  Object.fromEntries(
    Object.entries(schema.properties)
      .filter(([name]) => name !== leave)
      .map(([name, property]) => [name, columnOf(name, property)]),
  );

/** Node properties besides `id`, the primary key everywhere. */
export const NODE_PROPERTIES = byLabel((label) => columnsOf(NODES[label], "label"));

/** Properties that must be present (besides id): the schema's required ones but lists, which default to []. */
export const REQUIRED_PROPERTIES = byLabel((label) =>
  (NODES[label].required ?? []).filter(
    (name) => name in NODE_PROPERTIES[label] && NODE_PROPERTIES[label][name] !== "strings",
  ),
);

export const ENTITY_LABELS: readonly EntityLabel[] = ["Person", "Country", "Organization"];
export const isEntityLabel = (label: string): label is EntityLabel =>
  (ENTITY_LABELS as readonly string[]).includes(label);

const ENTITIES = ENTITY_LABELS as EntityLabel[];

/** The (from, to) label pairs each relationship type may connect. */
export const ENDPOINTS: Record<EdgeType, { from: NodeLabel[]; to: NodeLabel[] }> = {
  SAID: { from: ENTITIES, to: ["Claim"] },
  MENTIONS: { from: ["Claim"], to: ENTITIES },
  IN_ARTICLE: { from: ["Claim"], to: ["Article"] },
  REPRESENTS: { from: ["Person"], to: ["Country", "Organization"] },
  ...(Object.fromEntries(PLOVER_TYPES.map((t) => [t, { from: ["Country"], to: ["Country"] }])) as Record<
    PloverType,
    { from: NodeLabel[]; to: NodeLabel[] }
  >),
};

/** A relation's properties, and its key (graph/schema.ts edgeKey): one relation per piece of evidence. */
export const RELATION_PROPERTIES: Record<string, PropertyType> = { key: "string", ...columnsOf(RelationEdge, "type") };
const REPRESENTS_PROPERTIES = columnsOf(StatementEdge, "type");

/** Relationship properties per type: REPRESENTS has a role, PLOVER relations their evidence. */
export const edgeProperties = (type: EdgeType): Record<string, PropertyType> =>
  type === "REPRESENTS" ? REPRESENTS_PROPERTIES : type in PLOVER ? RELATION_PROPERTIES : {};

/** Every (type, from, to) triple: one Kuzu rel table pair each, one ingest statement each. */
export const EDGE_TRIPLES: { type: EdgeType; from: NodeLabel; to: NodeLabel }[] = Object.entries(ENDPOINTS).flatMap(
  ([type, { from, to }]) => from.flatMap((f) => to.map((t) => ({ type: type as EdgeType, from: f, to: t }))),
);

/** Lists read back from a store as null (Kuzu stores an empty list as null) become []. */
export function withLists(label: NodeLabel, properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties)) if (value !== null && value !== undefined) out[name] = value;
  for (const [name, type] of Object.entries(NODE_PROPERTIES[label])) if (type === "strings") out[name] ??= [];
  return out;
}

/**
 * Properties an id or key spells out (validation checks they agree): neighbourhood reads rebuild
 * them instead of reading their columns, since each column of a random node or relationship is a
 * random read (a country's 100 claims: ~5 ms per column, ~10 ms for text).
 */
export const SPELT_OUT: { Claim: string[]; relation: string[] } = {
  Claim: ["article", "start", "end"],
  relation: ["polarity", "quad", "article", "start"],
};

/** Claim:<hash16>:<start>-<end> (graph/schema.ts claimId). */
export function claimSpeltOut(id: string): Record<string, unknown> {
  const [, hash, span = ""] = id.split(":");
  const [start, end] = span.split("-").map(Number);
  return { article: `Article:${hash}`, start, end };
}

/** TYPE:source->target@<article id>:<start> (graph/schema.ts edgeKey). */
export function relationSpeltOut(type: PloverType, key: string): Record<string, unknown> {
  const where = key.slice(key.lastIndexOf("@") + 1);
  const colon = where.lastIndexOf(":");
  return {
    polarity: polarityOf(type),
    quad: PLOVER[type],
    article: where.slice(0, colon),
    start: Number(where.slice(colon + 1)),
  };
}
