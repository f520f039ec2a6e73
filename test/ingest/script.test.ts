import { describe, expect, it } from "vitest";
import { detectLanguage, toSimplified, traditionalForms } from "../../ingest/script.ts";

describe("script conversion", () => {
  it("converts Traditional to Simplified without changing the length", () => {
    const text = "國家主席習近平同俄羅斯總統普京舉行視頻會晤，雙方在聯合國、上海合作組織密切協作。";
    const s = toSimplified(text);
    expect(s).toBe("国家主席习近平同俄罗斯总统普京举行视频会晤，双方在联合国、上海合作组织密切协作。");
    expect(s.length).toBe(text.length);
  });

  it("leaves Simplified, Latin and symbols alone", () => {
    expect(toSimplified("外交部发言人 WHO 2025年😀")).toBe("外交部发言人 WHO 2025年😀");
  });

  it("gives the Traditional forms of a Simplified name", () => {
    expect(traditionalForms("世界卫生组织")).toContain("世界衛生組織");
  });

  it("tells the scripts apart", () => {
    expect(detectLanguage("習近平同普京舉行視頻會晤")).toBe("zh-Hant");
    expect(detectLanguage("习近平同普京举行视频会晤")).toBe("zh-Hans");
    expect(detectLanguage("Putin hails ties with China")).toBe("en");
  });
});
