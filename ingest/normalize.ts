// Normalisation for analysis, with a map back to the original text: news pages come with
// paragraphs broken mid-sentence ("發展態\n\n勢明顯") and full-width letters and digits. The
// analysis runs on the normalised text; every span reported leaves through `toOriginal`, so the
// graph only ever holds offsets into the text as given.

export interface Normalized {
  /** The text to analyse. */
  text: string;
  /** original[i] = offset in the original text of normalised char i; original[text.length] = original length. */
  original: Int32Array;
}

/** Lines that end a sentence or a unit of their own; a paragraph not ending like this was cut by the page layout. */
const CLOSED_END = /[。！？!?…」』”：:；;）)]$/;
/** An indented line (　　 in Chinese typography) opens a paragraph of its own. */
const INDENTED = /^(\u3000|\s{2,})/;
/** Only Chinese lines are joined: one that stops on a character or a comma was cut in the middle. */
const BROKEN_END = /[\p{Script=Han}，、]$/u;
const SPECIAL_LINE = /^\s*(#|●|■|▲|◆|★|【|（|\()/;
/** Shorter lines are bylines, photo credits or column labels, never half a sentence. */
const MIN_BROKEN_LINE = 16;
/** Longer ones may be too: a photo credit (新华社记者 张铎摄) or a page's byline (来源： | 作者：). */
const CREDIT_LINE = /(摄|攝|摄影|攝影)$|[|｜]|(来源|來源|作者|责任编辑|責任編輯|发布时间|發佈時間)[：:]/;

function fullWidthToAscii(code: number): number {
  if (code === 0x3000) return 0x20;
  // digits and Latin letters only: Chinese punctuation (，。：) stays, it carries the structure
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
    return code - 0xfee0;
  return code;
}

/** ASCII punctuation that a Chinese text typed half-width (馬斯表示,他也會…) means as its full-width form. */
const HALF_WIDTH: Record<number, number> = {
  44: 0xff0c,
  58: 0xff1a,
  59: 0xff1b,
  63: 0xff1f,
  33: 0xff01,
  40: 0xff08,
  41: 0xff09,
};
const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
/** Closing marks after which a half-width comma or colon is still Chinese punctuation (」, “…”,). */
const CJK_CLOSE = new Set([..."」』”）》"].map((c) => c.charCodeAt(0)));

/**
 * The full-width form of half-width punctuation in Chinese running text: next to a Han character
 * (or after a Chinese closing mark), a comma, colon or bracket is the Chinese one, so the
 * clause and sentence scans read them; 10,000, 23:26 and a bracket inside Latin text stay.
 */
function chinesePunctuation(line: string, i: number, code: number): number {
  const full = HALF_WIDTH[code];
  if (full === undefined) return code;
  const before = line.charCodeAt(i - 1);
  return isHan(before) || CJK_CLOSE.has(before) || isHan(line.charCodeAt(i + 1)) ? full : code;
}

const QUOTE = 34;

/** Han characters and the full-width punctuation of Chinese text (。，？「」). */
const isChinese = (code: number) =>
  isHan(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);

/**
 * A straight quote next to Chinese text (the character before as already normalised) is a Chinese
 * one, opening and closing in turn along the line: 他问"为什么?" reads 他问“为什么？”.
 */
function chineseQuote(before: number, after: number, nth: number): number {
  if (!isChinese(before) && !isChinese(after)) return QUOTE;
  return nth % 2 === 0 ? 0x201c : 0x201d;
}

export function normalize(input: string): Normalized {
  const out: number[] = [];
  const map: number[] = [];
  const lines = input.split("\n");
  // the first line, without a comma or full stop, is the headline: it stands alone however it ends
  const headline = lines.findIndex((l) => l.trim() !== "");
  let offset = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as string;
    let quotes = 0;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      out.push(
        code === QUOTE
          ? chineseQuote(out.at(-1) ?? -1, line.charCodeAt(i + 1), quotes++)
          : code < 128
            ? chinesePunctuation(line, i, code)
            : fullWidthToAscii(code),
      );
      map.push(offset + i);
    }
    offset += line.length;
    // the newlines after this line: kept, unless the line was cut mid-sentence
    let next = li + 1;
    while (next < lines.length && (lines[next] as string).trim() === "") next++;
    const trimmed = line.trim();
    const following = lines[next];
    const broken =
      following !== undefined &&
      trimmed.length >= MIN_BROKEN_LINE &&
      BROKEN_END.test(trimmed) &&
      !CLOSED_END.test(trimmed) &&
      !SPECIAL_LINE.test(trimmed) &&
      !CREDIT_LINE.test(trimmed) &&
      !(li === headline && !/[，。]/.test(trimmed)) &&
      !SPECIAL_LINE.test(following) &&
      !INDENTED.test(following);
    if (broken) {
      // drop the break and the blank lines, keep the offsets counting
      for (let k = li + 1; k < next; k++) offset += (lines[k] as string).length + 1;
      offset += 1;
      li = next - 1;
      continue;
    }
    if (li < lines.length - 1) {
      out.push(10);
      map.push(offset);
      offset += 1;
    }
  }
  map.push(input.length);
  let text = "";
  for (let i = 0; i < out.length; i += 8192) text += String.fromCharCode(...out.slice(i, i + 8192));
  return { text, original: Int32Array.from(map) };
}

/** The original span of the normalised span [start, end). */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  const s = n.original[start] ?? 0;
  const e = end > start ? (n.original[end - 1] ?? s) + 1 : s;
  return [s, e];
}
