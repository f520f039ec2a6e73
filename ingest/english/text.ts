// The structure of an English news text: paragraphs (one per line; the first short unpunctuated
// line is the headline), sentences, and quotations, as spans of the text.
import { type Block, lines, type Paragraph } from "../text.ts";

export interface Span {
  start: number;
  end: number;
}

/**
 * Page furniture that states nothing: a publication stamp ("Published 19 March 2024"), the page's
 * type ("Press release"), share and contact chrome, a wire's credit line ("(Reporting by ...;
 * Editing by ...)"), related links ("Read more: ...").
 */
const FURNITURE =
  /^(?:(?:Published|Updated|Last updated|First published)\b.{0,40}\d{4}|Press release|News story|Share this( page)?|Media enquiries|Notes to editors|Related (?:content|links|articles|stories|news)|(?:Read more|Related|See also)\s*:.*|\((?:Reporting|Writing|Editing|Additional reporting)\b[^()]*\))$/i;
/** A photo's caption with its credit: "... Credit: AP/PA", "... Photo: AFP", "(Picture: Getty)". */
const CREDITED = /(?:^|[\s(])(?:Credit|Photo|Photograph|Picture|Image|Source)s?\s*:\s*[^.:]{1,60}\)?$/;

export const isFurniture = (line: string): boolean => FURNITURE.test(line);
export const isCredited = (line: string): boolean => CREDITED.test(line);

/** Paragraphs: headings (the first unpunctuated line, "# " lines), labels (page furniture), captions and body text. */
export function englishParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const { trimmed, start, end } of lines(text)) {
    const heading = out.length === 0 && !/[.!?"”]$/.test(trimmed);
    const hashes = /^#+\s*/.exec(trimmed)?.[0].length ?? 0;
    const kind = isFurniture(trimmed)
      ? "label"
      : isCredited(trimmed)
        ? "caption"
        : heading || hashes > 0
          ? "heading"
          : "body";
    out.push({ kind, start: start + hashes, end });
  }
  return out;
}

/** The blocks of text: its paragraphs, each split into sentences. */
export const englishBlocks = (text: string): Block[] =>
  englishParagraphs(text).map((p) => ({ ...p, sentences: englishSentences(text, p.start, p.end) }));

/** Words whose final period ends no sentence. */
const ABBREVIATION =
  /\b(Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|U\.S|U\.K|U\.N|[A-Z])\.$/;

/** Sentences of text[start, end): after . ! ? (and any closing quotes) before a space and a capital or a quote. */
export function englishSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (!".!?".includes(text[i] as string)) continue;
    let stop = i + 1;
    while (stop < end && /["”’')]/.test(text[stop] as string)) stop++;
    if (stop < end && !/^\s+["“‘'(]?[A-Z0-9]/.test(text.slice(stop, stop + 4))) continue;
    if (text[i] === "." && ABBREVIATION.test(text.slice(Math.max(start, i - 5), i + 1))) continue;
    out.push({ start: from, end: stop });
    from = stop;
    while (from < end && /\s/.test(text[from] as string)) from++;
    i = from - 1;
  }
  if (from < end && text.slice(from, end).trim()) out.push({ start: from, end });
  return out;
}

const OPEN = new Map([
  ['"', '"'],
  ["“", "”"],
  ["‘", "’"],
  ["'", "'"],
]);

/** Quotations in text[start, end): the span of the words inside the marks. Single quotes only around words (not it's). */
export function quotations(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i] as string;
    const close = OPEN.get(ch);
    if (!close) continue;
    const single = ch === "'" || ch === "‘";
    if (single && /[A-Za-z]/.test(text[i - 1] ?? "")) continue; // an apostrophe: Russia's
    let j = i + 1;
    // curly double quotes nest (“stop ... in “small circles”, and work ...”): a wire's quotation inside a quotation
    let depth = 0;
    for (; j < end; j++) {
      if (ch === "“" && text[j] === "“" && text.indexOf("”", j) >= 0 && text.indexOf("”", j) < end) {
        const inner = text.indexOf("”", j);
        if (text.indexOf("”", inner + 1) >= 0 && text.indexOf("”", inner + 1) < end) depth++;
        continue;
      }
      if (text[j] !== close) continue;
      // a closing single quote ends a word, it is not one inside it (don't)
      if (single && /[A-Za-z]/.test(text[j + 1] ?? "")) continue;
      if (depth > 0) {
        depth--;
        continue;
      }
      break;
    }
    if (j >= end) {
      if (!single) out.push({ start: i + 1, end }); // a quote running to the paragraph's end
      break;
    }
    out.push({ start: i + 1, end: j });
    i = j;
  }
  return out;
}

/**
 * A wire story's dateline before its first words: the place, a date, the agency in brackets and a
 * dash ("BEIJING (Reuters) -", "Beijing, Feb. 10 (Jiji Press)--", "WASHINGTON, Aug. 5 (Xinhua) --"),
 * or a capitalised place and a dash ("LONDON —"). It locates the story; it is no one's statement.
 */
const DATELINE =
  /^(?:[A-Z][A-Za-z.'’-]*(?:[ ,]{1,2}[A-Z][A-Za-z.'’-]*){0,3}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)? \([A-Z][\w .&'’-]{1,40}\) ?(?:[-–—]{1,2}|:)|[A-Z]{2,}(?: [A-Z]{2,}){0,2}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? [-–—]{1,2}) ?/;

/** The agency a dateline credits in brackets ("BEIJING, Aug. 5 (Xinhuanet) —"), as a span of the text. */
export function datelineCredit(text: string, start: number): Span | undefined {
  const m = DATELINE.exec(text.slice(start, start + 80));
  const open = m?.[0].indexOf("(") ?? -1;
  if (!m || open < 0) return undefined;
  return { start: start + open + 1, end: start + m[0].indexOf(")") };
}

/** Where the words of a paragraph begin after its dateline (the paragraph's start when it has none). */
export function afterDateline(text: string, start: number): number {
  if (start > 0 && text[start - 1] !== "\n") return start;
  const m = DATELINE.exec(text.slice(start, start + 80));
  return m ? start + m[0].length : start;
}
