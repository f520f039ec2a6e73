// English fragments in any order: extract returns a graph whose claims equal their slices of the
// text and whose spans, claims' and relations' evidence alike, lie inside it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRelation } from "../../../graph/schema.ts";
import { ArticleInputError } from "../../../ingest/decode.ts";
import { extract } from "../../../ingest/extract.ts";

const pieces = fc.constantFrom(
  "Putin",
  "Chinese President Xi Jinping",
  "Foreign Minister Anna Kovacs",
  " said",
  " told reporters that",
  " he added",
  ", according to the Kremlin",
  "Beijing",
  " in Moscow",
  "Russia's foreign ministry",
  "The United States",
  " imposed sanctions on ",
  " held talks with ",
  " not ",
  "Iran",
  '"',
  "“",
  "”",
  "'",
  "’s",
  ", ",
  ". ",
  " - ",
  "(",
  ")",
  "\n\n",
  "\n",
  " on Monday",
  "September 2, 2025",
  "U.S.",
  "We oppose bullying",
  " ",
);

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
    expect(a.start).toBeLessThan(a.end);
    expect(a.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(a.start, a.end)).toBe(a.text);
  });
  graph.forEachEdge((_, e) => {
    if (!isRelation(e)) return;
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.start, e.end)).toBe(e.evidence);
  });
}

describe("English extraction on odd input", () => {
  it("keeps claims and evidence exact slices of the text", () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 60 }), (parts) => checkGraph(parts.join(""))),
      { numRuns: 300 },
    );
  });

  it("finds claims in the fragments at all", () => {
    const text = `"We oppose bullying," Putin said. Chinese President Xi Jinping told reporters that talks went well.`;
    const claims = extract(text).filterNodes((_, a) => a.label === "Claim");
    expect(claims).toHaveLength(2);
  });
});
