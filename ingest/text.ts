// The structure of a news text: paragraphs (headings, photo captions, bylines, questions, body)
// and sentences, as spans of the normalised text.

export type ParagraphKind = "heading" | "caption" | "label" | "question" | "body";

export interface Paragraph {
  kind: ParagraphKind;
  /** Span of the content (after "# " or "●"). */
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  /** After the closing punctuation and quotes. */
  end: number;
}

/** A paragraph of the document with its sentences (filled by the pipeline's sentence stage). */
export interface Block extends Paragraph {
  sentences: Sentence[];
}

const CAPTION = /^[●■▲◆★▼]/;
/** A photo's caption ends with its credit: …举行会谈。新华社记者 张铎摄 */
const PHOTO_CREDIT = /(摄|攝)[)）]?$/;
const HEADLINE_MAX = 80;
const QUESTION_MARKERS = /请问|有何(评论|回应|看法|评价)|如何(评价|看待|回应)|怎么看|是否(属实|证实)|能否介绍/;
/** A journalist's turn at a press conference: 问：, 记者：, 澎湃新闻记者：, Q: */
const ASKS = /^(问|Q|[^，。：:\n]{0,15}(记者|記者))[：:]/;
/** Short lines without closing punctuation are bylines, photo credits, column labels. */
const LABEL_MAX = 15;

/** The non-blank lines of s, trimmed, with the span of the trimmed text. */
export function* lines(s: string): Generator<{ trimmed: string; start: number; end: number }> {
  let at = 0;
  for (const line of s.split("\n")) {
    const trimmed = line.trim();
    const start = at + line.length - line.trimStart().length;
    at += line.length + 1;
    if (trimmed) yield { trimmed, start, end: start + trimmed.length };
  }
}

export function paragraphs(s: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const { trimmed, start, end } of lines(s)) {
    const heading = /^#+\s*/.exec(trimmed);
    // some pages mark every paragraph as a heading: a line of sentences is a paragraph
    if (heading && !(trimmed.length > 40 && /[。！？]/.test(trimmed.slice(0, -1))))
      out.push({ kind: "heading", start: start + heading[0].length, end });
    else if (heading) out.push({ kind: "body", start: start + heading[0].length, end });
    else if (out.length === 0 && trimmed.length <= HEADLINE_MAX && !/[，。！？!?]/.test(trimmed))
      out.push({ kind: "heading", start, end }); // a page's title, copied without its "# "
    else if (CAPTION.test(trimmed)) out.push({ kind: "caption", start: start + 1, end });
    else if (PHOTO_CREDIT.test(trimmed)) out.push({ kind: "caption", start, end });
    else if (ASKS.test(trimmed) || (/[？?]$/.test(trimmed) && QUESTION_MARKERS.test(trimmed)))
      out.push({ kind: "question", start, end });
    else if (trimmed.length <= LABEL_MAX && !/[。！？!?」”：:]$/.test(trimmed)) out.push({ kind: "label", start, end });
    else out.push({ kind: "body", start, end });
  }
  return out;
}

/** The blocks of s: its paragraphs, each split into sentences. */
export const blocks = (s: string): Block[] =>
  paragraphs(s).map((p) => ({ ...p, sentences: sentences(s, p.start, p.end) }));

/** The sentences of a block from offset `from` on (after a turn's label, 答：), the first one cut there. */
export const sentencesFrom = (b: Block, from: number): Sentence[] =>
  b.sentences.filter((x) => x.end > from).map((x) => (x.start < from ? { start: from, end: x.end } : x));

/** Char codes, as the scan reads them: s[i] would allocate a string per non-ASCII character. */
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const END = codes("。！？!?");
const CLOSE = codes("」』”’）)");
const DOT = 0x2e;

/** Sentences of s[start, end): split after 。！？ (with any closing quotes that follow). */
export function sentences(s: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    // a full stop ends an English sentence quoted in a Chinese text ("... on the ground. The United States ...")
    const c = s.charCodeAt(i);
    const latinStop = c === DOT && /[a-z0-9)"”]/.test(s[i - 1] ?? "") && (s[i + 1] === " " || i + 1 === end);
    if (!END.has(c) && !latinStop) continue;
    let stop = i + 1;
    while (stop < end && (END.has(s.charCodeAt(stop)) || CLOSE.has(s.charCodeAt(stop)))) stop++;
    out.push({ start: from, end: stop });
    from = stop;
    i = stop - 1;
  }
  if (from < end && s.slice(from, end).trim()) out.push({ start: from, end });
  return out;
}

/**
 * Page furniture that states nothing: tag lists, share widgets, editors' and source credits,
 * links, subscription calls (相关标签 美国 中国, 分享 :, 责任编辑：, [原文链接](https://…), 订阅…).
 */
const FURNITURE =
  /^\s*(相关标签|标签[：:]|分享|责任编辑|编辑[：:]|来源[：:]|原文链接|延伸阅读|相关新闻|相关阅读|相关报道|订阅|点击|扫码|关注我们|下载|广告|\[[^\]\n]*\]\(https?:)/;
export const isFurniture = (sentence: string): boolean => FURNITURE.test(sentence);

const TRIM_START = /^[\s「『“‘（(」』”’，、：；]+/;
const TRIM_END = /[\s，、。！？!?：；;」』”’「『“‘]+$/;

/** [start, end) without leading/trailing punctuation and quotes. */
export function trimSpan(s: string, start: number, end: number): [number, number] {
  const piece = s.slice(start, end);
  const lead = TRIM_START.exec(piece)?.[0].length ?? 0;
  const trail = TRIM_END.exec(piece.slice(lead))?.[0].length ?? 0;
  return [start + lead, end - trail];
}
