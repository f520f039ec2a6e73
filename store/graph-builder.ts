// Graphs returned to the app, assembled from what a backend returns: graphology's JSON, each node
// and relationship once, article text left out.
import type { GraphJSON } from "../graph/api.ts";
import { type EdgeAttributes, edgeKey, type NodeLabel } from "../graph/schema.ts";
import type { DbNode, DbRel } from "./backend.ts";
import { withLists } from "./layout.ts";

const kindOf = (v: unknown) => (typeof v === "object" && v !== null && "kind" in v ? v.kind : undefined);
export const isDbNode = (v: unknown): v is DbNode => kindOf(v) === "node";
export const isDbRel = (v: unknown): v is DbRel => kindOf(v) === "rel";

/** A node's attributes in graphs returned to the app: article text is left out (article() gives it). */
function nodeEntry(node: DbNode) {
  const { id, text, ...rest } = node.properties;
  const label = node.label as NodeLabel;
  const attributes = withLists(label, label === "Article" ? rest : { ...rest, text });
  return { key: String(id), attributes: { label, ...attributes } };
}

function edgeEntry(source: string, target: string, rel: DbRel) {
  const { key: _key, ...properties } = rel.properties;
  const attributes = { type: rel.type, ...Object.fromEntries(Object.entries(properties).filter(([, v]) => v != null)) };
  return { key: edgeKey(source, target, attributes as EdgeAttributes), source, target, attributes };
}

export class GraphBuilder {
  readonly nodes = new Map<string, ReturnType<typeof nodeEntry>>();
  readonly edges = new Map<string, ReturnType<typeof edgeEntry>>();
  addNode(node: DbNode) {
    const entry = nodeEntry(node);
    this.nodes.set(entry.key, entry);
    return entry.key;
  }
  addEdge(source: string, target: string, rel: DbRel) {
    const entry = edgeEntry(source, target, rel);
    this.edges.set(entry.key, entry);
  }
  toJSON(): GraphJSON {
    const edges = [...this.edges.values()].filter((e) => this.nodes.has(e.source) && this.nodes.has(e.target));
    return {
      attributes: {},
      options: { type: "directed", multi: true, allowSelfLoops: true },
      nodes: [...this.nodes.values()],
      edges,
    };
  }
}
