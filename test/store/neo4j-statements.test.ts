// There is no Neo4j server here, so every statement the Neo4j store can send goes through Neo4j's
// own Cypher parser (the linter of @neo4j-cypher/language-support): a syntax error cannot hide.
import { isNotParamError, lintCypherQuery } from "@neo4j-cypher/language-support";
import { describe, expect, it } from "vitest";
import { neo4jStatements, shortestPath } from "../../store/cypher.ts";

const errors = (query: string) =>
  lintCypherQuery(query, {})
    .diagnostics.filter(isNotParamError)
    .filter((d) => d.severity === 1)
    .map((d) => d.message);

describe("Neo4j statements", () => {
  const statements = neo4jStatements();

  it("are many: schema, ingest and every read, for every label and relationship type", () => {
    expect(statements.length).toBeGreaterThan(150);
    expect(new Set(statements).size).toBeGreaterThan(150);
  });

  it("all parse as Neo4j Cypher", () => {
    const failures = statements.map((query) => ({ query, errors: errors(query) })).filter((f) => f.errors.length);
    expect(failures).toEqual([]);
  });

  it("are checked by a parser that does catch errors (Kuzu's shortest path syntax is not Neo4j's)", () => {
    expect(errors(shortestPath("kuzu", "Person", "Country", 4))).not.toEqual([]);
    expect(errors("MATCH (n RETURN n")).not.toEqual([]);
  });
});
