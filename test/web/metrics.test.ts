// Rankings: degree, PageRank and betweenness on the view reduced to a simple graph, and styles from them.
import { describe, expect, it } from "vitest";
import {
  colorsBy,
  computeMetrics,
  type EdgeList,
  sequentialColor,
  simpleGraph,
  sizesBy,
} from "../../web/src/core/metrics.ts";

/** Two stars joined by their hubs (h1 - h2), with a parallel edge h1 = a and a loner. */
const LIST: EdgeList = {
  nodes: ["h1", "h2", "a", "b", "c", "x", "y", "z", "loner"],
  edges: [0, 1, 0, 2, 0, 2, 0, 3, 0, 4, 1, 5, 1, 6, 1, 7],
};

describe("metrics of the view", () => {
  it("collapses parallel edges into one weighted edge, degree counting them all", () => {
    const { graph, degree } = simpleGraph(LIST);
    expect(graph.size).toBe(7);
    expect(graph.getEdgeAttribute(graph.edge("h1", "a"), "weight")).toBe(2);
    expect(degree.get("h1")).toBe(5);
    expect(degree.get("loner")).toBe(0);
  });

  it("ranks the hubs first by PageRank and betweenness, the bridge ends highest", () => {
    const m = computeMetrics(LIST);
    expect(m.h1?.degree).toBe(5);
    expect(m.h1?.pagerank).toBeGreaterThan(m.a?.pagerank ?? 1);
    expect(m.h2?.pagerank).toBeGreaterThan(m.x?.pagerank ?? 1);
    // h1 and h2 lie on every path between the stars; leaves on none.
    expect(m.h1?.betweenness).toBeGreaterThan(0.5);
    expect(m.a?.betweenness).toBe(0);
    const total = Object.values(m).reduce((sum, v) => sum + v.pagerank, 0);
    expect(total).toBeCloseTo(1, 5);
    expect(m.a?.community).toBe(m.h1?.community);
    expect(m.x?.community).toBe(m.h2?.community);
    expect(m.a?.community).not.toBe(m.x?.community);
  });

  it("sizes and colours grow with the metric", () => {
    const m = computeMetrics(LIST);
    const sizes = sizesBy(m, "betweenness");
    expect(sizes.h1).toBe(24);
    expect(sizes.a).toBe(3);
    expect(sizesBy(m, "degree").h1).toBeGreaterThan(sizesBy(m, "degree").a ?? 99);
    expect(colorsBy(m, "pagerank").h1).toBe(sequentialColor(1));
    expect(colorsBy(m, "pagerank").a).not.toBe(sequentialColor(1));
    expect(sequentialColor(0)).toBe("#d4e4f4");
    expect(sequentialColor(1)).toBe("#08306b");
    expect(computeMetrics({ nodes: [], edges: [] })).toEqual({});
  });
});
