// A country pair's pure functions: counts, timeline, sorting and the CSV of its evidence (read back with csv-parse).
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { CountryPair, PairEvidence } from "../../graph/api.ts";
import { type PloverType, polarityOf } from "../../graph/schema.ts";
import { CSV_HEADER, evidenceCsv, pairCounts, sortEvidence, timeline, timelineUnit } from "../../web/src/core/pair.ts";

const A = "Country:CHN";
const B = "Country:USA";
let n = 0;
const relation = (type: PloverType, date: string | undefined, over: Partial<PairEvidence> = {}): PairEvidence => ({
  key: `${type}:${A}->${B}@Article:x:${n}`,
  type,
  polarity: polarityOf(type),
  source: A,
  target: B,
  ...(date && { date }),
  evidence: `句子${n}。`,
  start: n * 10,
  end: n++ * 10 + 5,
  article: { id: "Article:0123456789abcdef", title: "標題", date: "2025-01-22" },
  ...over,
});
const PAIR: CountryPair = {
  a: { id: A, name: "中国" },
  b: { id: B, name: "美国" },
  relations: [
    relation("CONSULT", "2025-01-03"),
    relation("ACCUSE", "2025-01-20", { source: B, target: A, speaker: { id: "Person:x", name: "布林肯" } }),
    relation("CONSULT", "2025-03-01", { source: B, target: A }),
    relation("SANCTION", undefined),
    relation("AGREE", "2025-03-30", {
      evidence: '他說："雙方同意，繼續溝通"\n並且…',
      article: { id: "Article:fedcba9876543210", title: 'A, B and "C"', source: "新華社" },
    }),
  ],
};

describe("pair counts", () => {
  it("counts each type both ways, in PLOVER's order, and each polarity", () => {
    const counts = pairCounts(PAIR);
    expect(counts.total).toBe(5);
    expect(counts.byPolarity).toEqual({ cooperation: 3, conflict: 2 });
    expect(counts.byType).toEqual([
      { type: "AGREE", forward: 1, backward: 0 },
      { type: "CONSULT", forward: 1, backward: 1 },
      { type: "ACCUSE", forward: 0, backward: 1 },
      { type: "SANCTION", forward: 1, backward: 0 },
    ]);
  });
});

describe("timeline", () => {
  it("bins by month with the empty months between, undated apart", () => {
    const { bins, unit, undated } = timeline(PAIR.relations);
    expect(unit).toBe("month");
    expect(undated).toBe(1);
    expect(bins).toEqual([
      { period: "2025-01", cooperation: 1, conflict: 1 },
      { period: "2025-02", cooperation: 0, conflict: 0 },
      { period: "2025-03", cooperation: 2, conflict: 0 },
    ]);
  });

  it("bins by year over more than three years, across a December", () => {
    const long = [relation("AGREE", "2015-12-31"), relation("THREATEN", "2021-01-01")];
    expect(timelineUnit(long)).toBe("year");
    expect(timeline(long).bins.map((b) => b.period)).toEqual(["2015", "2016", "2017", "2018", "2019", "2020", "2021"]);
    expect(timeline(long, "month").bins[1]?.period).toBe("2016-01");
    expect(timeline([]).bins).toEqual([]);
  });
});

describe("evidence list", () => {
  it("sorts by any column either way, ties by date", () => {
    expect(sortEvidence(PAIR.relations, "date", true).map((r) => r.date ?? "")).toEqual([
      "",
      "2025-01-03",
      "2025-01-20",
      "2025-03-01",
      "2025-03-30",
    ]);
    expect(sortEvidence(PAIR.relations, "type", false).map((r) => r.type)).toEqual([
      "SANCTION",
      "CONSULT",
      "CONSULT",
      "AGREE",
      "ACCUSE",
    ]);
    expect(sortEvidence(PAIR.relations, "speaker", false)[0]?.speaker?.name).toBe("布林肯");
  });

  it("exports one CSV row per evidence sentence that csv-parse reads back verbatim", () => {
    const csv = evidenceCsv(PAIR.relations);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(PAIR.relations.length);
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_HEADER]);
    expect(rows.map((r) => r.evidence)).toEqual(PAIR.relations.map((r) => r.evidence));
    expect(rows[4]).toMatchObject({ article_title: 'A, B and "C"', article_source: "新華社", date: "2025-03-30" });
    expect(rows[1]).toMatchObject({ speaker: "布林肯", speaker_id: "Person:x", type: "ACCUSE", polarity: "conflict" });
    expect(rows[3]?.date).toBe("");
  });
});
