// The diplomatic map's pure functions: aggregation per pair, communities, a layout that settles and repeats.
import { describe, expect, it } from "vitest";
import type { CountryMap } from "../../graph/api.ts";
import {
  addSpeakers,
  aggregatePairs,
  assignCommunities,
  buildMap,
  layoutMap,
  mainType,
  netPolarity,
  pairKey,
  pairOfKey,
  positionsOf,
} from "../../web/src/core/map.ts";

const C = (iso: string) => `Country:${iso}`;
/** Two clusters (CHN-RUS-IRN and USA-GBR-FRA) joined by one conflict pair, and a country with no relation. */
const MAP: CountryMap = {
  countries: ["CHN", "RUS", "IRN", "USA", "GBR", "FRA", "ATA"].map((iso) => ({ id: C(iso), name: iso })),
  pairs: [
    { source: C("CHN"), target: C("RUS"), type: "CONSULT", count: 5 },
    { source: C("RUS"), target: C("CHN"), type: "COOPERATE", count: 3 },
    { source: C("RUS"), target: C("CHN"), type: "ACCUSE", count: 1 },
    { source: C("CHN"), target: C("IRN"), type: "SUPPORT", count: 4 },
    { source: C("IRN"), target: C("RUS"), type: "AGREE", count: 4 },
    { source: C("USA"), target: C("GBR"), type: "CONSULT", count: 6 },
    { source: C("GBR"), target: C("FRA"), type: "AGREE", count: 4 },
    { source: C("FRA"), target: C("USA"), type: "COOPERATE", count: 4 },
    { source: C("USA"), target: C("CHN"), type: "SANCTION", count: 2 },
    { source: C("USA"), target: C("USA"), type: "CONSULT", count: 1 },
  ],
  speakers: [],
};

describe("aggregatePairs", () => {
  it("gives one edge per pair, both directions and all types summed, and no country without a relation", () => {
    const graph = aggregatePairs(MAP);
    expect(graph.order).toBe(6);
    expect(graph.hasNode(C("ATA"))).toBe(false);
    expect(graph.size).toBe(7);
    const chnRus = graph.getEdgeAttributes(pairKey(C("RUS"), C("CHN")));
    expect(chnRus).toMatchObject({
      count: 9,
      cooperation: 8,
      conflict: 1,
      types: { CONSULT: 5, COOPERATE: 3, ACCUSE: 1 },
    });
    expect(mainType(chnRus)).toBe("CONSULT");
    expect(netPolarity(chnRus)).toBeCloseTo(7 / 9);
    expect(netPolarity(graph.getEdgeAttributes(pairKey(C("USA"), C("CHN"))))).toBe(-1);
    expect(graph.getNodeAttribute(C("CHN"), "weight")).toBe(5 + 3 + 1 + 4 + 2);
    graph.forEachNode((node) => expect(graph.degree(node)).toBeGreaterThan(0));
  });

  it("keys a pair the same either way round", () => {
    expect(pairKey(C("USA"), C("CHN"))).toBe(pairKey(C("CHN"), C("USA")));
    expect(pairOfKey(pairKey(C("USA"), C("CHN")))).toEqual([C("CHN"), C("USA")]);
    expect(pairOfKey("SAID:a->b")).toBeNull();
  });
});

describe("communities and layout", () => {
  it("finds the two clusters, the largest numbered 0, the same every time", () => {
    const graph = aggregatePairs(MAP);
    expect(assignCommunities(graph)).toBe(2);
    const community = (iso: string) => graph.getNodeAttribute(C(iso), "community");
    expect(new Set(["CHN", "RUS", "IRN"].map(community)).size).toBe(1);
    expect(new Set(["USA", "GBR", "FRA"].map(community)).size).toBe(1);
    expect(community("CHN")).not.toBe(community("USA"));
    const again = aggregatePairs(MAP);
    assignCommunities(again);
    expect(again.mapNodes((_, a) => a.community)).toEqual(graph.mapNodes((_, a) => a.community));
  });

  it("settles to the same positions on every run, keeps kept ones exactly, and separates the clusters", () => {
    const first = buildMap(MAP).graph;
    const second = buildMap(MAP).graph;
    expect(positionsOf(second)).toEqual(positionsOf(first));
    const kept = positionsOf(first);
    const reloaded = aggregatePairs(MAP);
    expect(layoutMap(reloaded, kept)).toBe(0);
    expect(positionsOf(reloaded)).toEqual(kept);
    const at = (iso: string) => first.getNodeAttributes(C(iso));
    const d = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(d("GBR", "FRA")).toBeLessThan(d("GBR", "IRN"));
    expect(d("CHN", "IRN")).toBeLessThan(d("IRN", "FRA"));
  });

  it("places speakers around their country without moving any country", () => {
    const { graph } = buildMap(MAP);
    const before = positionsOf(graph);
    addSpeakers(graph, [
      { id: "Person:王毅", name: "王毅", country: C("CHN"), role: "外长", claims: 4 },
      { id: "Person:毛宁", name: "毛宁", country: C("CHN"), claims: 2 },
      { id: "Person:无名", name: "无名", country: C("ATA"), claims: 9 },
    ]);
    expect(positionsOf(graph)).toEqual(before);
    expect(graph.neighbors("Person:王毅")).toEqual([C("CHN")]);
    expect(graph.hasNode("Person:无名")).toBe(false);
    const [wang, mao] = ["Person:王毅", "Person:毛宁"].map((id) => graph.getNodeAttributes(id));
    expect(Math.hypot((wang?.x ?? 0) - (mao?.x ?? 0), (wang?.y ?? 0) - (mao?.y ?? 0))).toBeGreaterThan(0);
  });
});
