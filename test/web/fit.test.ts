// Framing the camera with the labels: the least zoom out that fits every box, centred.
import { describe, expect, it } from "vitest";
import { type Drawn, frameDrawn } from "../../web/src/core/fit.ts";

const viewport = { width: 400, height: 300 };
/** A node at (x, y) with a label `width` pixels long on its right. */
const labelled = (x: number, y: number, width: number): Drawn => ({
  x,
  y,
  left: 5,
  right: 8 + width,
  top: 8,
  bottom: 8,
});

describe("frameDrawn", () => {
  it("keeps the zoom of a view that fits, and centres it", () => {
    const { zoomOut, centre } = frameDrawn([labelled(150, 150, 40), labelled(250, 150, 40)], viewport, 4);
    expect(zoomOut).toBe(1);
    expect(centre.x).toBeCloseTo((150 - 5 + 250 + 48) / 2);
    expect(centre.y).toBeCloseTo(150);
  });

  it("zooms out just enough for a label past the right edge, its width kept in pixels", () => {
    const drawn = [labelled(20, 150, 30), labelled(380, 150, 120)];
    const { zoomOut, centre } = frameDrawn(drawn, viewport, 4);
    expect(zoomOut).toBeGreaterThan(1);
    // After the zoom out around the middle and the move to `centre`, every box is inside the margin, and tight.
    const placed = drawn.map((d) => ({
      left: viewport.width / 2 + (d.x - centre.x) / zoomOut - d.left,
      right: viewport.width / 2 + (d.x - centre.x) / zoomOut + d.right,
    }));
    expect(Math.min(...placed.map((p) => p.left))).toBeGreaterThanOrEqual(4 - 1e-3);
    expect(Math.max(...placed.map((p) => p.right))).toBeLessThanOrEqual(396 + 1e-3);
    expect(Math.max(...placed.map((p) => p.right)) - Math.min(...placed.map((p) => p.left))).toBeCloseTo(392, 1);
  });

  it("stops at the largest zoom out allowed, and leaves an empty view as it is", () => {
    expect(frameDrawn([labelled(0, 0, 5000)], viewport, 4, 3).zoomOut).toBe(3);
    expect(frameDrawn([], viewport, 4)).toEqual({ zoomOut: 1, centre: { x: 200, y: 150 } });
  });
});
