import { readdirSync, readFileSync } from "node:fs";
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
});
