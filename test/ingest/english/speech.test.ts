// Reported speech in English: who speaks and where the statement begins.
import { describe, expect, it } from "vitest";
import { findEnglishMentions } from "../../../ingest/english/entities.ts";
import { findEnglishClaims } from "../../../ingest/english/index.ts";

const said = (text: string) =>
  findEnglishClaims(text, findEnglishMentions(text)).map((c) => [c.speaker.key, text.slice(c.start, c.end)]);

describe("English reported speech", () => {
  it("reads 'reaffirmed' as speech, and keeps a noun's that-clause inside the statement", () => {
    expect(
      said(
        "Wang will attend, after President Donald Trump reaffirmed Washington's recognition that Taiwan is part of China, according to the sources.",
      ),
    ).toEqual([["特朗普", "Washington's recognition that Taiwan is part of China"]]);
    // "said in a statement that": the that-clause is the statement
    expect(said("Anna Kovacs said in a statement that the visit was a success.")).toEqual([
      ["Anna Kovacs", "the visit was a success."],
    ]);
  });
});
