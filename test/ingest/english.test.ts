import type { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { findEnglishClaims, findEnglishMentions, findEnglishRelations } from "../../ingest/english.ts";
import { extract } from "../../ingest/extract.ts";

const TEXT = `Chinese President Xi Jinping and his Russian counterpart Vladimir Putin have kicked off bilateral talks in Beijing.

"Dear friend, we are pleased to meet once again with our Chinese friends," Putin told Xi, according to the Kremlin.

He added that relations between the two countries were at an unprecedented level.`;

describe("English articles", () => {
  it("finds people and bodies under the same ids as in Chinese, and countries by name or adjective", () => {
    const mentions = findEnglishMentions(TEXT).map((m) => `${m.label}:${m.key}`);
    expect(mentions).toEqual(
      expect.arrayContaining(["Person:习近平", "Person:普京", "Country:CHN", "Country:RUS", "Organization:克里姆林宫"]),
    );
    // Beijing after "in" is a place
    expect(findEnglishMentions("talks in Beijing").filter((m) => m.label === "Country")).toEqual([]);
  });

  it("takes quotes before '…, Putin told Xi' and what follows 'he added that'", () => {
    const mentions = findEnglishMentions(TEXT);
    const claims = findEnglishClaims(TEXT, mentions).map((c) => [c.speaker.key, TEXT.slice(c.start, c.end)]);
    expect(claims).toEqual([
      ["普京", "Dear friend, we are pleased to meet once again with our Chinese friends"],
      ["普京", "relations between the two countries were at an unprecedented level"],
    ]);
  });

  it("reads talks between leaders as their countries consulting", () => {
    const relations = findEnglishRelations(TEXT, findEnglishMentions(TEXT)).map(
      (r) => `${r.source}-${r.target} ${r.type}`,
    );
    expect(relations[0]).toBe("CHN-RUS CONSULT");
  });

  it("is detected and extracted as English", () => {
    const graph = extract(TEXT) as unknown as MultiDirectedGraph;
    const article = graph.filterNodes((_, a) => a.label === "Article")[0] as string;
    expect(graph.getNodeAttribute(article, "language")).toBe("en");
    expect(graph.hasNode("Person:普京")).toBe(true);
  });
});
