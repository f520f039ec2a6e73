import { describe, expect, it } from "vitest";
import { articleDate, eventDate } from "../../ingest/dates.ts";

describe("dates", () => {
  it("finds the publication date from the caller, the text or the file name", () => {
    expect(articleDate("正文", { date: "2025-01-22" })).toBe("2025-01-22");
    expect(articleDate("新華社北京2024年12月3日電 正文")).toBe("2024-12-03");
    expect(articleDate("正文", { file: "data/wenweipo-2025-01-22.txt" })).toBe("2025-01-22");
    expect(articleDate("正文")).toBeUndefined();
  });

  it("resolves event dates against the publication date", () => {
    expect(eventDate("1月21日下午，會晤", "2025-01-22")).toBe("2025-01-21");
    expect(eventDate("盧愛紅21日表示", "2025-01-22")).toBe("2025-01-21");
    expect(eventDate("繼17日晚通電話", "2025-01-03")).toBe("2024-12-17");
    expect(eventDate("12月30日", "2025-01-03")).toBe("2024-12-30");
    expect(eventDate("昨日宣布", "2025-03-01")).toBe("2025-02-28");
    expect(eventDate("去年12月5日", "2025-01-22")).toBe("2024-12-05");
    expect(eventDate("2023年7月6日", "2025-01-22")).toBe("2023-07-06");
    expect(eventDate("沒有日期", "2025-01-22")).toBeUndefined();
    expect(eventDate("2月30日", "2025-01-22")).toBeUndefined();
  });
});
