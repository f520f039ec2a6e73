// The graph filter (labels, types, polarity, dates, articles) applied to what a view reads, and the
// checks of what a view is asked for.
import type { GraphFilter } from "../graph/api.ts";
import { type EdgeType, labelOfId, type NodeLabel } from "../graph/schema.ts";
import type { Params } from "./backend.ts";
import type * as Q from "./cypher.ts";
import type { GraphBuilder } from "./graph-builder.ts";
import { isEntityLabel } from "./layout.ts";
import { StoreInputError } from "./store.ts";

const inRange = (date: unknown, filter: GraphFilter) =>
  typeof date !== "string" || ((!filter.from || date >= filter.from) && (!filter.to || date <= filter.to));

/** Whether a node passes the filter's node terms (labels, dates and articles of claims and articles). */
export function keepNode(id: string, attributes: Record<string, unknown>, filter: GraphFilter): boolean {
  const label = labelOfId(id) as NodeLabel;
  if (filter.labels?.length && !filter.labels.includes(label)) return false;
  if (!inRange(attributes.date, filter)) return false;
  if (filter.articles?.length) {
    if (label === "Article" && !filter.articles.includes(id)) return false;
    if (typeof attributes.article === "string" && !filter.articles.includes(attributes.article)) return false;
  }
  return true;
}

/**
 * Under a date or article filter, the people, countries and organizations left without a claim or relation in
 * view: every one they had was filtered out (REPRESENTS, which no article dates, does not hold them).
 */
export function dropUnanchored(graph: GraphBuilder): void {
  const anchored = new Set<string>();
  for (const { source, target, attributes } of graph.edges.values())
    if (attributes.type !== "REPRESENTS" && graph.nodes.has(source) && graph.nodes.has(target))
      for (const end of [source, target]) anchored.add(end);
  for (const id of graph.nodes.keys())
    if (isEntityLabel(String(labelOfId(id))) && !anchored.has(id)) graph.nodes.delete(id);
}

export function keepEdge(attributes: Record<string, unknown>, filter: GraphFilter): boolean {
  if (filter.types?.length && !filter.types.includes(attributes.type as EdgeType)) return false;
  if (
    filter.polarity?.length &&
    typeof attributes.polarity === "string" &&
    !filter.polarity.includes(attributes.polarity as never)
  )
    return false;
  if (!inRange(attributes.date, filter)) return false;
  if (
    filter.articles?.length &&
    typeof attributes.article === "string" &&
    !filter.articles.includes(attributes.article)
  )
    return false;
  return true;
}

/** The date and article terms of a filter, for reads of relations. */
export function relationFilter(options: GraphFilter): { filter: Q.RelationFilter; params: Params } {
  const filter = { from: !!options.from, to: !!options.to, articles: !!options.articles?.length };
  const params: Params = {
    ...(filter.from && { from: options.from }),
    ...(filter.to && { to: options.to }),
    ...(filter.articles && { articles: options.articles }),
  };
  return { filter, params };
}

export function checkIds(ids: unknown): string[] {
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== "string"))
    throw new StoreInputError("ids must be a list of strings");
  return ids as string[];
}
