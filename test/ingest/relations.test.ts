import { describe, expect, it } from "vitest";
import { findClaims } from "../../ingest/claims.ts";
import { findMentions } from "../../ingest/mentions.ts";
import { findRelations } from "../../ingest/relations.ts";
import { toSimplified } from "../../ingest/script.ts";

const relations = (text: string) => {
  const s = toSimplified(text);
  return findRelations(s, findMentions(s)).map((r) => `${r.source}-${r.target} ${r.type} ${r.polarity}`);
};

describe("relations", () => {
  it("reads a meeting of leaders as their countries consulting", () => {
    expect(relations("國家主席習近平在北京人民大會堂同俄羅斯總統普京舉行視頻會晤。")).toEqual([
      "CHN-RUS CONSULT cooperation",
    ]);
  });

  it("reads support with its direction", () => {
    expect(relations("俄方堅定支持台灣是中國領土不可分割的一部分。")).toEqual(["RUS-CHN SUPPORT cooperation"]);
  });

  it("resolves 雙方 to the pair last named", () => {
    expect(relations("習近平同普京舉行會談。雙方要繼續深化戰略協作。")).toEqual([
      "CHN-RUS CONSULT cooperation",
      "CHN-RUS COOPERATE cooperation",
    ]);
  });

  it("reads conflicts: named wars, attacks with their direction", () => {
    expect(relations("如今，烏克蘭危機進入第四個年頭，交火仍在持續。")).toEqual(["RUS-UKR ASSAULT conflict"]);
    expect(relations("美英法三國聯手空襲敘利亞。")).toEqual([
      "USA-SYR ASSAULT conflict",
      "GBR-SYR ASSAULT conflict",
      "FRA-SYR ASSAULT conflict",
    ]);
  });

  it("ignores negated events and countries that only name a topic", () => {
    expect(relations("中印互不構成威脅。")).toEqual([]);
    expect(relations("中國不是烏克蘭危機、巴以衝突的製造者。")).toEqual([]);
  });

  it("states a relation of one type between two countries once per paragraph", () => {
    expect(
      relations("習近平同普京舉行會談。雙方要深化戰略協作。中俄還要共同推動金磚合作。\n\n中俄經貿合作成果豐碩。"),
    ).toEqual(["CHN-RUS CONSULT cooperation", "CHN-RUS COOPERATE cooperation", "CHN-RUS COOPERATE cooperation"]);
  });

  it("counts a meeting once when the report recalls it, but a new meeting anew", () => {
    const recalled = "習近平同普京舉行視頻會晤。\n\n兩國元首還就國際地區問題交換意見。";
    expect(relations(recalled)).toEqual(["CHN-RUS CONSULT cooperation"]);
    const another = "中日舉行經濟高層對話。\n\n王毅其後會見日本首相安倍晉三。";
    expect(relations(another)).toEqual(["CHN-JPN CONSULT cooperation", "CHN-JPN CONSULT cooperation"]);
  });

  it("reads support given as a noun as no stance of the one who received it", () => {
    expect(relations("聖普人民從來沒有忘記中國人民給予的幫助和支持。")).toEqual([]);
    expect(relations("聖普政府堅定支持中國。")).toEqual(["STP-CHN SUPPORT cooperation"]);
  });

  it("reads a statement blaming another country as an accusation by the speaker's country", () => {
    const s = toSimplified("美國國務院發言人表示，中國政府要為香港法治受侵蝕負上責任。");
    const found = findRelations(s, findMentions(s), findClaims(s, findMentions(s)));
    expect(found.map((r) => `${r.source}-${r.target} ${r.type}`)).toEqual(["USA-CHN ACCUSE"]);
  });

  it("carries the country a statement's clause opens with to the accusation after it", () => {
    const said = (text: string) => {
      const s = toSimplified(text);
      const mentions = findMentions(s);
      return findRelations(s, mentions, findClaims(s, mentions)).map((r) => `${r.source}-${r.target} ${r.type}`);
    };
    expect(said("發言人趙立堅批評，美方要發布所謂警告，是典型的政治操弄和雙重標準。")).toEqual(["CHN-USA ACCUSE"]);
    expect(said("普京表示，俄方堅定支持台灣是中國領土不可分割的一部分，堅決反對任何形式的台獨。")).toEqual([
      "RUS-CHN SUPPORT",
    ]);
  });

  it("reads a host telling of a gathering as meeting each guest it lists", () => {
    const s = toSimplified("習近平指出，金磚國家和埃及、墨西哥、泰國領導人共商國際發展合作大計。");
    const mentions = findMentions(s);
    const found = findRelations(s, mentions, findClaims(s, mentions)).map((r) => `${r.source}-${r.target} ${r.type}`);
    expect(found).toEqual(["CHN-EGY CONSULT", "CHN-MEX CONSULT", "CHN-THA CONSULT"]);
  });

  it("reads the facts a journalist's question states, not what it asks", () => {
    expect(relations("问：美国政府对中国产品加征25%关税的措施已于今天正式生效。中方对此有何评论？")).toEqual([
      "USA-CHN COERCE conflict",
    ]);
    expect(relations("问：中方对美方部分产品加征关税措施是否已经开始实施？")).toEqual([]);
  });

  it("reads a country after 在 as the place of an event, unless it is visited", () => {
    expect(relations("習近平同特朗普在阿根廷舉行了成功會晤。")).toEqual(["CHN-USA CONSULT cooperation"]);
    expect(relations("正在北韓訪問的中國藝術團參謁友誼塔。")).toEqual(["PRK-CHN CONSULT cooperation"]);
  });

  it("reads coordinated verbs of support as support", () => {
    expect(relations("中方鼓勵和支持巴基斯坦。")).toEqual(["CHN-PAK SUPPORT cooperation"]);
  });
  it("reads 与/同 as naming the other side, the subject before it acting, in its clause or an earlier one", () => {
    expect(relations("外交部长维文在北京钓鱼台国宾馆与中国外长王毅会面。")).toEqual(["SGP-CHN CONSULT cooperation"]);
    expect(relations("正在东南亚访问的王毅抵达新加坡，与外长维文（Vivian Balakrishnan）会面。")).toEqual([
      "CHN-SGP CONSULT cooperation",
    ]);
  });

  it("carries the sentence's subject to a later clause without one, not to the object of another verb", () => {
    expect(relations("外交部驻港公署坚决反对英国政府再次发布报告，敦促英方立即停止政治操弄。")).toEqual([
      "CHN-GBR REJECT conflict",
      "CHN-GBR REQUEST conflict",
    ]);
    expect(relations("英国某些政客，继续支持暴力或者干预中国的内政。")).toEqual([]);
  });
  it("keeps the speaker out of the events their statement tells", () => {
    const s = toSimplified(
      "德国外长瓦德富尔表示，“我们看到的俄罗斯一直表面上假装愿意谈判，实则坚持要满足其最大要求”。",
    );
    const mentions = findMentions(s);
    expect(findRelations(s, mentions, findClaims(s, mentions))).toEqual([]);
    expect(findRelations(s, mentions).map((r) => `${r.source}-${r.target}`)).toEqual(["DEU-RUS"]);
  });
  it("reads a relationship named as a topic, or a condition, as no event", () => {
    expect(relations("中美经贸关系的作用受到弱化。")).toEqual([]);
    expect(relations("美中如果合作定能成就伟大的事业。")).toEqual([]);
    expect(relations("中国愿同新加坡加强和深化友好关系。")).toEqual(["CHN-SGP COOPERATE cooperation"]);
    expect(relations("国务卿布林肯与中国外交部长王毅通过电话讨论了乌克兰事件。")).toEqual([
      "USA-CHN CONSULT cooperation",
    ]);
  });

  it("reads statements: an urged event as the demand, a protest aimed by the clause after it, a charge by no country", () => {
    const said = (text: string) => {
      const s = toSimplified(text);
      const mentions = findMentions(s);
      return findRelations(s, mentions, findClaims(s, mentions)).map((r) => `${r.source}-${r.target} ${r.type}`);
    };
    expect(said("王毅表示，我们鼓励俄乌直接谈判。")).toEqual(["CHN-RUS REQUEST"]);
    expect(said("外交部发言人说，中方当即提出严正交涉，要求菲方立即拖走该舰。")).toEqual([
      "CHN-PHL REQUEST",
      "CHN-PHL PROTEST",
    ]);
    expect(said("外交部驻港公署发言人指出，反观英方自身国安法律多达十余部，却对香港依法审理案件说三道四。")).toEqual([
      "CHN-GBR ACCUSE",
    ]);
    expect(said("王毅说，西方国家指责北京偏袒俄罗斯。")).toEqual([]);
  });
  it("types a clause by its first event word, a demand's content being no event, a broken principle no support", () => {
    expect(relations("中美两国元首同意建立战略沟通渠道。")).toEqual(["CHN-USA AGREE cooperation"]);
    expect(relations("北京经常呼吁俄乌进行和平谈判。")).toEqual(["CHN-RUS REQUEST conflict"]);
    expect(relations("中國外交部周五發布了關於對美國軍工相關企業採取反制措施的決定。")).toEqual([
      "CHN-USA SANCTION conflict",
    ]);
    expect(relations("美方此舉嚴重違反了一個中國原則。")).toEqual([]);
    expect(relations("中国是德国最大的贸易伙伴。")).toEqual([]);
  });
  it("counts a meeting told again with its date or as 这是…会晤 once, one of another date anew", () => {
    const text = [
      "7月11日，王毅在吉隆坡会见美国国务卿鲁比奥。",
      "7月11日，王毅在吉隆坡会见美国国务卿鲁比奥。",
      "这是鲁比奥就任后王毅与美国国务卿首次举行的会晤。",
      "6月5日，国家主席习近平同特朗普总统通电话。",
    ].join("\n\n");
    expect(relations(text)).toEqual(["CHN-USA CONSULT cooperation", "CHN-USA CONSULT cooperation"]);
    expect(relations("美台更必须强化连结。")).toEqual(["USA-TWN COOPERATE cooperation"]);
  });
});
