// A Cypher script that re-creates the subgraph: one MERGE per node (on its id) and per
// relationship (a country relation on its key, a statement edge on its type and ends, as the
// stores do), then SET for every other property. It keeps to the syntax Neo4j
// and Kuzu share: no `SET n += {map}`, no parameters, names in backticks, literals only.
import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import { isRelation } from "../schema.ts";

const ESCAPES: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `"${String(value).replace(/[\\"\n\r\t]/g, (c) => ESCAPES[c] ?? c)}"`;
}

const name = (identifier: string) => `\`${identifier.replaceAll("`", "``")}\``;

/** `SET v.a = 1, v.b = "x"` for the attributes not already in the pattern, or "" when none. */
function setClause(variable: string, attributes: Attributes, skip: readonly string[]): string {
  const assignments = Object.entries(attributes)
    .filter(([key, value]) => !skip.includes(key) && value !== undefined && value !== null)
    // Kuzu cannot type an empty list literal; an absent list reads back the same.
    .filter(([, value]) => !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => `${variable}.${name(key)} = ${literal(value)}`);
  return assignments.length ? ` SET ${assignments.join(", ")}` : "";
}

export function toCypher(graph: Graph): string {
  const labelOf = (node: string) => name(String(graph.getNodeAttribute(node, "label")));
  const labels = [...new Set(graph.mapNodes(labelOf))].sort();
  const lines = [
    `// diplograph subgraph: ${graph.order} nodes, ${graph.size} relationships. Safe to run twice.`,
    // Kuzu's tables already key nodes by id; Neo4j needs a constraint for MERGE to be fast (its own syntax, so a comment).
    "// In an empty Neo4j database, create these first:",
    ...labels.map((label) => `//   CREATE CONSTRAINT IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  ];
  graph.forEachNode((node, attributes) => {
    lines.push(`MERGE (n:${labelOf(node)} {id: ${literal(node)}})${setClause("n", attributes, ["label", "id"])};`);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const match = `MATCH (a:${labelOf(source)} {id: ${literal(source)}}), (b:${labelOf(target)} {id: ${literal(target)}})`;
    const key = isRelation(attributes) ? ` {key: ${literal(edge)}}` : "";
    const merge = `MERGE (a)-[r:${name(String(attributes.type))}${key}]->(b)`;
    lines.push(`${match} ${merge}${setClause("r", attributes, ["type", "key"])};`);
  });
  return `${lines.join("\n")}\n`;
}
