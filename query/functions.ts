// Neo4j's Cypher functions on the embedded store (Kuzu 0.11), as data: the functions Kuzu has with
// Neo4j's meaning keep their name, the others are renamed or rewritten, and the rest are refused
// with the form that works instead. query/translate.ts applies the table; README lists it for users.

/** How one Neo4j function is written for Kuzu. */
export type KuzuFunction =
  /** The same name and meaning in Kuzu. */
  | { kind: "same" }
  /** Kuzu's name for it, same arguments. */
  | { kind: "rename"; to: string }
  /** Rewritten by query/translate.ts (index-based, schema-based or type-dependent forms). */
  | { kind: "rewrite" }
  /** Not available: the message says what to write instead. */
  | { kind: "refuse"; instead: string };

const same = { kind: "same" } as const;
const rewrite = { kind: "rewrite" } as const;
const rename = (to: string) => ({ kind: "rename", to }) as const;
const refuse = (instead: string) => ({ kind: "refuse", instead }) as const;

/** Keyed by the lower-case Neo4j name (Cypher function names are case-insensitive). */
export const FUNCTIONS: Record<string, KuzuFunction> = {
  // aggregation
  count: same,
  collect: rewrite,
  sum: same,
  avg: same,
  min: same,
  max: same,
  stdev: refuse("compute it from avg() and sum() of squares"),
  percentilecont: refuse("sort with ORDER BY and pick the row with SKIP/LIMIT"),
  percentiledisc: refuse("sort with ORDER BY and pick the row with SKIP/LIMIT"),
  // scalar
  coalesce: same,
  size: same,
  length: same,
  type: rewrite,
  labels: rewrite,
  id: rewrite,
  elementid: rewrite,
  startnode: rewrite,
  endnode: rewrite,
  properties: rewrite,
  keys: same,
  head: rewrite,
  last: rewrite,
  tail: rewrite,
  nodes: same,
  relationships: rename("rels"),
  range: same,
  reverse: rewrite,
  isempty: rewrite,
  tostring: rename("to_string"),
  tointeger: rename("to_int64"),
  tofloat: rename("to_double"),
  toboolean: rename("to_bool"),
  // strings
  tolower: rename("lower"),
  toupper: rename("upper"),
  lower: same,
  upper: same,
  trim: same,
  ltrim: same,
  rtrim: same,
  left: same,
  right: same,
  substring: rewrite,
  split: rename("string_split"),
  replace: rewrite,
  // numbers
  abs: same,
  ceil: same,
  floor: same,
  round: rewrite,
  sign: same,
  sqrt: same,
  exp: refuse("2.718281828459045 ^ x"),
  log: rename("ln"),
  log10: same,
  pi: same,
  rand: refuse("order by a property instead: the embedded store has no rand()"),
  randomuuid: rename("gen_random_uuid"),
  // paths
  shortestpath: refuse("MATCH p = shortestPath((a)-[*..5]-(b))"),
  allshortestpaths: refuse("MATCH p = allShortestPaths((a)-[*..5]-(b))"),
  exists: refuse("n.property IS NOT NULL, or EXISTS { MATCH (n)-[:SAID]->() }"),
  // temporal values are stored as ISO date strings here
  date: refuse("compare the ISO date strings directly, e.g. c.date >= '2025-01-01'"),
  datetime: refuse("compare the ISO date strings directly, e.g. c.date >= '2025-01-01'"),
  timestamp: refuse("compare the ISO date strings directly, e.g. c.date >= '2025-01-01'"),
};

/** Built-in procedures the translation answers from the schema, with the column each yields. */
export const PROCEDURES: Record<string, string> = {
  "db.labels": "label",
  "db.relationshiptypes": "relationshipType",
  "db.propertykeys": "propertyKey",
};
