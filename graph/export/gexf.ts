// GEXF 1.3 (Gephi) through graphology-gexf. Every attribute is kept as a GEXF attribute, `label`
// included; the element label GEXF shows is the node's name and the edge's type.
import type Graph from "graphology";
import { write } from "graphology-gexf";
import { displayName } from "./columns.ts";

export function toGexf(graph: Graph): string {
  return write(graph, {
    version: "1.3",
    formatNode: (key, attributes) => ({ label: displayName(key, attributes), attributes }),
    formatEdge: (_key, attributes) => ({ label: String(attributes.type ?? ""), attributes }),
  });
}
