// What an export holds and how it looks: pure functions of the view graph (the Export button in
// panels/export.ts asks the API for the stored data of these nodes and writes the file).
import type { Look } from "../../../graph/export/gexf.ts";
import type { ViewGraph } from "../graph/model.ts";

export type ExportScope = "view" | "selection";

/**
 * The nodes to export. The view: every node shown. A selection: the selected nodes and the shown nodes next to
 * them, as the highlight draws them, so the file holds the edges among the selected nodes and around them (the
 * API exports every stored edge among the nodes it is given).
 */
export function exportIds(graph: ViewGraph, scope: ExportScope, selected: readonly string[]): string[] {
  const shown = (node: string) => graph.hasNode(node) && !graph.getNodeAttribute(node, "hidden");
  if (scope === "view") return graph.filterNodes((_node, attributes) => !attributes.hidden);
  const ids = new Set(selected.filter(shown));
  for (const node of [...ids]) for (const neighbour of graph.neighbors(node)) if (shown(neighbour)) ids.add(neighbour);
  return [...ids];
}

/**
 * How the view draws each node (position, size, colour) and each stored edge (colour, thickness), by key: what a
 * GEXF file carries in its viz namespace. The map's pair edges are no stored edges and have none.
 */
export function viewLooks(graph: ViewGraph): Map<string, Look> {
  const looks = new Map<string, Look>();
  graph.forEachNode((node, { x, y, size, color }) => {
    looks.set(node, { x, y, size, color });
  });
  graph.forEachEdge((edge, { relation, color, size }) => {
    if (relation !== "PAIR") looks.set(edge, { color, thickness: size });
  });
  return looks;
}
