// Values between Kuzu's Node binding and the store: what a query returns as DbNode / DbRel, and the
// parameters the binding would read wrongly (empty lists, lists of mixed types), refused first.
import type { DbNode, DbRel } from "./backend.ts";
import { StoreInputError } from "./store.ts";

/** Kuzu node, rel and path values as DbNode / DbRel; everything else stays as it is. */
export function convert(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convert);
  if (!value || typeof value !== "object" || value instanceof Date)
    return typeof value === "bigint" ? Number(value) : value;
  const v = value as Record<string, unknown>;
  if ("_nodes" in v && "_rels" in v) return { nodes: convert(v._nodes), rels: convert(v._rels) };
  const key = (id: unknown) => {
    const { table, offset } = id as { table: number; offset: number };
    return `${table}:${offset}`;
  };
  const properties = () =>
    Object.fromEntries(
      Object.entries(v)
        .filter(([k, x]) => !k.startsWith("_") && x !== null)
        .map(([k, x]) => [k, convert(x)]),
    );
  if ("_src" in v && "_dst" in v && "_label" in v)
    return {
      kind: "rel",
      type: String(v._label),
      src: key(v._src),
      dst: key(v._dst),
      properties: properties(),
    } satisfies DbRel;
  if ("_label" in v && "_id" in v)
    return { kind: "node", key: key(v._id), label: String(v._label), properties: properties() } satisfies DbNode;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x)]));
}

/** Kuzu infers a parameter's type from its values and crashes on an empty list, so none may reach it. */
export function hasEmptyList(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0 || value.some(hasEmptyList);
  return !!value && typeof value === "object" && Object.values(value).some(hasEmptyList);
}

/**
 * The Kuzu type a parameter value gets. Kuzu's Node binding types a list by its first element and
 * reads the others' bytes as that type: [1, "a"] returns a heap address, [2.5, 1] a denormal, maps
 * with keys in another order the same. A user's parameters must give every list one type.
 */
export function kuzuType(value: unknown, path: string): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") return Number.isInteger(value) ? "INT64" : "DOUBLE";
  if (typeof value !== "object") return typeof value;
  if (Array.isArray(value)) {
    const types = new Set(value.map((v, i) => kuzuType(v, `${path}[${i}]`)).filter((t) => t !== "NULL"));
    if (types.size > 1)
      throw new StoreInputError(
        `the parameter ${path} is a list of mixed types (${[...types].join(", ")}): the embedded store reads such a list wrongly; give it values of one type (whole numbers and decimals count as two, maps need the same keys in the same order)`,
      );
    return `LIST<${[...types][0] ?? "NULL"}>`;
  }
  return `MAP{${Object.entries(value)
    .map(([k, v]) => `${k}:${kuzuType(v, `${path}.${k}`)}`)
    .join(",")}}`;
}
