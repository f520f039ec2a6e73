// The typed columns of a set of elements' attributes, for formats that declare their attributes
// up front (GraphML keys, neo4j-admin CSV headers).
import type { Attributes } from "graphology-types";

export type ScalarType = "string" | "int" | "double" | "boolean";

export interface Column {
  name: string;
  type: ScalarType;
  /** An array of `type` values. */
  list: boolean;
}

function scalarType(value: unknown): ScalarType {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "double";
  return "string";
}

/** Widens when elements disagree: int and double give double, anything else with strings gives string. */
function widen(a: ScalarType | undefined, b: ScalarType): ScalarType {
  if (a === undefined || a === b) return b;
  if ((a === "int" && b === "double") || (a === "double" && b === "int")) return "double";
  return "string";
}

/** Columns in first-seen order, skipping `skip` (attributes a format writes in its own place). */
export function columnsOf(elements: Iterable<Attributes>, skip: readonly string[] = []): Column[] {
  const types = new Map<string, { type?: ScalarType; list: boolean }>();
  for (const attributes of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      if (skip.includes(name) || value === undefined || value === null) continue;
      const column = types.get(name) ?? { list: Array.isArray(value) };
      for (const item of Array.isArray(value) ? value : [value]) column.type = widen(column.type, scalarType(item));
      column.list ||= Array.isArray(value);
      types.set(name, column);
    }
  }
  return [...types].map(([name, { type, list }]) => ({ name, type: type ?? "string", list }));
}

/** The text to show for a node: its name, an article's title, a claim's text. */
export function displayName(key: string, attributes: Attributes): string {
  return String(attributes.name ?? attributes.title ?? attributes.text ?? key);
}
