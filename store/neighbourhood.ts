// Views of the graph: a neighbourhood (one typed step per query, the limit shared across the
// frontier), the nodes asked for and what is among them, the overview, a shortest path.
import type { GraphFilter, GraphJSON, NeighbourOptions } from "../graph/api.ts";
import { labelOfId, NODE_LABELS, type NodeLabel, PLOVER, type PloverType } from "../graph/schema.ts";
import type { Backend, DbNode, DbRel, Params } from "./backend.ts";
import * as Q from "./cypher.ts";
import { checkIds, dropUnanchored, keepEdge, keepNode } from "./filters.ts";
import { GraphBuilder, isDbNode } from "./graph-builder.ts";
import { claimSpeltOut, ENDPOINTS, relationSpeltOut } from "./layout.ts";
import type { Row } from "./validate.ts";

/**
 * Relationships read from each node of a subgraph, and of the overview, where hub countries share
 * tens of thousands of relations (one per piece of evidence) that no first view can show.
 */
const SUBGRAPH_EDGES_PER_NODE = 10_000;
const OVERVIEW_EDGES_PER_NODE = 20;
/** Relationships read from a node of a subgraph whatever their target: most nodes have fewer. */
const FIRST_RELATIONSHIPS = 64;
const MAX_DEPTH = 3;
/** Relations read per hop and per node still to be found: a hub's thousands are cut early. */
const ROW_CAP_PER_NODE = 2;
/**
 * Nodes expanded per hop past the first: a 2-hop neighbourhood of 300 nodes would otherwise send a
 * query per step for each of ~300 nodes; the first found (hub relations come first) fill it.
 */
const FRONTIER_CAP = 48;

export async function neighbours(db: Backend, ids: string[], options: NeighbourOptions): Promise<GraphJSON> {
  checkIds(ids);
  const depth = Math.min(Math.max(1, Math.floor(options.depth)), MAX_DEPTH);
  const limit = Math.max(1, Math.floor(options.limit));
  const graph = await nodesOf(db, ids);
  const filter: Q.HopFilter = {
    polarity: !!options.polarity?.length,
    from: !!options.from,
    to: !!options.to,
    articles: !!options.articles?.length,
    exclude: !!options.exclude?.length,
  };
  const params: Params = {
    ...(filter.polarity && { polarity: options.polarity }),
    ...(filter.from && { from: options.from }),
    ...(filter.to && { to: options.to }),
    ...(filter.articles && { articles: [...(options.articles ?? []), ""] }),
    ...(filter.exclude && { exclude: options.exclude }),
  };
  const types = options.types?.filter((t) => t in ENDPOINTS);
  const labelOk = (label: NodeLabel) => !options.labels?.length || options.labels.includes(label);
  let frontier = [...graph.nodes.keys()];
  for (let level = 0; level < depth && frontier.length && graph.nodes.size < limit; level++) {
    // The nodes still wanted are shared across the frontier: a hub reads no more than a leaf.
    // (Handing what leaves leave unused to the others in more rounds filled 2-hop results from
    // ~250 to ~270 of 300 nodes but cost 1.6x the time: not done.)
    const known = new Set(graph.nodes.keys());
    const want = Math.ceil((limit - graph.nodes.size) / frontier.length);
    const hops = await Promise.all(
      frontier.map((id) => {
        const hopSteps = Q.steps(labelOfId(id) as NodeLabel, types).filter((s) => labelOk(s.other));
        return hop(db, id, hopSteps, want, known, { filter, params });
      }),
    );
    const next: string[] = [];
    for (const [i, found] of hops.entries()) {
      const origin = frontier[i] as string;
      for (const { node, rel, outgoing } of found) {
        const bId = node.key;
        if (!graph.nodes.has(bId)) {
          if (graph.nodes.size >= limit) continue;
          graph.addNode(node);
          next.push(bId);
        }
        graph.addEdge(outgoing ? origin : bId, outgoing ? bId : origin, rel);
      }
    }
    frontier = next.slice(0, FRONTIER_CAP);
  }
  return graph.toJSON();
}

/**
 * One node's relationships, step by step (one typed query each), until `want` nodes not `known`
 * were seen. The other node comes with its properties only (its key is its id).
 */
async function hop(
  db: Backend,
  id: string,
  hopSteps: Q.Step[],
  want: number,
  known: Set<string>,
  { filter, params }: { filter: Q.HopFilter; params: Params },
) {
  const label = labelOfId(id) as NodeLabel;
  const seen = new Set<string>();
  const found: { node: DbNode; rel: DbRel; outgoing: boolean }[] = [];
  for (const s of hopSteps) {
    if (seen.size >= want) break;
    // Relations repeat between the same two countries (one per piece of evidence); other steps give one node a row.
    const cap = (want - seen.size) * (s.types[0] && s.types[0] in PLOVER ? ROW_CAP_PER_NODE : 1) + 1;
    const { rel, node } = Q.stepColumns(s);
    const values = (row: Row, prefix: string, names: string[]) =>
      Object.fromEntries(names.map((n) => [n, row[`${prefix}${n}`]]).filter(([, v]) => v != null));
    const [result] = await db.read(Q.step(db.dialect, label, s, filter), { ...params, id, cap });
    for (const row of (result?.found as Row[] | undefined) ?? []) {
      const bId = String(row.b_id);
      if (!known.has(bId)) seen.add(bId);
      const [src, dst] = s.outgoing ? [id, bId] : [bId, id];
      const type = String(row.type);
      const nodeProperties = values(row, "b_", node);
      const relProperties = values(row, "r_", rel);
      if (s.other === "Claim") Object.assign(nodeProperties, claimSpeltOut(bId));
      if (type in PLOVER) Object.assign(relProperties, relationSpeltOut(type as PloverType, String(row.r_key)));
      found.push({
        node: { kind: "node", key: bId, label: s.other, properties: nodeProperties },
        rel: { kind: "rel", type, src, dst, properties: relProperties },
        outgoing: s.outgoing,
      });
    }
  }
  return found;
}

/** The stored nodes among `ids` (unknown ids are left out). */
async function nodesOf(db: Backend, ids: string[]): Promise<GraphBuilder> {
  const graph = new GraphBuilder();
  const known = [...new Set(ids)].filter((id) => labelOfId(id));
  const rows = await Promise.all(known.map((id) => db.read(Q.nodeOnly(labelOfId(id) as NodeLabel), { id })));
  for (const [row] of rows) if (isDbNode(row?.n)) graph.addNode(row.n);
  return graph;
}

export async function subgraph(db: Backend, ids: string[]): Promise<GraphJSON> {
  checkIds(ids);
  const graph = await nodesOf(db, ids);
  await relationshipsAmong(db, graph, SUBGRAPH_EDGES_PER_NODE);
  return graph.toJSON();
}

/**
 * Adds the relationships among the graph's nodes, each read once, from its source, at most `cap`
 * from each. A node's first few relationships are read whatever their target and sorted out here;
 * only a node with more asks the store for those to the graph's nodes: the list of every node sent
 * with each node's query cost the 1100-node overview 4 s, where the store did next to nothing.
 */
/** The order of Q.relationshipsTo's cut: relationships to entities before those to claims, then by target. */
const keptFirst = (a: string, b: string) =>
  Number(a.startsWith("Claim:")) - Number(b.startsWith("Claim:")) || (a < b ? -1 : a > b ? 1 : 0);

async function relationshipsAmong(db: Backend, graph: GraphBuilder, cap: number) {
  const present = [...graph.nodes.keys()];
  const among = (rows: Row[]) =>
    rows
      .filter((row) => graph.nodes.has(row.target as string))
      .sort((a, b) => keptFirst(String(a.target), String(b.target)))
      .slice(0, cap);
  const rels = await Promise.all(
    present.map(async (id) => {
      const label = labelOfId(id) as NodeLabel;
      const first = await db.read(Q.relationshipsFrom(label), { id, cap: FIRST_RELATIONSHIPS });
      if (first.length < FIRST_RELATIONSHIPS) return among(first);
      return db.read(Q.relationshipsTo(label), { id, targets: present, cap });
    }),
  );
  for (const [i, rows] of rels.entries())
    for (const row of rows) graph.addEdge(present[i] as string, row.target as string, row.r as DbRel);
}

export async function overview(db: Backend, options: GraphFilter & { limit: number }): Promise<GraphJSON> {
  const labels = options.labels?.length ? options.labels : NODE_LABELS;
  const top: { id: string; degree: number }[] = [];
  for (const label of labels)
    for (const row of await db.read(Q.topByDegree(label), { limit: options.limit * 2 }))
      top.push({ id: row.id as string, degree: Number(row.degree) });
  top.sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  // Date and article filters drop nodes: twice the candidates leave room for them.
  const dropsNodes = options.from || options.to || options.articles?.length;
  const graph = await nodesOf(
    db,
    top.slice(0, options.limit * (dropsNodes ? 2 : 1)).map((t) => t.id),
  );
  let kept = 0;
  for (const [id, node] of graph.nodes)
    if (kept >= options.limit || !keepNode(id, node.attributes, options)) graph.nodes.delete(id);
    else kept++;
  await relationshipsAmong(db, graph, OVERVIEW_EDGES_PER_NODE);
  for (const [key, edge] of graph.edges) if (!keepEdge(edge.attributes, options)) graph.edges.delete(key);
  if (dropsNodes) dropUnanchored(graph);
  return graph.toJSON();
}

export async function shortestPath(
  db: Backend,
  from: string,
  to: string,
  options: { maxDepth: number },
): Promise<GraphJSON> {
  const [fromLabel, toLabel] = [labelOfId(from), labelOfId(to)];
  if (from === to) return subgraph(db, [from]);
  const graph = new GraphBuilder();
  if (!fromLabel || !toLabel) return graph.toJSON();
  const maxDepth = Math.min(Math.max(1, Math.floor(options.maxDepth)), 10);
  const [row] = await db.read(Q.shortestPath(db.dialect, fromLabel, toLabel, maxDepth), { from, to });
  if (!row) return graph.toJSON();
  const ids = new Map<string, string>();
  for (const node of row.nodes as DbNode[]) ids.set(node.key, graph.addNode(node));
  for (const rel of row.rels as DbRel[]) graph.addEdge(ids.get(rel.src) as string, ids.get(rel.dst) as string, rel);
  return graph.toJSON();
}
