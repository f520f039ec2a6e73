// Dates: the article's publication date, and event dates in the text (1月21日, 21日, 昨日, 去年12月)
// resolved against it. Chinese news writes dates relative to the day of publication.
import type { IsoDate } from "../graph/schema.ts";

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number): IsoDate | undefined => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
};
const parse = (date: IsoDate) => date.split("-").map(Number) as [number, number, number];
const addDays = (date: IsoDate, days: number): IsoDate => {
  const [y, m, d] = parse(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

const FULL_DATE = /(20\d\d|19\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** The publication date: given by the caller, else written near the top or bottom, else in the file name. */
export function articleDate(text: string, meta: { date?: string; file?: string } = {}): IsoDate | undefined {
  const given = meta.date && FULL_DATE.exec(meta.date);
  const found =
    given ||
    FULL_DATE.exec(text.slice(0, 400)) ||
    FULL_DATE.exec(text.slice(-300)) ||
    (meta.file ? FULL_DATE.exec(meta.file.split(/[\\/]/).pop() ?? "") : null);
  return found ? iso(Number(found[1]), Number(found[2]), Number(found[3])) : undefined;
}

const EVENT =
  /(?:(20\d\d)年|(去年|今年|明年))?(\d{1,2})月(\d{1,2})[日号]|(?<![\d月年])(\d{1,2})[日号](?![内起至到])|(昨日|昨天|前天|今日|今天|明天|明日)/;
const RELATIVE_DAY: Record<string, number> = { 前天: -2, 昨日: -1, 昨天: -1, 今日: 0, 今天: 0, 明天: 1, 明日: 1 };

/** The first event date written in `span`, resolved against the article date. */
export function eventDate(span: string, published: IsoDate | undefined): IsoDate | undefined {
  const m = EVENT.exec(span);
  if (!m) return undefined;
  if (m[6]) return published && addDays(published, RELATIVE_DAY[m[6]] ?? 0);
  if (m[3] && m[4]) {
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (m[1]) return iso(Number(m[1]), month, day);
    if (!published) return undefined;
    const [y] = parse(published);
    const shift = m[2] === "去年" ? -1 : m[2] === "明年" ? 1 : 0;
    const date = iso(y + shift, month, day);
    // without a year, a date well after publication is last year's
    if (date && !m[2] && date > addDays(published, 31)) return iso(y - 1, month, day);
    return date;
  }
  if (m[5] && published) {
    const [y, mo, d] = parse(published);
    const day = Number(m[5]);
    return day <= d ? iso(y, mo, day) : mo === 1 ? iso(y - 1, 12, day) : iso(y, mo - 1, day);
  }
  return undefined;
}
