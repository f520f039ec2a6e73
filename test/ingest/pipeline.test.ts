import { describe, expect, it } from "vitest";
import { toGraph } from "../../ingest/graph.ts";
import { analyse, claims, STAGES } from "../../ingest/pipeline.ts";

const TEXT =
  "# 外交部：中方願同美方加強溝通\n\n外交部發言人郭嘉昆21日表示，中方願同美方加強對話。他說，兩國應妥善管控分歧。\n";

describe("pipeline", () => {
  it("runs named stages in order", () => {
    expect(STAGES.map((s) => s.name)).toEqual([
      "normalise",
      "article",
      "blocks",
      "sentences",
      "voice",
      "mentions",
      "claims",
      "relations",
      "dates",
    ]);
  });

  it("fills one document layer by layer, every span an offset range of the Simplified text", () => {
    const doc = analyse(TEXT, { file: "x-2025-01-21.txt" });
    expect(doc.language).toBe("zh-Hant");
    expect(doc.s).toHaveLength(doc.norm.text.length);
    expect(doc.s).toContain("外交部发言人郭嘉昆");
    expect(doc.title).toBe("外交部：中方願同美方加強溝通");
    expect(doc.published).toBe("2025-01-21");
    expect(doc.blocks.map((b) => b.kind)).toEqual(["heading", "body"]);
    const body = doc.blocks[1];
    expect(body?.sentences.map((x) => doc.s.slice(x.start, x.end))).toEqual([
      "外交部发言人郭嘉昆21日表示，中方愿同美方加强对话。",
      "他说，两国应妥善管控分歧。",
    ]);
    expect(doc.mentions.map((m) => doc.s.slice(m.start, m.end))).toContain("郭嘉昆");
    expect(doc.claims.map((c) => [c.speaker.key, doc.s.slice(c.start, c.end)])).toEqual([
      ["外交部", "中方愿同美方加强沟通"],
      ["郭嘉昆", "中方愿同美方加强对话"],
      ["郭嘉昆", "两国应妥善管控分歧"],
    ]);
    expect(doc.relations.map((r) => `${r.source}-${r.target} ${r.type}`)).toContain("CHN-USA CONSULT");
    expect(doc.claims.every((c) => c.date === "2025-01-21")).toBe(true);
  });

  it("takes another stage in the place of one, the rest unchanged", () => {
    const noClaims = STAGES.map((s) => (s === claims ? () => {} : s));
    const doc = analyse(TEXT, {}, noClaims);
    expect(doc.claims).toEqual([]);
    expect(doc.mentions.length).toBeGreaterThan(0);
    const graph = toGraph(doc);
    expect(graph.filterNodes((_, a) => a.label === "Claim")).toEqual([]);
    expect(graph.filterNodes((_, a) => a.label === "Person")).toHaveLength(1);
  });
});
