// The web app's graph view (its view model and sigma renderer, imported from web/src) on a graph
// the benchmark serves as graph.json; ?graph=empty draws the same renderer with no graph, the baseline.
// The page reports through window.bench; bench/parts/web.ts drives it with playwright.
import type { GraphJSON } from "../../store/store.ts";
import { createViewGraph, mergeInto } from "../../web/src/graph/model.ts";
import { createRenderer, type Renderer } from "../../web/src/graph/renderer.ts";

interface FirstFrame {
  /** From navigation start to the first frame sigma drew of the graph. */
  firstFrameMs: number;
  loadMs: number;
  modelMs: number;
  rendererMs: number;
  nodes: number;
  edges: number;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function open(): Promise<{ renderer: Renderer; first: FirstFrame }> {
  const empty = new URLSearchParams(location.search).get("graph") === "empty";
  let t = performance.now();
  const json: GraphJSON = empty ? { nodes: [], edges: [] } : await (await fetch("./graph.json")).json();
  const loadMs = performance.now() - t;
  t = performance.now();
  const graph = createViewGraph();
  mergeInto(graph, json, (text) => text);
  const modelMs = performance.now() - t;
  t = performance.now();
  const container = document.getElementById("graph") as HTMLElement;
  const renderer = createRenderer(container, graph);
  // Sigma renders synchronously on creation; the next animation frame is when it reaches the screen.
  await nextFrame();
  const rendererMs = performance.now() - t;
  return {
    renderer,
    first: { firstFrameMs: performance.now(), loadMs, modelMs, rendererMs, nodes: graph.order, edges: graph.size },
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
