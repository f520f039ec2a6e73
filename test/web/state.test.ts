// The view state survives the trip through the URL (what makes a view shareable).
import { describe, expect, it } from "vitest";
import { type AppState, fromUrl, toUrl } from "../../web/src/state.ts";

describe("URL state", () => {
  it("round-trips filters, selection, expansion, hidden nodes, query, article, script and tab", () => {
    const state: AppState = {
      filter: {
        labels: ["Person", "Country"],
        types: ["SAID", "ACCUSE"],
        polarity: ["conflict"],
        articles: ["Article:0123456789abcdef"],
        from: "2025-01-01",
        to: "2025-02-01",
      },
      selected: ["Person:普京", "Country:RUS"],
      expanded: ["Person:习近平"],
      hidden: ["Claim:0123456789abcdef:10-20"],
      query: "MATCH (p:Person {name: '普京'}) RETURN p, 1 & 2",
      article: "Article:0123456789abcdef",
      script: "hans",
      tab: "cypher",
      view: "graph",
      speakers: true,
    };
    expect(fromUrl(toUrl(state))).toEqual(state);
  });

  it("writes nothing for the default view and reads defaults from an empty or bad URL", () => {
    const empty = fromUrl("");
    expect(toUrl(empty)).toBe("");
    expect(fromUrl("?tab=nope&script=klingon")).toMatchObject({
      tab: "details",
      script: "original",
      selected: [],
      view: "map",
      speakers: false,
    });
  });
});
