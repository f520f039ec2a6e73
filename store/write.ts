// Writes validated articles, none of them stored yet, inside the caller's transaction: entity
// resolution (the same id from several articles or scripts is one node, its lists unioned),
// batched statements per label and per relationship (type, from, to), and what each article added.
import { NODE_LABELS, type NodeLabel } from "../graph/schema.ts";
import * as Q from "./cypher.ts";
import type { Run } from "./cypher-store.ts";
import { ENTITY_LABELS, isEntityLabel } from "./layout.ts";
import type { IngestResult } from "./store.ts";
import type { ArticleBatch, EdgeGroup, Row } from "./validate.ts";

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

const edgeId = (type: string, row: Row) => (row.key as string | undefined) ?? `${type}:${row.source}->${row.target}`;

function edgeGroups(articles: ArticleBatch[]): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup & { ids: Set<string> }>();
  for (const article of articles)
    for (const { type, from, to, rows } of article.edges) {
      const key = `${type}:${from}:${to}`;
      const group = groups.get(key) ?? { type, from, to, rows: [], ids: new Set<string>() };
      groups.set(key, group);
      for (const row of rows)
        if (!group.ids.has(edgeId(type, row))) {
          group.ids.add(edgeId(type, row));
          group.rows.push(row);
        }
    }
  return [...groups.values()];
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

async function writeNodes(
  run: Run,
  dialect: Q.Dialect,
  nodes: Map<NodeLabel, Map<string, Row>>,
  existing: Set<string>,
) {
  const grown = await resolveEntities(run, nodes, existing);
  for (const label of NODE_LABELS) {
    const fresh = [...(nodes.get(label) as Map<string, Row>).values()].filter((r) => !existing.has(r.id as string));
    // Scalars only: Kuzu cannot take an empty list, so lists are set apart, and only when not empty.
    const scalars = fresh.map((r) => Object.fromEntries(["id", ...Q.scalarNames(label)].map((k) => [k, r[k]])));
    if (dialect === "kuzu" && label === "Claim")
      for (const [article, rows] of byArticle(scalars, (r) => r.article as string))
        await run(Q.CREATE_CLAIMS_OF_ARTICLE, { article, rows });
    else if (scalars.length) {
      const statement = dialect === "neo4j" && isEntityLabel(label) ? Q.mergeEntities(label) : Q.createNodes(label);
      await run(statement, { rows: scalars });
    }
    const listed = [...fresh, ...grown.filter((r) => (r.id as string).startsWith(`${label}:`))];
    for (const name of Q.listNames(label)) {
      const rows = listed.filter((r) => (r[name] as string[]).length).map((r) => ({ id: r.id, value: r[name] }));
      if (rows.length) await run(Q.setList(label, name), { rows });
    }
  }
}

function byArticle(rows: Row[], articleOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(articleOf(row), [...(groups.get(articleOf(row)) ?? []), row]);
  return groups;
}

/** Claim:<hash16>:<span> belongs to Article:<hash16> (validation checked it). */
const articleOfClaim = (claim: string) => `Article:${claim.split(":")[1]}`;

/**
 * Kuzu: the claims' edges, one statement per article, reaching the claims from their article (the
 * IN_ARTICLE edges were made with the claims): a MATCH on the claim id would scan every claim.
 */
async function writeClaimEdges(run: Run, { type, from, to, rows }: EdgeGroup) {
  if (type === "IN_ARTICLE") return;
  const claimEnd = from === "Claim" ? "source" : "target";
  for (const [article, group] of byArticle(rows, (r) => articleOfClaim(r[claimEnd] as string)))
    await run(Q.claimEdgesOfArticle(type, from, to), { article, rows: group });
}

/** Writes the edges not stored yet; returns the ids of those that were. */
async function writeEdges(run: Run, dialect: Q.Dialect, groups: EdgeGroup[], existing: Set<string>) {
  const stored = new Set<string>();
  for (const group of groups) {
    const { type, from, to, rows } = group;
    if (dialect === "kuzu" && (from === "Claim" || to === "Claim")) {
      await writeClaimEdges(run, group);
      continue;
    }
    let fresh = rows;
    if (Q.mayExist(type, from, to)) {
      const old = rows.filter((r) => existing.has(r.source as string) && existing.has(r.target as string));
      for (const part of chunks(old))
        for (const row of await run(Q.existingEdges(type, from, to), { rows: part })) stored.add(edgeId(type, row));
      fresh = rows.filter((r) => !stored.has(edgeId(type, r)));
    }
    if (!fresh.length) continue;
    const merge = dialect === "neo4j" && Q.mayExist(type, from, to);
    const statement = merge ? Q.mergeEdges(type, from, to) : Q.createEdges(type, from, to);
    await run(statement, { rows: fresh });
  }
  return stored;
}

export async function writeArticles(run: Run, dialect: Q.Dialect, articles: ArticleBatch[]): Promise<IngestResult[]> {
  const existing = new Set<string>();
  await writeNodes(run, dialect, nodeRows(articles), existing);
  const storedEdges = await writeEdges(run, dialect, edgeGroups(articles), existing);
  // Credit each node and edge to the first article that brought it.
  const seenNodes = new Set(existing);
  const seenEdges = new Set(storedEdges);
  return articles.map((article) => {
    let nodesAdded = 0;
    let relationshipsAdded = 0;
    for (const label of NODE_LABELS)
      for (const row of article.nodes[label])
        if (!seenNodes.has(row.id as string)) {
          seenNodes.add(row.id as string);
          nodesAdded++;
        }
    for (const { type, rows } of article.edges)
      for (const row of rows)
        if (!seenEdges.has(edgeId(type, row))) {
          seenEdges.add(edgeId(type, row));
          relationshipsAdded++;
        }
    return { article: article.article.id, created: true, nodesAdded, relationshipsAdded };
  });
}
