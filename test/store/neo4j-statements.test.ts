// There is no Neo4j server here, so every statement the Neo4j store can send goes through Neo4j's
// own Cypher parser (the linter of @neo4j-cypher/language-support): a syntax error cannot hide.
import { lintCypherQuery } from "@neo4j-cypher/language-support";
import { describe, expect, it } from "vitest";
import { EDGE_TYPES, NODE_LABELS } from "../../graph/schema.ts";
import { neo4jStatements, shortestPath } from "../../store/cypher.ts";
import { NODE_PROPERTIES, RELATION_PROPERTIES } from "../../store/layout.ts";

/** Our schema, so that a misspelt label, type or property is reported too. */
const schema = {
  labels: [...NODE_LABELS],
  relationshipTypes: [...EDGE_TYPES],
  propertyKeys: [
    ...["id", "role", ...Object.values(NODE_PROPERTIES).flatMap(Object.keys), ...Object.keys(RELATION_PROPERTIES)],
    // Keys of the batch rows (row.source, row.target, row.value).
    ...["source", "target", "value"],
  ],
};

/** Every diagnostic, errors and warnings, given the statement's parameters. */
const diagnostics = (query: string) => {
  const parameters = Object.fromEntries([...query.matchAll(/\$(\w+)/g)].map(([, name]) => [name, null]));
  return lintCypherQuery(query, { ...schema, parameters }).diagnostics.map(
    (d) => `${d.severity}: ${String(d.message)}`,
  );
};

describe("Neo4j statements", () => {
  const statements = [...new Set(neo4jStatements())];

  it("are many: schema, ingest and every read, for every label and relationship type", () => {
    expect(statements.length).toBeGreaterThan(150);
  });

  it("all parse as Neo4j Cypher", () => {
    const failures = statements
      .map((query) => ({ query, diagnostics: diagnostics(query) }))
      .filter((f) => f.diagnostics.length);
    expect(failures).toEqual([]);
  }, 300_000); // the linter takes some 50 ms a statement

  it("are checked by a parser that does catch errors (Kuzu's shortest path syntax is not Neo4j's)", () => {
    expect(diagnostics(shortestPath("kuzu", "Person", "Country", 4))).not.toEqual([]);
    expect(diagnostics("MATCH (n RETURN n")).not.toEqual([]);
    expect(diagnostics("MATCH (n:Persn) RETURN n")).not.toEqual([]);
  });
});
