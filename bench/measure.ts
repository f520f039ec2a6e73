// What every benchmark part reports, and the small tools they measure with.

/** One figure, side by side with the baseline it is judged against. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number; unit: string };
  /** value / baseline.value (or the inverse, as `ratioOf` says), so noisy machines still compare. */
  ratio?: number;
  ratioOf?: string;
  target?: string;
  met?: boolean;
}

export interface PartResult {
  part: string;
  /** When the part finished (ISO); parts may come from separate runs (--only). */
  date?: string;
  /** What was measured: sizes of the inputs. */
  sizes: Record<string, number | string>;
  figures: Figure[];
  /** Peak resident memory of the part's process, MB; and the peak before the component ran (baseline only). */
  peakRssMB: number;
  baselinePeakRssMB?: number;
  seconds: number;
  notes: string[];
  error?: string;
}

export type Part = (options: { quick: boolean }) => Promise<Omit<PartResult, "part" | "seconds" | "peakRssMB">>;

/** Peak RSS of this process so far, MB. */
export const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

/** Nearest-rank percentile of `values` (unsorted), p in 0..100. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const round = (x: number, digits = 2) => Number(x.toFixed(digits));

export const log = (message: string) => process.stderr.write(`  ${message}\n`);
