import { describe, expect, it } from "vitest";
import { extract } from "../../ingest/extract.ts";
import { toSimplified } from "../../ingest/script.ts";
import { fromTaiwan } from "../../ingest/voice.ts";

const TAIWAN =
  "（中央社記者顧荃台北3日電）外交部發言人蕭光偉今天表示，中國不應以粗暴言論進行恫嚇，對於中方的相關說法予以嚴正駁斥。";
const MAINLAND = "新華社北京3日電 外交部發言人林劍表示，中方堅決反對美國同中國台灣地區開展官方往來。";

const relations = (text: string) => {
  const g = extract(text);
  return g.filterEdges((_, a) => "polarity" in a).map((e) => `${g.source(e)}>${g.target(e)}`);
};

describe("the voice an article speaks in", () => {
  it("tells Taiwan's media by their datelines and the way they name the PRC", () => {
    expect(fromTaiwan(toSimplified(TAIWAN))).toBe(true);
    expect(fromTaiwan(toSimplified("大陸外長王毅昨稱，上合開發銀行將促進發展。"))).toBe(true);
    expect(fromTaiwan(toSimplified(MAINLAND))).toBe(false);
    // citing Taiwan's media, or a Xinhua correspondent in Taipei, is no voice from Taiwan
    expect(fromTaiwan(toSimplified("據台灣《中國時報》報道，外交部發言人毛寧表示，中方堅決反對。"))).toBe(false);
    expect(fromTaiwan(toSimplified("新華社台北3日電 國民黨主席表示，兩岸應加強交流。"))).toBe(false);
    expect(fromTaiwan(toSimplified("[Newtalk新聞] 外交部發言人蕭光偉今日表示，中國不應恫嚇。"))).toBe(true);
  });

  it("reads a bare 外交部 in Taiwan's media as Taiwan's ministry, and its spokesperson as Taiwan's", () => {
    const g = extract(TAIWAN);
    expect(g.hasNode("Organization:中华民国外交部")).toBe(true);
    expect(g.hasNode("Organization:外交部")).toBe(false);
    expect(g.hasEdge("REPRESENTS:Person:萧光伟->Country:TWN")).toBe(true);
    expect(extract(MAINLAND).hasNode("Organization:外交部")).toBe(true);
  });

  it("pairs Taiwan and China only where the text speaks from Taiwan", () => {
    expect(relations(TAIWAN)).toContain("Country:TWN>Country:CHN");
    expect(relations(MAINLAND).some((r) => r.includes("TWN"))).toBe(false);
  });
});
