// The diplomatic map on screen: built in a worker (map-worker.ts), its positions kept in localStorage so a
// reload, or a store that grew, shows the countries where they were; then turned into the view graph.
import { UndirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { CountryMap } from "../../../graph/api.ts";
import {
  addSpeakers,
  type MapEdge,
  type MapGraph,
  type MapNode,
  mainType,
  netPolarity,
  type Positions,
  positionsOf,
} from "../core/map.ts";
import type { MapRequest } from "./map-worker.ts";
import type { ViewGraph } from "./model.ts";
import {
  communityColor,
  mapNodeSize,
  netPolarityColor,
  pairEdgeSize,
  SPEAKER_COLOR,
  STATEMENT_EDGE_COLOR,
} from "./style.ts";

const POSITIONS_KEY = "diplograph.map.positions";

function keptPositions(): Positions {
  try {
    return JSON.parse(localStorage.getItem(POSITIONS_KEY) ?? "{}") as Positions;
  } catch {
    return {};
  }
}

/** Positions are added to what was kept: a country filtered out today keeps its place for tomorrow. */
function keepPositions(graph: MapGraph): void {
  try {
    localStorage.setItem(POSITIONS_KEY, JSON.stringify({ ...keptPositions(), ...positionsOf(graph) }));
  } catch {
    // Storage full or disabled: the layout is deterministic anyway, only a grown store may move countries.
  }
}

type Answer =
  | { id: number; graph: SerializedGraph<MapNode, MapEdge>; communities: number }
  | { id: number; error: string };

let worker: Worker | null = null;
let requests = 0;
const pending = new Map<number, (answer: Answer) => void>();

/** Aggregates, colours and lays out the map in the worker. */
export async function computeMap(map: CountryMap): Promise<{ graph: MapGraph; communities: number }> {
  if (!worker) {
    worker = new Worker(new URL("./map-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<Answer>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
  }
  const id = ++requests;
  const answer = await new Promise<Answer>((resolve) => {
    pending.set(id, resolve);
    worker?.postMessage({ id, map, kept: keptPositions() } satisfies MapRequest);
  });
  if ("error" in answer) throw new Error(`The map could not be laid out: ${answer.error}`);
  const graph: MapGraph = UndirectedGraph.from(answer.graph) as MapGraph;
  keepPositions(graph);
  return { graph, communities: answer.communities };
}

/** Replaces the view graph with the map (and the speakers around their countries when asked for). */
export function showMap(
  view: ViewGraph,
  map: MapGraph,
  speakers: CountryMap["speakers"] | null,
  show: (text: string) => string,
): void {
  const graph = map.copy() as MapGraph;
  if (speakers) addSpeakers(graph, speakers);
  view.clear();
  graph.forEachNode((id, a) => {
    view.addNode(id, {
      x: a.x,
      y: a.y,
      size: mapNodeSize(a.kind, a.weight),
      color: a.kind === "Country" ? communityColor(a.community) : SPEAKER_COLOR,
      label: show(a.name),
      kind: a.kind,
      name: a.name,
      weight: a.weight,
      community: a.community,
      // ForceAtlas2 leaves fixed nodes where they are: expanding a country lays out only what it adds.
      fixed: true,
    });
  });
  graph.forEachEdge((key, e, source, target) => {
    const pair = e.kind === "pair";
    view.addDirectedEdgeWithKey(key, source, target, {
      relation: pair ? "PAIR" : "REPRESENTS",
      type: pair ? "thick" : "line",
      curvature: 0,
      label: pair ? `${e.count} · ${mainType(e)}` : "",
      color: pair ? netPolarityColor(netPolarity(e)) : STATEMENT_EDGE_COLOR,
      size: pair ? pairEdgeSize(e.count) : 1,
      count: e.count,
      cooperation: e.cooperation,
      conflict: e.conflict,
    });
  });
}
