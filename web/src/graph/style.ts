// How the data looks: colors by node label and by edge polarity, sizes by degree, display names.
// Data attributes `label` (node kind) and `type` (edge type) clash with sigma's display attributes of the
// same names, so the view graph keeps them as `kind` and `relation`.
import type { Attributes } from "graphology-types";
import { type EdgeType, NODE_LABELS, type NodeLabel, type Polarity } from "../../../graph/schema.ts";

export const LABEL_COLORS: Record<NodeLabel, string> = {
  Person: "#4e79a7",
  Country: "#f28e2b",
  Organization: "#9b6bb5",
  Article: "#8c6d5a",
  Claim: "#a9a9a9",
};

export const POLARITY_COLORS: Record<Polarity, string> = { cooperation: "#2e9d5b", conflict: "#d7263d" };
export const STATEMENT_EDGE_COLOR = "#c4c4c4";
export const DIMMED_COLOR = "#e8e8e8";

/** CJK first: the default sans-serif stack draws tofu or mixed glyphs for Chinese labels. */
export const LABEL_FONT = '"Noto Sans CJK TC", "Noto Sans CJK SC", "Noto Sans", sans-serif';

export interface ViewNode extends Attributes {
  x: number;
  y: number;
  size: number;
  color: string;
  /** Display text (in the chosen script). */
  label: string;
  kind: NodeLabel;
  /** The name, title or claim text as stored. */
  name: string;
  hidden?: boolean;
}

export interface ViewEdge extends Attributes {
  relation: EdgeType;
  /** Sigma's edge program: parallel edges curve apart (see curveParallelEdges). */
  type: "straight" | "curved" | "line" | "faint";
  curvature: number;
  label: string;
  color: string;
  size: number;
}

/** Claims and article titles are sentences: labels show their start. */
const LABEL_LENGTH: Partial<Record<NodeLabel, number>> = { Claim: 18, Article: 24 };

export function displayLabel(kind: NodeLabel, name: string): string {
  const length = LABEL_LENGTH[kind];
  return length && name.length > length ? `${name.slice(0, length)}…` : name;
}

export function kindOf(id: string, data: Attributes): NodeLabel {
  const kind = (data.label ?? id.slice(0, id.indexOf(":"))) as NodeLabel;
  return NODE_LABELS.includes(kind) ? kind : "Claim";
}

// Nodes and edges are built by spreading (the position, the details) on purpose: sigma copies each one with
// Object.assign when it indexes the graph, and V8 copied objects made by these plain literals 5-20x slower
// (Node, 50k edges: 375 ms against 66 ms; in Chromium sigma's indexing took 0.5 s against 0.25 s).

/** Display attributes of a node from its id, name and position. */
export function viewNode(
  id: string,
  name: string,
  at: { x: number; y: number },
  show: (text: string) => string,
): ViewNode {
  const kind = kindOf(id, {});
  return { ...at, size: 4, kind, name, label: show(displayLabel(kind, name)), color: LABEL_COLORS[kind] };
}

/** Spread into statement edges: with it sigma's copies took 25 ms for 50k edges, with `{}` 85 ms (Node). */
const NO_DETAILS: Attributes = Object.create(null);

/** Display attributes of an edge: statement edges by type alone, relations with their stored details. */
export function viewEdge(relation: EdgeType, details?: Attributes): ViewEdge {
  return {
    ...(details ?? NO_DETAILS),
    relation,
    type: "straight",
    // Set here so that curveParallelEdges only changes values, not the shape of 50k objects.
    curvature: 0,
    // Only relations are labelled: statement edges are many, their grey says enough.
    label: details ? relation : "",
    color: details ? POLARITY_COLORS[details.polarity as Polarity] : STATEMENT_EDGE_COLOR,
    size: details ? 2 : 1,
  };
}

/** Entities grow with their degree; claims stay small, so their labels appear only when zoomed in. */
export const sizeFor = (kind: NodeLabel, degree: number) =>
  kind === "Claim" ? 3.5 : Math.min(24, 4 + 2.4 * Math.sqrt(degree));
