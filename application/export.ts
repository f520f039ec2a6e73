// Which subgraph to export (ids, a Cypher query's result, a seed's neighbourhood, or the whole graph) and the
// download that carries it. Shared by POST /api/export and `diplograph export`.
import { strToU8, zipSync } from "fflate";
import type { GraphJSON } from "../graph/api.ts";
import { DiplographError } from "../graph/errors.ts";
import { type ExportFormat, exportGraph, toGraph } from "../graph/export/index.ts";
import { labelOfId } from "../graph/schema.ts";
import type { Store } from "../store/store.ts";
import { LIMITS } from "./limits.ts";

/** A selection that names no subgraph: two ways at once, or a seed nothing matches. */
export class SelectionError extends DiplographError {
  override name = "SelectionError";
  constructor(
    readonly code: "bad-input" | "not-found",
    message: string,
  ) {
    super(message);
  }
}

export interface Selection {
  ids?: string[];
  cypher?: string;
  /** A node id, or a name to search for (its best hit is the seed). */
  seed?: string;
  depth?: number;
  limit?: number;
}

async function seedId(store: Store, seed: string): Promise<string> {
  if (labelOfId(seed) && (await store.node(seed))) return seed;
  const [hit] = await store.search(seed, { limit: 1 });
  if (!hit) throw new SelectionError("not-found", `no node matches the seed "${seed}"`);
  return hit.id;
}

/** The subgraph named by ids, cypher or seed (at most one); with none, the graph's best-connected nodes up to the limit. */
export async function selectSubgraph(store: Store, selection: Selection): Promise<GraphJSON> {
  const given = (["ids", "cypher", "seed"] as const).filter((k) => selection[k] !== undefined);
  if (given.length > 1)
    throw new SelectionError("bad-input", `give one of ids, cypher or seed, not ${given.join(" and ")}`);
  const limit = selection.limit ?? LIMITS.graphNodes;
  if (given.length === 0) return store.overview({ limit });
  if (selection.ids) return store.subgraph(selection.ids);
  if (selection.cypher) {
    const options = { rowLimit: LIMITS.cypherRows, timeoutMs: LIMITS.cypherTimeoutMs };
    return (await store.cypher(selection.cypher, {}, options)).graph;
  }
  const id = await seedId(store, selection.seed as string);
  return store.neighbours([id], { depth: selection.depth ?? 1, limit });
}

export interface Download {
  name: string;
  contentType: string;
  content: Uint8Array;
}

/** One file as it is; several (CSV's nodes and relationships) zipped together. */
export function packFiles(graph: GraphJSON, format: ExportFormat): Download {
  const files = exportGraph(toGraph(graph), format);
  const [only] = files;
  if (only && files.length === 1) return { ...only, content: strToU8(only.content) };
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.content)])));
  return { name: `diplograph-${format}.zip`, contentType: "application/zip", content: zip };
}

export async function exportDownload(store: Store, request: Selection & { format: ExportFormat }): Promise<Download> {
  return packFiles(await selectSubgraph(store, request), request.format);
}
