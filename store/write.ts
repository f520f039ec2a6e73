// Writes validated articles, none of them stored yet. planArticles decides what is new: entity
// resolution (the same id from several articles or scripts is one node, its lists unioned), edges
// already stored, and what each article added. writePlan sends it as batched statements per label
// and per relationship (type, from, to) inside the caller's transaction; store/load.ts COPYs it.

import type { IngestResult } from "../graph/api.ts";
import { NODE_LABELS, type NodeLabel } from "../graph/schema.ts";
import type { Run } from "./backend.ts";
import * as Q from "./cypher.ts";
import { claimSpeltOut, ENTITY_LABELS, isEntityLabel } from "./layout.ts";
import type { ArticleBatch, EdgeGroup, Row } from "./validate.ts";

export interface WritePlan {
  /** Nodes not stored yet, per label, each once; entities carry the union of their lists. */
  nodes: Map<NodeLabel, Row[]>;
  /** Stored entities whose lists grow, with the unioned lists. */
  grown: Row[];
  /** Edges not stored yet, per (type, from, to). */
  edges: EdgeGroup[];
  results: IngestResult[];
}

/** Ids per IN list: entity tables are small, and Kuzu's IN costs per id and per row. */
const CHUNK = 1000;
const chunks = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

const union = (a: unknown, b: unknown) => [...new Set([...((a as string[] | null) ?? []), ...((b as string[]) ?? [])])];

/** One row per node id across the articles; an entity seen twice keeps its first scalars and all list items. */
function nodeRows(articles: ArticleBatch[]): Map<NodeLabel, Map<string, Row>> {
  const byLabel = new Map(NODE_LABELS.map((label) => [label, new Map<string, Row>()]));
  for (const article of articles)
    for (const label of NODE_LABELS) {
      const rows = byLabel.get(label) as Map<string, Row>;
      for (const row of article.nodes[label]) {
        const seen = rows.get(row.id as string);
        if (!seen) rows.set(row.id as string, { ...row });
        else for (const name of Q.listNames(label)) seen[name] = union(seen[name], row[name]);
      }
    }
  return byLabel;
}

const edgeId = (type: string, row: Row) => `${type}:${row.source}->${row.target}`;

/**
 * The articles' edges per (type, from, to). Only statement edges between entities (Q.mayExist) can
 * repeat across articles or be stored already: every other edge has a claim of its own article at
 * one end, or its article in its key, and the articles are new (validation dedupes within one).
 */
function edgeGroups(articles: ArticleBatch[]): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup & { ids?: Set<string> }>();
  for (const article of articles)
    for (const { type, from, to, rows } of article.edges) {
      const key = `${type}:${from}:${to}`;
      let group = groups.get(key);
      if (!group) {
        group = { type, from, to, rows: [], ...(Q.mayExist(type, from, to) && { ids: new Set<string>() }) };
        groups.set(key, group);
      }
      const { ids } = group;
      if (!ids) group.rows.push(...rows);
      else
        for (const row of rows)
          if (!ids.has(edgeId(type, row))) {
            ids.add(edgeId(type, row));
            group.rows.push(row);
          }
    }
  return [...groups.values()].map(({ ids: _ids, ...group }) => group);
}

/** Entities already stored: their ids, with their stored lists unioned into the rows. Returns rows whose lists grew. */
async function resolveEntities(run: Run, nodes: Map<NodeLabel, Map<string, Row>>, existing: Set<string>) {
  const grown: Row[] = [];
  for (const label of ENTITY_LABELS) {
    const rows = nodes.get(label) as Map<string, Row>;
    for (const ids of chunks([...rows.keys()]))
      for (const stored of await run(Q.existingEntities(label), { ids })) {
        const row = rows.get(stored.id as string) as Row;
        existing.add(row.id as string);
        let grew = false;
        for (const name of Q.listNames(label)) {
          const merged = union(stored[name], row[name]);
          grew ||= merged.length !== ((stored[name] as string[] | null) ?? []).length;
          row[name] = merged;
        }
        if (grew) grown.push(row);
      }
  }
  return grown;
}

/** The ids of the edges already stored: statement edges between two entities that both exist. */
async function storedEdges(run: Run, groups: EdgeGroup[], existing: Set<string>) {
  const stored = new Set<string>();
  for (const { type, from, to, rows } of groups)
    if (Q.mayExist(type, from, to)) {
      const old = rows.filter((r) => existing.has(r.source as string) && existing.has(r.target as string));
      for (const part of chunks(old))
        for (const row of await run(Q.existingEdges(type, from, to), { rows: part })) stored.add(edgeId(type, row));
    }
  return stored;
}

/** Credits each node and edge to the first article that brought it. */
function credit(articles: ArticleBatch[], existing: Set<string>, stored: Set<string>): IngestResult[] {
  const seenNodes = new Set(existing);
  const seenEdges = new Set(stored);
  return articles.map((article) => {
    let nodesAdded = 0;
    let relationshipsAdded = 0;
    const merged: string[] = [];
    for (const label of NODE_LABELS)
      for (const row of article.nodes[label])
        if (!seenNodes.has(row.id as string)) {
          seenNodes.add(row.id as string);
          nodesAdded++;
        } else if (isEntityLabel(label)) merged.push(String(row.id));
    for (const { type, from, to, rows } of article.edges)
      if (!Q.mayExist(type, from, to)) relationshipsAdded += rows.length;
      else
        for (const row of rows)
          if (!seenEdges.has(edgeId(type, row))) {
            seenEdges.add(edgeId(type, row));
            relationshipsAdded++;
          }
    return { article: article.article.id, created: true, nodesAdded, relationshipsAdded, merged };
  });
}

/** What writing these articles adds to the store (reads only). */
export async function planArticles(run: Run, articles: ArticleBatch[]): Promise<WritePlan> {
  const rows = nodeRows(articles);
  const existing = new Set<string>();
  const grown = await resolveEntities(run, rows, existing);
  const groups = edgeGroups(articles);
  const stored = await storedEdges(run, groups, existing);
  const nodes = new Map(
    NODE_LABELS.map((label) => [
      label,
      [...(rows.get(label)?.values() ?? [])].filter((r) => !existing.has(r.id as string)),
    ]),
  );
  const edges = groups
    .map((g) =>
      Q.mayExist(g.type, g.from, g.to) ? { ...g, rows: g.rows.filter((r) => !stored.has(edgeId(g.type, r))) } : g,
    )
    .filter((g) => g.rows.length);
  return { nodes, grown, edges, results: credit(articles, existing, stored) };
}

/** Kuzu cannot take an empty list, so lists are set apart, and only when not empty. */
export async function setLists(run: Run, label: NodeLabel, rows: Row[]) {
  for (const name of Q.listNames(label)) {
    const values = rows.filter((r) => (r[name] as string[]).length).map((r) => ({ id: r.id, value: r[name] }));
    if (values.length) await run(Q.setList(label, name), { rows: values });
  }
}

export const grownOf = (plan: WritePlan, label: NodeLabel) =>
  plan.grown.filter((r) => (r.id as string).startsWith(`${label}:`));

async function writeNodes(run: Run, dialect: Q.Dialect, plan: WritePlan) {
  for (const label of NODE_LABELS) {
    const fresh = plan.nodes.get(label) ?? [];
    const scalars = fresh.map((r) => Object.fromEntries(["id", ...Q.scalarNames(label)].map((k) => [k, r[k]])));
    if (dialect === "kuzu" && label === "Claim")
      for (const [article, rows] of byArticle(scalars, (r) => r.article as string))
        await run(Q.CREATE_CLAIMS_OF_ARTICLE, { article, rows });
    else if (scalars.length) {
      const statement = dialect === "neo4j" && isEntityLabel(label) ? Q.mergeEntities(label) : Q.createNodes(label);
      await run(statement, { rows: scalars });
    }
    await setLists(run, label, [...fresh, ...grownOf(plan, label)]);
  }
}

function byArticle(rows: Row[], articleOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(articleOf(row));
    if (group) group.push(row);
    else groups.set(articleOf(row), [row]);
  }
  return groups;
}

/** Rows of claim edges per statement: each pairs the claims of its window with its rows. */
const CLAIM_EDGE_ROWS = 200;

/** Claim:<hash16>:<span> belongs to Article:<hash16> (validation checked it). */
const articleOfClaim = (claim: string) => `Article:${claim.split(":")[1]}`;

/**
 * Kuzu: the claims' edges, one statement per article, reaching the claims from their article (the
 * IN_ARTICLE edges were made with the claims): a MATCH on the claim id would scan every claim.
 */
async function writeClaimEdges(run: Run, { type, from, to, rows }: EdgeGroup) {
  if (type === "IN_ARTICLE") return;
  const claimEnd = from === "Claim" ? "source" : "target";
  const startOf = (row: Row) => claimSpeltOut(row[claimEnd] as string).start as number;
  for (const [article, group] of byArticle(rows, (r) => articleOfClaim(r[claimEnd] as string))) {
    const sorted = group.map((row) => ({ row, start: startOf(row) })).sort((a, b) => a.start - b.start);
    for (let i = 0; i < sorted.length; i += CLAIM_EDGE_ROWS) {
      const window = sorted.slice(i, i + CLAIM_EDGE_ROWS);
      const [first, last] = [window[0]?.start, window.at(-1)?.start];
      await run(Q.claimEdgesOfArticle(type, from, to), { article, rows: window.map((w) => w.row), first, last });
    }
  }
}

async function writeEdges(run: Run, dialect: Q.Dialect, groups: EdgeGroup[]) {
  for (const group of groups) {
    const { type, from, to, rows } = group;
    if (dialect === "kuzu" && (from === "Claim" || to === "Claim")) await writeClaimEdges(run, group);
    else {
      const merge = dialect === "neo4j" && Q.mayExist(type, from, to);
      await run(merge ? Q.mergeEdges(type, from, to) : Q.createEdges(type, from, to), { rows });
    }
  }
}

/** Writes the articles with statements, inside the caller's transaction. */
export async function writeArticles(run: Run, dialect: Q.Dialect, articles: ArticleBatch[]): Promise<IngestResult[]> {
  const plan = await planArticles(run, articles);
  await writeNodes(run, dialect, plan);
  await writeEdges(run, dialect, plan.edges);
  return plan.results;
}
