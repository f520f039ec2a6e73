// The legend: node colors with counts in view, edge colors by polarity.
import { NODE_LABELS } from "../../../graph/schema.ts";
import { el, fill } from "../dom.ts";
import type { ViewGraph } from "../graph/model.ts";
import { LABEL_COLORS, POLARITY_COLORS, STATEMENT_EDGE_COLOR } from "../graph/style.ts";

export function renderLegend(root: HTMLElement, graph: ViewGraph): void {
  const counts = new Map<string, number>();
  graph.forEachNode((_node, a) => {
    if (!a.hidden) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  });
  const line = (color: string, text: string) =>
    el("div", { class: "legend-item" }, el("span", { class: "dot", style: `background:${color}` }), text);
  const edge = (color: string, text: string) =>
    el("div", { class: "legend-item" }, el("span", { class: "bar", style: `background:${color}` }), text);
  fill(
    root,
    el("h3", {}, "Legend"),
    ...NODE_LABELS.map((label) => line(LABEL_COLORS[label], `${label} (${counts.get(label) ?? 0})`)),
    edge(POLARITY_COLORS.cooperation, "cooperation"),
    edge(POLARITY_COLORS.conflict, "conflict"),
    edge(STATEMENT_EDGE_COLOR, "said / mentions / role"),
    el("p", { class: "meta" }, "Size: degree. Edge label: PLOVER type."),
  );
}
