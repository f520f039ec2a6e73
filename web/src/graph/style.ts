// How the data looks: colors by node label and by edge polarity, sizes by degree, display names.
// Data attributes `label` (node kind) and `type` (edge type) clash with sigma's display attributes of the
// same names, so the view graph keeps them as `kind` and `relation`.
import type { Attributes } from "graphology-types";
import { type EdgeType, isRelation, NODE_LABELS, type NodeLabel, type Polarity } from "../../../graph/schema.ts";

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

function nameOf(kind: NodeLabel, data: Attributes, id: string): string {
  if (kind === "Article") return String(data.title ?? id);
  if (kind === "Claim") return String(data.text ?? id);
  return String(data.name ?? id);
}

export function displayLabel(kind: NodeLabel, name: string): string {
  const length = LABEL_LENGTH[kind];
  return length && name.length > length ? `${name.slice(0, length)}…` : name;
}

export function kindOf(id: string, data: Attributes): NodeLabel {
  const kind = (data.label ?? id.slice(0, id.indexOf(":"))) as NodeLabel;
  return NODE_LABELS.includes(kind) ? kind : "Claim";
}

/** Display attributes of a stored node (positions are set by the caller). */
export function viewNode(id: string, data: Attributes, show: (text: string) => string): Omit<ViewNode, "x" | "y"> {
  const { label: _kind, ...rest } = data;
  const kind = kindOf(id, data);
  const name = nameOf(kind, data, id);
  // Article text can be long: the reader fetches it when needed, the view graph does not carry it.
  if (kind === "Article") delete rest.text;
  return { ...rest, kind, name, label: show(displayLabel(kind, name)), color: LABEL_COLORS[kind], size: 4 };
}

export function viewEdge(data: Attributes): ViewEdge {
  const { type, ...rest } = data;
  const relation = type as EdgeType;
  const relationEdge = isRelation(data);
  return {
    ...rest,
    relation,
    type: "straight",
    // Set here so that curveParallelEdges only changes values, not the shape of 50k objects.
    curvature: 0,
    // Only relations are labelled: statement edges are many, their grey says enough.
    label: relationEdge ? relation : "",
    color: relationEdge ? POLARITY_COLORS[data.polarity as Polarity] : STATEMENT_EDGE_COLOR,
    size: relationEdge ? 2 : 1,
  };
}

/** Entities grow with their degree; claims stay small, so their labels appear only when zoomed in. */
export const sizeFor = (kind: NodeLabel, degree: number) =>
  kind === "Claim" ? 3.5 : Math.min(24, 4 + 2.4 * Math.sqrt(degree));
