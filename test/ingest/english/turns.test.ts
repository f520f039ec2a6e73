// Press-conference and briefing transcripts: the answers are the briefer's, however they are
// labelled, and a question is nobody's.
import { describe, expect, it } from "vitest";
import { findEnglishMentions } from "../../../ingest/english/entities.ts";
import { findEnglishClaims, findEnglishRelations } from "../../../ingest/english/index.ts";

const said = (text: string) =>
  findEnglishClaims(text, findEnglishMentions(text)).map((c) => [c.speaker.key, text.slice(c.start, c.end)]);

describe("English transcript turns", () => {
  it("gives A: turns, and the paragraphs after them, to the spokesperson the title names", () => {
    const text = `Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on March 21, 2019

Q: Has China complained to the US about this?

A: The one-China principle is a universal consensus.

We firmly oppose such arrangements by any country.

Q: The State Department said the talks will open on Monday. Do you have more details?

A: I don't know any more than you do. (The journalist laughed.)`;
    expect(said(text)).toEqual([
      ["耿爽", "The one-China principle is a universal consensus."],
      ["耿爽", "We firmly oppose such arrangements by any country."],
      ["耿爽", "I don't know any more than you do."],
    ]);
  });

  it("finds the briefer named with a title after a comma, and gives MS SURNAME: turns to them", () => {
    const text = `Department Press Briefing – May 6, 2022

Jalina Porter, Principal Deputy Spokesperson

Washington, D.C.

MS PORTER: Good afternoon, everyone. I have two elements at the top and then I will take your questions.

Separately, we understand that Israel announced new settlement units.

QUESTION: Will there be any repercussions?

MS PORTER: Thanks for your question. We have been clear about the need to avoid unilateral steps.`;
    const porter = findEnglishMentions(text).find((m) => m.key === "Jalina Porter");
    expect(text.slice(porter?.role?.start, porter?.role?.end)).toBe("Principal Deputy Spokesperson");
    // greetings, the agenda and thanks run the briefing; what the briefer reports of others is hers
    expect(said(text)).toEqual([
      ["Jalina Porter", "Separately, we understand that Israel announced new settlement units."],
      ["Jalina Porter", "We have been clear about the need to avoid unilateral steps."],
    ]);
  });

  it("states no relation from a question, and none when no briefer is named", () => {
    const text = `QUESTION: Did Japan protest to China?

MR SMITH: Japan lodged a protest with China over the incident.`;
    expect(said(text)).toEqual([]);
    expect(findEnglishRelations(text, findEnglishMentions(text))).toEqual([]);
  });
});
