// Node and relationship counts.
import type { Stats } from "../graph/api.ts";
import { type EdgeType, NODE_LABELS, type NodeLabel } from "../graph/schema.ts";
import type { Backend } from "./backend.ts";
import * as Q from "./cypher.ts";
import { ENDPOINTS } from "./layout.ts";

export async function stats(db: Backend): Promise<Stats> {
  const nodes = {} as Record<NodeLabel, number>;
  for (const label of NODE_LABELS) nodes[label] = Number((await db.read(Q.countNodes(label)))[0]?.n ?? 0);
  const relationships: Record<string, number> = {};
  for (const type of Object.keys(ENDPOINTS) as EdgeType[]) {
    const n = Number((await db.read(Q.countRelationships(type)))[0]?.n ?? 0);
    if (n) relationships[type] = n;
  }
  return { nodes, relationships, articles: nodes.Article };
}
