// The diplomatic map as pure functions: the store's per-pair counts (GET /api/map) become one undirected graph of
// countries with one edge per pair, Louvain communities, and a deterministic layout run to convergence, so the
// first frame shows a settled picture and a reload shows the same one. Runs in a worker (map-worker.ts).
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { CountryMap, Speaker } from "../../../graph/api.ts";
import { seededRandom } from "../../../graph/random.ts";
import { type PloverType, polarityOf } from "../../../graph/schema.ts";

export interface MapNode {
  kind: "Country" | "Person";
  name: string;
  /** Events of a country (every relation it takes part in); claims said by a person. */
  weight: number;
  community: number;
  x: number;
  y: number;
  /** A person's role, and the country it speaks for. */
  role?: string;
  country?: string;
}

export interface MapEdge {
  kind: "pair" | "speaks";
  /** Relations between the two countries, both ways. */
  count: number;
  cooperation: number;
  conflict: number;
  /** Relations per PLOVER type. */
  types: Partial<Record<PloverType, number>>;
  /** What pulls the layout: grows with the count, slowly. */
  weight: number;
}

export type MapGraph = UndirectedGraph<MapNode, MapEdge>;

/** Positions kept from an earlier layout, by node id. */
export type Positions = Record<string, [number, number]>;

/** Key of a country pair's edge, the same whichever way round: `PAIR:a|b` with a < b. */
export function pairKey(a: string, b: string): string {
  return a < b ? `PAIR:${a}|${b}` : `PAIR:${b}|${a}`;
}

/** The two countries of a pair edge's key, or null for another key. */
export function pairOfKey(key: string): [string, string] | null {
  if (!key.startsWith("PAIR:")) return null;
  const [a, b] = key.slice(5).split("|");
  return a && b ? [a, b] : null;
}

/** Countries with one edge per pair of countries that have relations; no country without one. */
export function aggregatePairs(map: CountryMap): MapGraph {
  const graph: MapGraph = new UndirectedGraph();
  const names = new Map(map.countries.map((c) => [c.id, c.name]));
  const addCountry = (id: string) => {
    if (!graph.hasNode(id))
      graph.addNode(id, { kind: "Country", name: names.get(id) ?? id, weight: 0, community: 0, x: 0, y: 0 });
  };
  for (const { source, target, type, count } of map.pairs) {
    if (source === target) continue;
    addCountry(source);
    addCountry(target);
    const key = pairKey(source, target);
    if (!graph.hasEdge(key))
      graph.addUndirectedEdgeWithKey(key, source, target, {
        kind: "pair",
        count: 0,
        cooperation: 0,
        conflict: 0,
        types: {},
        weight: 0,
      });
    graph.updateEdgeAttributes(key, (e) => {
      e.count += count;
      e[polarityOf(type)] += count;
      e.types[type] = (e.types[type] ?? 0) + count;
      e.weight = 1 + Math.log(e.count);
      return e;
    });
    for (const id of [source, target]) graph.updateNodeAttribute(id, "weight", (w = 0) => w + count);
  }
  return graph;
}

/** (cooperation - conflict) / all, from -1 (only conflict) to 1 (only cooperation). */
export const netPolarity = (edge: Pick<MapEdge, "cooperation" | "conflict">): number => {
  const all = edge.cooperation + edge.conflict;
  return all ? (edge.cooperation - edge.conflict) / all : 0;
};

/** The PLOVER type with most relations (ties: alphabetical). */
export function mainType(edge: Pick<MapEdge, "types">): PloverType | undefined {
  const entries = Object.entries(edge.types) as [PloverType, number][];
  entries.sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return entries[0]?.[0];
}

/** Louvain communities, weighted by event counts, numbered by size (0 the largest), deterministic. */
export function assignCommunities(graph: MapGraph): number {
  if (graph.size === 0) return 0;
  const found = louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(42) });
  const sizes = new Map<number, number>();
  for (const c of Object.values(found)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  // Renumbered by size then by the smallest member id, so colours do not depend on Louvain's labels.
  const firstMember = new Map<number, string>();
  for (const [node, c] of Object.entries(found).sort(([a], [b]) => a.localeCompare(b)))
    if (!firstMember.has(c)) firstMember.set(c, node);
  const order = [...sizes.keys()].sort(
    (a, b) =>
      (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || String(firstMember.get(a)).localeCompare(String(firstMember.get(b))),
  );
  const rank = new Map(order.map((c, i) => [c, i]));
  graph.forEachNode((node, attributes) => {
    attributes.community = rank.get(found[node] as number) ?? 0;
  });
  return order.length;
}

/** Iterations per convergence check, and the most the layout runs. */
const STEP = 50;
const MAX_ITERATIONS = 3000;

/**
 * ForceAtlas2 run until nodes stop moving (mean step under 0.1% of the drawing's extent) from a deterministic
 * start: kept positions where there are some, else a spiral in id order (new nodes next to a placed neighbour).
 * Returns the iterations run; 0 when every node had a kept position (the picture stays exactly as it was).
 */
export function layoutMap(graph: MapGraph, kept: Positions = {}): number {
  const ids = graph.nodes().sort();
  const missing = ids.filter((id) => !kept[id]);
  ids.forEach((id, i) => {
    const at = kept[id];
    if (at) graph.mergeNodeAttributes(id, { x: at[0], y: at[1] });
    else {
      // Golden-angle spiral: spread evenly, the same for the same ids.
      const angle = i * 2.399963;
      const r = 10 * Math.sqrt(i + 1);
      graph.mergeNodeAttributes(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
    }
  });
  if (missing.length === 0 || graph.order < 2) return 0;
  if (missing.length < ids.length)
    for (const id of missing) {
      const placed = graph.neighbors(id).find((n) => kept[n]);
      const at = placed && kept[placed];
      if (at) graph.mergeNodeAttributes(id, { x: at[0] + 1 + (ids.indexOf(id) % 3), y: at[1] + 1 });
    }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    // Whole components stay near the centre instead of drifting off; hubs do not crush their neighbours.
    strongGravityMode: true,
    gravity: 0.05,
    outboundAttractionDistribution: true,
    barnesHutOptimize: graph.order > 300,
  };
  let iterations = 0;
  while (iterations < MAX_ITERATIONS) {
    const before = new Map(graph.mapNodes((id, a) => [id, a.x, a.y] as const).map(([id, x, y]) => [id, [x, y]]));
    forceAtlas2.assign(graph, { iterations: STEP, settings, getEdgeWeight: "weight" });
    iterations += STEP;
    let moved = 0;
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    graph.forEachNode((id, a) => {
      const [x, y] = before.get(id) as number[];
      moved += Math.hypot(a.x - (x as number), a.y - (y as number));
      [minX, maxX, minY, maxY] = [Math.min(minX, a.x), Math.max(maxX, a.x), Math.min(minY, a.y), Math.max(maxY, a.y)];
    });
    const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
    if (moved / graph.order / STEP < extent * 1e-3) break;
  }
  return iterations;
}

/** At most this many speakers are drawn around each country, those who said most first. */
export const SPEAKERS_PER_COUNTRY = 6;

/**
 * Adds the people who speak for the map's countries, placed on a ring around their country (the countries do
 * not move, so showing or hiding speakers keeps the map as it was). A person speaking for several is drawn once.
 */
export function addSpeakers(graph: MapGraph, speakers: Speaker[]): void {
  const perCountry = new Map<string, Speaker[]>();
  for (const s of speakers) {
    if (!graph.hasNode(s.country) || graph.hasNode(s.id)) continue;
    const list = perCountry.get(s.country) ?? [];
    if (list.length >= SPEAKERS_PER_COUNTRY) continue;
    list.push(s);
    perCountry.set(s.country, list);
    graph.addNode(s.id, {
      kind: "Person",
      name: s.name,
      weight: s.claims,
      community: graph.getNodeAttribute(s.country, "community"),
      x: 0,
      y: 0,
      country: s.country,
      ...(s.role && { role: s.role }),
    });
    graph.addUndirectedEdgeWithKey(`SPEAKS:${s.id}->${s.country}`, s.id, s.country, {
      kind: "speaks",
      count: s.claims,
      cooperation: 0,
      conflict: 0,
      types: {},
      weight: 1,
    });
  }
  const ring = ringRadius(graph);
  for (const [country, list] of perCountry) {
    const { x, y } = graph.getNodeAttributes(country);
    list.forEach((s, i) => {
      const angle = Math.PI / 2 + (2 * Math.PI * i) / list.length;
      graph.mergeNodeAttributes(s.id, { x: x + ring * Math.cos(angle), y: y + ring * Math.sin(angle) });
    });
  }
}

/** A third of the median distance from a country to its nearest other country. */
function ringRadius(graph: MapGraph): number {
  const countries = graph.filterNodes((_, a) => a.kind === "Country").map((id) => graph.getNodeAttributes(id));
  const nearest = countries
    .map((a) => Math.min(...countries.filter((b) => b !== a).map((b) => Math.hypot(a.x - b.x, a.y - b.y) || Infinity)))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  return (nearest[Math.floor(nearest.length / 2)] ?? 10) / 3;
}

/** The whole map from the API's answer: aggregated, coloured by community, laid out. */
export function buildMap(map: CountryMap, kept: Positions = {}): { graph: MapGraph; communities: number } {
  const graph = aggregatePairs(map);
  const communities = assignCommunities(graph);
  layoutMap(graph, kept);
  return { graph, communities };
}

/** Positions of the countries, to keep for the next load. */
export function positionsOf(graph: MapGraph): Positions {
  const out: Positions = {};
  graph.forEachNode((id, a) => {
    if (a.kind === "Country") out[id] = [a.x, a.y];
  });
  return out;
}
