// Expanding one node by chosen relationship types, one or two hops, a page at a time (Neo4j Bloom's expand):
// which types a node offers, what each page asks the server for, and whether more may follow.
import { type EdgeType, type NodeLabel, PLOVER, PLOVER_TYPES, STATEMENT_EDGE_TYPES } from "../../../graph/schema.ts";
import { ENDPOINTS } from "../../../store/layout.ts";

/** Relationship types offered together: statement types one by one, relations by PLOVER quad class. */
export interface TypeGroup {
  key: string;
  title: string;
  types: EdgeType[];
}

export interface ExpandChoice {
  types: EdgeType[];
  depth: 1 | 2;
  /** New nodes per page. */
  cap: number;
}

export const DEFAULT_CAP = 100;
export const CAPS = [25, 50, 100, 200, 500] as const;

/** The groups of types that touch a node of `label`; relations left out where the view draws them already. */
export function typeGroups(label: NodeLabel, withRelations = true): TypeGroup[] {
  const touches = (type: EdgeType) => ENDPOINTS[type].from.includes(label) || ENDPOINTS[type].to.includes(label);
  const statements = STATEMENT_EDGE_TYPES.filter(touches).map((type) => ({ key: type, title: type, types: [type] }));
  if (!withRelations || !PLOVER_TYPES.some(touches)) return statements;
  const quads = [...new Set(Object.values(PLOVER))].map((quad) => ({
    key: quad,
    title: `${quad.replace("-", " ")} relations`,
    types: PLOVER_TYPES.filter((type) => PLOVER[type] === quad),
  }));
  return [...statements, ...quads];
}

/** One node's expansion so far: the choice it was made with, the nodes its pages brought, whether more may exist. */
export interface Expansion {
  id: string;
  choice: ExpandChoice;
  shown: string[];
  more: boolean;
}

export const startExpansion = (id: string, choice: ExpandChoice): Expansion => ({ id, choice, shown: [], more: true });

/** A page of a neighbourhood, as POST /api/neighbours reads it. */
export interface PageRequest {
  ids: string[];
  depth: number;
  limit: number;
  types: EdgeType[];
  exclude?: string[];
}

/** The next page: what earlier pages brought is excluded, the cap counts new nodes. */
export function nextPage({ id, choice, shown }: Expansion): PageRequest {
  return {
    ids: [id],
    depth: choice.depth,
    // The expanded node comes back too.
    limit: choice.cap + 1,
    types: choice.types,
    ...(shown.length && { exclude: shown }),
  };
}

/**
 * Whether a page short of the cap was the last. One hop over statement types, yes: the server reads a row per
 * neighbour until the cap is filled. Relations repeat between two countries and the server reads a few rows per
 * neighbour still wanted, and a second hop shares the cap across the first hop's nodes, so those pages may fall
 * short while more exist: only an empty page ends them.
 */
const shortPageIsLast = ({ types, depth }: ExpandChoice) => depth === 1 && types.every((t) => !(t in PLOVER));

/** The expansion after a page that returned `nodes`, and the nodes the page added. */
export function afterPage(expansion: Expansion, nodes: readonly string[]): Expansion & { added: string[] } {
  const before = new Set([expansion.id, ...expansion.shown]);
  const added = nodes.filter((node) => !before.has(node));
  const { cap } = expansion.choice;
  return {
    ...expansion,
    shown: [...expansion.shown, ...added],
    more: added.length >= cap || (added.length > 0 && !shortPageIsLast(expansion.choice)),
    added,
  };
}
