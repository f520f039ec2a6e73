// A country pair over time as pure functions of its relations (GET /api/pair): counts by PLOVER type and
// polarity, a timeline of cooperation against conflict, the evidence list sorted, and its CSV.

import type { CountryPair, PairEvidence } from "../../../graph/api.ts";
import { PLOVER_TYPES, type PloverType, type Polarity } from "../../../graph/schema.ts";

export interface TypeCount {
  type: PloverType;
  /** From a to b, and from b to a. */
  forward: number;
  backward: number;
}

export interface PairCounts {
  byType: TypeCount[];
  byPolarity: Record<Polarity, number>;
  total: number;
}

/** Counts per PLOVER type (in PLOVER's order, types without relations left out) and per polarity. */
export function pairCounts(pair: CountryPair): PairCounts {
  const byPolarity: Record<Polarity, number> = { cooperation: 0, conflict: 0 };
  const byType = new Map<PloverType, TypeCount>();
  for (const r of pair.relations) {
    byPolarity[r.polarity]++;
    const count = byType.get(r.type) ?? { type: r.type, forward: 0, backward: 0 };
    if (r.source === pair.a.id) count.forward++;
    else count.backward++;
    byType.set(r.type, count);
  }
  const ordered = PLOVER_TYPES.flatMap((t) => byType.get(t) ?? []);
  return { byType: ordered, byPolarity, total: pair.relations.length };
}

export type Period = "month" | "year";

export interface TimelineBin {
  /** "2025-01" or "2025". */
  period: string;
  cooperation: number;
  conflict: number;
}

/** The bin of an ISO date. */
const periodOf = (date: string, unit: Period) => (unit === "year" ? date.slice(0, 4) : date.slice(0, 7));

/** The period after a bin's. */
function nextPeriod(period: string, unit: Period): string {
  const year = Number(period.slice(0, 4));
  if (unit === "year") return String(year + 1);
  const month = Number(period.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
}

/** Months when the dated relations span at most three years, else years. */
export function timelineUnit(relations: readonly Pick<PairEvidence, "date">[]): Period {
  const dates = relations.flatMap((r) => r.date ?? []).sort();
  const [first, last] = [dates[0], dates.at(-1)];
  if (!first || !last) return "month";
  const months =
    (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7));
  return months <= 36 ? "month" : "year";
}

/**
 * Relations per period from the first dated one to the last, empty periods included (a gap is information);
 * undated relations are left out (`undated` counts them).
 */
export function timeline(
  relations: readonly Pick<PairEvidence, "date" | "polarity">[],
  unit: Period = timelineUnit(relations),
): { bins: TimelineBin[]; unit: Period; undated: number } {
  const counts = new Map<string, TimelineBin>();
  let undated = 0;
  for (const r of relations) {
    if (!r.date) {
      undated++;
      continue;
    }
    const period = periodOf(r.date, unit);
    const bin = counts.get(period) ?? { period, cooperation: 0, conflict: 0 };
    bin[r.polarity]++;
    counts.set(period, bin);
  }
  const periods = [...counts.keys()].sort();
  const bins: TimelineBin[] = [];
  const last = periods.at(-1);
  for (let p = periods[0]; p && last && p <= last; p = nextPeriod(p, unit))
    bins.push(counts.get(p) ?? { period: p, cooperation: 0, conflict: 0 });
  return { bins, unit, undated };
}

export const EVIDENCE_COLUMNS = ["date", "type", "speaker", "article"] as const;
export type EvidenceColumn = (typeof EVIDENCE_COLUMNS)[number];

const sortValue = (r: PairEvidence, column: EvidenceColumn): string =>
  column === "date"
    ? (r.date ?? "")
    : column === "type"
      ? r.type
      : column === "speaker"
        ? (r.speaker?.name ?? "")
        : r.article.title;

/** The evidence list sorted by a column (ties: by date, then position in the article); a copy. */
export function sortEvidence(
  relations: readonly PairEvidence[],
  column: EvidenceColumn,
  ascending: boolean,
): PairEvidence[] {
  const sign = ascending ? 1 : -1;
  return [...relations].sort(
    (a, b) =>
      sign * sortValue(a, column).localeCompare(sortValue(b, column)) ||
      (a.date ?? "").localeCompare(b.date ?? "") ||
      a.article.id.localeCompare(b.article.id) ||
      a.start - b.start,
  );
}

export const CSV_HEADER = [
  "date",
  "type",
  "polarity",
  "source",
  "target",
  "speaker",
  "speaker_id",
  "evidence",
  "article_title",
  "article_date",
  "article_source",
  "article_id",
  "start",
  "end",
] as const;

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
const csvField = (value: string | number | undefined) => {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The evidence list as CSV: a header, then one row per evidence sentence, lines ending in CRLF. */
export function evidenceCsv(relations: readonly PairEvidence[]): string {
  const rows = relations.map((r) =>
    [
      r.date,
      r.type,
      r.polarity,
      r.source,
      r.target,
      r.speaker?.name,
      r.speaker?.id,
      r.evidence,
      r.article.title,
      r.article.date,
      r.article.source,
      r.article.id,
      r.start,
      r.end,
    ].map(csvField),
  );
  return `${[[...CSV_HEADER], ...rows].map((row) => row.join(",")).join("\r\n")}\r\n`;
}
