// The conformance suite against a real Neo4j 5 server, when NEO4J_URI is set. It empties that database.
import { describe, it } from "vitest";
import { Neo4jBackend } from "../../store/neo4j.ts";
import { conformance } from "./conformance.ts";

const uri = process.env.NEO4J_URI;

if (uri) {
  const config = {
    uri,
    user: process.env.NEO4J_USER ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "",
    database: process.env.NEO4J_DATABASE,
  };
  conformance("Neo4jStore", {
    open: async () => {
      const backend = await Neo4jBackend.open(config);
      await backend.write((run) => run("MATCH (n) DETACH DELETE n"));
      return backend;
    },
    dialectWrites: [
      "CALL db.createLabel('Ship')",
      "LOAD CSV FROM 'file:///names.csv' AS row CREATE (:Person {id: row[0]})",
      "CREATE INDEX ship_name IF NOT EXISTS FOR (n:Person) ON (n.name)",
      "MATCH (n:Person) CALL (n) { SET n.name = 'changed' }",
    ],
  });
} else {
  const reason =
    "NEO4J_URI is not set: the Neo4jStore conformance suite is SKIPPED (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run it)";
  console.warn(`\n*** ${reason} ***\n`);
  describe.skip(`Neo4jStore conformance (${reason})`, () => {
    it("runs against a Neo4j server", () => {});
  });
}
