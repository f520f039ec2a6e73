// Rankings of the nodes in view as pure functions: degree, PageRank and betweenness (graphology-metrics) and
// Louvain communities, on the view reduced to a simple undirected graph; and sizes and colours from any of them.
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import betweenness from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import { seededRandom } from "../../../graph/random.ts";

/** The view's nodes and its edges as index pairs (parallel edges repeated): small to send to a worker. */
export interface EdgeList {
  nodes: string[];
  edges: number[];
}

export interface NodeMetrics {
  degree: number;
  pagerank: number;
  betweenness: number;
  community: number;
}

export const METRICS = ["degree", "pagerank", "betweenness"] as const;
export type Metric = (typeof METRICS)[number];

/** One undirected edge per pair of nodes, weighted by how many edges joined them; degree counts them all. */
export function simpleGraph(list: EdgeList): { graph: UndirectedGraph; degree: Map<string, number> } {
  const graph = new UndirectedGraph();
  const degree = new Map<string, number>();
  for (const id of list.nodes) {
    graph.mergeNode(id);
    degree.set(id, 0);
  }
  for (let i = 0; i + 1 < list.edges.length; i += 2) {
    const [a, b] = [list.nodes[list.edges[i] as number], list.nodes[list.edges[i + 1] as number]];
    if (!a || !b || a === b) continue;
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
    const edge = graph.edge(a, b);
    if (edge) graph.updateEdgeAttribute(edge, "weight", (w: number) => w + 1);
    else graph.addEdge(a, b, { weight: 1 });
  }
  return { graph, degree };
}

/** Every metric of every node; betweenness normalised (0..1), PageRank summing to 1, communities by size. */
export function computeMetrics(list: EdgeList): Record<string, NodeMetrics> {
  const { graph, degree } = simpleGraph(list);
  const out: Record<string, NodeMetrics> = {};
  if (graph.order === 0) return out;
  const ranks = graph.size ? pagerank(graph, { getEdgeWeight: "weight", maxIterations: 200, tolerance: 1e-8 }) : {};
  const between = graph.size ? betweenness(graph, { normalized: true }) : {};
  const communities = graph.size ? louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(42) }) : {};
  // Renumbered largest first, so community 0 is the biggest here as on the map.
  const sizes = new Map<number, number>();
  for (const c of Object.values(communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || a - b);
  const rank = new Map(order.map((c, i) => [c, i]));
  graph.forEachNode((id) => {
    out[id] = {
      degree: degree.get(id) ?? 0,
      pagerank: ranks[id] ?? 1 / graph.order,
      betweenness: between[id] ?? 0,
      community: rank.get(communities[id] as number) ?? order.length,
    };
  });
  return out;
}

/** Values mapped onto [0, 1] by the square root of their share of the maximum (hubs do not flatten the rest). */
export function normalise(values: Record<string, number>): Record<string, number> {
  const max = Math.max(0, ...Object.values(values));
  return Object.fromEntries(
    Object.entries(values).map(([id, v]) => [id, max > 0 ? Math.sqrt(Math.max(0, v) / max) : 0]),
  );
}

/** Node sizes from 3 to 24 pixels by a metric. */
export const sizesBy = (metrics: Record<string, NodeMetrics>, metric: Metric): Record<string, number> =>
  Object.fromEntries(
    Object.entries(normalise(Object.fromEntries(Object.entries(metrics).map(([id, m]) => [id, m[metric]])))).map(
      ([id, t]) => [id, 3 + 21 * t],
    ),
  );

/** A sequential colour from pale (0) to dark blue (1). */
export function sequentialColor(t: number): string {
  const [from, to] = [
    [0xd4, 0xe4, 0xf4],
    [0x08, 0x30, 0x6b],
  ] as const;
  const mix = from.map((f, i) => Math.round(f + ((to[i] as number) - f) * Math.min(1, Math.max(0, t))));
  return `#${mix.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

export const colorsBy = (metrics: Record<string, NodeMetrics>, metric: Metric): Record<string, string> =>
  Object.fromEntries(
    Object.entries(normalise(Object.fromEntries(Object.entries(metrics).map(([id, m]) => [id, m[metric]])))).map(
      ([id, t]) => [id, sequentialColor(t)],
    ),
  );
