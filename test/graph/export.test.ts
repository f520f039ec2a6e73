// Each export format, read back by a parser that is not ours (fast-xml-parser, csv-parse,
// Neo4j's Cypher parser), must give the same nodes, edges and attributes.

import { readdirSync, readFileSync } from "node:fs";
import { lintCypherQuery } from "@neo4j-cypher/language-support";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import { describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, toCsv } from "../../graph/export/csv.ts";
import { toCypher } from "../../graph/export/cypher.ts";
import { toGexf } from "../../graph/export/gexf.ts";
import { toGraphML } from "../../graph/export/graphml.ts";
import { exportGraph, toGraph } from "../../graph/export/index.ts";
import { type EdgeAttributes, edgeKey } from "../../graph/schema.ts";
import { decodeArticle } from "../../ingest/decode.ts";
import { extract } from "../../ingest/extract.ts";
import { sampleGraph } from "./sample-graph.ts";

/** A comparable view of a graph: attributes without empty values, sorted by key. */
interface Canonical {
  nodes: Record<string, Attributes>;
  edges: Record<string, { source: string; target: string; attributes: Attributes }>;
}

const present = (attributes: Attributes): Attributes =>
  Object.fromEntries(
    Object.entries(attributes).filter(
      ([, v]) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0),
    ),
  );

function canonical(graph: Graph): Canonical {
  const out: Canonical = { nodes: {}, edges: {} };
  graph.forEachNode((key, attributes) => {
    out.nodes[key] = present(attributes);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    out.edges[key] = { source, target, attributes: present(attributes) };
  });
  return out;
}

const xml = (text: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ["node", "edge", "attvalue", "attribute", "attributes", "data", "key"].includes(name),
  }).parse(text);

/** GEXF 1.3 lists: `[a, 'b"c', "d'e"]` (values quoted when they need it). */
function gexfList(text: string): string[] {
  const inner = text.slice(1, -1);
  if (inner === "") return [];
  return inner.split(", ").map((item) => {
    if (item.startsWith('"')) return JSON.parse(item);
    if (item.startsWith("'")) return item.slice(1, -1);
    return item;
  });
}

function gexfValue(type: string, text: string): unknown {
  if (type.startsWith("list")) return gexfList(text);
  if (["integer", "long", "double", "float"].includes(type)) return Number(text);
  if (type === "boolean") return text === "true";
  return text;
}

function readGexf(text: string): Canonical {
  const { gexf } = xml(text);
  expect(gexf.version).toBe("1.3");
  expect(gexf.xmlns).toBe("http://gexf.net/1.3");
  const graph = gexf.graph;
  const types: Record<string, Record<string, { title: string; type: string }>> = { node: {}, edge: {} };
  for (const block of graph.attributes ?? []) {
    for (const a of block.attribute) (types[block.class] as Record<string, unknown>)[a.id] = a;
  }
  const values = (domain: "node" | "edge", element: { attvalues?: { attvalue: { for: string; value: string }[] } }) =>
    Object.fromEntries(
      (element.attvalues?.attvalue ?? []).map((v) => {
        const declared = types[domain]?.[v.for];
        if (!declared) throw new Error(`undeclared attribute ${v.for}`);
        return [declared.title, gexfValue(declared.type, v.value)];
      }),
    );
  const out: Canonical = { nodes: {}, edges: {} };
  for (const node of graph.nodes.node) out.nodes[node.id] = present(values("node", node));
  for (const edge of graph.edges.edge) {
    out.edges[edge.id] = { source: edge.source, target: edge.target, attributes: present(values("edge", edge)) };
  }
  return out;
}

function readGraphML(text: string): Canonical {
  const { graphml } = xml(text);
  const keys: Record<string, { name: string; type: string; list?: string }> = {};
  for (const key of graphml.key)
    keys[key.id] = { name: key["attr.name"], type: key["attr.type"], list: key["attr.list"] };
  const values = (element: { data?: { key: string; "#text"?: string }[] }) =>
    Object.fromEntries(
      (element.data ?? []).map((d) => {
        const key = keys[d.key];
        if (!key) throw new Error(`undeclared key ${d.key}`);
        const text = d["#text"] ?? "";
        if (key.list) return [key.name, JSON.parse(text)];
        if (["int", "long", "double", "float"].includes(key.type)) return [key.name, Number(text)];
        if (key.type === "boolean") return [key.name, text === "true"];
        return [key.name, text];
      }),
    );
  const out: Canonical = { nodes: {}, edges: {} };
  expect(graphml.graph.edgedefault).toBe("directed");
  for (const node of graphml.graph.node) out.nodes[node.id] = present(values(node));
  for (const edge of graphml.graph.edge ?? []) {
    out.edges[edge.id] = { source: edge.source, target: edge.target, attributes: present(values(edge)) };
  }
  return out;
}

/** neo4j-admin's header: `name:type` or `name:type[]`, or a special column like `:LABEL`, `id:ID`. */
function csvRecords(text: string): Attributes[] {
  const [header, ...rows] = parseCsv(text, { relax_column_count: false }) as string[][];
  if (!header) throw new Error("no header");
  return rows.map((row) => {
    const record: Attributes = {};
    header.forEach((column, i) => {
      const raw = row[i] ?? "";
      const [name, type = "string"] = column.split(":");
      if (raw === "") return;
      if (type === "ID" || type === "LABEL" || type === "START_ID" || type === "END_ID" || type === "TYPE") {
        record[`:${type}`] = raw;
        return;
      }
      const scalar = type.replace("[]", "");
      const parse = (v: string) =>
        scalar === "long" || scalar === "double" ? Number(v) : scalar === "boolean" ? v === "true" : v;
      record[name as string] = type.endsWith("[]") ? raw.split(ARRAY_DELIMITER).map(parse) : parse(raw);
    });
    return record;
  });
}

function readCsv(files: { nodes: string; relationships: string }): Canonical {
  const out: Canonical = { nodes: {}, edges: {} };
  for (const { ":ID": id, ":LABEL": label, ...properties } of csvRecords(files.nodes)) {
    out.nodes[id] = present({ label, ...properties });
  }
  for (const { ":START_ID": source, ":END_ID": target, ":TYPE": type, key, ...properties } of csvRecords(
    files.relationships,
  )) {
    const attributes = { type, ...properties };
    const id = key ?? edgeKey(source, target, attributes as EdgeAttributes);
    out.edges[id] = { source, target, attributes: present(attributes) };
  }
  return out;
}

describe("export formats", () => {
  const graph = sampleGraph();
  const expected = canonical(graph);

  it("the sample holds every label, statement edges and two relations between the same countries", () => {
    const labels = new Set(graph.mapNodes((_n, a) => a.label));
    expect([...labels].sort()).toEqual(["Article", "Claim", "Country", "Organization", "Person"]);
    expect(graph.edges("Country:CHN", "Country:RUS").length).toBe(2);
  });

  it("GEXF 1.3 round-trips through fast-xml-parser", () => {
    expect(readGexf(toGexf(graph))).toEqual(expected);
  });

  it("GraphML round-trips through fast-xml-parser", () => {
    expect(readGraphML(toGraphML(graph))).toEqual(expected);
  });

  it("neo4j-admin CSV round-trips through csv-parse", () => {
    const files = toCsv(graph);
    expect(files.nodes.split("\n")[0]).toMatch(/^id:ID,:LABEL,.*aliases:string\[\]/);
    expect(files.nodes.split("\n")[0]).toContain("start:long");
    expect(files.relationships.split("\n")[0]).toMatch(/^:START_ID,:END_ID,:TYPE,key:string/);
    expect(readCsv(files)).toEqual(expected);
  });

  it("CSV refuses a list value holding the array delimiter rather than splitting it", () => {
    const bad = sampleGraph();
    bad.mergeNodeAttributes("Person:普京", { aliases: ["普京", "a;b"] });
    expect(() => toCsv(bad)).toThrow(/a;b/);
  });

  it("graphology JSON round-trips", () => {
    const [file] = exportGraph(graph, "json");
    expect(canonical(toGraph(JSON.parse(file?.content ?? "")))).toEqual(expected);
  });

  it("the Cypher script passes Neo4j's parser, one statement per node and relationship", () => {
    const script = toCypher(graph);
    const { diagnostics } = lintCypherQuery(script, {});
    expect(diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    const statements = script.split("\n").filter((line) => line.endsWith(";"));
    expect(statements.length).toBe(graph.order + graph.size);
  });

  it("Neo4j's parser flags a broken script, so the check above can fail", () => {
    const broken = toCypher(graph).replace("MERGE (n:", "MERGE (n:(");
    expect(lintCypherQuery(broken, {}).diagnostics.filter((d) => d.severity === 1).length).toBeGreaterThan(0);
  });

  it("CSV exports are two files, other formats one", () => {
    expect(exportGraph(graph, "csv").map((f) => f.name)).toEqual([
      "diplograph-nodes.csv",
      "diplograph-relationships.csv",
    ]);
    for (const format of ["gexf", "graphml", "json", "cypher"] as const)
      expect(exportGraph(graph, format)).toHaveLength(1);
  });
});

describe("export formats on extracted articles", () => {
  // Every eval article's graph in one: real names, claims, offsets, relations and dates.
  const graph = toGraph({ nodes: [], edges: [] } as unknown as Parameters<typeof toGraph>[0]);
  for (const name of readdirSync("test/fixtures/eval").filter((f) => f.endsWith(".txt"))) {
    const text = decodeArticle(readFileSync(`test/fixtures/eval/${name}`));
    graph.import(extract(text, { file: name }).export(), true);
  }
  const expected = canonical(graph);

  it("holds claims and country relations to export", () => {
    expect(graph.filterNodes((_n, a) => a.label === "Claim").length).toBeGreaterThan(10);
    expect(graph.filterEdges((_e, a) => "polarity" in a).length).toBeGreaterThan(0);
  });

  it("round-trips through GEXF, GraphML and CSV", () => {
    expect(readGexf(toGexf(graph))).toEqual(expected);
    expect(readGraphML(toGraphML(graph))).toEqual(expected);
    expect(readCsv(toCsv(graph))).toEqual(expected);
  });

  it("gives a Cypher script Neo4j's parser accepts, for every shape of statement in it", () => {
    // The linter takes ~0.1 s a statement, so one statement per shape (label, or relationship type and ends).
    const shapes = new Map<string, string>();
    for (const statement of toCypher(graph)
      .split("\n")
      .filter((line) => line.endsWith(";"))) {
      shapes.set(statement.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/ SET .*/, ""), statement);
    }
    expect(shapes.size).toBeGreaterThan(8);
    const script = [...shapes.values()].join("\n");
    expect(lintCypherQuery(script, {}).diagnostics.filter((d) => d.severity === 1)).toEqual([]);
  });
});
