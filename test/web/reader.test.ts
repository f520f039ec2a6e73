// The reader cuts an article at claim boundaries; each piece knows which claims cover it.
import { describe, expect, it } from "vitest";
import { segments } from "../../web/src/panels/reader.ts";

describe("reader segments", () => {
  it("cuts overlapping spans into pieces that cover the text exactly once", () => {
    const pieces = segments(10, [
      { start: 2, end: 5 },
      { start: 4, end: 8 },
    ]);
    expect(pieces).toEqual([
      { start: 0, end: 2, covering: [] },
      { start: 2, end: 4, covering: [0] },
      { start: 4, end: 5, covering: [0, 1] },
      { start: 5, end: 8, covering: [1] },
      { start: 8, end: 10, covering: [] },
    ]);
  });

  it("clamps spans that fall outside the text", () => {
    const pieces = segments(4, [{ start: 2, end: 9 }]);
    expect(pieces.map((p) => [p.start, p.end])).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(pieces[1]?.covering).toEqual([0]);
  });
});
