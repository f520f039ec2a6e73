import { describe, expect, it } from "vitest";
import { people, titles } from "../../ingest/lexicon.ts";
import { findMentions, type Mention } from "../../ingest/mentions.ts";
import { toSimplified } from "../../ingest/script.ts";

const mentions = (text: string) => {
  const s = toSimplified(text);
  return findMentions(s).map((m: Mention) => ({
    label: m.label,
    key: m.key,
    text: s.slice(m.start, m.end),
    role: m.role ? s.slice(m.role.start, m.role.end) : undefined,
    kind: m.kind,
  }));
};
const keys = (text: string, label: string) =>
  mentions(text)
    .filter((m) => m.label === label)
    .map((m) => m.key);

describe("countries", () => {
  it("reads full names in both scripts as ISO alpha-3", () => {
    expect(keys("美國和俄羅斯、印度", "Country")).toEqual(["USA", "RUS", "IND"]);
    expect(keys("美国和俄罗斯、印度", "Country")).toEqual(["USA", "RUS", "IND"]);
    expect(keys("紐西蘭與沙烏地阿拉伯", "Country")).toEqual(["NZL", "SAU"]);
  });

  it("reads one-character forms in pairs and before 方", () => {
    expect(keys("中俄關係", "Country")).toEqual(["CHN", "RUS"]);
    expect(keys("中美俄的態度", "Country")).toEqual(["CHN", "USA", "RUS"]);
    expect(keys("巴以衝突", "Country")).toEqual(["PSE", "ISR"]);
    expect(keys("中方願同美方加強溝通", "Country")).toEqual(["CHN", "USA"]);
    expect(keys("中方對泰方表示感謝", "Country")).toEqual(["CHN", "THA"]);
    expect(keys("願同美新政府保持溝通", "Country")).toEqual(["USA"]);
  });

  it("does not read countries inside other words", () => {
    expect(keys("其中法律規定", "Country")).toEqual([]);
    expect(keys("發展中國家", "Country")).toEqual([]);
    expect(keys("以中國為例", "Country")).toEqual(["CHN"]);
    expect(keys("這種方式很好", "Country")).toEqual([]);
  });

  it("takes a capital for its country only as an actor", () => {
    expect(keys("記者北京報道", "Country")).toEqual([]);
    expect(keys("在北京人民大會堂", "Country")).toEqual([]);
    expect(keys("北京表示反對", "Country")).toEqual(["CHN"]);
    expect(keys("北京和華盛頓", "Country")).toEqual(["CHN", "USA"]);
    expect(keys("形容北京這次立法是災難級決定", "Country")).toEqual(["CHN"]);
    expect(keys("他抵達莫斯科。", "Country")).toEqual([]);
  });
});

describe("organizations", () => {
  it("maps short forms and both scripts to one entity with a kind", () => {
    const orgs = mentions("世衛組織、世界衛生組織和WHO；上合組織與上海合作组织；新華社").filter(
      (m) => m.label === "Organization",
    );
    expect(orgs.map((o) => o.key)).toEqual([
      "世界卫生组织",
      "世界卫生组织",
      "世界卫生组织",
      "上海合作组织",
      "上海合作组织",
      "新华通讯社",
    ]);
    expect(orgs.map((o) => o.kind)).toEqual([
      "international",
      "international",
      "international",
      "international",
      "international",
      "media",
    ]);
  });

  it("reads agreements in 《》 and does not match Latin acronyms inside words", () => {
    expect(mentions("退出《巴黎協定》").find((m) => m.label === "Organization")).toMatchObject({
      key: "巴黎协定",
      kind: "agreement",
    });
    expect(mentions("簽署《中哈兩國邊境合作協定》").find((m) => m.label === "Organization")).toMatchObject({
      kind: "agreement",
    });
    expect(keys("WHOLE SHOW", "Organization")).toEqual([]);
  });

  it("does not read two-character names inside other words", () => {
    expect(keys("中央行政機關", "Organization")).toEqual([]);
    expect(keys("央行宣布降息", "Organization")).toEqual(["中国人民银行"]);
  });
});

describe("people", () => {
  it("reads a name after a title, with the whole title as role", () => {
    const people = mentions("人社部新聞發言人、政策研究司司長盧愛紅21日表示").filter((m) => m.label === "Person");
    expect(people).toMatchObject([{ key: "卢爱红", role: "人社部新闻发言人、政策研究司司长" }]);
    expect(mentions("人社部就業促進司副司長陳勇嘉還提到").find((m) => m.label === "Person")).toMatchObject({
      key: "陈勇嘉",
      role: "人社部就业促进司副司长",
    });
  });

  it("ends a role at anything that is no body, title or department", () => {
    const role = (text: string) => mentions(text).find((m) => m.label === "Person")?.role;
    expect(role("日方高度關注中國國家主席習近平宣布的舉措")).toBe("中国国家主席");
    expect(role("中國駐泰國大使韓志強表示")).toBe("中国驻泰国大使");
    expect(role("工信部運行監測協調局局長陶青透露")).toBe("工信部运行监测协调局局长");
  });

  it("finds where a name ends before a verb, a place or a time", () => {
    expect(keys("工信部運行監測協調局局長陶青透露，", "Person")).toEqual(["陶青"]);
    expect(keys("（記者江鑫嫻北京報道）", "Person")).toEqual(["江鑫娴"]);
    expect(keys("外交部發言人毛寧主持例行記者會", "Person")).toEqual(["毛宁"]);
  });

  it("knows world leaders by every transliteration, and their titles", () => {
    expect(keys("特朗普、川普、普京和普丁", "Person")).toEqual(["特朗普", "特朗普", "普京", "普京"]);
    expect(mentions("同俄羅斯總統普京舉行會晤").find((m) => m.label === "Person")).toMatchObject({
      key: "普京",
      role: "俄罗斯总统",
    });
  });

  it("finds later bare mentions of a person first seen with a title", () => {
    expect(keys("財政部副部長王東偉介紹。王東偉說", "Person")).toEqual(["王东伟", "王东伟"]);
  });

  it("reads a name before a title, at a clause start or after 同/会见", () => {
    expect(keys("胡春華副總理將會見卡博雷總統，同蒂耶巴總理舉行會談", "Person")).toEqual([
      "胡春华",
      "卡博雷",
      "蒂耶巴",
    ]);
    expect(keys("全體記者到場，1萬名記者", "Person")).toEqual([]);
    expect(keys("同蒂耶巴總理舉行會談", "Country")).toEqual([]);
  });

  it("takes no ordinary word after a title for a name", () => {
    expect(keys("有記者提問稱", "Person")).toEqual([]);
    expect(keys("總統任期內的改革", "Person")).toEqual([]);
  });
});

describe("organizations found in context", () => {
  it("reads a body of a known body, named by its own suffix", () => {
    expect(keys("中國國務院關稅稅則委員會發布了消息。", "Organization")).toEqual(["国务院关税税则委员会"]);
    expect(keys("國務院副總理胡春華", "Organization")).toEqual(["国务院"]);
  });

  it("reads a quoted name ending like a body as an organization", () => {
    expect(keys("出席華府智庫「布魯金斯研究所」活動", "Organization")).toEqual(["布鲁金斯研究所"]);
    expect(keys("他說「我們的研究」很重要", "Organization")).toEqual([]);
  });

  it("finds a quoted new name again where it stands unquoted", () => {
    const found = keys("峰會決定建立「上合組織開發銀行」。習近平喊話盡快建成上合組織開發銀行。", "Organization");
    expect(found).toEqual(["上合组织开发银行", "上合组织开发银行"]);
  });
});

describe("Taiwan and Hong Kong usage", () => {
  it("reads 大陸 as China where it stands for the state, not for a continent", () => {
    expect(keys("大陸外長王毅昨稱，大陸計畫實施一百個項目", "Country")).toEqual(["CHN", "CHN"]);
    expect(keys("在歐亞大陸形成安全架構，保護大陸架", "Country")).toEqual([]);
  });
});

describe("the people lexicon", () => {
  it("names people by their names, never by a title", () => {
    for (const p of people) expect(titles.longestAt(p.name, 0)?.term ?? "").not.toBe(p.name);
    expect(keys("聯合國秘書長古特雷斯表示", "Person")).toEqual(["古特雷斯"]);
  });
});

describe("names in parts", () => {
  it("reads a name joined by a middle dot as one name", () => {
    expect(keys("全國人大常委會副委員長艾力更·依明巴海、國務委員楊潔篪出席", "Person")).toEqual([
      "艾力更·依明巴海",
      "杨洁篪",
    ]);
  });
});

describe("organizations by their head noun", () => {
  it("reads a name ending in a head noun as a body, with the countries in it as part of its name", () => {
    expect(keys("歐洲商會與美台商業協會昨日發表聲明。", "Organization")).toEqual(["欧洲商会", "美台商业协会"]);
    expect(keys("針對菲律賓國家海事委員會的聲明", "Organization")).toEqual(["菲律宾国家海事委员会"]);
    expect(keys("針對菲律賓國家海事委員會的聲明", "Country")).toEqual([]);
    expect(keys("他曾任教於倫敦大學亞非學院。", "Organization")).toEqual(["伦敦大学亚非学院"]);
    expect(keys("他在約翰·霍普金斯大學演講", "Organization")).toEqual(["约翰·霍普金斯大学"]);
  });

  it("makes a council of one state that state's body, and no chamber or school a state's", () => {
    const orgs = mentions("中方拒絕菲律賓國家海事委員會的聲明，美國商會對此表示關注。").filter(
      (m) => m.label === "Organization",
    );
    expect(orgs.map((m) => `${m.key}:${m.kind}`)).toEqual(["菲律宾国家海事委员会:government", "美国商会:other"]);
    expect(keys("香港國安法和香港國安條例完全符合國際法", "Organization")).toEqual(["香港国安法", "香港国安条例"]);
  });

  it("ends the name at a preposition, a conjunction, a title or a verb", () => {
    expect(keys("外長接待由美台商業協會率領的訪問團", "Organization")).toEqual(["美台商业协会"]);
    expect(keys("副教授陳明及台中市國際事務委員會執行長", "Organization")).toEqual(["台中市国际事务委员会"]);
    expect(keys("新加坡總理訪華，雙方共同主持中新雙邊合作聯合委員會會議", "Organization")).toEqual([
      "中新双边合作联合委员会",
    ]);
    expect(keys("他們在得州觀看大學籃球賽", "Organization")).toEqual([]);
  });

  it("takes no description or common noun for a name", () => {
    expect(keys("該委員會和專家委員會都已成立", "Organization")).toEqual([]);
    expect(keys("出席華府智庫「布魯金斯研究所」活動", "Organization")).toEqual(["布鲁金斯研究所"]);
    expect(keys("他們都是上海的大學生", "Organization")).toEqual([]);
  });

  it("takes a Latin short form glossed after a name for the same body, wherever it stands", () => {
    const found = mentions("美國中國總商會（CGCC）昨晚舉行晚宴。她感謝CGCC組織這次活動。").filter(
      (m) => m.label === "Organization",
    );
    expect(found.map((m) => `${m.key}=${m.text}`)).toEqual([
      "美国中国总商会=美国中国总商会",
      "美国中国总商会=CGCC",
      "美国中国总商会=CGCC",
    ]);
  });
});

describe("names the lexicon knows, in context", () => {
  it("never lets a blocked word hide a known name (中新社 is an agency, though 中新 is a pair)", () => {
    expect(keys("中新社紐約1月19日電", "Organization")).toEqual(["中国新闻社"]);
    expect(keys("中新社紐約1月19日電", "Country")).toEqual([]);
  });

  it("reads a two-character name before a title as one, but not one running into a word after it", () => {
    expect(keys("他於川普總統第一任期擔任次卿", "Person")).toEqual(["特朗普"]);
    expect(keys("中國遊客中共有78人獲救", "Organization")).toEqual([]);
    expect(keys("我們看著中共霸凌它的鄰國", "Organization")).toEqual(["中国共产党"]);
  });

  it("takes a minister's title for a title, not for the ministry (外交部長, 外交部門)", () => {
    expect(mentions("新加坡外交部長維文表示").find((m) => m.label === "Person")).toMatchObject({
      key: "维文",
      role: "新加坡外交部长",
    });
    expect(keys("新加坡外交部長維文表示，兩國外交部門保持溝通", "Organization")).toEqual([]);
  });

  it("reads no one-character form that makes a word with the preposition before it (同意, not Italy)", () => {
    expect(keys("雙方同意兩國加強戰略溝通", "Country")).toEqual([]);
    expect(keys("同美總統會談", "Country")).toEqual(["USA"]);
  });
});

describe("names in parts, after any title", () => {
  it("reads a middle-dotted name after a title of no country, and its last part later as the same person", () => {
    const found = mentions("紐約州州長凱茜·霍楚爾在晚宴上致辭。霍楚爾說，紐約歡迎中國公司。").filter(
      (m) => m.label === "Person",
    );
    expect(found.map((m) => `${m.key}=${m.text}`)).toEqual(["凯茜·霍楚尔=凯茜·霍楚尔", "凯茜·霍楚尔=霍楚尔"]);
  });

  it("ends a name where the word after it runs into a conjunction (黃奎博及…)", () => {
    expect(keys("政大外交系副教授黃奎博及執行長董思齊等人", "Person")).toEqual(["黄奎博", "董思齐"]);
  });
});

describe("organizations by the place they stand in", () => {
  it("reads a named report in 「」 or 《》 as a body of text", () => {
    expect(keys("英國政府再次發布所謂「香港問題半年報告」", "Organization")).toEqual(["香港问题半年报告"]);
    expect(mentions("國防部發布《2024年國防白皮書》").find((m) => m.text === "2024年国防白皮书")).toMatchObject({
      kind: "agreement",
    });
  });

  it("takes a platform named as the channel something was posted on for no organization", () => {
    expect(keys("分享 8world Email 8world Facebook 8world Telegram", "Organization")).toEqual([]);
    expect(keys("兩人握手。（取自維文臉書）", "Organization")).toEqual([]);
    expect(keys("臉書宣布關閉這些帳號", "Organization")).toEqual(["Meta"]);
  });
});
