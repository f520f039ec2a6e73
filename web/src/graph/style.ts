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

/**
 * Communities (Louvain) on the map, largest first: Tableau 10 less its red, green and grey (the edges' polarity
 * colours), then grey for the rest.
 */
export const COMMUNITY_COLORS = ["#4e79a7", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f"];
/** Speakers on the map: dark, apart from every community. */
export const SPEAKER_COLOR = "#3d3d3d";
export const OTHER_COMMUNITY_COLOR = "#9a9a9a";
export const communityColor = (community: number) => COMMUNITY_COLORS[community] ?? OTHER_COMMUNITY_COLOR;

/** A colour between conflict (-1), grey (0) and cooperation (1). */
export function netPolarityColor(net: number): string {
  const [from, to] = net < 0 ? ["#9a9a9a", POLARITY_COLORS.conflict] : ["#9a9a9a", POLARITY_COLORS.cooperation];
  const t = Math.min(1, Math.abs(net));
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mix = [0, 1, 2].map((i) => Math.round(channel(from, i) + (channel(to, i) - channel(from, i)) * t));
  return `#${mix.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

/** The map's sizes: countries by their events, speakers by their claims, both on a square-root scale. */
export const mapNodeSize = (kind: NodeLabel, weight: number) =>
  kind === "Country" ? Math.min(26, 5 + 2 * Math.sqrt(weight)) : Math.min(10, 3 + Math.sqrt(weight));
export const pairEdgeSize = (count: number) => Math.min(12, 1 + 1.3 * Math.sqrt(count));

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
  /** On the map: events of a country, claims of a speaker (the size follows it instead of the degree). */
  weight?: number;
  community?: number;
}

export interface ViewEdge extends Attributes {
  /** The stored relationship type, or PAIR: a country pair's relations drawn as one edge (the map). */
  relation: EdgeType | "PAIR";
  /** Sigma's edge program: parallel edges curve apart (see curveParallelEdges). */
  type: "straight" | "curved" | "line" | "faint" | "thick";
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
export const sizeFor = (kind: NodeLabel, degree: number, weight?: number) =>
  weight !== undefined ? mapNodeSize(kind, weight) : degreeSize(kind, degree);

const degreeSize = (kind: NodeLabel, degree: number) =>
  kind === "Claim" ? 3.5 : Math.min(24, 4 + 2.4 * Math.sqrt(degree));

/** A node's size and colour as the view draws it by default (the map's by community and events). */
export function drawnStyle(node: ViewNode, degree: number): { size: number; color: string } {
  const onMap = node.weight !== undefined;
  const color = !onMap
    ? LABEL_COLORS[node.kind]
    : node.kind === "Country"
      ? communityColor(node.community ?? 0)
      : SPEAKER_COLOR;
  return { size: sizeFor(node.kind, degree, node.weight), color };
}
