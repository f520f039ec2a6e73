// Every Cypher statement the stores send, in one place. Nearly all of them are written in the common
// subset that Kuzu and Neo4j both accept (labelled primary-key lookups, UNWIND batches, COUNT {}
// subqueries, toLower); the few that differ (schema, shortest path) come per dialect. The tests run
// them all on Kuzu and pass every Neo4j one through Neo4j's own parser (neo4jStatements()).
//
// Lookups take one id at a time ({id: $id}): Kuzu answers that from the primary-key index, but
// scans the whole table for `UNWIND $ids ... {id: id}` and for `id IN $ids` (a millisecond per id
// per 100k nodes, measured), so reads by many ids run one short statement per id, in parallel.
import { type EdgeType, NODE_LABELS, type NodeLabel, PLOVER, PLOVER_TYPES, type PloverType } from "../graph/schema.ts";
import {
  EDGE_TRIPLES,
  ENDPOINTS,
  edgeProperties,
  isEntityLabel,
  NODE_PROPERTIES,
  type PropertyType,
  SPELT_OUT,
} from "./layout.ts";

export type Dialect = "kuzu" | "neo4j";

/** `end` is a reserved word in Kuzu, so every property name is quoted. */
const quoted = (name: string) => `\`${name}\``;
const prop = (variable: string, name: string) => `${variable}.${quoted(name)}`;
const KUZU_TYPES = { string: "STRING", int: "INT64", strings: "STRING[]" } as const;
export const scalarNames = (label: NodeLabel) =>
  Object.entries(NODE_PROPERTIES[label])
    .filter(([, type]) => type !== "strings")
    .map(([name]) => name);
export const listNames = (label: NodeLabel) =>
  Object.entries(NODE_PROPERTIES[label])
    .filter(([, type]) => type === "strings")
    .map(([name]) => name);
const assignments = (variable: string, names: string[]) =>
  names.map((name) => `${prop(variable, name)} = ${prop("row", name)}`).join(", ");

// ---- ingest ----

export const ARTICLE_HASHES = "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.hash AS hash";

/**
 * Lists (aliases, roles) of the entities already stored, to union them with the new ones. Entity
 * tables stay small (thousands), so one IN over them is cheaper than a statement per id.
 */
export const existingEntities = (label: NodeLabel) =>
  `MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id${listNames(label)
    .map((name) => `, ${prop("n", name)} AS ${name}`)
    .join("")}`;

/** Article and Claim nodes are new with their article; lists are written apart (setList). */
export const createNodes = (label: NodeLabel) =>
  `UNWIND $rows AS row CREATE (n:${label} {id: row.id}) SET ${assignments("n", scalarNames(label))}`;

/** Neo4j: entities may be written meanwhile by another process; the first name and kind seen stay. */
export const mergeEntities = (label: NodeLabel) =>
  `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) ON CREATE SET ${assignments("n", scalarNames(label))}`;

/** Kuzu cannot type an empty list parameter, so only non-empty lists are sent, through this statement. */
export const setList = (label: NodeLabel, name: string) =>
  `UNWIND $rows AS row MATCH (n:${label} {id: row.id}) SET ${prop("n", name)} = row.value`;

const edgeMatch = (from: NodeLabel, to: NodeLabel) =>
  `UNWIND $rows AS row MATCH (a:${from} {id: row.source}) MATCH (b:${to} {id: row.target})`;

/**
 * Kuzu: an article's claims, each with its IN_ARTICLE edge; the article is found once, by its
 * primary key, where `UNWIND ... MATCH (b:Claim {id: row.target})` would scan the Claim table per row.
 */
export const CREATE_CLAIMS_OF_ARTICLE = `MATCH (art:Article {id: $article}) UNWIND $rows AS row CREATE (c:Claim {id: row.id})-[:IN_ARTICLE]->(art) SET ${assignments("c", scalarNames("Claim"))}`;

/**
 * Kuzu: edges between an article's claims (reached from the article) and entities, for the claims
 * starting in [$first, $last]. Kuzu pairs every claim matched with every row (a cross product, then
 * the filter on ids), so a long article's edges go in windows of claims, not all at once.
 */
export function claimEdgesOfArticle(type: EdgeType, from: NodeLabel, to: NodeLabel): string {
  const claimIsSource = from === "Claim";
  const [claimEnd, otherEnd, other] = claimIsSource ? ["source", "target", to] : ["target", "source", from];
  const edge = claimIsSource ? `(c)-[:${type}]->(e)` : `(e)-[:${type}]->(c)`;
  return (
    "MATCH (:Article {id: $article})<-[:IN_ARTICLE]-(c:Claim) WHERE c.start >= $first AND c.start <= $last " +
    `UNWIND $rows AS row WITH c, row ` +
    `WHERE c.id = row.${claimEnd} MATCH (e:${other} {id: row.${otherEnd}}) CREATE ${edge}`
  );
}

/**
 * New edges (the caller knows they are). In Kuzu, COPY FROM a subquery would find the ends through
 * the primary-key index where this MATCH scans, but a rolled-back transaction holding a COPY loses
 * the relationships already stored in that table (kuzu 0.11.3, caught by the conformance suite).
 */
export const createEdges = (type: EdgeType, from: NodeLabel, to: NodeLabel) => {
  const names = Object.keys(edgeProperties(type));
  const set = names.length ? ` SET ${assignments("r", names)}` : "";
  return `${edgeMatch(from, to)} CREATE (a)-[r:${type}]->(b)${set}`;
};

/** Neo4j: statement edges between two entities (REPRESENTS) may be written meanwhile by another process. */
export const mergeEdges = (type: EdgeType, from: NodeLabel, to: NodeLabel) => {
  const names = Object.keys(edgeProperties(type));
  const set = names.length ? ` ON CREATE SET ${assignments("r", names)}` : "";
  return `${edgeMatch(from, to)} MERGE (a)-[r:${type}]->(b)${set}`;
};

/** Which of these edges (between entities: small tables, scanned per row by Kuzu) exist already. */
export const existingEdges = (type: EdgeType, from: NodeLabel, to: NodeLabel) =>
  `UNWIND $rows AS row MATCH (a:${from} {id: row.source})-[:${type}]->(b:${to} {id: row.target}) RETURN a.id AS source, b.id AS target`;

/** Edge groups that may meet edges already stored: statement edges between two entities. */
export const mayExist = (type: EdgeType, from: NodeLabel, to: NodeLabel) =>
  isEntityLabel(from) && isEntityLabel(to) && !Object.keys(edgeProperties(type)).includes("key");

// ---- Kuzu bulk load (store/load.ts) ----

/** Items of a list written as one CSV field (Kuzu's own [a,b] form cannot quote a comma or a bracket). */
export const LIST_SEPARATOR = "\x1f";

/** A file path as a Cypher string literal. */
const literal = (path: string) => `'${path.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
/** `serial`: some text has line breaks inside quotes, which Kuzu's parallel CSV reader refuses. */
const csvFile = (path: string, serial: boolean, ...options: string[]) =>
  `${literal(path)} (${["HEADER=false", ...options, ...(serial ? ["PARALLEL=false"] : [])].join(", ")})`;

/** Kuzu: COPY a CSV file (no header; id, then the layout's properties) into a node table; lists split by LOAD FROM. */
export function copyNodes(label: NodeLabel, path: string, serial: boolean): string {
  const columns: [string, PropertyType][] = [["id", "string"], ...Object.entries(NODE_PROPERTIES[label])];
  if (!columns.some(([, type]) => type === "strings")) return `COPY ${label} FROM ${csvFile(path, serial)}`;
  const headers = columns.map(([name, type]) => `${quoted(name)} ${KUZU_TYPES[type === "strings" ? "string" : type]}`);
  const values = columns.map(([name, type]) => {
    const column = quoted(name);
    return type === "strings"
      ? `CASE WHEN ${column} IS NULL THEN NULL ELSE string_split(${column}, '${LIST_SEPARATOR}') END`
      : column;
  });
  return `COPY ${label} FROM (LOAD WITH HEADERS (${headers.join(", ")}) FROM ${csvFile(path, serial)} RETURN ${values.join(", ")})`;
}

/** Kuzu: COPY a CSV file (source id, target id, then the type's properties) into one (from, to) pair of a rel table. */
export const copyEdges = (type: EdgeType, from: NodeLabel, to: NodeLabel, path: string, serial: boolean) =>
  `COPY ${type} FROM ${csvFile(path, serial, `from='${from}'`, `to='${to}'`)}`;

// ---- reads ----

const DEGREE = "COUNT { MATCH (n)--() }";

export const nodeById = (label: NodeLabel) => `MATCH (n:${label} {id: $id}) RETURN n, ${DEGREE} AS degree`;

export const nodeOnly = (label: NodeLabel) => `MATCH (n:${label} {id: $id}) RETURN n`;

/** Which of a node's relationships a cap keeps: those to entities before claims, then by target, so a view is the same on every read. */
const KEPT_FIRST = "ORDER BY b.id STARTS WITH 'Claim:', b.id";

/** Relationships from one node to any node in $targets, at most $cap. */
export const relationshipsTo = (label: NodeLabel) =>
  `MATCH (a:${label} {id: $id})-[r]->(b) WHERE b.id IN $targets RETURN r, b.id AS target ${KEPT_FIRST} LIMIT $cap`;

/** Relationships from one node, at most $cap, to whatever node. */
export const relationshipsFrom = (label: NodeLabel) =>
  `MATCH (a:${label} {id: $id})-[r]->(b) RETURN r, b.id AS target LIMIT $cap`;

export interface HopFilter {
  polarity?: boolean;
  from?: boolean;
  to?: boolean;
  articles?: boolean;
  exclude?: boolean;
}

/** One typed step out of a node: relationship types, their direction, and the label at the other end. */
export interface Step {
  types: EdgeType[];
  outgoing: boolean;
  other: NodeLabel;
}

/**
 * Relations between countries and REPRESENTS first (few, and what one explores), claims last (a hub
 * country has tens of thousands): an untyped pattern reads every table of a hub before its LIMIT.
 */
const STEP_ORDER: EdgeType[] = [...PLOVER_TYPES, "REPRESENTS", "SAID", "MENTIONS", "IN_ARTICLE"];

/** The steps out of a node of `label`, in reading order; relations of one direction are one step. */
export function steps(label: NodeLabel, types?: readonly string[]): Step[] {
  const out: Step[] = [];
  for (const type of STEP_ORDER)
    if (!types?.length || types.includes(type))
      for (const { from, to } of EDGE_TRIPLES.filter((t) => t.type === type))
        for (const [outgoing, end, other] of [
          [true, from, to],
          [false, to, from],
        ] as const) {
          if (end !== label) continue;
          const same = type in PLOVER && out.find((s) => s.outgoing === outgoing && s.types[0] && s.types[0] in PLOVER);
          if (same) same.types.push(type);
          else out.push({ types: [type], outgoing, other });
        }
  return out;
}

/**
 * Columns a step reads: the relationship's properties (r_NAME) and the other node's (b_NAME), less
 * the article text and what the claim id or relation key spells out (layout.ts SPELT_OUT).
 */
export const stepColumns = ({ types, other }: Step) => ({
  rel: Object.keys(edgeProperties(types[0] as EdgeType)).filter(
    (name) => !(types[0] && types[0] in PLOVER && SPELT_OUT.relation.includes(name)),
  ),
  node: ["id", ...Object.keys(NODE_PROPERTIES[other])].filter(
    (name) => !(other === "Article" && name === "text") && !(other === "Claim" && SPELT_OUT.Claim.includes(name)),
  ),
});

/**
 * One step out of one node, at most $cap relationships: the type, the relationship's and the other
 * node's properties, no whole nodes (Article text stays in the database), collected in one row
 * (kuzu's Node.js client spends ~50 µs a row: 350 rows take 33 ms, one row of 350 structs 21 ms). Filters become WHERE terms only
 * when set and only on properties the tables have; Kuzu crashes on an empty list parameter and on
 * a list parameter used twice, so each list appears once ($articles carries '' for "belongs to no
 * article"). Statement edges have no polarity or date, entities no date or article: a filter only
 * drops what it can judge. Labels are filtered by the caller, from the ids.
 */
export function step(dialect: Dialect, label: NodeLabel, s: Step, filter: HopFilter): string {
  const columns = stepColumns(s);
  // Filters see every stored property, read or not.
  const onR = (name: string) => (name in edgeProperties(s.types[0] as EdgeType) ? [prop("r", name)] : []);
  const onB = (name: string) => (name in NODE_PROPERTIES[s.other] ? [prop("b", name)] : []);
  const where: string[] = [];
  if (filter.polarity && onR("polarity").length) where.push("(r.polarity IS NULL OR r.polarity IN $polarity)");
  for (const [bound, op] of [
    ["from", ">="],
    ["to", "<="],
  ] as const)
    if (filter[bound])
      for (const date of [...onR("date"), ...onB("date")]) where.push(`(${date} IS NULL OR ${date} ${op} $${bound})`);
  const article = [...onR("article"), ...onB("article"), ...(s.other === "Article" ? ["b.id"] : [])];
  if (filter.articles && article.length) where.push(`coalesce(${[...article, "''"].join(", ")}) IN $articles`);
  if (filter.exclude) where.push("NOT b.id IN $exclude");
  const pattern = s.outgoing ? `-[r:${s.types.join("|")}]->` : `<-[r:${s.types.join("|")}]-`;
  const fields = [
    `type: ${dialect === "kuzu" ? "label(r)" : "type(r)"}`,
    ...columns.rel.map((name) => `r_${name}: ${prop("r", name)}`),
    ...columns.node.map((name) => `b_${name}: ${prop("b", name)}`),
  ];
  return (
    `MATCH (a:${label} {id: $id})${pattern}(b:${s.other})${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ` +
    `WITH r, b LIMIT $cap RETURN collect({${fields.join(", ")}}) AS found`
  );
}

/** One aggregation over the label's relationships (a COUNT {} per node is far slower in Kuzu). */
/** Unconnected nodes too (degree 0, ranked last): a first view of a small graph shows all of it. */
export const topByDegree = (label: NodeLabel) =>
  `MATCH (n:${label}) OPTIONAL MATCH (n)-[r]-() RETURN n.id AS id, count(r) AS degree ORDER BY degree DESC, id LIMIT $limit`;

/**
 * Entities with an alias (the name is one) containing any of $v0..$vN, lower-cased. Kuzu takes no
 * parameter inside a list predicate, hence UNWIND, and the terms spelt out.
 */
export function searchNames(label: NodeLabel, variants: number): string {
  const terms = Array.from({ length: variants }, (_, i) => `toLower(alias) CONTAINS $v${i}`).join(" OR ");
  return (
    `MATCH (n:${label}) UNWIND n.aliases AS alias WITH n, alias WHERE ${terms} WITH DISTINCT n ` +
    `RETURN n.id AS id, n.name AS name, n.aliases AS aliases, ${DEGREE} AS degree ORDER BY degree DESC, id LIMIT $limit`
  );
}

const CLAIM_RETURN = "RETURN c, s.id AS speaker, s.name AS speakerName";

const SAID_BY = (label: NodeLabel) => `MATCH (s:${label} {id: $id})-[:SAID]->(c:Claim)`;
/** Claims that mention a node and that it did not say itself (those are its own). */
const MENTIONING = (label: NodeLabel) =>
  `MATCH (c:Claim)-[:MENTIONS]->(n:${label} {id: $id}) OPTIONAL MATCH (s)-[:SAID]->(c) WITH c, s WHERE s IS NULL OR s.id <> $id`;
const PAGE = "ORDER BY c.date DESC, c.id SKIP $skip LIMIT $limit";

/** A node's own claims, most recent first, a page at a time; then the claims that mention it, its own apart. */
export const claimsSaidBy = (label: NodeLabel) => `${SAID_BY(label)} ${CLAIM_RETURN} ${PAGE}`;
export const claimsMentioning = (label: NodeLabel) => `${MENTIONING(label)} ${CLAIM_RETURN} ${PAGE}`;

export const claimCounts = (label: NodeLabel) => ({
  said: `${SAID_BY(label)} RETURN count(c) AS n`,
  mentioned: `${MENTIONING(label)} RETURN count(c) AS n`,
});

export const CLAIM_BY_ID = `MATCH (c:Claim {id: $id}) OPTIONAL MATCH (s)-[:SAID]->(c) ${CLAIM_RETURN}`;

export const CLAIMS_OF_ARTICLE = `MATCH (c:Claim)-[:IN_ARTICLE]->(:Article {id: $id}) OPTIONAL MATCH (s)-[:SAID]->(c) ${CLAIM_RETURN} ORDER BY c.start, c.id`;

export const ARTICLE_TEXT =
  "MATCH (a:Article {id: $id}) RETURN a.id AS id, a.title AS title, a.date AS date, a.source AS source, a.text AS text";

export const ROLES = "MATCH (n:Person {id: $id})-[r:REPRESENTS]->(o) RETURN r.role AS role, o.id AS id, o.name AS name";

export const ARTICLES =
  "MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.source AS source, a.date AS date, a.language AS language ORDER BY date DESC, id";

export const CLAIMS_PER_ARTICLE = "MATCH (c:Claim) RETURN c.article AS article, count(c) AS claims";

// ---- the diplomatic map and a country pair ----

/** Which filter terms a relation read applies (set ones only: Kuzu refuses an unused or empty list parameter). */
export interface RelationFilter {
  from?: boolean;
  to?: boolean;
  articles?: boolean;
}

const relationWhere = (filter: RelationFilter) => {
  const date = prop("r", "date");
  const terms = [
    ...(filter.from ? [`(${date} IS NULL OR ${date} >= $from)`] : []),
    ...(filter.to ? [`(${date} IS NULL OR ${date} <= $to)`] : []),
    ...(filter.articles ? [`${prop("r", "article")} IN $articles`] : []),
  ];
  return terms.length ? ` WHERE ${terms.join(" AND ")}` : "";
};
const relType = (dialect: Dialect) => (dialect === "kuzu" ? "label(r)" : "type(r)");

/** Relations between countries counted per ordered pair and type, with the countries' names. */
export const countryPairCounts = (dialect: Dialect, types: readonly PloverType[], filter: RelationFilter) =>
  `MATCH (a:Country)-[r:${types.join("|")}]->(b:Country)${relationWhere(filter)} ` +
  `RETURN a.id AS source, a.name AS sourceName, b.id AS target, b.name AS targetName, ${relType(dialect)} AS type, count(r) AS n`;

/** People who speak for a country, those who said most first. */
export const COUNTRY_SPEAKERS =
  "MATCH (p:Person)-[r:REPRESENTS]->(c:Country) " +
  "RETURN p.id AS id, p.name AS name, c.id AS country, r.role AS role, COUNT { MATCH (p)-[:SAID]->(:Claim) } AS claims " +
  "ORDER BY claims DESC, id, country LIMIT $limit";

/** Every relation from one country to another, with its evidence and where it stands in its article. */
export const pairRelations = (dialect: Dialect, filter: RelationFilter) =>
  `MATCH (a:Country {id: $source})-[r:${PLOVER_TYPES.join("|")}]->(b:Country {id: $target})${relationWhere(filter)} ` +
  `RETURN ${relType(dialect)} AS type, ${["key", "evidence", "start", "end", "article", "date"]
    .map((name) => `${prop("r", name)} AS ${quoted(name)}`)
    .join(", ")}`;

export const ARTICLE_META =
  "MATCH (a:Article {id: $id}) RETURN a.id AS id, a.title AS title, a.date AS date, a.source AS source";

/** The spans of an article's claims and their speakers, to tell who said an evidence sentence. */
export const CLAIM_SPANS_OF_ARTICLE =
  "MATCH (c:Claim)-[:IN_ARTICLE]->(:Article {id: $id}) OPTIONAL MATCH (s)-[:SAID]->(c) " +
  "RETURN c.`start` AS `start`, c.`end` AS `end`, s.id AS speaker, s.name AS speakerName";

/** Neo4j: nodes by element id, for the ends of relationships a console query returned alone. */
export const NODES_BY_ELEMENT_ID = "MATCH (n) WHERE elementId(n) IN $keys RETURN n";

/** Kuzu: nodes of one table by offset (its internal ids are table:offset). */
export const nodesByOffset = (label: NodeLabel) => `MATCH (n:${label}) WHERE offset(id(n)) IN $offsets RETURN n`;

export const countNodes = (label: NodeLabel) => `MATCH (n:${label}) RETURN count(n) AS n`;
export const countRelationships = (type: EdgeType) => `MATCH ()-[r:${type}]->() RETURN count(r) AS n`;

/** Shortest path between two nodes; the depth bound must be a literal in both dialects. */
export function shortestPath(dialect: Dialect, from: NodeLabel, to: NodeLabel, maxDepth: number): string {
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new RangeError(`maxDepth must be a positive integer`);
  return dialect === "kuzu"
    ? `MATCH p = (a:${from} {id: $from})-[* SHORTEST 1..${maxDepth}]-(b:${to} {id: $to}) RETURN nodes(p) AS nodes, rels(p) AS rels`
    : `MATCH p = shortestPath((a:${from} {id: $from})-[*..${maxDepth}]-(b:${to} {id: $to})) RETURN nodes(p) AS nodes, relationships(p) AS rels`;
}

// ---- schema ----

/** Neo4j: uniqueness of ids per label, and a full-text index (CJK analyzer) over names and aliases. */
export const NEO4J_SCHEMA = [
  ...NODE_LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  "CREATE INDEX claim_article IF NOT EXISTS FOR (c:Claim) ON (c.article)",
  "CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Person|Country|Organization) ON EACH [n.name, n.aliases] " +
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
];

const kuzuColumns = (properties: Record<string, keyof typeof KUZU_TYPES>) =>
  Object.entries(properties).map(([name, type]) => `, \`${name}\` ${KUZU_TYPES[type]}`);

/** Kuzu: one node table per label keyed by id, one rel table per type with every (FROM, TO) pair. */
export const KUZU_SCHEMA = [
  ...NODE_LABELS.map(
    (label) =>
      `CREATE NODE TABLE IF NOT EXISTS ${label}(id STRING PRIMARY KEY${kuzuColumns(NODE_PROPERTIES[label]).join("")})`,
  ),
  ...(Object.keys(ENDPOINTS) as EdgeType[]).map((type) => {
    const pairs = EDGE_TRIPLES.filter((t) => t.type === type).map((t) => `FROM ${t.from} TO ${t.to}`);
    return `CREATE REL TABLE IF NOT EXISTS ${type}(${pairs.join(", ")}${kuzuColumns(edgeProperties(type)).join("")})`;
  }),
];

/** Every statement the Neo4j store can send, for the parser test. */
export function neo4jStatements(): string[] {
  const all: string[] = [...NEO4J_SCHEMA, ARTICLE_HASHES, CLAIM_BY_ID, CLAIMS_OF_ARTICLE, ARTICLE_TEXT, ROLES];
  all.push(ARTICLES, CLAIMS_PER_ARTICLE, NODES_BY_ELEMENT_ID, COUNTRY_SPEAKERS, ARTICLE_META, CLAIM_SPANS_OF_ARTICLE);
  for (const filter of [{}, { from: true, to: true, articles: true }])
    all.push(countryPairCounts("neo4j", PLOVER_TYPES, filter), pairRelations("neo4j", filter));
  for (const label of NODE_LABELS) {
    all.push(existingEntities(label), createNodes(label), mergeEntities(label), nodeById(label), nodeOnly(label));
    all.push(relationshipsTo(label), relationshipsFrom(label), topByDegree(label));
    all.push(claimsSaidBy(label), claimsMentioning(label), ...Object.values(claimCounts(label)));
    all.push(countNodes(label), searchNames(label, 1), searchNames(label, 3));
    const everyFilter = { polarity: true, from: true, to: true, articles: true };
    for (const s of steps(label)) all.push(step("neo4j", label, s, {}), step("neo4j", label, s, everyFilter));
    for (const name of listNames(label)) all.push(setList(label, name));
    for (const to of NODE_LABELS) all.push(shortestPath("neo4j", label, to, 4));
  }
  for (const { type, from, to } of EDGE_TRIPLES)
    all.push(createEdges(type, from, to), mergeEdges(type, from, to), existingEdges(type, from, to));
  for (const type of Object.keys(ENDPOINTS) as EdgeType[]) all.push(countRelationships(type));
  return all;
}
