// Government readouts: attributed to a spokesperson, telling what the principal did and said,
// naming the principal again by title alone ("The Secretary reaffirmed ...").
import { describe, expect, it } from "vitest";
import { findEnglishMentions } from "../../../ingest/english/entities.ts";
import { findEnglishClaims, findEnglishRelations } from "../../../ingest/english/index.ts";
import { englishBlocks } from "../../../ingest/english/text.ts";

const READOUT = `Secretary Blinken's Call with Chinese Foreign Minister Wang Yi

The following is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken spoke today with People's Republic of China Foreign Minister Wang Yi. The Secretary reaffirmed that the United States will continue to defend its interests.

He also noted the importance of the visit.

The Secretary and the Foreign Minister agreed to keep open channels of communication.`;

describe("English readouts", () => {
  const mentions = findEnglishMentions(READOUT);
  const blocks = englishBlocks(READOUT);
  const claims = findEnglishClaims(READOUT, mentions, blocks);

  it("refers a title alone back to the person last named with it", () => {
    const at = (s: string) => mentions.find((m) => m.start === READOUT.indexOf(s))?.key;
    expect(at("Secretary reaffirmed")).toBe("布林肯");
    expect(at("Foreign Minister agreed")).toBe("王毅");
  });

  it("gives the readout's own account to its spokesperson, and what the principal says to the principal", () => {
    expect(claims.map((c) => [c.speaker.key, READOUT.slice(c.start, c.end)]).slice(0, 3)).toEqual([
      [
        "Ned Price",
        "Secretary of State Antony J. Blinken spoke today with People's Republic of China Foreign Minister Wang Yi.",
      ],
      ["布林肯", "the United States will continue to defend its interests."],
      ["布林肯", "the importance of the visit."],
    ]);
  });

  it("relates the states of people named by their title alone, and reads 'spoke today with' as a call", () => {
    expect(
      findEnglishRelations(READOUT, mentions, blocks, claims).map((r) => `${r.source}>${r.target} ${r.type}`),
    ).toEqual(["USA>CHN CONSULT", "USA>CHN CONSULT", "CHN>USA AGREE"]);
  });

  it("knows Taiwan, but not in the name of the strait", () => {
    const text = "China urged restraint across the Taiwan Strait and warned Taiwan.";
    expect(findEnglishMentions(text).map((m) => text.slice(m.start, m.end))).toEqual(["China", "Taiwan"]);
  });
});
