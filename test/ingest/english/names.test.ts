// People and organizations that no lexicon lists, found by the form of their name.
import { describe, expect, it } from "vitest";
import { findEnglishMentions } from "../../../ingest/english/entities.ts";

const named = (text: string) =>
  findEnglishMentions(text).map(
    (m) => `${m.label}:${m.key}:${m.kind ?? ""}:${m.country ?? ""}:${text.slice(m.start, m.end)}`,
  );

describe("English names by form", () => {
  it("keeps a middle initial in a name and leaves the role noun opening a sentence out of it", () => {
    expect(named("Analyst John F. Smith said the talks went well.")).toEqual(["Person:John F. Smith:::John F. Smith"]);
  });

  it("finds a name followed by its title after a comma", () => {
    const text = "Jalina Porter, Principal Deputy Spokesperson\nThe briefing opened late.";
    const [porter] = findEnglishMentions(text);
    expect(porter).toMatchObject({ label: "Person", key: "Jalina Porter" });
    expect(text.slice(porter?.role?.start, porter?.role?.end)).toBe("Principal Deputy Spokesperson");
    // given names after a surname and a comma are no name of their own
    expect(named("He met Mr. Lavrov, Sergey Viktorovich, Minister of Foreign Affairs.").join()).not.toContain("Sergey");
    // a place before a comma and a title that goes on to a name is no such pair
    expect(named("In Kuala Lumpur, Prime Minister Anwar Ibrahim spoke.").filter((m) => m.includes("Kuala"))).toEqual(
      [],
    );
  });

  it("names bodies of the form X of Y, owned by the state before them, and a state inside only owns a government body", () => {
    expect(named("The US Department of Agriculture said so.")).toEqual([
      "Country:USA:::US",
      "Organization:US Department of Agriculture:government:USA:Department of Agriculture",
    ]);
    expect(named("A professor at the University of Hong Kong and the American Chamber of Commerce agree.")).toEqual([
      "Organization:University of Hong Kong:other::University of Hong Kong",
      "Country:USA:::American",
      "Organization:American Chamber of Commerce:other:USA:Chamber of Commerce",
    ]);
    expect(named("The Embassy of China issued a note.")).toEqual([
      "Organization:Embassy of China:government:CHN:Embassy of China",
      "Country:CHN:::China",
    ]);
  });

  it("names agreements and treaties with the places they are named after", () => {
    expect(named("Both sides honour the Paris Agreement and the Treaty of Amity and Cooperation.")).toEqual([
      "Organization:Paris Agreement:agreement::Paris Agreement",
      "Organization:Treaty of Amity and Cooperation:agreement::Treaty of Amity and Cooperation",
    ]);
    expect(
      named("The China-ASEAN Free Trade Agreement and the China-Japan Treaty of Peace and Friendship hold."),
    ).toEqual([
      "Organization:China-ASEAN Free Trade Agreement:agreement::China-ASEAN Free Trade Agreement",
      "Organization:China-Japan Treaty of Peace and Friendship:agreement::China-Japan Treaty of Peace and Friendship",
    ]);
    // a date after "of" is no part of the name; a ministry without its state could be anyone's
    expect(named("It cited the Geneva Communique of June 30, 2012.")).toEqual([
      "Organization:Geneva Communique:agreement::Geneva Communique",
    ]);
    expect(named("Ministry of Foreign Affairs")).toEqual([]);
  });

  it("reads a media word inside a longer name as a common noun, and no entity in a breadcrumb trail", () => {
    expect(named("Department Press Briefing – May 6, 2022")).toEqual([]);
    expect(named("They discussed the Arctic Council Ministerial.")).toEqual([
      "Organization:Arctic Council:government::Arctic Council",
    ]);
    expect(named("Home > Latest News > Remarks of the Spokesperson")).toEqual([]);
  });
});

describe("English names in appositions and missions by form", () => {
  const role = (text: string, key: string) => {
    const m = findEnglishMentions(text).find((x) => x.key === key);
    return m?.role ? text.slice(m.role.start, m.role.end) : undefined;
  };

  it("finds a name whose title follows a comma, opened by its state or an article and in any case", () => {
    const text = "Liu Jinsong, China’s director-general of Asian affairs, lodged a complaint.";
    expect(role(text, "Liu Jinsong")).toBe("China’s director-general");
    // an honorific is no part of the name
    const sir = "Sir Tim Barrow, Second Permanent Under-Secretary for the Office, met him.";
    expect(role(sir, "Tim Barrow")).toBe("Second Permanent Under-Secretary");
  });

  it("finds the name a title introduces after a comma", () => {
    const text = "Officials summoned the Ambassador to China, Zheng Zeguang.";
    expect(role(text, "Zheng Zeguang")).toBe("Ambassador to China");
    expect(named("We met its spokesperson, Anna Kovacs, today.")).toContain("Person:Anna Kovacs:::Anna Kovacs");
  });

  it("names a state's embassy by its demonym, in lower case as news writes it, and a place it sits in stays a state", () => {
    expect(named("A brick was thrown at the Japanese embassy in China.")).toEqual([
      "Country:JPN:::Japanese",
      "Organization:Japanese embassy in China:government:JPN:embassy in China",
      "Country:CHN:::China",
    ]);
    expect(named("The Chinese embassy and consulates in Japan got calls.")).toEqual([
      "Country:CHN:::Chinese",
      "Organization:Chinese embassy:government:CHN:embassy",
      "Country:JPN:::Japan",
    ]);
  });

  it("finds a name after a title and what it is for, and refers back to it by the family name of a Chinese body's envoy", () => {
    const text =
      "The Special Envoy for Afghan Affairs of the Chinese Foreign Ministry Deng Xijun will attend. Deng said so.";
    expect(role(text, "Deng Xijun")).toBe("Special Envoy for Afghan Affairs of the Chinese Foreign Ministry");
    expect(findEnglishMentions(text).filter((m) => m.key === "Deng Xijun")).toHaveLength(2);
  });

  it("finds someone met or summoned without a title, but no title or state as a name", () => {
    expect(named("Liu met with Yokochi Akira to talk about the remarks.")).toEqual([
      "Person:Yokochi Akira:::Yokochi Akira",
    ]);
    expect(named("He met Prime Minister Anwar Ibrahim on Monday.").join()).not.toContain("Prime Minister:");
  });

  it("names the agency a dateline credits", () => {
    expect(named("BEIJING, Aug. 5 (Xinhuanet) — Talks began.")).toEqual(["Organization:Xinhuanet:media::Xinhuanet"]);
  });

  it("knows the UK's foreign ministry by its English names", () => {
    expect(named("The Foreign, Commonwealth & Development Office summoned him.")).toEqual([
      "Organization:英国外交部:government:GBR:Foreign, Commonwealth & Development Office",
    ]);
  });
});

describe("English roles", () => {
  it("reads a title's role within its line: a credit line above is no part of it", () => {
    const text = "BEIJING, Feb. 13, Kyodo\n\nChinese Foreign Minister Wang Yi arrived.";
    const wang = findEnglishMentions(text).find((m) => m.key === "王毅");
    expect(text.slice(wang?.role?.start, wang?.role?.end)).toBe("Chinese Foreign Minister");
  });
});
