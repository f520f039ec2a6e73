import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { converter } from "../../ingest/opencc.ts";

const dir = new URL("../fixtures/eval/", import.meta.url);
const articles = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(new URL(f, dir), "utf8"));

describe("opencc converter", () => {
  const fast = converter("hk2s");
  const reference = OpenCC.Converter({ from: "hk", to: "cn" });

  it("converts articles in both scripts exactly as opencc-js does", () => {
    const toHk = OpenCC.Converter({ from: "cn", to: "hk" });
    const toTw = OpenCC.Converter({ from: "cn", to: "tw" });
    for (const text of articles.flatMap((a) => [a, toHk(a), toTw(a)])) expect(fast(text)).toBe(reference(text));
  });

  it("steps over ideographic description sequences, astral and lone surrogate characters as opencc-js does", () => {
    const odd = ["⿰木木林⿱", "𠀀𡃁中國臺灣⿰", "⿲a", "", "乾隆皇帝著名的著作", "\ud840", "a\ud840b", "⿰⿱臺灣"];
    for (const text of odd) expect(fast(text)).toBe(reference(text));
  });

  it("agrees with opencc-js on any mix of both scripts, description characters and surrogates", () => {
    // pieces that start, continue or break dictionary words (乾/干, 著/着, 臺灣, 中國共產黨)
    const pieces = [
      ..."乾著後裡臺灣中國共產黨發展头發干着后里台湾中国共产党⿰⿱⿲木林 a，。",
      "𠀀",
      "\ud840",
      "\udc00",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(fast(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
