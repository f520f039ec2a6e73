// The legend: on the map, communities, the polarity scale of pairs and what sizes mean; in the graph, node
// colours with counts in view and edge colours by polarity.
import { NODE_LABELS } from "../../../graph/schema.ts";
import { el, fill } from "../dom.ts";
import type { ViewGraph } from "../graph/model.ts";
import {
  COMMUNITY_COLORS,
  communityColor,
  LABEL_COLORS,
  netPolarityColor,
  POLARITY_COLORS,
  SPEAKER_COLOR,
  STATEMENT_EDGE_COLOR,
} from "../graph/style.ts";
import type { View } from "../state.ts";

const line = (color: string, text: string) =>
  el("div", { class: "legend-item" }, el("span", { class: "dot", style: `background:${color}` }), text);
const edge = (color: string, text: string) =>
  el("div", { class: "legend-item" }, el("span", { class: "bar", style: `background:${color}` }), text);

function mapLegend(root: HTMLElement, graph: ViewGraph): void {
  const members = new Map<number, string[]>();
  graph.forEachNode((_node, a) => {
    if (a.kind !== "Country" || a.hidden || a.community === undefined) return;
    members.set(a.community, [...(members.get(a.community) ?? []), a.label]);
  });
  const communities = [...members.keys()].sort((a, b) => a - b);
  const shown = communities.slice(0, COMMUNITY_COLORS.length);
  const rest = communities.length - shown.length;
  const scale = [-1, -0.5, 0, 0.5, 1].map(netPolarityColor).join(", ");
  fill(
    root,
    el("h3", {}, "Legend"),
    el("div", { class: "meta" }, `Communities (Louvain): ${communities.length}`),
    ...shown.map((c) => {
      const names = members.get(c) ?? [];
      return line(
        communityColor(c),
        `${names.slice(0, 3).join("、")}${names.length > 3 ? ` +${names.length - 3}` : ""}`,
      );
    }),
    rest > 0 ? line(communityColor(COMMUNITY_COLORS.length), `${rest} more`) : null,
    line(SPEAKER_COLOR, "speaker"),
    el("div", { class: "meta" }, "Pairs: net polarity"),
    el("div", { class: "scale", style: `background: linear-gradient(to right, ${scale})` }),
    el("div", { class: "scale-ends meta" }, el("span", {}, "conflict"), el("span", {}, "cooperation")),
    el("p", { class: "meta" }, "Width: events between the two. Size: a country's events. Label: events · main type."),
  );
}

export function renderLegend(root: HTMLElement, graph: ViewGraph, view: View): void {
  if (view === "map") {
    mapLegend(root, graph);
    return;
  }
  const counts = new Map<string, number>();
  graph.forEachNode((_node, a) => {
    if (!a.hidden) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  });
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
