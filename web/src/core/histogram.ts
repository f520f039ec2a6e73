// The date slider's histogram: dated items counted in equal bins over the slider's range, so that each bar
// stands above the slider positions it counts.

/** Counts of `dates` (ms) in `bins` equal bins over [min, max]; max falls in the last bin, dates outside in none. */
export function histogram(dates: readonly number[], min: number, max: number, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  const width = (max - min) / bins;
  for (const date of dates) {
    if (date < min || date > max) continue;
    const bin = width > 0 ? Math.min(bins - 1, Math.floor((date - min) / width)) : 0;
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts;
}

/** Whether bin `i` of `bins` over [min, max] overlaps the chosen range [from, to]. */
export function binInRange(i: number, bins: number, min: number, max: number, from: number, to: number): boolean {
  const width = (max - min) / bins;
  const start = min + i * width;
  return start <= to && (i === bins - 1 ? max : start + width) >= from;
}
