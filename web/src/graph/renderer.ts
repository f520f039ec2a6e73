// The sigma renderer: settings, and the one highlight (hover, selection or path) done with reducers.
// Reducers are installed only while something is highlighted, so plain panning does no per-node JS work.
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { ViewGraph } from "./model.ts";
import { DIMMED_COLOR, LABEL_FONT, type ViewEdge, type ViewNode } from "./style.ts";

export type Renderer = Sigma<ViewNode, ViewEdge>;

export function createRenderer(container: HTMLElement, graph: ViewGraph): Renderer {
  return new Sigma<ViewNode, ViewEdge>(graph, container, {
    labelFont: LABEL_FONT,
    edgeLabelFont: LABEL_FONT,
    labelSize: 13,
    edgeLabelSize: 11,
    labelColor: { color: "#222" },
    edgeLabelColor: { color: "#555" },
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    defaultEdgeType: "arrow",
    // No labels for tiny nodes: keeps label layout cheap on large graphs.
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.7,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    allowInvalidContainer: true,
  });
}

/**
 * Highlights a set of nodes: they and the edges among them stay as they are, the rest fades.
 * `null` clears the highlight and removes the reducers.
 */
export function highlight(renderer: Renderer, nodes: ReadonlySet<string> | null): void {
  if (!nodes || nodes.size === 0) {
    renderer.setSetting("nodeReducer", null);
    renderer.setSetting("edgeReducer", null);
    return;
  }
  const graph = renderer.getGraph();
  renderer.setSetting("nodeReducer", (node, data): Partial<NodeDisplayData> => {
    if (nodes.has(node)) return { ...data, highlighted: true, zIndex: 1 };
    return { ...data, color: DIMMED_COLOR, label: "", zIndex: 0 };
  });
  renderer.setSetting("edgeReducer", (edge, data): Partial<EdgeDisplayData> => {
    const [source, target] = graph.extremities(edge);
    if (nodes.has(source) && nodes.has(target)) return { ...data, zIndex: 1 };
    return { ...data, hidden: true };
  });
}

/** A node and its neighbours. */
export function neighbourhood(graph: ViewGraph, node: string): Set<string> {
  return new Set([node, ...graph.neighbors(node)]);
}

/** Moves the camera to a node. */
export function focusNode(renderer: Renderer, node: string): void {
  const position = renderer.getNodeDisplayData(node);
  if (!position) return;
  renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.5 }, { duration: 400 });
}

export function fitView(renderer: Renderer): void {
  renderer.getCamera().animatedReset({ duration: 300 });
}
