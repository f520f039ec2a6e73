// Computes the rankings (degree, PageRank, betweenness, communities) off the main thread: betweenness is
// O(nodes x edges), seconds for the 5000-node overview.
import { computeMetrics, type EdgeList } from "../core/metrics.ts";

self.onmessage = (event: MessageEvent<{ id: number; list: EdgeList }>) => {
  const { id, list } = event.data;
  try {
    postMessage({ id, metrics: computeMetrics(list) });
  } catch (error) {
    postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
