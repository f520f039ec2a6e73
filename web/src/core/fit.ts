// Framing the camera so that what is drawn, labels included, stays inside the stage. Node positions follow the
// camera's zoom; a label's offset from its node and its width are in screen pixels and do not, so the zoom is found
// by bisection rather than by one division. Pure: boxes in, a zoom factor and a centre out.

/** Something drawn: its anchor (a node's centre, an edge label's middle) and its extent around it, in pixels. */
export interface Drawn {
  x: number;
  y: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Framing {
  /** Multiply the camera's ratio by this (1: no zoom out needed). */
  zoomOut: number;
  /** The viewport point, at the current camera, to put in the middle. */
  centre: { x: number; y: number };
}

/** The extent of the boxes along one axis after zooming out by `zoom` around `mid`. */
function extent(drawn: readonly Drawn[], axis: "x" | "y", mid: number, zoom: number): [number, number] {
  let [min, max] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const d of drawn) {
    const at = mid + (d[axis] - mid) / zoom;
    min = Math.min(min, at - (axis === "x" ? d.left : d.top));
    max = Math.max(max, at + (axis === "x" ? d.right : d.bottom));
  }
  return [min, max];
}

/**
 * The least zoom out (up to `maxZoomOut`) at which every box fits the viewport less `margin` on each side, and the
 * centre that puts them in its middle. A view that fits already keeps its zoom.
 */
export function frameDrawn(
  drawn: readonly Drawn[],
  viewport: { width: number; height: number },
  margin: number,
  maxZoomOut = 4,
): Framing {
  const mid = { x: viewport.width / 2, y: viewport.height / 2 };
  if (!drawn.length) return { zoomOut: 1, centre: mid };
  const fits = (zoom: number) =>
    (["x", "y"] as const).every((axis) => {
      const [min, max] = extent(drawn, axis, mid[axis], zoom);
      return max - min <= (axis === "x" ? viewport.width : viewport.height) - 2 * margin;
    });
  let zoom = 1;
  if (!fits(1)) {
    let [low, high] = [1, maxZoomOut];
    for (let i = 0; i < 20; i++) {
      const m = (low + high) / 2;
      if (fits(m)) high = m;
      else low = m;
    }
    zoom = high;
  }
  const [minX, maxX] = extent(drawn, "x", mid.x, zoom);
  const [minY, maxY] = extent(drawn, "y", mid.y, zoom);
  // The middle of the boxes after the zoom, taken back to the current camera's pixels.
  return {
    zoomOut: zoom,
    centre: { x: mid.x + ((minX + maxX) / 2 - mid.x) * zoom, y: mid.y + ((minY + maxY) / 2 - mid.y) * zoom },
  };
}
