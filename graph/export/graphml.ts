// GraphML, written here: graphology-graphml only parses. Lists follow Neo4j APOC's convention
// (attr.type="string" attr.list="string", the value a JSON array), which APOC reads back.
import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import { type Column, columnsOf } from "./columns.ts";

const GRAPHML_TYPES = { string: "string", int: "long", double: "double", boolean: "boolean" } as const;

// Characters XML 1.0 cannot carry at all; they would make the file unreadable.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to drop
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "\uFFFD")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("\r", "&#13;");
}

interface Key extends Column {
  id: string;
}

function keyDeclaration(key: Key, domain: "node" | "edge"): string {
  const list = key.list ? ` attr.list="${GRAPHML_TYPES[key.type]}"` : "";
  const type = key.list ? "string" : GRAPHML_TYPES[key.type];
  return `  <key id="${key.id}" for="${domain}" attr.name="${escapeXml(key.name)}" attr.type="${type}"${list}/>`;
}

function dataLines(keys: Key[], attributes: Attributes): string[] {
  return keys
    .filter((key) => attributes[key.name] !== undefined && attributes[key.name] !== null)
    .map((key) => {
      const value = attributes[key.name];
      const text = key.list ? JSON.stringify(value) : String(value);
      return `      <data key="${key.id}">${escapeXml(text)}</data>`;
    });
}

function element(open: string, lines: string[], close: string): string {
  return lines.length ? [`${open}>`, ...lines, `    </${close}>`].join("\n") : `${open}/>`;
}

export function toGraphML(graph: Graph): string {
  const nodeKeys = columnsOf(graph.mapNodes((_n, a) => a)).map((c, i) => ({ ...c, id: `n${i}` }));
  const edgeKeys = columnsOf(graph.mapEdges((_e, a) => a)).map((c, i) => ({ ...c, id: `e${i}` }));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((key) => keyDeclaration(key, "node")),
    ...edgeKeys.map((key) => keyDeclaration(key, "edge")),
    `  <graph id="G" edgedefault="${graph.type === "undirected" ? "undirected" : "directed"}">`,
  ];
  graph.forEachNode((node, attributes) => {
    lines.push(element(`    <node id="${escapeXml(node)}"`, dataLines(nodeKeys, attributes), "node"));
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const open = `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}"`;
    lines.push(element(open, dataLines(edgeKeys, attributes), "edge"));
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
