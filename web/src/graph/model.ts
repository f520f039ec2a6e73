// The view graph: the part of the store on screen. Merges API subgraphs (graphology JSON) into one
// MultiDirectedGraph (several relation edges may join the same two countries) with display attributes.
import { MultiDirectedGraph } from "graphology";
import { isRelation } from "../../../graph/schema.ts";
import type { GraphJSON } from "../../../store/store.ts";
import { displayLabel, sizeFor, type ViewEdge, type ViewNode, viewEdge, viewNode } from "./style.ts";

export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;

export const createViewGraph = (): ViewGraph => new MultiDirectedGraph<ViewNode, ViewEdge>();

/** A start position: near an already placed neighbour when there is one, else on a disc sized to the graph. */
function place(graph: ViewGraph, neighbours: ReadonlyMap<string, string[]>, id: string, radius: number) {
  const jitter = () => (Math.random() - 0.5) * 2;
  const placed = neighbours.get(id)?.find((other) => graph.hasNode(other));
  if (placed) {
    const { x, y } = graph.getNodeAttributes(placed);
    return { x: x + jitter(), y: y + jitter() };
  }
  const angle = Math.random() * 2 * Math.PI;
  const r = radius * Math.sqrt(Math.random());
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

function neighbourMap(json: GraphJSON): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const { source, target } of json.edges) {
    link(source, target);
    link(target, source);
  }
  return neighbours;
}

/** Adds the nodes and edges not yet in view; returns the ids of the added nodes. */
export function mergeInto(graph: ViewGraph, json: GraphJSON, show: (text: string) => string): string[] {
  const added: string[] = [];
  const neighbours = neighbourMap(json);
  const radius = 10 * Math.sqrt(graph.order + json.nodes.length);
  for (const { key, attributes = {} } of json.nodes) {
    if (graph.hasNode(key)) continue;
    graph.addNode(
      key,
      Object.assign(viewNode(key, attributes, show), place(graph, neighbours, key, radius)) as ViewNode,
    );
    added.push(key);
  }
  for (const { key, source, target, attributes = {} } of json.edges) {
    const edgeKey = key ?? `${attributes.type}:${source}->${target}`;
    if (!graph.hasEdge(edgeKey) && graph.hasNode(source) && graph.hasNode(target))
      graph.addDirectedEdgeWithKey(edgeKey, source, target, viewEdge(attributes));
  }
  resize(graph);
  curveParallelEdges(graph);
  return added;
}

export function replaceWith(graph: ViewGraph, json: GraphJSON, show: (text: string) => string): void {
  graph.clear();
  mergeInto(graph, json, show);
}

// Bulk updates pass no attribute hints on purpose: with hints sigma repaints nodes in place, which fails for
// nodes added since its last render; without, it re-indexes once. Updaters change the attributes in place:
// a copy of each of 20k nodes and 50k edges cost more than the update itself.

export function resize(graph: ViewGraph): void {
  graph.updateEachNodeAttributes((node, attributes) => {
    attributes.size = sizeFor(attributes.kind, graph.degree(node));
    return attributes;
  });
}

/**
 * Above this many edges, every edge is a thin line without arrow head (software WebGL took 5 s a frame for the
 * 3.5k curved edges of the 50k-edge bench graph; arrows double the triangles), and statement edges ("faint")
 * no longer answer the mouse (sigma skips their picking pass).
 */
export const LARGE_GRAPH_EDGES = 10_000;

/** Several edges between two nodes (either way) curve apart, each a bit more; single edges stay straight. */
export function curveParallelEdges(graph: ViewGraph): void {
  const large = graph.size > LARGE_GRAPH_EDGES;
  const curvature = large ? new Map<string, number>() : parallelCurvatures(graph);
  // The "type" hint makes sigma re-index edges (it must: the program changes); without hints it would not.
  graph.updateEachEdgeAttributes(
    (edge, attributes) => {
      const curve = curvature.get(edge);
      if (large) attributes.type = isRelation({ type: attributes.relation }) ? "line" : "faint";
      else attributes.type = curve === undefined ? "straight" : "curved";
      attributes.curvature = curve ?? 0;
      return attributes;
    },
    { attributes: ["type", "curvature"] },
  );
}

/** The curvature of each edge that shares its two nodes with others. */
function parallelCurvatures(graph: ViewGraph): Map<string, number> {
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const pair = source < target ? `${source}\n${target}` : `${target}\n${source}`;
    const edges = pairs.get(pair);
    if (edges) edges.push(edge);
    else pairs.set(pair, [edge]);
  });
  const curvature = new Map<string, number>();
  for (const edges of pairs.values()) {
    if (edges.length < 2) continue;
    for (const [i, edge] of edges.entries()) curvature.set(edge, 0.2 + (0.6 * i) / edges.length);
  }
  return curvature;
}

export function setHidden(graph: ViewGraph, ids: Iterable<string>, hidden: boolean): void {
  const chosen = new Set(ids);
  graph.updateEachNodeAttributes((node, attributes) => (chosen.has(node) ? { ...attributes, hidden } : attributes));
}

/** Recomputes display labels, e.g. after the Traditional/Simplified toggle. */
export function relabel(graph: ViewGraph, show: (text: string) => string): void {
  graph.updateEachNodeAttributes((_node, attributes) => {
    attributes.label = show(displayLabel(attributes.kind, attributes.name));
    return attributes;
  });
}

export const visibleNodes = (graph: ViewGraph): string[] => graph.filterNodes((_node, a) => !a.hidden);
