// The web app's graph view (its view model and sigma renderer, imported from web/src) on a graph
// the benchmark serves as graph.json, in the API's wire format (graph/wire.ts); ?graph=empty draws the same
// renderer with no graph, the baseline.
// The page reports through window.bench; bench/parts/web.ts drives it with playwright (it drags the mouse to pan).
import type { WireGraph } from "../../graph/api.ts";
import { createViewGraph, replaceWith } from "../../web/src/graph/model.ts";
import { createRenderer, type Renderer, rebuild } from "../../web/src/graph/renderer.ts";

export interface FirstFrame {
  /** From navigation start until the GPU has drawn the first frame of the graph. */
  firstFrameMs: number;
  /** Creating the sigma renderer on the empty graph. */
  rendererMs: number;
  /** Fetching and parsing graph.json (the wire format), after the renderer's creation (the request was sent before it). */
  loadMs: number;
  /** replaceWith (the view model) with sigma detached, as the app does. */
  modelMs: number;
  /** Sigma indexing the graph and drawing it (JavaScript side). */
  drawMs: number;
  /** Waiting for the next animation frame and for the GPU to finish drawing. */
  gpuMs: number;
  nodes: number;
  edges: number;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Waits until the GPU has executed every WebGL call so far: reading a pixel back blocks until then. */
function gpuDone(renderer: Renderer): void {
  for (const canvas of Object.values(renderer.getCanvases())) {
    const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  }
}

/**
 * Resolves once what was drawn so far is on screen: tasks already queued have run (sigma redraws in one after a
 * drag), the next frame has started and the GPU is done.
 */
async function drawn(renderer: Renderer): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await nextFrame();
  gpuDone(renderer);
}

/**
 * As the app does (web/src/main.ts): the request first, then the renderer on an empty view graph while it is
 * answered, then the data, with sigma detached.
 */
async function open(): Promise<{ renderer: Renderer; first: FirstFrame }> {
  const empty = new URLSearchParams(location.search).get("graph") === "empty";
  const mark = (() => {
    let last = performance.now();
    return () => {
      const now = performance.now();
      const ms = now - last;
      last = now;
      return ms;
    };
  })();
  // The request goes out before sigma's set-up, as the app's first overview does.
  const response = empty ? null : fetch("./graph.json");
  const graph = createViewGraph();
  const renderer = createRenderer(document.getElementById("graph") as HTMLElement, graph);
  const rendererMs = mark();
  const wire: WireGraph = response ? await (await response).json() : { nodes: [], names: [], edges: [], relations: [] };
  const loadMs = mark();
  let modelMs = 0;
  rebuild(renderer, () => {
    replaceWith(graph, wire, (text) => text);
    modelMs = mark();
  });
  const drawMs = mark();
  await drawn(renderer);
  const gpuMs = mark();
  return {
    renderer,
    first: {
      firstFrameMs: performance.now(),
      rendererMs,
      loadMs,
      modelMs,
      drawMs,
      gpuMs,
      nodes: graph.order,
      edges: graph.size,
    },
  };
}

const ready = open();
let renders = 0;
void ready.then(({ renderer }) => renderer.on("afterRender", () => renders++));
Object.assign(window, {
  bench: {
    firstFrame: async () => (await ready).first,
    /** Sigma renders so far. */
    renders: () => renders,
    /** Resolves when the current drawing has reached the screen. */
    drawn: async () => drawn((await ready).renderer),
  },
});
