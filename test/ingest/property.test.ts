// Any string at all: extract either refuses it with ArticleInputError or returns a graph whose
// spans all lie inside the text and whose claims equal their slices.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRelation } from "../../graph/schema.ts";
import { ArticleInputError } from "../../ingest/decode.ts";
import { extract } from "../../ingest/extract.ts";

const article = readFileSync(new URL("../fixtures/sample/wenweipo-2025-01-22.txt", import.meta.url), "utf8");

function checkGraph(text: string): void {
  let graph: ReturnType<typeof extract>;
  try {
    graph = extract(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ArticleInputError);
    return;
  }
  graph.forEachNode((_, a) => {
    if (a.label !== "Claim") return;
    expect(a.start).toBeGreaterThanOrEqual(0);
    expect(a.end).toBeLessThanOrEqual(text.length);
    expect(a.start).toBeLessThan(a.end);
    expect(text.slice(a.start, a.end)).toBe(a.text);
  });
  graph.forEachEdge((_, e) => {
    if (!isRelation(e)) return;
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.start, e.end)).toBe(e.evidence);
  });
}

/** Pieces of news text to build plausible and implausible articles from. */
const pieces = fc.constantFrom(
  "習近平",
  "普京",
  "表示，",
  "指出",
  "。",
  "，",
  "\n\n",
  "# ",
  "●",
  "中美",
  "中方",
  "美方",
  "俄方",
  "問：",
  "答：",
  "外交部發言人",
  "郭嘉昆",
  "「",
  "」",
  "聯合國",
  "《巴黎協定》",
  "舉行會晤",
  "合作",
  "衝突",
  "21日",
  "記者",
  "北京報道",
  "𠀀",
  "\u0000",
  "\r\n",
  " ",
  "ａｂ",
  "１２",
);

describe("extract never fails on odd input", () => {
  it("handles random strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), checkGraph), { numRuns: 200 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), checkGraph), { numRuns: 200 });
  });

  it("handles strings of news fragments", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => checkGraph(parts.join(""))),
      { numRuns: 300 },
    );
  });

  it("handles mutated articles: cut, spliced and with inserted fragments", () => {
    fc.assert(
      fc.property(
        fc.nat(article.length),
        fc.nat(article.length),
        fc.array(fc.tuple(fc.nat(article.length), pieces), { maxLength: 8 }),
        (a, b, inserts) => {
          let text = article.slice(Math.min(a, b), Math.max(a, b));
          for (const [at, piece] of inserts) text = text.slice(0, at) + piece + text.slice(at);
          checkGraph(text);
        },
      ),
      { numRuns: 60 },
    );
  });
});
