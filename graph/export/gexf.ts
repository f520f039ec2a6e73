// GEXF 1.3 (Gephi) through graphology-gexf. Every attribute is kept as a GEXF attribute, `label`
// included; the element label GEXF shows is the node's name and the edge's type.
import type Graph from "graphology";
import { write } from "graphology-gexf";
import { displayName } from "./columns.ts";

/** How an element is drawn: GEXF's viz namespace (position, size, colour; an edge's thickness). */
export interface Look {
  x?: number;
  y?: number;
  size?: number;
  thickness?: number;
  /** `#rrggbb` */
  color?: string;
}

/**
 * The graph as GEXF; `looks` (by node or edge key) gives the elements drawn as the explorer shows them, in the viz
 * namespace, so that Gephi opens the file with the view's layout, sizes and colours.
 */
export function toGexf(graph: Graph, looks?: ReadonlyMap<string, Look>): string {
  return write(graph, {
    version: "1.3",
    formatNode: (key, attributes) => ({ label: displayName(key, attributes), attributes, viz: looks?.get(key) }),
    formatEdge: (key, attributes) => ({ label: String(attributes.type ?? ""), attributes, viz: looks?.get(key) }),
  });
}
