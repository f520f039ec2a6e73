// Export a subgraph to a file format. Each format is a pure function of a graphology graph.
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { toCsv } from "./csv.ts";
import { toCypher } from "./cypher.ts";
import { toGexf } from "./gexf.ts";
import { toGraphML } from "./graphml.ts";

export const EXPORT_FORMATS = ["gexf", "graphml", "json", "csv", "cypher"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Media types of the files each format writes. */
export const CONTENT_TYPES = {
  gexf: "application/gexf+xml",
  graphml: "application/graphml+xml",
  json: "application/json",
  csv: "text/csv",
  cypher: "application/x-cypher-query",
} as const satisfies Record<ExportFormat, string>;

export interface ExportedFile {
  name: string;
  contentType: string;
  content: string;
}

/** A store's graph JSON as a graphology graph: directed, several relations per country pair. */
export function toGraph(json: SerializedGraph): Graph {
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  graph.import({ attributes: json.attributes, nodes: json.nodes, edges: json.edges });
  return graph;
}

/** The files of one export: one file, or for CSV a nodes file and a relationships file. */
export function exportGraph(graph: Graph, format: ExportFormat, basename = "diplograph"): ExportedFile[] {
  switch (format) {
    case "gexf":
      return [{ name: `${basename}.gexf`, contentType: CONTENT_TYPES.gexf, content: toGexf(graph) }];
    case "graphml":
      return [{ name: `${basename}.graphml`, contentType: CONTENT_TYPES.graphml, content: toGraphML(graph) }];
    case "json":
      return [{ name: `${basename}.json`, contentType: CONTENT_TYPES.json, content: JSON.stringify(graph.export()) }];
    case "cypher":
      return [{ name: `${basename}.cypher`, contentType: CONTENT_TYPES.cypher, content: toCypher(graph) }];
    case "csv": {
      const { nodes, relationships } = toCsv(graph);
      return [
        { name: `${basename}-nodes.csv`, contentType: CONTENT_TYPES.csv, content: nodes },
        { name: `${basename}-relationships.csv`, contentType: CONTENT_TYPES.csv, content: relationships },
      ];
    }
  }
}
