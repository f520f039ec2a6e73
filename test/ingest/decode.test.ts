import { describe, expect, it } from "vitest";
import { ArticleInputError, checkArticleText, decodeArticle } from "../../ingest/decode.ts";

const TEXT = "外交部發言人郭嘉昆表示，中方願同美方加強溝通。";
const utf16 = (text: string, littleEndian: boolean) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
};

describe("decodeArticle", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeArticle(bytes)).toBe(TEXT);
    expect(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(TEXT);
  });

  it("reads UTF-16 with a byte-order mark, both byte orders", () => {
    expect(decodeArticle(utf16(TEXT, true))).toBe(TEXT);
    expect(decodeArticle(utf16(TEXT, false))).toBe(TEXT);
  });

  it("refuses binary data, unknown encodings, HTML pages and empty text", () => {
    const gb2312 = new Uint8Array([0xcd, 0xe2, 0xbd, 0xbb, 0xb2, 0xbf, 0xb7, 0xa2, 0xd1, 0xd4, 0xc8, 0xcb]); // 外交部发言人 in GBK
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0xff, 0x00]), /binary/],
      [gb2312, /encoding/],
      [new TextEncoder().encode("<!DOCTYPE html><html><body><p>中方</p></body></html>"), /HTML/],
      [new TextEncoder().encode(" \n\t\u3000 "), /empty/],
      [new Uint8Array(), /empty/],
    ];
    for (const [bytes, message] of cases) {
      expect(() => decodeArticle(bytes)).toThrow(ArticleInputError);
      expect(() => decodeArticle(bytes)).toThrow(message);
    }
  });

  it("refuses text full of control characters", () => {
    expect(() => checkArticleText("\u0001\u0002\u0003\u0004abc")).toThrow(ArticleInputError);
  });
});
