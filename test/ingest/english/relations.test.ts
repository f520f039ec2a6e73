// Country -> Country relations in English typed by what happened, one per event and counterpart,
// none from states merely named together or named as the place where something happens.
import { describe, expect, it } from "vitest";
import { findEnglishMentions } from "../../../ingest/english/entities.ts";
import { findEnglishClaims, findEnglishRelations } from "../../../ingest/english/index.ts";
import { englishBlocks } from "../../../ingest/english/text.ts";

const relations = (text: string) => {
  const mentions = findEnglishMentions(text);
  const blocks = englishBlocks(text);
  return findEnglishRelations(text, mentions, blocks, findEnglishClaims(text, mentions, blocks)).map(
    (r) => `${r.source}>${r.target} ${r.type}`,
  );
};

describe("English relation types", () => {
  it("types protests, consensus, appreciation and standing with a state", () => {
    expect(relations("China lodged stern representations with the US side.")).toEqual(["CHN>USA PROTEST"]);
    expect(relations("China and the US reached consensus on many issues.")).toEqual(["USA>CHN AGREE"]);
    expect(relations("Kerry said the U.S. appreciated China's active role.")).toEqual(["USA>CHN SUPPORT"]);
    expect(relations("Britain stands firmly with Ukraine.")).toEqual(["GBR>UKR SUPPORT"]);
  });

  it("reads no phone call in 'so-called'", () => {
    expect(relations('Japan rejects the so-called "report" of China.')).toEqual(["JPN>CHN REJECT"]);
    expect(relations('The so-called "stopover" of the Taiwan leader in the US angered China.')).toEqual([]);
  });
});

describe("English relation parties", () => {
  it("leaves out the state where a meeting takes place, but not the one an event word is about", () => {
    expect(relations("US Secretary of State John Kerry meets Wang Yi in Malaysia")).toEqual(["USA>CHN CONSULT"]);
    expect(relations("The United States condemned the attack in Elad, Israel.")).toEqual([]);
    expect(relations("Russia waged war in Ukraine.")).toEqual(["RUS>UKR ASSAULT"]);
  });

  it("gives an event with a list of counterparts one relation per state", () => {
    expect(relations("China stays in close communication with the US, Russia and other parties.")).toEqual([
      "CHN>USA CONSULT",
      "CHN>RUS CONSULT",
    ]);
  });

  it("reads 'we' in a spokesperson's answer as the spokesperson's state", () => {
    const text = `Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference

Q: Has China complained?

A: We urge the US to abide by its commitments.`;
    expect(relations(text)).toEqual(["CHN>USA REQUEST"]);
  });

  it("takes a briefer without a state in the title for the state of the transcript's dateline", () => {
    const text = `Jalina Porter, Principal Deputy Spokesperson

Washington, D.C.

MS PORTER: We remain in close contact with our Israeli friends and partners.`;
    expect(relations(text)).toEqual(["USA>ISR CONSULT"]);
  });

  it("relates no two states that act together against a third party, whatever else the clause names", () => {
    expect(relations("Xi and Putin criticised Western governments during the summit on Monday.")).toEqual([]);
    // "while" opens a clause of its own, with its own subject
    expect(relations("China praised its trade while US tariffs have upended relationships.")).toEqual([]);
  });
});

describe("English states merely named", () => {
  it("relates no two states of one list, and reads no state in a sea's name", () => {
    expect(relations("And I appreciate your comments about Laos, Cambodia, ASEAN.")).toEqual([]);
    expect(findEnglishMentions("They discussed the South China Sea.")).toEqual([]);
  });
});

describe("English protests and people named bare", () => {
  it("reads a summons of a state's envoy and a complaint as protests against that state", () => {
    expect(relations("Britain has today summoned the Chinese Ambassador.")).toEqual(["GBR>CHN PROTEST"]);
    expect(relations("China lodged a complaint to Japan over the comments.")).toEqual(["CHN>JPN PROTEST"]);
  });

  it("reads a person named bare as acting for the state of their title elsewhere", () => {
    const text =
      "Chinese Ambassador Xing Haiming spoke on Thursday.\n\nXing expressed his discontent with South Korea's diplomacy.";
    expect(relations(text)).toEqual(["CHN>KOR PROTEST"]);
  });
  it("reads a state that remarks are about as their topic, not a party", () => {
    expect(relations("Other remarks about China came up during separate discussions with Australia.")).toEqual([]);
    expect(relations("China has expressed its displeasure to Japan over comments about China.")).toEqual([
      "CHN>JPN PROTEST",
    ]);
  });
});
