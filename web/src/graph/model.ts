// The view graph: the part of the store on screen. Merges API subgraphs (graph/wire.ts) into one
// MultiDirectedGraph (several relation edges may join the same two countries) with display attributes.
import { MultiDirectedGraph } from "graphology";
import type { WireGraph } from "../../../graph/api.ts";
import { type EdgeAttributes, edgeKey, isRelation, type PloverType } from "../../../graph/schema.ts";
import { edgeTypeAt, relationDetails } from "../../../graph/wire.ts";
import { displayLabel, sizeFor, type ViewEdge, type ViewNode, viewEdge, viewNode } from "./style.ts";

export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;

export const createViewGraph = (): ViewGraph => new MultiDirectedGraph<ViewNode, ViewEdge>();

/** A start position: near an already placed neighbour when there is one, else on a disc sized to the graph. */
function place(graph: ViewGraph, placed: string | undefined, radius: number) {
  const jitter = () => (Math.random() - 0.5) * 2;
  if (placed) {
    const { x, y } = graph.getNodeAttributes(placed);
    return { x: x + jitter(), y: y + jitter() };
  }
  const angle = Math.random() * 2 * Math.PI;
  const r = radius * Math.sqrt(Math.random());
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/**
 * Each node's neighbours (indexes) as linked lists in typed arrays: no array per node. `inGraph[i]` says whether
 * wire node `i` is in the view graph: typed-array reads, not graphology's `hasNode` (some 200k calls at 20k/50k).
 */
function adjacency(wire: WireGraph, inGraph: Uint8Array) {
  const first = new Int32Array(wire.nodes.length).fill(-1);
  const next = new Int32Array((wire.edges.length / 3) * 2);
  const other = new Int32Array(next.length);
  let slot = 0;
  const link = (a: number, b: number) => {
    other[slot] = b;
    next[slot] = first[a] as number;
    first[a] = slot++;
  };
  for (let e = 0; e < wire.edges.length; e += 3) {
    link(wire.edges[e] as number, wire.edges[e + 1] as number);
    link(wire.edges[e + 1] as number, wire.edges[e] as number);
  }
  /** A neighbour of node `i` already in the graph. */
  return (i: number): string | undefined => {
    for (let slot = first[i] as number; slot !== -1; slot = next[slot] as number) {
      const j = other[slot] as number;
      if (inGraph[j]) return wire.nodes[j];
    }
    return undefined;
  };
}

/** Adds the nodes and edges not yet in view; returns the ids of the added nodes. */
export function mergeInto(graph: ViewGraph, wire: WireGraph, show: (text: string) => string): string[] {
  const added: string[] = [];
  // 1: in the graph before this merge; 2: added by it.
  const inGraph = new Uint8Array(wire.nodes.length);
  for (let i = 0; i < wire.nodes.length; i++) if (graph.hasNode(wire.nodes[i] as string)) inGraph[i] = 1;
  const placedNeighbour = adjacency(wire, inGraph);
  const radius = 10 * Math.sqrt(graph.order + wire.nodes.length);
  for (let i = 0; i < wire.nodes.length; i++) {
    if (inGraph[i]) continue;
    const key = wire.nodes[i] as string;
    graph.addNode(key, viewNode(key, wire.names[i] ?? key, place(graph, placedNeighbour(i), radius), show));
    inGraph[i] = 2;
    added.push(key);
  }
  const relations = new Map(wire.relations.map((relation) => [relation.edge, relation]));
  for (let e = 0; e < wire.edges.length; e += 3) {
    const [s, t] = [wire.edges[e] as number, wire.edges[e + 1] as number];
    const source = wire.nodes[s] as string;
    const target = wire.nodes[t] as string;
    const type = edgeTypeAt(wire.edges[e + 2] as number);
    const relation = relations.get(e / 3);
    const details = relation && relationDetails(type as PloverType, relation);
    const key = edgeKey(source, target, (details ? { type, ...details } : { type }) as EdgeAttributes);
    // An edge with an end new to the graph is new too (the API sends each edge once): only edges between nodes
    // that were there already are looked up.
    if (inGraph[s] === 1 && inGraph[t] === 1 && graph.hasEdge(key)) continue;
    graph.addDirectedEdgeWithKey(key, source, target, viewEdge(type, details));
  }
  resize(graph);
  curveParallelEdges(graph);
  return added;
}

export function replaceWith(graph: ViewGraph, wire: WireGraph, show: (text: string) => string): void {
  graph.clear();
  mergeInto(graph, wire, show);
}

// Bulk updates pass no attribute hints on purpose: with hints sigma repaints nodes in place, which fails for
// nodes added since its last render; without, it re-indexes once. Updaters change the attributes in place:
// a copy of each of 20k nodes and 50k edges cost more than the update itself.

export function resize(graph: ViewGraph): void {
  graph.updateEachNodeAttributes((node, attributes) => {
    attributes.size = sizeFor(attributes.kind, graph.degree(node), attributes.weight);
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
      // The map's pair edges are one line per pair already.
      if (attributes.relation === "PAIR") return attributes;
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
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.relation === "PAIR") return;
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
