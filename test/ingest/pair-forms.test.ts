// Two-character forms of a relation (中美, 中巴, 台美): each character stands for a country, and a
// character shared by several (巴: Pakistan or Brazil; 新: Singapore or New Zealand) stands for the
// one the article names. Taiwan's pairs are Taiwan's.
import { describe, expect, it } from "vitest";
import { findMentions } from "../../ingest/mentions.ts";
import { analyse } from "../../ingest/pipeline.ts";

/** The countries of the one-character forms of `s`, in order. */
const shortForms = (s: string) => findMentions(s).flatMap((m) => (m.form === "short" ? [m.key] : []));

describe("pair forms", () => {
  it("reads 中巴 and 巴方 as China-Brazil where the article names Brazil or Lula", () => {
    expect(shortForms("巴西总统卢拉访华。中巴关系持续发展，中方愿同巴方加强合作。")).toEqual([
      "CHN",
      "BRA",
      "CHN",
      "BRA",
    ]);
    expect(shortForms("卢拉表示，巴中关系很好。")).toEqual(["BRA", "CHN"]);
  });

  it("reads them as China-Pakistan where the article names Pakistan", () => {
    expect(shortForms("巴基斯坦外长访华。中巴关系持续发展，巴方表示感谢。")).toEqual(["CHN", "PAK", "PAK"]);
  });

  it("takes the one named last before the form when the article names both", () => {
    expect(shortForms("巴基斯坦总理访华后，巴西总统也将访华。中巴合作")).toEqual(["CHN", "BRA"]);
    expect(shortForms("巴西总统访华后，巴基斯坦总理也将访华。中巴合作")).toEqual(["CHN", "PAK"]);
  });

  it("guesses no country the article never names", () => {
    expect(shortForms("中巴关系持续发展。")).toEqual(["CHN"]);
    const doc = analyse("标题\n\n王毅表示，中巴两国加强战略合作，共同维护地区和平稳定。");
    expect(doc.relations).toEqual([]);
  });

  it("reads 中新 by the article as well: Singapore or New Zealand", () => {
    expect(shortForms("新西兰总理访华。中新两国加强合作。")).toEqual(["CHN", "NZL"]);
    expect(shortForms("新加坡总理访华。中新两国加强合作。")).toEqual(["CHN", "SGP"]);
  });

  it("reads Taiwan's pairs (台美, 美台, 台日, 臺日) as Taiwan's, never China's", () => {
    expect(shortForms("台美关系")).toEqual(["TWN", "USA"]);
    expect(shortForms("美台关系")).toEqual(["USA", "TWN"]);
    expect(shortForms("在台日两国的友好关系下")).toEqual(["TWN", "JPN"]);
    const doc = analyse("標題\n\n外交部表示，臺日雙方將持續深化合作，共同維護區域和平穩定。");
    expect(doc.relations.map((r) => [r.source, r.target])).toEqual([["TWN", "JPN"]]);
  });

  it("gives a relation of the pair as written, with the country the article names", () => {
    const doc = analyse("标题\n\n国家主席习近平同巴西总统卢拉通电话。习近平指出，中方愿同巴方加强战略合作。");
    expect(doc.relations.every((r) => [r.source, r.target].sort().join() === "BRA,CHN")).toBe(true);
    expect(doc.relations.length).toBeGreaterThan(0);
  });

  it("reads no country in a word that ends in the form: 今日, 同日, 昨日 are days, 其中 is no China", () => {
    expect(shortForms("今日外交部发言人表示")).toEqual([]);
    expect(shortForms("同日外交部发表声明")).toEqual([]);
    expect(shortForms("昨日俄外长表示")).toEqual(["RUS"]);
    expect(shortForms("其中美元首次下跌")).not.toContain("CHN");
    expect(shortForms("他同美总统会面，中美元首通话")).toEqual(["USA", "CHN", "USA"]);
  });
});
