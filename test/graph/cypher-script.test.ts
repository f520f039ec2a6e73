// The exported Cypher script re-creates the subgraph: exported from a KuzuStore holding real
// extracted articles, run on an empty database (Kuzu always; Neo4j when NEO4J_URI is set, which
// EMPTIES that database), the same subgraph reads back, and running it twice changes nothing.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphJSON } from "../../graph/api.ts";
import { toCypher } from "../../graph/export/cypher.ts";
import { toGraph } from "../../graph/export/index.ts";
import { decodeArticle } from "../../ingest/decode.ts";
import { extract } from "../../ingest/extract.ts";
import type { Backend } from "../../store/backend.ts";
import { CypherStore } from "../../store/cypher-store.ts";
import { KuzuBackend, openKuzuStore } from "../../store/kuzu.ts";
import { Neo4jBackend } from "../../store/neo4j.ts";
import type { Store } from "../../store/store.ts";

const dir = mkdtempSync(join(tmpdir(), "diplograph-cypher-"));
let source: Store;
let ids: string[];
let expected: GraphJSON;

const sorted = (graph: GraphJSON) => ({
  nodes: [...graph.nodes].sort((a, b) => a.key.localeCompare(b.key)),
  edges: [...graph.edges].sort((a, b) => String(a.key).localeCompare(String(b.key))),
});

beforeAll(async () => {
  source = await openKuzuStore(join(dir, "source"));
  for (const file of [
    "test/fixtures/sample/wenweipo-2025-01-22.txt",
    "test/fixtures/eval/xinhua-2017-09-05-brics-xiamen.txt",
  ]) {
    await source.ingest(extract(decodeArticle(readFileSync(file)), { file }).export());
  }
  const [seed] = await source.search("普京", { limit: 1 });
  ids = (await source.neighbours([seed?.id as string], { depth: 2, limit: 5000 })).nodes.map((n) => n.key);
  expected = await source.subgraph(ids);
}, 120_000);
afterAll(async () => {
  await source?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the script's statements in one write transaction (Cypher from the console is read-only). */
async function runScript(backend: Backend, script: string): Promise<number> {
  const statements = script.split("\n").filter((line) => line.endsWith(";"));
  await backend.write(async (run) => {
    for (const statement of statements) await run(statement.slice(0, -1));
  });
  return statements.length;
}

function recreates(name: string, openEmpty: () => Promise<Backend>) {
  describe(`the Cypher export on ${name}`, () => {
    it("re-creates a two-hop neighbourhood with its relations: same nodes, relationships, properties", async () => {
      expect(expected.edges.some((e) => e.attributes?.polarity)).toBe(true);
      const backend = await openEmpty();
      const store = new CypherStore(backend);
      try {
        const script = toCypher(toGraph(expected));
        expect(await runScript(backend, script)).toBe(expected.nodes.length + expected.edges.length);
        expect(sorted(await store.subgraph(ids))).toEqual(sorted(expected));
        const stats = await store.stats();
        await runScript(backend, script);
        expect(await store.stats()).toEqual(stats);
        expect(sorted(await store.subgraph(ids))).toEqual(sorted(expected));
      } finally {
        await store.close();
      }
    });
  });
}

recreates("Kuzu", () => KuzuBackend.open(join(dir, "target")));

const uri = process.env.NEO4J_URI;
if (uri) {
  recreates("Neo4j", async () => {
    const config = {
      uri,
      user: process.env.NEO4J_USER ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      database: process.env.NEO4J_DATABASE,
    };
    const backend = await Neo4jBackend.open(config);
    await backend.write((run) => run("MATCH (n) DETACH DELETE n"));
    return backend;
  });
} else {
  const reason = "NEO4J_URI is not set: the Cypher export is NOT checked on Neo4j (only on Kuzu)";
  console.warn(`\n*** ${reason} ***\n`);
  describe.skip(`the Cypher export on Neo4j (${reason})`, () => {
    it("re-creates the subgraph on a Neo4j server", () => {});
  });
}
