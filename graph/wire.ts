// The view wire format: the graphs the API sends the web app to draw (overview, neighbours, subgraph, path).
// Graphology's JSON repeats both node ids in every edge, every edge key (edgeKey derives it) and every
// attribute name: 15 MB for a 20k-node / 50k-edge view. This carries what the view draws and what the edge
// panel shows; the panels fetch a node's or an article's details when asked. The format is declared in
// graph/api.ts (WireGraph).
import type { Attributes, SerializedGraph } from "graphology-types";
import type { WireGraph, WireRelation } from "./api.ts";
import {
  EDGE_TYPES,
  type EdgeType,
  isRelation,
  type NodeLabel,
  PLOVER,
  type PloverType,
  polarityOf,
  type RelationEdge,
} from "./schema.ts";

/** The text a node is known by. */
export function nameOf(label: NodeLabel | undefined, data: Attributes, id: string): string {
  if (label === "Article") return String(data.title ?? id);
  if (label === "Claim") return String(data.text ?? id);
  return String(data.name ?? id);
}

const TYPE_INDEX = new Map<string, number>(EDGE_TYPES.map((type, i) => [type, i]));

/** A graph in graphology's JSON (as the store returns it) in the wire format. */
export function toWire(json: SerializedGraph): WireGraph {
  const index = new Map<string, number>();
  const nodes: string[] = [];
  const names: string[] = [];
  for (const { key, attributes = {} } of json.nodes) {
    index.set(key, nodes.length);
    nodes.push(key);
    names.push(nameOf(attributes.label as NodeLabel | undefined, attributes, key));
  }
  const edges: number[] = [];
  const relations: WireRelation[] = [];
  for (const { source, target, attributes = {} } of json.edges) {
    const [s, t, type] = [index.get(source), index.get(target), TYPE_INDEX.get(String(attributes.type))];
    if (s === undefined || t === undefined || type === undefined) continue;
    if (isRelation(attributes)) {
      const { article, start, end, evidence, date } = attributes;
      relations.push({ edge: edges.length / 3, article, start, end, evidence, ...(date ? { date } : {}) });
    }
    edges.push(s, t, type);
  }
  return { nodes, names, edges, relations };
}

/** A relation edge's stored attributes but its type, from the type and its wire details. */
export function relationDetails(type: PloverType, relation: WireRelation): Omit<RelationEdge, "type"> {
  const { edge: _edge, ...details } = relation;
  return { polarity: polarityOf(type), quad: PLOVER[type], ...details };
}

export const edgeTypeAt = (index: number): EdgeType => EDGE_TYPES[index] as EdgeType;
