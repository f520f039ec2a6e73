// The sigma renderer: settings, and the one highlight (hover, selection or path) done with reducers.
// Reducers are installed only while something is highlighted, so plain panning does no per-node JS work.
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import Sigma from "sigma";
import {
  EdgeArrowProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  NodePointProgram,
} from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { type Drawn, frameDrawn } from "../core/fit.ts";
import { createViewGraph, type ViewGraph } from "./model.ts";
import { DIMMED_COLOR, LABEL_FONT, type ViewEdge, type ViewNode } from "./style.ts";

export type Renderer = Sigma<ViewNode, ViewEdge>;

/**
 * Lines the mouse ignores: without a picking buffer sigma draws them once, not twice (measured on 50k edges in
 * software WebGL: 0.35 s a frame against 0.9 s). Big graphs draw their many statement edges so.
 */
class EdgeFaintLineProgram extends EdgeLineProgram {
  constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
    super(gl, null, renderer);
  }
}

/**
 * Above this many nodes, labels are drawn for bigger nodes only, labels and edges are hidden while the camera
 * moves, and nodes are drawn as points. Below the overview's 5000 nodes: in software WebGL a 5000-node /
 * 15k-edge overview panned at 0.3x the empty page's frame rate with the small-graph settings, 0.9x with these.
 */
const LARGE_GRAPH_NODES = 2000;

/** A label drawn in the current frame, in viewport pixels. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  of: "node" | "edge";
  /** What the label belongs to, in viewport pixels: its node's centre, or its edge's middle. */
  anchor: { x: number; y: number };
}

const drawnLabels = new WeakMap<object, LabelBox[]>();
/** The labels of the last frame: tests measure them (none may overlap another). */
export const labelBoxes = (renderer: Renderer): readonly LabelBox[] => drawnLabels.get(renderer) ?? [];

const overlaps = (a: LabelBox, boxes: readonly LabelBox[]) =>
  boxes.some((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height);

/** Text with a white halo, readable over edges. */
function haloText(context: CanvasRenderingContext2D, text: string, x: number, y: number, color: string) {
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = "rgba(255,255,255,0.9)";
  context.strokeText(text, x, y);
  context.fillStyle = color;
  context.fillText(text, x, y);
}

/**
 * Sigma's label drawers with a collision pass: sigma offers node labels biggest first (its label grid), then
 * the labels of edges whose two ends are labelled; each is drawn only where it overlaps no label drawn before
 * it in the frame. Edge labels are horizontal at the middle, and only where they fit between the two nodes.
 */
function collisionFreeLabels(
  boxes: LabelBox[],
): Pick<Settings<ViewNode, ViewEdge>, "defaultDrawNodeLabel" | "defaultDrawEdgeLabel"> {
  const PAD = 2;
  return {
    defaultDrawNodeLabel(context, data, settings) {
      if (!data.label) return;
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const width = context.measureText(data.label).width;
      // Right of the node, or left of it where the stage (or an exported image) would cut it off.
      const stageWidth = context.canvas.width / (context.getTransform().a || 1);
      const right = data.x + data.size + 3;
      const left = data.x - data.size - 3 - width;
      const x = right + width > stageWidth && left >= 0 ? left : right;
      const box: LabelBox = {
        x: x - PAD,
        y: data.y - size / 2 - PAD,
        width: width + 2 * PAD,
        height: size + 2 * PAD,
        text: data.label,
        of: "node",
        anchor: { x: data.x, y: data.y },
      };
      if (overlaps(box, boxes)) return;
      boxes.push(box);
      haloText(context, data.label, x, data.y + size / 3, settings.labelColor.color ?? "#222");
    },
    defaultDrawEdgeLabel(context, data, source, target, settings) {
      if (!data.label) return;
      const size = settings.edgeLabelSize;
      context.font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;
      const width = context.measureText(data.label).width;
      const gap = Math.hypot(target.x - source.x, target.y - source.y) - source.size - target.size;
      if (width + 8 > gap) return;
      const [cx, cy] = [(source.x + target.x) / 2, (source.y + target.y) / 2];
      const box: LabelBox = {
        x: cx - width / 2 - PAD,
        y: cy - size / 2 - PAD,
        width: width + 2 * PAD,
        height: size + 2 * PAD,
        text: data.label,
        of: "edge",
        anchor: { x: cx, y: cy },
      };
      if (overlaps(box, boxes)) return;
      boxes.push(box);
      haloText(context, data.label, cx - width / 2, cy + size / 3, settings.edgeLabelColor.color ?? "#555");
    },
  };
}
const LABEL_THRESHOLD = { small: 6, large: 12 };

/** Starts each frame's label passes afresh, and keeps its boxes for `labelBoxes`. */
function trackLabels(renderer: object, boxes: LabelBox[]): void {
  drawnLabels.set(renderer, boxes);
  // Node labels are drawn by a full render, edge labels by it and again on hover: each pass starts afresh.
  const passes = renderer as unknown as { renderLabels(): unknown; renderEdgeLabels(): unknown };
  const [renderLabels, renderEdgeLabels] = [passes.renderLabels.bind(renderer), passes.renderEdgeLabels.bind(renderer)];
  passes.renderLabels = () => {
    boxes.length = 0;
    return renderLabels();
  };
  passes.renderEdgeLabels = () => {
    const nodeLabels = boxes.filter((box) => box.of === "node");
    boxes.splice(0, boxes.length, ...nodeLabels);
    return renderEdgeLabels();
  };
}

/**
 * For another renderer of the same graph (the PNG export's): label drawers with boxes of their own, and `attach` to
 * call on it. With this renderer's settings its labels collided with the boxes of the labels on screen, at the same
 * places, and the picture had none.
 */
export function ownLabels(): {
  settings: Pick<Settings, "defaultDrawNodeLabel" | "defaultDrawEdgeLabel">;
  /** Any sigma: the export's is typed for any attributes. */
  attach(renderer: object): void;
} {
  const boxes: LabelBox[] = [];
  return { settings: collisionFreeLabels(boxes), attach: (renderer) => trackLabels(renderer, boxes) };
}

export function createRenderer(container: HTMLElement, graph: ViewGraph): Renderer {
  const boxes: LabelBox[] = [];
  const renderer = new Sigma<ViewNode, ViewEdge>(graph, container, {
    ...collisionFreeLabels(boxes),
    labelFont: LABEL_FONT,
    edgeLabelFont: LABEL_FONT,
    labelSize: 13,
    edgeLabelSize: 11,
    labelColor: { color: "#222" },
    edgeLabelColor: { color: "#555" },
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    defaultEdgeType: "straight",
    // Circles are instanced triangles; software WebGL (SwiftShader) pays per instance: 20k circles took ~1 s a
    // frame where points took 0.1 s. Points may be clipped at the GPU's maximum point size, so small graphs,
    // which get zoomed in, keep circles.
    nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
    // The programs are written for any attributes; sigma's types want them for ours.
    // Sigma draws one program after the other, in this order: faint statement edges under the relations.
    edgeProgramClasses: {
      faint: EdgeFaintLineProgram,
      line: EdgeLineProgram,
      // The map's pair edges: as wide as their events, and so easy to click.
      thick: EdgeRectangleProgram,
      straight: EdgeArrowProgram,
      curved: EdgeCurvedArrowProgram,
    } as unknown as Settings<ViewNode, ViewEdge>["edgeProgramClasses"],
    stagePadding: 40,
    // No labels for tiny nodes: keeps label layout cheap on large graphs.
    labelRenderedSizeThreshold: LABEL_THRESHOLD.small,
    // The collision pass keeps labels apart: the grid only needs to offer enough of them, biggest first.
    labelDensity: 3,
    labelGridCellSize: 60,
    // Sorting by zIndex costs on every layout step; it is switched on only while something is highlighted.
    zIndex: false,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    allowInvalidContainer: true,
  });
  trackLabels(renderer, boxes);
  // Label drawing is what costs most per frame on big graphs (measured: 3x the frame rate at 20k nodes with
  // the large threshold). Settings change only when the graph crosses the size line.
  let large = false;
  const adapt = () => {
    if (large === graph.order > LARGE_GRAPH_NODES) return;
    large = !large;
    // One setSettings: each setting change makes sigma re-index the whole graph.
    renderer.setSettings({
      labelRenderedSizeThreshold: large ? LABEL_THRESHOLD.large : LABEL_THRESHOLD.small,
      // Fewer candidates for the collision pass where labels are many and frames slow.
      labelDensity: large ? 1 : 3,
      hideLabelsOnMove: large,
      // Software WebGL redraws 50k edges slowly; while panning, the nodes alone keep the view responsive.
      hideEdgesOnMove: large,
      defaultNodeType: large ? "point" : "circle",
    });
  };
  graph.on("nodeAdded", adapt);
  graph.on("nodeDropped", adapt);
  graph.on("cleared", adapt);
  renderer.on("kill", () => {
    graph.off("nodeAdded", adapt);
    graph.off("nodeDropped", adapt);
    graph.off("cleared", adapt);
  });
  return renderer;
}

/**
 * Runs a bulk update of the renderer's graph with sigma detached, then indexes and draws once. Attached, sigma
 * handles every nodeAdded/edgeAdded and each whole-graph attribute update on its own (measured on 20k nodes and
 * 50k edges: 2.6 s of model with sigma listening and 0.6 s of refresh, against 1.1 s and 0.7 s detached).
 */
export function rebuild<T>(renderer: Renderer, update: () => T): T {
  const graph = renderer.getGraph();
  renderer.setGraph(createViewGraph());
  try {
    return update();
  } finally {
    renderer.setGraph(graph);
  }
}

export interface Highlight {
  /** Nodes that stay as they are (with the edges among them); the rest fades. */
  nodes: ReadonlySet<string>;
  /** Nodes drawn highlighted, their labels boxed (the hovered or selected ones). */
  focus: ReadonlySet<string>;
}

/** Applies a highlight; `null` clears it and removes the reducers. */
export function highlight(renderer: Renderer, state: Highlight | null): void {
  // One setSettings each way: every setting change makes sigma re-index the whole graph.
  if (!state || state.nodes.size === 0) {
    renderer.setSettings({ nodeReducer: null, edgeReducer: null, zIndex: false });
    return;
  }
  const { nodes, focus } = state;
  const graph = renderer.getGraph();
  renderer.setSettings({
    zIndex: true,
    nodeReducer: (node, data): Partial<NodeDisplayData> => {
      if (focus.has(node)) return { ...data, highlighted: true, zIndex: 2 };
      if (nodes.has(node)) return { ...data, zIndex: 1 };
      return { ...data, color: DIMMED_COLOR, label: "", zIndex: 0 };
    },
    edgeReducer: (edge, data): Partial<EdgeDisplayData> => {
      const [source, target] = graph.extremities(edge);
      if (nodes.has(source) && nodes.has(target)) return { ...data, zIndex: 1 };
      return { ...data, hidden: true };
    },
  });
}

/** A node and its neighbours. */
export function neighbourhood(graph: ViewGraph, node: string): Set<string> {
  return new Set([node, ...graph.neighbors(node)]);
}

/** Moves the camera to a node. */
export function focusNode(renderer: Renderer, node: string): void {
  // From graph coordinates: display data holds raw coordinates until sigma's next render after a graph update.
  const { x, y } = renderer.getGraph().getNodeAttributes(node);
  const target = renderer.viewportToFramedGraph(renderer.graphToViewport({ x, y }));
  renderer.getCamera().animate({ ...target, ratio: 0.5 }, { duration: 400 });
}

/** Moves the camera so that these nodes fill the view, with a margin. */
export function frameNodes(renderer: Renderer, nodes: string[]): void {
  // In "framed" coordinates the whole graph spans 0..1 and ratio 1 shows all of it. From graph coordinates, as
  // focusNode does: display data hold raw coordinates until sigma's next render after a graph update.
  const graph = renderer.getGraph();
  const points = nodes
    .filter((node) => graph.hasNode(node))
    .map((node) => {
      const { x, y } = graph.getNodeAttributes(node);
      return renderer.viewportToFramedGraph(renderer.graphToViewport({ x, y }));
    });
  if (!points.length) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const ratio = Math.min(1, Math.max(0.08, 1.3 * Math.max(maxX - minX, maxY - minY)));
  renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** What the last frame drew around each anchor: the shown nodes' discs and the labels. */
function drawnExtents(renderer: Renderer): Drawn[] {
  const drawn: Drawn[] = labelBoxes(renderer).map((box) => ({
    ...box.anchor,
    left: box.anchor.x - box.x,
    right: box.x + box.width - box.anchor.x,
    top: box.anchor.y - box.y,
    bottom: box.y + box.height - box.anchor.y,
  }));
  renderer.getGraph().forEachNode((node, attributes) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data || attributes.hidden) return;
    const at = renderer.framedGraphToViewport(data);
    const r = renderer.scaleSize(data.size);
    drawn.push({ ...at, left: r, right: r, top: r, bottom: r });
  });
  return drawn;
}

/**
 * Fits the graph to the stage, labels included: sigma frames the nodes' centres, so the labels of nodes at the
 * edge were cut. After the reset, the camera zooms out and moves until every drawn label is inside (twice: the
 * zoomed-out frame may draw other labels).
 */
export async function fitView(renderer: Renderer): Promise<void> {
  const camera = renderer.getCamera();
  // Tests wait for the camera to come to rest (it moves for a second or more on a busy machine).
  const container = renderer.getContainer();
  container.dataset.fitting = "true";
  try {
    await camera.animatedReset({ duration: 300 });
    for (let pass = 0; pass < 2; pass++) {
      await nextFrame();
      await nextFrame();
      const { zoomOut, centre } = frameDrawn(drawnExtents(renderer), renderer.getDimensions(), 6);
      if (zoomOut === 1 && pass > 0) return;
      const target = renderer.viewportToFramedGraph(centre);
      await camera.animate({ ...target, ratio: camera.getState().ratio * zoomOut }, { duration: 150 });
    }
  } finally {
    delete container.dataset.fitting;
  }
}
