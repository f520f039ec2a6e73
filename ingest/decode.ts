// Raw bytes -> article text, refusing what is not an article: binary data, unknown encodings,
// HTML pages, empty text. Used by the CLI and the server before extraction.
import { DiplographError } from "../graph/errors.ts";

/** Input that cannot be an article; the message says why, for the user. */
export class ArticleInputError extends DiplographError {
  override name = "ArticleInputError";
  readonly code = "not-an-article";
}

/** Articles larger than this are refused rather than tying up a process. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

function bomEncoding(bytes: Uint8Array): { encoding: "utf-8" | "utf-16le" | "utf-16be"; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return undefined;
}

/** Decodes an article file's bytes (UTF-8 with or without BOM, UTF-16 with BOM) and checks it is text. */
export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.length > MAX_ARTICLE_BYTES)
    throw new ArticleInputError(`article too large: ${bytes.length} bytes (limit ${MAX_ARTICLE_BYTES})`);
  const bom = bomEncoding(bytes);
  let text: string;
  try {
    text = new TextDecoder(bom?.encoding ?? "utf-8", { fatal: true }).decode(bytes.subarray(bom?.skip ?? 0));
  } catch {
    throw new ArticleInputError(
      bytes.includes(0)
        ? "binary data, not an article"
        : "not valid UTF-8 (and no UTF-16 byte-order mark): unknown text encoding; convert the file to UTF-8",
    );
  }
  return checkArticleText(text);
}

/** Control characters that text never holds (tab, newline and carriage return aside). */
function controlCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b : c === 0x7f) n++;
  }
  return n;
}
const HTML = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** Refuses strings that are not an article's text; returns the text unchanged otherwise. */
export function checkArticleText(text: string): string {
  if (text.trim() === "") throw new ArticleInputError("empty article: no text");
  const controls = controlCount(text);
  if (controls > 0 && controls > text.length / 100) throw new ArticleInputError("binary data, not an article");
  if (HTML.test(text) || /<\/(p|div|script)>/i.test(text.slice(0, 5000)))
    throw new ArticleInputError("an HTML page, not an article's text; extract the article's text first");
  return text;
}
