// The web app's graph view (its view model and sigma renderer, imported from web/src) on a graph
// the benchmark serves as graph.json; ?graph=empty draws the same renderer with no graph, the baseline.
// The page reports through window.bench; bench/parts/web.ts drives it with playwright.
import type { GraphJSON } from "../../store/store.ts";
import { createViewGraph, replaceWith } from "../../web/src/graph/model.ts";
import { createRenderer, type Renderer } from "../../web/src/graph/renderer.ts";

export interface FirstFrame {
  /** From navigation start to the first frame sigma drew of the graph. */
  firstFrameMs: number;
  /** Fetching and parsing graph.json. */
  loadMs: number;
  /** replaceWith (the view model, with sigma listening) and sigma's refresh. */
  modelMs: number;
  /** Creating the sigma renderer on the empty graph. */
  rendererMs: number;
  nodes: number;
  edges: number;
  /** Sigma's error when the data arrived after the renderer, as in the app. */
  appFlowError?: string;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * As the app does (web/src/main.ts): the renderer first, on an empty view graph; then the data.
 * Should sigma refuse that update, the error is reported and the renderer is made on the filled graph.
 */
async function open(): Promise<{ renderer: Renderer; first: FirstFrame }> {
  const empty = new URLSearchParams(location.search).get("graph") === "empty";
  let t = performance.now();
  let graph = createViewGraph();
  let renderer = createRenderer(document.getElementById("graph") as HTMLElement, graph);
  const rendererMs = performance.now() - t;
  t = performance.now();
  const json: GraphJSON = empty ? { nodes: [], edges: [] } : await (await fetch("./graph.json")).json();
  const loadMs = performance.now() - t;
  t = performance.now();
  let appFlowError: string | undefined;
  try {
    replaceWith(graph, json, (text) => text);
    renderer.refresh();
  } catch (error) {
    appFlowError = String(error);
    renderer.kill();
    graph = createViewGraph();
    replaceWith(graph, json, (text) => text);
    renderer = createRenderer(document.getElementById("graph") as HTMLElement, graph);
  }
  const modelMs = performance.now() - t;
  // The frame after the refresh is when the graph reaches the screen.
  await nextFrame();
  const firstFrameMs = performance.now();
  return {
    renderer,
    first: { firstFrameMs, loadMs, modelMs, rendererMs, nodes: graph.order, edges: graph.size, appFlowError },
  };
}

/** Pans the camera along a circle for `ms`, once per animation frame; counts frames and sigma renders. */
async function pan(renderer: Renderer, ms: number): Promise<{ fps: number; rendersPerSecond: number }> {
  const camera = renderer.getCamera();
  let renders = 0;
  const count = () => renders++;
  renderer.on("afterRender", count);
  let frames = 0;
  const start = await nextFrame();
  for (let now = start; now - start < ms; now = await nextFrame()) {
    const angle = ((now - start) / 1000) * Math.PI;
    camera.setState({ x: 0.5 + 0.25 * Math.cos(angle), y: 0.5 + 0.25 * Math.sin(angle), ratio: 0.6 });
    frames++;
  }
  renderer.off("afterRender", count);
  const seconds = ms / 1000;
  return { fps: frames / seconds, rendersPerSecond: renders / seconds };
}

const ready = open();
Object.assign(window, {
  bench: {
    firstFrame: async () => (await ready).first,
    pan: async (ms: number) => pan((await ready).renderer, ms),
  },
});
