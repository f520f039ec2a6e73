import { describe, expect, it } from "vitest";
import { findClaims } from "../../ingest/claims.ts";
import { findMentions } from "../../ingest/mentions.ts";
import { toSimplified } from "../../ingest/script.ts";

/** [speaker key, claim text] of each claim of `text`. */
const claims = (text: string) => {
  const s = toSimplified(text);
  return findClaims(s, findMentions(s)).map((c) => [c.speaker.key, text.slice(c.start, c.end)]);
};

describe("claims", () => {
  it("takes what follows a speaker and a speech verb, sentence by sentence", () => {
    expect(claims("習近平指出，再過幾天就是中國春節。兩國關係不斷發展。")).toEqual([
      ["习近平", "再過幾天就是中國春節"],
      ["习近平", "兩國關係不斷發展"],
    ]);
  });

  it("finds the speaker behind a title and adverbials", () => {
    expect(claims("人社部新聞發言人、政策研究司司長盧愛紅21日在新聞發布會上表示，2024年就業形勢總體穩定。")).toEqual([
      ["卢爱红", "2024年就業形勢總體穩定"],
    ]);
    expect(claims("郭嘉昆談及白宮稱將退出《巴黎協定》時表示，中方對此表示關切。")).toEqual([
      ["郭嘉昆", "中方對此表示關切"],
    ]);
  });

  it("gives an unnamed official's words to the body", () => {
    expect(claims("工信部相關負責人21日在發布會上表示，數字產業集群已成為重要引擎。")).toEqual([
      ["工业和信息化部", "數字產業集群已成為重要引擎"],
    ]);
  });

  it("reads headline attributions", () => {
    expect(claims("# 外交部：願同美新政府保持溝通 妥善管控分歧\n\n正文。")).toEqual([
      ["外交部", "願同美新政府保持溝通 妥善管控分歧"],
    ]);
    expect(claims("# 普京：俄中合作從不受國際形勢變化影響")).toEqual([["普京", "俄中合作從不受國際形勢變化影響"]]);
  });

  it("resolves 他說 to the last speaker and splits a sentence at a new speaker", () => {
    expect(claims("王毅表示，中日應共同反對保護主義。他說，雙方應深入溝通。")).toEqual([
      ["王毅", "中日應共同反對保護主義"],
      ["王毅", "雙方應深入溝通"],
    ]);
    expect(claims("普京表示，俄方支持中方立場，拉夫羅夫補充說，俄中合作良好。")).toEqual([
      ["普京", "俄方支持中方立場"],
      ["拉夫罗夫", "俄中合作良好"],
    ]);
  });

  it("gives press-conference answers to the spokesperson and questions to nobody", () => {
    const text =
      "外交部發言人陸慷主持例行記者會。\n\n問：美國對中國產品加徵關稅，請問中方有何回應？\n\n答：美方這一錯誤做法違反了世貿規則。中方始終反對單邊主義。\n\n問：第二個問題？\n\n答：我們注意到有關報道。";
    expect(claims(text)).toEqual([
      ["陆慷", "美方這一錯誤做法違反了世貿規則"],
      ["陆慷", "中方始終反對單邊主義"],
      ["陆慷", "我們注意到有關報道"],
    ]);
  });

  it("reads an attribution that closes its sentence", () => {
    expect(claims("「中方堅決反對任何形式的單邊制裁」，王毅說。")).toEqual([
      ["王毅", "中方堅決反對任何形式的單邊制裁"],
    ]);
  });

  it("makes no claim of narration", () => {
    expect(claims("1月21日下午，國家主席習近平在北京同俄羅斯總統普京舉行視頻會晤。新聞稿稱，雙方交換了意見。")).toEqual(
      [],
    );
  });

  it("keeps speech reported inside a statement with the statement's speaker", () => {
    expect(claims("《路透社》則引消息指，美國政府最快或在周五宣布一項針對香港的類似商業指引。")).toEqual([
      ["路透社", "美國政府最快或在周五宣布一項針對香港的類似商業指引"],
    ]);
    expect(claims("外交部發言人趙立堅批評「美方要發布所謂警告，是典型的政治操弄」。")).toEqual([
      ["赵立坚", "美方要發布所謂警告，是典型的政治操弄"],
    ]);
    // one of the first speakers going on in their own words is a claim of its own
    expect(claims("外長王毅、日本外相河野太郎表示，要讓兩國關係進入新起點，王毅更稱兩國關係正進入重要階段。")).toEqual([
      ["王毅", "要讓兩國關係進入新起點"],
      ["王毅", "兩國關係正進入重要階段"],
    ]);
  });

  it("gives a statement or declaration to the body that issued it", () => {
    const text =
      "會議發表了金磚國家支持多邊貿易體制的單獨聲明。聲明強調，金磚國家致力於維護以世貿組織為核心的多邊貿易體制。聲明呼籲世貿組織成員恪守世貿組織規則。";
    expect(claims(text).map(([speaker]) => speaker)).toEqual(["金砖国家", "金砖国家"]);
    expect(claims("上海合作組織峰會發表「天津宣言」。「天津宣言」提到，成員國決定合併觀察員和對話夥伴。")).toEqual([
      ["上海合作组织", "成員國決定合併觀察員和對話夥伴"],
    ]);
  });

  it("never makes a law or treaty the speaker", () => {
    const found = claims("發言人趙立堅稱，國安法實施後，香港社會重回正軌，批評美方搞雙重標準。");
    expect(found[0]).toEqual(["赵立坚", "國安法實施後，香港社會重回正軌"]);
    expect(found.map(([speaker]) => speaker)).not.toContain("香港国安法");
  });

  it("follows the turns of a transcript: a journalist asks, the named spokesperson answers", () => {
    const text =
      "外交部發言人汪文斌主持例行記者會。\n\n澎湃新聞記者：你可否介紹會議情況？\n\n汪文斌：昨天，王毅外長主持了會議。\n\n這次會議意義重大。\n\n法新社記者：中方對此有何回應？";
    expect(claims(text)).toEqual([
      ["汪文斌", "昨天，王毅外長主持了會議"],
      ["汪文斌", "這次會議意義重大"],
    ]);
  });

  it("reads a quote after a dateline as the quoted speaker's, and another speaker's words inside a statement as the statement's", () => {
    expect(claims("（中央社記者顧荃台北3日電）美國國務院亞太助卿史達偉說「不會稱台灣為國家」。")).toEqual([
      ["史达伟", "不會稱台灣為國家"],
    ]);
    expect(
      claims("外交部發言人歐江安表示，台美關係緊密友好，美方已多次重申「台灣關係法」的承諾。").map(
        ([speaker]) => speaker,
      ),
    ).toEqual(["欧江安"]);
  });

  it("gives a news agency its reported sentence only, and a published declaration to its issuer", () => {
    expect(claims("據新華社報道，中國藝術團周一參謁中朝友誼塔。藝術團一行200餘人前往祭奠。")).toEqual([
      ["新华通讯社", "中國藝術團周一參謁中朝友誼塔"],
    ]);
    const declaration =
      "上合組織峰會閉幕。新華社發布的宣言提到，「成員國重申支持倡議」。上合組織成員國重申，反對對抗。";
    expect(claims(declaration).map(([speaker]) => speaker)).toEqual(["上海合作组织", "上海合作组织"]);
  });

  it("splits a long statement at semicolons into pieces that stand alone", () => {
    const text =
      "金磚國家領導人會晤閉幕。五國領導人認為，金磚國家應該深化在重大問題上的溝通和協調，捍衛國際關係基本準則，合作應對各種全球性挑戰，加快全球經濟治理改革；加強宏觀政策協調，對接發展戰略；深化政治安全合作，增進戰略互信；將人文交流活動經常化、機制化，加深五國人民相互了解和友誼；與時俱進加強金磚機制建設，為各領域合作走深走實提供堅實保障。";
    expect(claims(text).map(([, claim]) => claim)).toEqual([
      "金磚國家應該深化在重大問題上的溝通和協調，捍衛國際關係基本準則，合作應對各種全球性挑戰，加快全球經濟治理改革",
      "加強宏觀政策協調，對接發展戰略；深化政治安全合作，增進戰略互信",
      "將人文交流活動經常化、機制化，加深五國人民相互了解和友誼",
      "與時俱進加強金磚機制建設，為各領域合作走深走實提供堅實保障",
    ]);
  });

  it("keeps the spokesperson's words whole when they speak of their own side", () => {
    expect(claims("中國外交部發言人趙立堅今回應，中方對此堅決反對並予以強烈譴責，已經採取必要的反制措施。")).toEqual([
      ["赵立坚", "中方對此堅決反對並予以強烈譴責，已經採取必要的反制措施"],
    ]);
  });
});
