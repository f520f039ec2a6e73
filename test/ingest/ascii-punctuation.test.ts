// Chinese reposted with ASCII punctuation (王毅表示,中方...) reads as with full-width punctuation:
// the normaliser makes the marks full-width one for one, so the same sentence gives the same
// claims and relations at the same offsets, whichever punctuation it was typed with.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize } from "../../ingest/normalize.ts";
import { analyse } from "../../ingest/pipeline.ts";

const TO_ASCII: Record<string, string> = {
  "，": ",",
  "：": ":",
  "；": ";",
  "（": "(",
  "）": ")",
  "“": '"',
  "”": '"',
  "？": "?",
  "！": "!",
};
const ascii = (s: string) => s.replace(/[，：；（）“”？！]/g, (c) => TO_ASCII[c] as string);

/** What the analysis found, as offsets: the same text length makes them comparable. */
function findings(text: string) {
  const doc = analyse(text);
  return {
    claims: doc.claims.map((c) => [c.start, c.end, c.speaker.key]),
    relations: doc.relations.map((r) => [r.source, r.target, r.type, r.start, r.end]),
    mentions: doc.mentions.map((m) => [m.key, m.start, m.end]),
  };
}

const speakers = fc.constantFrom("外交部发言人毛宁", "王毅", "俄罗斯外长拉夫罗夫", "美国国务卿布林肯", "中方");
const verbs = fc.constantFrom("表示", "指出", "强调", "说");
const contents = fc.constantFrom(
  "中方愿同俄方加强战略协作，共同维护地区和平稳定",
  "美方应停止干涉中国内政",
  "中美双方同意保持沟通；两国元首将于年内会晤",
  "日本不应在台湾问题上挑衅（这是中方的一贯立场）",
  "“中俄关系不针对第三方”，也不受第三方干扰",
  "菲律宾是否会撤走军舰？中方对此表示严重关切",
);
const leads = fc.constantFrom("", "新华社北京1月21日电 ", "（记者 张三）", "当地时间24日，");

describe("ASCII punctuation in Chinese text", () => {
  it("is made full-width between Chinese characters, one character for one", () => {
    const line = '王毅表示,中方愿同各方:一是合作;二是发展(完)他问"为什么?"';
    expect(normalize(line).text).toBe("王毅表示，中方愿同各方：一是合作；二是发展（完）他问“为什么？”");
    expect(normalize(line).original).toEqual(Int32Array.from({ length: line.length + 1 }, (_, i) => i));
  });

  it("stays ASCII in numbers, times and English", () => {
    for (const line of ["10:30举行", "共1,000人", "U.S.对华政策", "1.中方立场", 'He said "no".'])
      expect(normalize(line).text).toBe(line);
  });

  it("gives the same claims, relations and mentions as full-width punctuation", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(leads, speakers, verbs, contents), { minLength: 1, maxLength: 4 }),
        (paragraphs) => {
          const text = `标题\n\n${paragraphs.map(([lead, who, verb, what]) => `${lead}${who}${verb}，${what}。`).join("\n\n")}`;
          const found = findings(text);
          expect(findings(ascii(text))).toEqual(found);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("finds the speaker and the relation of a sentence typed with ASCII punctuation", () => {
    const doc = analyse("标题\n\n王毅表示,中方愿同俄方加强战略协作,共同维护地区和平稳定。");
    expect(doc.claims.map((c) => [c.speaker.key, doc.s.slice(c.start, c.end)])).toEqual([
      ["王毅", "中方愿同俄方加强战略协作，共同维护地区和平稳定"],
    ]);
    expect(doc.relations.map((r) => [r.source, r.target])).toEqual([["CHN", "RUS"]]);
  });
});
