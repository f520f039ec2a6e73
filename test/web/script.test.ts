// The 繁體 / 简体 display toggle: the characters Taiwanese and Hong Kong news print, not opencc's variants.
import { describe, expect, it } from "vitest";
import { converterFor } from "../../web/src/script.ts";

describe("script converters", () => {
  it("繁體 writes 峰會 and 裡面 (not 峯會, 裏面), keeping the words", async () => {
    const hant = await converterFor("hant");
    expect(hant("上合组织峰会在天津举行")).toBe("上合組織峰會在天津舉行");
    expect(hant("会议里面发表了声明")).toBe("會議裡面發表了聲明");
  });

  it("简体 reads Traditional of either variant, and 原文 changes nothing", async () => {
    const hans = await converterFor("hans");
    expect(hans("上合組織峯會")).toBe("上合组织峰会");
    expect(hans("上合組織峰會")).toBe("上合组织峰会");
    expect((await converterFor("original"))("峯會")).toBe("峯會");
  });
});
