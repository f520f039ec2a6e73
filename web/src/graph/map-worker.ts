// Builds the diplomatic map (aggregation, Louvain, layout to convergence) off the main thread.
import type { CountryMap } from "../../../graph/api.ts";
import { buildMap, type Positions } from "../core/map.ts";

export interface MapRequest {
  id: number;
  map: CountryMap;
  kept: Positions;
}

self.onmessage = (event: MessageEvent<MapRequest>) => {
  const { id, map, kept } = event.data;
  try {
    const { graph, communities } = buildMap(map, kept);
    postMessage({ id, graph: graph.export(), communities });
  } catch (error) {
    postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
