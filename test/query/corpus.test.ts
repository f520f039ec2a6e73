// The query corpus (test/query/corpus.ts) through the store's front door (CypherStore.cypher, as the
// console, the API and the CLI call it): on Kuzu, translated, it must give Neo4j's results; on Neo4j
// (NEO4J_URI set) it runs as written and must give the same.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Backend } from "../../store/backend.ts";
import { CypherStore } from "../../store/cypher-store.ts";
import { KuzuBackend } from "../../store/kuzu.ts";
import { Neo4jBackend } from "../../store/neo4j.ts";
import { CORPUS, type CorpusEntry } from "./corpus.ts";
import { CORPUS_ARTICLES } from "./fixture.ts";

const OPTIONS = { timeoutMs: 10_000, rowLimit: 1000 };
const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function corpus(name: string, open: () => Promise<Backend>) {
  describe(`query corpus on ${name}`, () => {
    let store: CypherStore;
    beforeAll(async () => {
      store = new CypherStore(await open());
      for (const article of CORPUS_ARTICLES) await store.ingest(article);
    });
    afterAll(() => store?.close());

    it(`has at least 60 queries, each named once`, () => {
      expect(CORPUS.length).toBeGreaterThanOrEqual(60);
      expect(new Set(CORPUS.map((e) => e.name)).size).toBe(CORPUS.length);
    });

    it.each(CORPUS.map((e) => [e.name, e] as [string, CorpusEntry]))("%s", async (_, entry) => {
      const result = await store.cypher(entry.query, entry.params ?? {}, OPTIONS);
      expect(result.columns).toEqual(entry.columns);
      expect(entry.ordered ? result.rows : sorted(result.rows)).toEqual(
        entry.ordered ? entry.rows : sorted(entry.rows),
      );
    });
  });
}

const root = mkdtempSync(join(tmpdir(), "diplograph-corpus-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
corpus("Kuzu", () => KuzuBackend.open(join(root, "db")));

const uri = process.env.NEO4J_URI;
if (uri) {
  corpus("Neo4j", async () => {
    const backend = await Neo4jBackend.open({
      uri,
      user: process.env.NEO4J_USER ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      database: process.env.NEO4J_DATABASE,
    });
    await backend.write((run) => run("MATCH (n) DETACH DELETE n"));
    return backend;
  });
} else {
  const reason =
    "NEO4J_URI is not set: the query corpus on Neo4j is SKIPPED (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)";
  console.warn(`\n*** ${reason} ***\n`);
  describe.skip(`query corpus on Neo4j (${reason})`, () => {
    it("runs against a Neo4j server", () => {});
  });
}
