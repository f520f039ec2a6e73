// The Cypher console: a user's query through the one door (query/), in Kuzu's dialect when the store
// is Kuzu, run read-only; its rows as plain JSON and every node and relationship in them as a graph.
import type { CypherResult } from "../graph/api.ts";
import { EDGE_TYPES, NODE_LABELS, type NodeLabel } from "../graph/schema.ts";
import { checkQuery } from "../query/check.ts";
import { QueryError } from "../query/errors.ts";
import { checkKuzuText } from "../query/limits.ts";
import type { ParsedQuery } from "../query/parse.ts";
import { type SchemaNames, TranslationError, translateForKuzu } from "../query/translate.ts";
import type { Backend, DbRel } from "./backend.ts";
import { GraphBuilder, isDbNode, isDbRel } from "./graph-builder.ts";
import { withLists } from "./layout.ts";
import { stats } from "./stats.ts";
import type { CypherOptions } from "./store.ts";
import { StoreInputError } from "./store.ts";

export async function cypher(
  db: Backend,
  query: string,
  params: Record<string, unknown>,
  options: CypherOptions,
): Promise<CypherResult> {
  let checked: ParsedQuery;
  try {
    // Every user query passes the one door; Kuzu gets its translation, Neo4j the query as written.
    checked = checkQuery(query, params ?? {});
  } catch (error) {
    throw error instanceof QueryError ? new StoreInputError(error.message) : error;
  }
  const text = db.dialect === "kuzu" ? await inKuzuDialect(db, checked) : checked.text;
  const { columns, rows } = await db.readOnly(text, params ?? {}, options);
  const truncated = rows.length > options.rowLimit;
  const graph = new GraphBuilder();
  const ids = new Map<string, string>();
  const rels: DbRel[] = [];
  const plain = (value: unknown): unknown => {
    if (isDbNode(value)) {
      const id = graph.addNode(value);
      ids.set(value.key, id);
      return { id, label: value.label, properties: withLists(value.label as NodeLabel, value.properties) };
    }
    if (isDbRel(value)) {
      rels.push(value);
      return value;
    }
    if (Array.isArray(value)) return value.map(plain);
    if (value && typeof value === "object" && !(value instanceof Date))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    return value instanceof Date ? value.toISOString() : typeof value === "bigint" ? Number(value) : value;
  };
  const table = rows.slice(0, options.rowLimit).map((row) => columns.map((c) => plain(row[c])));
  // Relationships are written once every node of the rows is known, to name their ends by id.
  const relJSON = (rel: DbRel) => ({
    type: rel.type,
    source: ids.get(rel.src) ?? null,
    target: ids.get(rel.dst) ?? null,
    properties: Object.fromEntries(Object.entries(rel.properties).filter(([k, v]) => k !== "key" && v != null)),
  });
  const missing = [...new Set(rels.flatMap((rel) => [rel.src, rel.dst]))].filter((key) => !ids.has(key));
  if (missing.length) for (const node of await db.nodesByKeys(missing)) ids.set(node.key, graph.addNode(node));
  for (const rel of rels) {
    const source = ids.get(rel.src);
    const target = ids.get(rel.dst);
    if (source && target) graph.addEdge(source, target, rel);
  }
  const finish = (value: unknown): unknown =>
    isDbRel(value)
      ? relJSON(value)
      : Array.isArray(value)
        ? value.map(finish)
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, finish(v)]))
          : value;
  return { columns, rows: table.map((row) => row.map(finish)) as unknown[][], graph: graph.toJSON(), truncated };
}

/** A checked query in Kuzu's dialect; db.labels() and db.relationshipTypes() list the names in use, as Neo4j's do. */
async function inKuzuDialect(db: Backend, checked: ParsedQuery): Promise<string> {
  let names: SchemaNames | undefined;
  if (/\bdb\s*\.\s*`?(labels|relationshipTypes)\b/i.test(checked.text)) {
    const { nodes, relationships } = await stats(db);
    names = {
      labels: NODE_LABELS.filter((label) => nodes[label] > 0),
      types: EDGE_TYPES.filter((type) => (relationships[type] ?? 0) > 0),
    };
  }
  try {
    const text = translateForKuzu(checked, names);
    checkKuzuText(text, checked.text);
    return text;
  } catch (error) {
    // A translation too large for a string at all (RangeError) is the same limit, past it.
    if (error instanceof RangeError)
      throw new StoreInputError("the query grows too large when written for the embedded store: nest it less");
    throw error instanceof TranslationError || error instanceof QueryError ? new StoreInputError(error.message) : error;
  }
}
