// The structure of an English news text: paragraphs (one per line; the first short unpunctuated
// line is the headline), sentences, and quotations, as spans of the text.
import { type Block, lines, type Paragraph } from "../text.ts";

export interface Span {
  start: number;
  end: number;
}

/** Paragraphs: headings (the first unpunctuated line, "# " lines) and body text. */
export function englishParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const { trimmed, start, end } of lines(text)) {
    const heading = out.length === 0 && !/[.!?"”]$/.test(trimmed);
    const hashes = /^#+\s*/.exec(trimmed)?.[0].length ?? 0;
    out.push({ kind: heading || hashes > 0 ? "heading" : "body", start: start + hashes, end });
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
    for (; j < end; j++) {
      if (text[j] !== close) continue;
      // a closing single quote ends a word, it is not one inside it (don't)
      if (single && /[A-Za-z]/.test(text[j + 1] ?? "")) continue;
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
