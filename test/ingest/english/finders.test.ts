// The English finders on short wire-style texts: entities keyed as the Chinese lexicon keys them,
// claims from quotations and reported speech, relations typed with PLOVER, dates from weekdays.
import { describe, expect, it } from "vitest";
import { englishArticleDate, englishEventDate } from "../../../ingest/english/dates.ts";
import { findEnglishMentions } from "../../../ingest/english/entities.ts";
import { findEnglishClaims, findEnglishRelations } from "../../../ingest/english/index.ts";
import { englishSentences, quotations } from "../../../ingest/english/text.ts";

const WIRE = `China, Russia pledge closer coordination

BEIJING, March 3, 2025 - Chinese Foreign Minister Wang Yi held talks with his Russian counterpart Sergei Lavrov in Beijing on Monday.

"China is ready to work with Russia to uphold multilateralism," Wang said. "We oppose unilateral sanctions."

"The two sides trust each other."

Lavrov told reporters that Moscow valued the balanced position of its partner.

Foreign Ministry spokesperson Anna Kovacs warned that Budapest would respond to any pressure.

The United States imposed sanctions on Iran, according to the Treasury.

Japan lodged a protest with China over the incident, Japanese officials said.`;

const said = (text: string) =>
  findEnglishClaims(text, findEnglishMentions(text)).map((c) => [c.speaker.key, text.slice(c.start, c.end)]);

describe("English entities", () => {
  const mentions = findEnglishMentions(WIRE);
  const at = (surface: string, from = 0) => mentions.find((m) => m.start === WIRE.indexOf(surface, from));

  it("keys lexicon people and countries as the Chinese lexicon does, with the title as role", () => {
    const wang = at("Wang Yi");
    expect(wang?.key).toBe("王毅");
    expect(WIRE.slice(wang?.role?.start, wang?.role?.end)).toBe("Chinese Foreign Minister");
    expect(at("Sergei Lavrov")?.key).toBe("拉夫罗夫");
    expect(at("United States")?.key).toBe("USA");
    expect(at("Russia pledge")?.key).toBe("RUS");
  });

  it("reads a capital as its state only where it acts, not where something happens", () => {
    expect(at("Moscow")).toMatchObject({ label: "Country", key: "RUS", form: "capital" });
    expect(at("Beijing on Monday")).toBeUndefined();
  });

  it("finds unknown people after a title and refers surnames back to the full name", () => {
    expect(at("Anna Kovacs")).toMatchObject({ label: "Person", key: "Anna Kovacs" });
    const lavrov = WIRE.indexOf("Lavrov told");
    expect(mentions.find((m) => m.start === lavrov)?.key).toBe("拉夫罗夫");
    // East Asian names refer back by the family name, which comes first
    expect(mentions.find((m) => m.start === WIRE.indexOf("Wang said"))?.key).toBe("王毅");
  });

  it("knows a state's foreign ministry before or after its name, and the abbreviations PRC, DPRK", () => {
    const text = "The Ministry of Foreign Affairs of the PRC and Russia's foreign ministry met the DPRK.";
    expect(findEnglishMentions(text).map((m) => `${m.label}:${m.key}:${text.slice(m.start, m.end)}`)).toEqual([
      "Organization:外交部:Ministry of Foreign Affairs",
      "Country:CHN:PRC",
      "Country:RUS:Russia",
      "Organization:俄罗斯外交部:foreign ministry",
      "Country:PRK:DPRK",
    ]);
  });

  it("finds bodies the lexicon does not know by the word that ends their name, keyed with their state", () => {
    const text = "The Russian Defence Ministry said troops moved. The Labour Party won. Here Is The News Agency.";
    const bodies = findEnglishMentions(text).filter((m) => m.label === "Organization");
    expect(bodies.map((m) => [m.key, m.kind, m.country])).toEqual([
      ["Russian Defence Ministry", "government", "RUS"],
      ["Labour Party", "party", undefined],
    ]);
  });

  it("knows people by the English names the English lexicon adds, and their surnames after", () => {
    const text = "Yoshimasa Hayashi met Han Duck-soo. Hayashi said Han agreed.";
    expect(findEnglishMentions(text).map((m) => `${m.key}:${text.slice(m.start, m.end)}`)).toEqual([
      "林芳正:Yoshimasa Hayashi",
      "韩德洙:Han Duck-soo",
      "林芳正:Hayashi",
      "韩德洙:Han",
    ]);
  });

  it("does not take one word of a longer name for a known person", () => {
    const text = "Kim Il-Sung founded the state. Kim Jong Un attended.";
    expect(findEnglishMentions(text).map((m) => text.slice(m.start, m.end))).toEqual(["Kim Jong Un"]);
  });
});

describe("English claims", () => {
  it("takes quotations, each sentence apart, and quote-only paragraphs continue the speaker", () => {
    const claims = said(WIRE);
    expect(claims).toContainEqual(["王毅", "China is ready to work with Russia to uphold multilateralism"]);
    expect(claims).toContainEqual(["王毅", "We oppose unilateral sanctions."]);
    expect(claims).toContainEqual(["王毅", "The two sides trust each other."]);
  });

  it("takes what follows 'told reporters that' and 'warned that'", () => {
    const claims = said(WIRE);
    expect(claims).toContainEqual(["拉夫罗夫", "Moscow valued the balanced position of its partner."]);
    expect(claims).toContainEqual(["Anna Kovacs", "Budapest would respond to any pressure."]);
  });

  it("gives 'officials said' at the end to their state, the statement being what stands before", () => {
    expect(said(WIRE)).toContainEqual(["JPN", "Japan lodged a protest with China over the incident"]);
  });

  it("resolves 'he added' to the subject of the paragraph, and an inverted 'said Name'", () => {
    const text = `Putin met Xi. "Relations are at their best," he added. "We will never accept this," said Josep Borrell.`;
    expect(said(text)).toEqual([
      ["普京", "Relations are at their best"],
      ["Josep Borrell", "We will never accept this"],
    ]);
  });

  it("keeps a writer's phrase in quotation marks inside the reported statement", () => {
    const text = `Putin hailed relations between the countries, saying they were at an "unprecedented level".`;
    expect(said(text)).toEqual([["普京", text]]);
  });

  it("gives a transcript's answers to the person labelled, and no claim to questions", () => {
    const text = `AFP: The US has announced new tariffs. What is China's response?

Lin Jian: China firmly opposes the tariff hikes.

We will take all necessary measures.

Bloomberg: Any comment?`;
    expect(said(text)).toEqual([
      ["林剑", "China firmly opposes the tariff hikes."],
      ["林剑", "We will take all necessary measures."],
    ]);
  });

  it("reads 'he noted' after a speaker's sentence as the same speaker, and 'who expressed' as the person before", () => {
    const text =
      "Xi spoke with President Moon Jae-in, who expressed support for the relief effort. Xi said that the two countries are close neighbours. He noted that China is confident.";
    expect(said(text)).toEqual([
      ["文在寅", "support for the relief effort."],
      ["习近平", "the two countries are close neighbours."],
      ["习近平", "China is confident."],
    ]);
  });

  it("gives a headline 'Name: ...' to that person, and only the headline", () => {
    const text = "Putin: Russia will not back down\n\nThe talks ended on Monday without a deal.";
    expect(said(text)).toEqual([["普京", "Russia will not back down"]]);
  });

  it("finds no claim in narration", () => {
    expect(said("The two leaders met in the Great Hall of the People in Beijing on Tuesday.")).toEqual([]);
  });
});

describe("English relations", () => {
  const relations = (text: string) =>
    findEnglishRelations(text, findEnglishMentions(text)).map((r) => `${r.source}-${r.target} ${r.type} ${r.polarity}`);

  it("reads talks between people as their states consulting", () => {
    expect(relations(WIRE)).toContain("CHN-RUS CONSULT cooperation");
  });

  it("types sanctions, protests and invasions, and turns 'accused by' round", () => {
    expect(relations("The United States imposed sanctions on Iran.")).toEqual(["USA-IRN SANCTION conflict"]);
    expect(relations("Japan lodged a protest with China.")).toEqual(["JPN-CHN PROTEST conflict"]);
    expect(relations("China has been accused by the US of aiding Russia.")).toEqual(["USA-CHN ACCUSE conflict"]);
    expect(relations("Ukraine resisted the Russian invasion.")).toEqual(["RUS-UKR ASSAULT conflict"]);
  });

  it("reads 'X's Y offensive' as X against Y, and two subjects criticising together as no conflict between them", () => {
    expect(relations("Putin defended Russia's Ukraine offensive.")).toEqual(["RUS-UKR ASSAULT conflict"]);
    expect(relations("Xi and Putin criticised Western governments.")).toEqual([]);
    expect(relations("Xi and Putin met in Beijing.")).toEqual(["RUS-CHN CONSULT cooperation"]);
  });

  it("tells the events of clauses apart", () => {
    expect(relations("Japan met China on Monday, while Russia attacked Ukraine.")).toEqual([
      "JPN-CHN CONSULT cooperation",
      "RUS-UKR ASSAULT conflict",
    ]);
  });

  it("states no relation in a journalist's question", () => {
    expect(relations("Reuters: Will China impose sanctions on Japan?")).toEqual([]);
  });

  it("sees no relation in a negated event or an aside, and no actor in 'Russian oil'", () => {
    expect(relations("Beijing has not criticised Moscow.")).toEqual([]);
    expect(relations("China buys Russian oil.")).toEqual([]);
    expect(relations("The summit - attended by India and Iran - ended.")).toEqual([]);
  });
});

describe("English text and dates", () => {
  it("splits sentences but not after abbreviations, and finds quotations but not apostrophes", () => {
    const text = `The U.S. envoy spoke. Russia's view is 'firm'. "Yes," he said.`;
    expect(englishSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual([
      "The U.S. envoy spoke.",
      "Russia's view is 'firm'.",
      `"Yes," he said.`,
    ]);
    expect(quotations(text, 0, text.length).map((q) => text.slice(q.start, q.end))).toEqual(["firm", "Yes,"]);
  });

  it("reads the publication date and resolves weekdays and written dates against it", () => {
    expect(englishArticleDate(WIRE)).toBe("2025-03-03");
    // 2025-09-02 is a Tuesday
    expect(englishEventDate("met on Monday", "2025-09-02")).toBe("2025-09-01");
    expect(englishEventDate("will attend the parade on Wednesday", "2025-09-02")).toBe("2025-09-03");
    expect(englishEventDate("in talks on September 1", "2025-09-02")).toBe("2025-09-01");
    expect(englishEventDate("said yesterday", "2025-09-02")).toBe("2025-09-01");
    expect(englishEventDate("said so", "2025-09-02")).toBeUndefined();
  });
});
