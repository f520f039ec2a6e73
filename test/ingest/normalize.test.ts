import { describe, expect, it } from "vitest";
import { wordsAt } from "../../ingest/graph.ts";
import { normalize, toOriginal } from "../../ingest/normalize.ts";

describe("normalize", () => {
  it("joins a paragraph broken mid-sentence and maps offsets back to the original", () => {
    const text = "中國數字產業集群化發展態勢明顯，數字產業發展態\n\n勢明顯。\n\n# 標題\n\n下一段。";
    const n = normalize(text);
    expect(n.text).toContain("發展態勢明顯。");
    const at = n.text.indexOf("態勢明顯。");
    const [start, end] = toOriginal(n, at, at + 5);
    expect(text.slice(start, end)).toBe("態\n\n勢明顯。");
  });

  it("keeps headings, captions and finished paragraphs on their own lines", () => {
    const text = "第一段說完了。\n\n●圖片說明文字很長很長很長很長很長很長\n\n新華社\n\n# 標題";
    expect(normalize(text).text.split("\n").filter(Boolean)).toEqual([
      "第一段說完了。",
      "●圖片說明文字很長很長很長很長很長很長",
      "新華社",
      "# 標題",
    ]);
  });

  it("turns full-width digits and letters into ASCII, one character for one", () => {
    const n = normalize("２０２５年ＷＨＯ：");
    expect(n.text).toBe("2025年WHO：");
    expect([...n.original]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("maps every normalised character to the same character of the original", () => {
    const text = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未\n\n申酉戌亥。\r\n\r\n下一段";
    const n = normalize(text);
    for (let i = 0; i < n.text.length; i++) {
      if (n.text[i] !== "\n") expect(text[n.original[i] as number]).toBe(n.text[i]);
    }
    expect(n.original[n.text.length]).toBe(text.length);
  });

  it("keeps a headline, a photo credit and a page byline apart from the next paragraph", () => {
    const headline = "習近平：中國和安哥拉是好兄弟和長期戰略夥伴\n\n國家主席習近平9日同安哥拉總統舉行會談。";
    expect(normalize(headline).text).toBe(headline);
    const credit = "6月9日，國家主席習近平同安哥拉總統舉行會談。新華社記者 張鐸攝\n\n兩國元首高度評價中安友好合作。";
    expect(normalize(`標題\n\n${credit}`).text).toBe(`標題\n\n${credit}`);
    const byline = "發佈時間：2015-06-10 | 來源：人民日報 | 作者：趙明昊\n\n6月9日，國家主席習近平舉行會談。";
    expect(normalize(`標題\n\n${byline}`).text).toBe(`標題\n\n${byline}`);
  });
});

describe("wordsAt", () => {
  it("reads a name or role that covers a joined line break on one line", () => {
    const cases: [string, string][] = [
      ["外交部發言\n\n人歐江安說，台灣將繼續努力。", "外交部發言人"],
      ["British Foreign\nSecretary Liz Truss said", "British Foreign Secretary"],
    ];
    for (const [text, words] of cases) {
      const n = normalize(text);
      const at = n.text.indexOf(words.slice(0, 4));
      const end = at + n.text.slice(at).search(/人|y(?= Liz)/) + 1;
      expect(wordsAt(text, n, at, end)).toBe(words);
    }
  });
});
