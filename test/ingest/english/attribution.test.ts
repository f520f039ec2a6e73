// Where English news puts its speaker: after the statement, before a colon that opens it, in a
// fronted participle, a coordinated verb, a title standing for the person; and what never speaks
// (a wire's dateline). Made-up sentences in the shape of wire copy and government releases.
import { describe, expect, it } from "vitest";
import { findEnglishMentions } from "../../../ingest/english/entities.ts";
import { findEnglishClaims } from "../../../ingest/english/index.ts";
import { afterDateline, englishBlocks, englishParagraphs, quotations } from "../../../ingest/english/text.ts";

const said = (text: string) =>
  findEnglishClaims(text, findEnglishMentions(text), englishBlocks(text)).map((c) => [
    c.speaker.key,
    text.slice(c.start, c.end),
  ]);

describe("English attribution", () => {
  it("gives a sentence closed by its attribution to that speaker, speech verbs inside it included", () => {
    expect(
      said(
        "Spokesperson Anna Kovacs spoke on Monday.\nThe country has responded to the concerns and stated its position, Kovacs said on Tuesday.",
      ).at(-1),
    ).toEqual(["Anna Kovacs", "The country has responded to the concerns and stated its position"]);
    expect(
      said(
        "Spokesperson Anna Kovacs said the talks went well.\nIgnoring all doubts, the plan went ahead, which is the cause, she said.",
      ).at(-1),
    ).toEqual(["Anna Kovacs", "Ignoring all doubts, the plan went ahead, which is the cause"]);
  });

  it("keeps a speech verb inside what a speaker says as reported, not a new speaker", () => {
    expect(said("Spokesperson Anna Kovacs said China has responded to the concerns.")).toEqual([
      ["Anna Kovacs", "China has responded to the concerns."],
    ]);
    // after a clause boundary, a second speaker speaks on their own
    expect(said("Anna Kovacs said the talks failed, while China said they went well.").map(([who]) => who)).toEqual([
      "Anna Kovacs",
      "CHN",
    ]);
  });

  it("leaves a wire's dateline out of the statement", () => {
    expect(
      said(
        "BEIJING (Reuters) -Beijing has voiced concern over the plan to Tokyo, China's foreign ministry said on Wednesday.",
      ),
    ).toEqual([["外交部", "Beijing has voiced concern over the plan to Tokyo"]]);
    const text = "x\nBeijing, Feb. 10 (Jiji Press)--China's Foreign Ministry protested.\nLONDON — Talks began.";
    expect(text.slice(afterDateline(text, 2))).toMatch(/^China's Foreign Ministry/);
    expect(text.slice(afterDateline(text, text.indexOf("LONDON")))).toBe("Talks began.");
    // a sentence that merely opens with a place is no dateline
    expect(afterDateline("In Beijing, talks began.", 0)).toBe(0);
  });

  it("reads a quotation inside a quotation as part of it", () => {
    const text = "He urged Japan to “stop colluding to create confrontation in “small circles”, and work with China.”";
    expect(quotations(text, 0, text.length).map((q) => text.slice(q.start, q.end))).toEqual([
      "stop colluding to create confrontation in “small circles”, and work with China.",
    ]);
    const two = "“One,” he said, “two.”";
    expect(quotations(two, 0, two.length).map((q) => two.slice(q.start, q.end))).toEqual(["One,", "two."]);
  });

  it("takes the paragraphs after 'X said:' as X's statement until another person speaks", () => {
    const text = [
      "Foreign Secretary Anna Kovacs said:",
      "The UK urges both sides to resolve their differences by peaceful means.",
      "We will keep working with partners on this.",
      "Spokesperson Peter Novak said the talks would go on.",
    ].join("\n\n");
    expect(said(text)).toEqual([
      ["Anna Kovacs", "The UK urges both sides to resolve their differences by peaceful means."],
      ["Anna Kovacs", "We will keep working with partners on this."],
      ["Peter Novak", "the talks would go on."],
    ]);
  });

  it("refers a title alone in lower case back to the person named with it", () => {
    expect(
      said(
        "Foreign Ministry spokesperson Anna Kovacs spoke on Monday.\nThe spokesperson urged both sides to stay calm and talk.",
      ),
    ).toEqual([["Anna Kovacs", "both sides to stay calm and talk."]]);
  });

  it("gives a fronted participle ('Noting that ..., X said') to the speaker after it", () => {
    expect(
      said("Noting that the embassy received many calls, Spokesperson Anna Kovacs said the ministry would act."),
    ).toEqual([
      ["Anna Kovacs", "the embassy received many calls"],
      ["Anna Kovacs", "the ministry would act."],
    ]);
  });

  it("reads a quotation inside a clause as part of the clause, and a coordinated verb as the same speaker's", () => {
    expect(
      said(
        "Foreign Minister Anna Kovacs said it is “deeply regrettable and worrying” to learn of the attack on the embassy, and urged the other side to remain calm.",
      ),
    ).toEqual([
      ["Anna Kovacs", "it is “deeply regrettable and worrying” to learn of the attack on the embassy"],
      ["Anna Kovacs", "the other side to remain calm."],
    ]);
  });

  it("gives a participle after a comma to the person opening the sentence when no speech verb came before", () => {
    expect(
      said(
        "Spokesperson Anna Kovacs spoke first.\nKovacs met the envoy on Monday, noting “many fallacies and false narratives” in the papers.",
      ),
    ).toEqual([["Anna Kovacs", "many fallacies and false narratives"]]);
    // after a speech verb the participle goes on with that statement
    expect(
      said(
        'President Anna Kovacs hailed relations between the countries, saying they were at an "unprecedented level".',
      ),
    ).toEqual([
      [
        "Anna Kovacs",
        'Anna Kovacs hailed relations between the countries, saying they were at an "unprecedented level".',
      ],
    ]);
  });

  it("never lets captions, credit lines or page furniture speak, and furniture ends a statement", () => {
    const text = [
      "Foreign Secretary Anna Kovacs said:",
      "We urge both sides to talk.",
      "Published 19 March 2024",
      "Anna Kovacs says ties remain strong. Credit: AP/PA",
      "(Reporting by John Smith; Editing by Mary Jones)",
      "Read more: Kovacs says talks will go on",
    ].join("\n\n");
    expect(englishParagraphs(text).map((p) => p.kind)).toEqual([
      "heading",
      "body",
      "label",
      "caption",
      "label",
      "label",
    ]);
    expect(said(text)).toEqual([["Anna Kovacs", "We urge both sides to talk."]]);
  });
});
