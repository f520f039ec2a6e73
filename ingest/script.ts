// Traditional <-> Simplified Chinese, offset-preserving. Lexicons and ids are keyed in Simplified
// script, so an article in either script meets the same entities; every analysis runs on the
// Simplified copy, whose index i is the same character as index i of the input.
import * as OpenCC from "opencc-js";
import { converter } from "./opencc.ts";

/** OpenCC's hk -> cn, run by ./opencc.ts: whole articles go through it. */
const hkToCn = converter("hk2s");
const cnToHk = OpenCC.Converter({ from: "cn", to: "hk" });
const cnToTw = OpenCC.Converter({ from: "cn", to: "tw" });

const charCaches = new Map<(s: string) => string, Map<string, string>>();

/** Converts each code unit on its own: slower, but one output unit per input unit by construction. */
function charByChar(text: string, convert: (s: string) => string): string {
  const cache = charCaches.get(convert) ?? new Map<string, string>();
  charCaches.set(convert, cache);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    let c = cache.get(ch);
    if (c === undefined) {
      c = convert(ch);
      if (c.length !== 1) c = ch;
      cache.set(ch, c);
    }
    out += c;
  }
  return out;
}

function sameLength(text: string, ...steps: ((s: string) => string)[]): string {
  let out = text;
  for (const step of steps) {
    const next = step(out);
    out = next.length === out.length ? next : charByChar(out, step);
  }
  return out;
}

/**
 * Simplified form of `text`, same length, so offsets carry over unchanged. The Hong Kong table
 * alone also reads Taiwan text (台灣, 裡); a second Taiwan pass would only turn 著 into 着 and
 * doubles the cost.
 */
export const toSimplified = (text: string): string => sameLength(text, hkToCn);

/** Names recur in every article and each OpenCC call costs several passes: terms' conversions are kept, this many at most. */
const MAX_CACHED_TERMS = 100_000;

function cachedPerTerm<T>(convert: (term: string) => T): (term: string) => T {
  const cache = new Map<string, T>();
  return (term) => {
    let out = cache.get(term);
    if (out === undefined) {
      if (cache.size >= MAX_CACHED_TERMS) cache.clear();
      out = convert(term);
      cache.set(term, out);
    }
    return out;
  };
}

/** Traditional forms (Hong Kong and Taiwan standards) of a Simplified term, for aliases. */
export const traditionalForms: (term: string) => readonly string[] = cachedPerTerm((term) => [
  ...new Set([cnToHk(term), cnToTw(term)]),
]);

/** A term as written, its Simplified form, and that form's Traditional ones. */
export const bothScripts: (term: string) => readonly string[] = cachedPerTerm((term) => {
  const simplified = toSimplified(term);
  return [term, simplified, ...traditionalForms(simplified)];
});

/** zh-Hant when the text holds characters that Simplified script writes differently. */
export function detectLanguage(text: string, simplified = toSimplified(text)): "zh-Hant" | "zh-Hans" | "en" {
  let han = 0;
  let changed = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (text[i] !== simplified[i]) changed++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  // an English article may quote a few Chinese words, a Chinese one English paragraphs
  if (latin > 0 && latin >= han * 4) return "en";
  return changed > 0 && changed >= han * 0.01 ? "zh-Hant" : "zh-Hans";
}
