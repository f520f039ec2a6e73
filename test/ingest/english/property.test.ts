// English fragments in any order: the English finders' spans (mentions, claims, relations) lie
// inside the text, claims carry no surrounding blanks, and the graph's claims are exact slices.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findEnglishClaims, findEnglishMentions, findEnglishRelations } from "../../../ingest/english/index.ts";
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

/** Every span the English finders give lies inside the text, and the graph's claims are its slices. */
function checkSpans(text: string): void {
  const mentions = findEnglishMentions(text);
  const claims = findEnglishClaims(text, mentions);
  const spans = [...mentions, ...claims, ...claims.map((c) => c.speaker), ...findEnglishRelations(text, mentions)];
  for (const { start, end } of spans) {
    expect(0 <= start && start < end && end <= text.length, `${start}-${end} of ${text.length}`).toBe(true);
  }
  for (const c of claims) expect(text.slice(c.start, c.end).trim()).toBe(text.slice(c.start, c.end));
  if (!text.trim()) return;
  extract(text).forEachNode((_, a) => {
    if (a.label === "Claim") expect(text.slice(a.start, a.end)).toBe(a.text);
  });
}

describe("English extraction on odd input", () => {
  it("keeps claims and evidence exact slices of the text", () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 60 }), (parts) => checkSpans(parts.join(""))),
      { numRuns: 300 },
    );
  });

  it("finds claims in the fragments at all", () => {
    const text = `"We oppose bullying," Putin said. Chinese President Xi Jinping told reporters that talks went well.`;
    const claims = extract(text).filterNodes((_, a) => a.label === "Claim");
    expect(claims).toHaveLength(2);
  });
});
