// The date slider's histogram: equal bins over the slider's range.
import { describe, expect, it } from "vitest";
import { binInRange, histogram } from "../../web/src/core/histogram.ts";

describe("the date histogram", () => {
  it("counts dates in equal bins, the last one holding the end, none outside", () => {
    expect(histogram([0, 1, 2, 5, 9.99, 10], 0, 10, 5)).toEqual([2, 1, 1, 0, 2]);
    expect(histogram([-1, 11], 0, 10, 5)).toEqual([0, 0, 0, 0, 0]);
    // One day only: everything in one bin.
    expect(histogram([7, 7], 7, 7, 3)).toEqual([2, 0, 0]);
    expect(histogram([3, 4, 8], 0, 10, 4).reduce((a, b) => a + b)).toBe(3);
  });

  it("marks the bins that overlap the chosen range", () => {
    const marked = (from: number, to: number) => Array.from({ length: 5 }, (_, i) => binInRange(i, 5, 0, 10, from, to));
    expect(marked(0, 10)).toEqual([true, true, true, true, true]);
    expect(marked(4.5, 5.5)).toEqual([false, false, true, false, false]);
    expect(marked(3.5, 6.5)).toEqual([false, true, true, true, false]);
    expect(marked(9, 10)).toEqual([false, false, false, false, true]);
  });
});
