// CSV for `neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv
// --multiline-fields=true` (claims and evidence may span lines). Headers carry the ids (:ID,
// :START_ID, :END_ID), the label and type columns (:LABEL, :TYPE) and typed properties
// (start:long, aliases:string[]); arrays use neo4j-admin's default delimiter, ";".
import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import { isRelation } from "../schema.ts";
import { type Column, columnsOf } from "./columns.ts";

export const ARRAY_DELIMITER = ";";
const NEO4J_TYPES = { string: "string", int: "long", double: "double", boolean: "boolean" } as const;

function quote(field: string): string {
  return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replaceAll('"', '""')}"` : field;
}

function header(column: Column): string {
  return `${column.name}:${NEO4J_TYPES[column.type]}${column.list ? "[]" : ""}`;
}

function field(column: Column, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (!column.list) return quote(String(value));
  const items = (Array.isArray(value) ? value : [value]).map(String);
  // neo4j-admin has no escape for the array delimiter: refuse rather than split a value in two.
  const bad = items.find((item) => item.includes(ARRAY_DELIMITER));
  if (bad !== undefined)
    throw new Error(`cannot write "${bad}" (${column.name}) in a CSV array: it holds "${ARRAY_DELIMITER}"`);
  return quote(items.join(ARRAY_DELIMITER));
}

function table(headers: string[], rows: string[][]): string {
  return [headers, ...rows]
    .map((row) => row.join(","))
    .join("\n")
    .concat("\n");
}

export interface CsvFiles {
  nodes: string;
  relationships: string;
}

/** Nodes keep their key as the `id` property and their `label` attribute as the label. */
export function toCsv(graph: Graph): CsvFiles {
  const nodeColumns = columnsOf(
    graph.mapNodes((_n, a) => a),
    ["label", "id"],
  );
  const nodes = table(
    ["id:ID", ":LABEL", ...nodeColumns.map(header)],
    graph.mapNodes((key, attributes: Attributes) => [
      quote(key),
      quote(String(attributes.label ?? "")),
      ...nodeColumns.map((column) => field(column, attributes[column.name])),
    ]),
  );
  // A country relation keeps its key as a property, as in the stores (statement edges need none).
  const edgeColumns = columnsOf(
    graph.mapEdges((_e, a) => a),
    ["type", "key"],
  );
  const relationships = table(
    [":START_ID", ":END_ID", ":TYPE", "key:string", ...edgeColumns.map(header)],
    graph.mapEdges((key, attributes: Attributes, source, target) => [
      quote(source),
      quote(target),
      quote(String(attributes.type ?? "")),
      isRelation(attributes) ? quote(key) : "",
      ...edgeColumns.map((column) => field(column, attributes[column.name])),
    ]),
  );
  return { nodes, relationships };
}
