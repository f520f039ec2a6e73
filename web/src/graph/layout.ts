// ForceAtlas2 in a web worker. It runs for a while after the graph changes, then stops to spare the CPU;
// the toolbar can start and stop it.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { ViewGraph } from "./model.ts";

export interface Layout {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Runs for a time that grows with the graph, then stops. */
  settle(): void;
  onChange(listener: (running: boolean) => void): void;
}

export function createLayout(graph: ViewGraph): Layout {
  const worker = new FA2Layout(graph, {
    getEdgeWeight: null,
    settings: { ...forceAtlas2.inferSettings(Math.max(graph.order, 100)), barnesHutOptimize: true },
  });
  const listeners: ((running: boolean) => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const notify = () => {
    for (const listener of listeners) listener(worker.isRunning());
  };
  const stop = () => {
    clearTimeout(timer);
    worker.stop();
    notify();
  };
  const start = () => {
    clearTimeout(timer);
    if (graph.order > 0) worker.start();
    notify();
  };
  return {
    start,
    stop,
    isRunning: () => worker.isRunning(),
    settle() {
      start();
      timer = setTimeout(stop, Math.min(10_000, 3000 + 2 * graph.order));
    },
    onChange: (listener) => listeners.push(listener),
  };
}
