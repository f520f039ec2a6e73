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

/** Keyed by Neo4j's spelling; functionNamed() looks a call up case-insensitively, as Cypher does. */
export const FUNCTIONS: Record<string, KuzuFunction> = {
  // aggregation
  count: same,
  collect: rewrite,
  sum: same,
  avg: same,
  min: same,
  max: same,
  stDev: refuse("sqrt((sum(x * x) - sum(x) * sum(x) / count(x)) / (count(x) - 1))"),
  stDevP: refuse("sqrt(avg(x * x) - avg(x) * avg(x))"),
  percentileCont: refuse("sort with ORDER BY and pick the row with SKIP/LIMIT"),
  percentileDisc: refuse("sort with ORDER BY and pick the row with SKIP/LIMIT"),
  // scalar
  coalesce: same,
  nullIf: same,
  valueType: refuse("a comparison with a value of the type you expect"),
  size: same,
  length: same,
  type: rewrite,
  labels: rewrite,
  id: rewrite,
  elementId: rewrite,
  startNode: rewrite,
  endNode: rewrite,
  properties: rewrite,
  keys: same,
  head: rewrite,
  last: rewrite,
  tail: rewrite,
  nodes: same,
  relationships: rename("rels"),
  range: same,
  reverse: rewrite,
  isEmpty: rewrite,
  toString: rename("to_string"),
  toInteger: rename("to_int64"),
  toFloat: rename("to_double"),
  toBoolean: rename("to_bool"),
  toBooleanOrNull: refuse("toBoolean() on values known to be booleans or strings"),
  toIntegerOrNull: refuse("toInteger() on values known to be numbers or integer strings"),
  toFloatOrNull: refuse("toFloat() on values known to be numbers or number strings"),
  toStringOrNull: refuse("toString()"),
  toBooleanList: refuse("[x IN list | toBoolean(x)]"),
  toIntegerList: refuse("[x IN list | toInteger(x)]"),
  toFloatList: refuse("[x IN list | toFloat(x)]"),
  toStringList: refuse("[x IN list | toString(x)]"),
  // strings
  toLower: rename("lower"),
  toUpper: rename("upper"),
  lower: same,
  upper: same,
  trim: same,
  btrim: rewrite,
  char_length: rename("size"),
  character_length: rename("size"),
  normalize: refuse("the text as stored (names are matched in both scripts through aliases)"),
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
  e: refuse("2.718281828459045"),
  isNaN: refuse("x <> x"),
  sin: same,
  cos: same,
  tan: same,
  cot: same,
  asin: same,
  acos: same,
  atan: same,
  atan2: same,
  degrees: same,
  radians: same,
  haversin: refuse("(1 - cos(x)) / 2"),
  rand: refuse("order by a property instead: the embedded store has no rand()"),
  randomUUID: rename("gen_random_uuid"),
  // paths
  shortestPath: refuse("MATCH p = shortestPath((a)-[*..5]-(b))"),
  allShortestPaths: refuse("MATCH p = allShortestPaths((a)-[*..5]-(b))"),
  exists: refuse("n.property IS NOT NULL, or EXISTS { MATCH (n)-[:SAID]->() }"),
  // temporal values are stored as ISO date strings here
  date: refuse("compare the ISO date strings directly, e.g. c.date >= '2025-01-01'"),
  datetime: refuse("compare the ISO date strings directly, e.g. c.date >= '2025-01-01'"),
  timestamp: refuse("compare the ISO date strings directly, e.g. c.date >= '2025-01-01'"),
  localdatetime: refuse("compare the ISO date strings directly, e.g. c.date >= '2025-01-01'"),
  localtime: refuse("compare the ISO date strings directly"),
  time: refuse("compare the ISO date strings directly"),
  duration: refuse("compare the ISO date strings directly, e.g. c.date >= '2025-01-01'"),
  "duration.between": refuse("compare the ISO date strings directly"),
  "duration.inDays": refuse("compare the ISO date strings directly"),
  "duration.inMonths": refuse("compare the ISO date strings directly"),
  "duration.inSeconds": refuse("compare the ISO date strings directly"),
  "date.truncate": refuse("left(c.date, 7) for the month, left(c.date, 4) for the year"),
  "datetime.truncate": refuse("left(c.date, 7) for the month, left(c.date, 4) for the year"),
  "localdatetime.truncate": refuse("left(c.date, 7) for the month, left(c.date, 4) for the year"),
  "localtime.truncate": refuse("compare the ISO date strings directly"),
  "time.truncate": refuse("compare the ISO date strings directly"),
  point: refuse("nothing: the graph has no coordinates"),
  "point.distance": refuse("nothing: the graph has no coordinates"),
  "point.withinBBox": refuse("nothing: the graph has no coordinates"),
};

const BY_LOWER_CASE = new Map(Object.entries(FUNCTIONS).map(([name, f]) => [name.toLowerCase(), f]));

/** The table's entry for a called function, however its name is cased. */
export const functionNamed = (name: string): KuzuFunction | undefined => BY_LOWER_CASE.get(name.toLowerCase());

/** Built-in procedures the translation answers from the schema, with the column each yields. */
export const PROCEDURES: Record<string, string> = {
  "db.labels": "label",
  "db.relationshipTypes": "relationshipType",
  "db.propertyKeys": "propertyKey",
};
