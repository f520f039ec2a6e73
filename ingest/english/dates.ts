// Dates in English news: the publication date ("September 2, 2025", "2 Sept 2025", 2025-09-02),
// and event dates resolved against it: "on Monday" (the last Monday, or the next one when the
// sentence speaks of what "will" happen), "September 2", "yesterday", "today", "tomorrow".
import type { IsoDate } from "../../graph/schema.ts";
import { articleDate } from "../dates.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`);
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`);
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY = /\b(?:on|last|next|this)?\s*(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
const RELATIVE = /\b(yesterday|today|tomorrow)\b/i;
const FUTURE = /\b(will|to be held|is set to|is due to|plans to|next)\b/i;

const pad = (n: number) => String(n).padStart(2, "0");
const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function iso(y: number, m: number, d: number): IsoDate | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const addDays = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A written date ("September 2, 2025", "2 September"), with `year` when it names none. */
function writtenDate(text: string, year?: number): { date: IsoDate; year: boolean } | undefined {
  const md = MONTH_DAY.exec(text);
  const dm = DAY_MONTH.exec(text);
  const first =
    md && (!dm || md.index <= dm.index) ? { m: md[1], d: md[2], y: md[3] } : dm && { m: dm[2], d: dm[1], y: dm[3] };
  if (!first) return undefined;
  const y = first.y ? Number(first.y) : year;
  if (!y) return undefined;
  const date = iso(y, month(first.m as string), Number(first.d));
  return date ? { date, year: Boolean(first.y) } : undefined;
}

/** The publication date: given by the caller, an ISO date or a written date with its year near the top or bottom, else the file name. */
export function englishArticleDate(text: string, meta: { date?: string; file?: string } = {}): IsoDate | undefined {
  if (meta.date) return articleDate(text, meta);
  for (const part of [text.slice(0, 400), text.slice(-300)]) {
    const written = writtenDate(part);
    if (written?.year) return written.date;
  }
  return articleDate(text, meta);
}

/** The first event date written in `span`, resolved against the publication date. */
export function englishEventDate(span: string, published: IsoDate | undefined): IsoDate | undefined {
  const year = published ? Number(published.slice(0, 4)) : undefined;
  const written = writtenDate(span, year);
  if (written) return written.date;
  if (!published) return undefined;
  const relative = RELATIVE.exec(span)?.[1]?.toLowerCase();
  if (relative) return addDays(published, relative === "yesterday" ? -1 : relative === "tomorrow" ? 1 : 0);
  const weekday = WEEKDAY.exec(span);
  if (!weekday) return undefined;
  const want = WEEKDAYS.indexOf((weekday[1] as string).toLowerCase());
  const today = new Date(`${published}T00:00:00Z`).getUTCDay();
  // news tells of the days just past, unless it says what will happen
  if (FUTURE.test(span)) return addDays(published, (want - today + 7) % 7 || 7);
  return addDays(published, -((today - want + 7) % 7));
}
