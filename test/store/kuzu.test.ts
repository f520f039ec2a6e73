import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "../../ingest/extract.ts";
import { CypherStore } from "../../store/cypher-store.ts";
import { KuzuBackend } from "../../store/kuzu.ts";
import { conformance } from "./conformance.ts";
import { SIMPLIFIED, TRADITIONAL } from "./fixtures.ts";

const root = mkdtempSync(join(tmpdir(), "diplograph-kuzu-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const outside = join(root, "outside");

const dialectWrites = [
  "CALL CREATE_FTS_INDEX('Person', 'names', ['name'])",
  `COPY Person FROM '${outside}.csv'`,
  `COPY (MATCH (n:Person) RETURN n.id) TO '${outside}.csv'`,
  `EXPORT DATABASE '${outside}'`,
  `LOAD FROM '${outside}.csv' RETURN *`,
  `ATTACH '${outside}' AS other (dbtype kuzu)`,
  "CREATE NODE TABLE Ship(id STRING PRIMARY KEY)",
  "DROP TABLE SAID",
  "COMMIT",
  "CALL timeout=100000",
];

conformance("KuzuStore", { open: () => KuzuBackend.open(join(root, `db${n++}`)), dialectWrites });
// Every write through the bulk path (COPY into a copy of the database, swapped in).
conformance("KuzuStore (bulk)", {
  open: () => KuzuBackend.open(join(root, `db${n++}`), { bulkFrom: 1 }),
  dialectWrites,
});

describe("KuzuStore bulk writes", () => {
  it("serve reads during the write, and leave no staging files behind", async () => {
    const dir = mkdtempSync(join(root, "bulk-"));
    const store = new CypherStore(await KuzuBackend.open(join(dir, "db"), { bulkFrom: 1 }));
    try {
      await store.ingest(TRADITIONAL);
      const reads = Array.from({ length: 20 }, () => store.stats());
      const written = store.ingestMany([SIMPLIFIED]);
      // The console and writer connections are replaced by the bulk write, with work queued on them.
      const articles = () =>
        store.cypher("MATCH (a:Article) RETURN count(a) AS n", {}, { timeoutMs: 5000, rowLimit: 10 });
      const console = articles();
      const again = store.ingest(SIMPLIFIED);
      const counts = (await Promise.all(reads)).map((s) => s.articles);
      expect(counts.every((c) => c === 1 || c === 2)).toBe(true);
      // Either call may reach the writer first: one of them writes the article.
      expect([(await written)[0]?.created, (await again).created].sort()).toEqual([false, true]);
      expect([[[1]], [[2]]]).toContainEqual((await console).rows);
      expect((await articles()).rows).toEqual([[2]]);
      expect((await store.stats()).articles).toBe(2);
    } finally {
      await store.close();
    }
    expect(readdirSync(dir)).toEqual(["db"]);
  });

  it("leave nothing behind after a crash: opening the store removes a dead bulk write's files", async () => {
    const dir = mkdtempSync(join(root, "crashed-"));
    await (await KuzuBackend.open(join(dir, "db"))).close();
    writeFileSync(join(dir, "db.bulk-123"), "");
    writeFileSync(join(dir, "db.bulk-123.wal"), "");
    mkdirSync(join(dir, "db.csv-AbC123"));
    writeFileSync(join(dir, "db2.bulk-123"), ""); // another store's
    await (await KuzuBackend.open(join(dir, "db"))).close();
    expect(readdirSync(dir).sort()).toEqual(["db", "db2.bulk-123"]);
  });
});

describe("KuzuStore statement writes", () => {
  it("store every claim edge of a long article, written in windows of its claims", async () => {
    const texts = ["data/articles", "test/fixtures/eval"].flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith(".txt"))
        .map((name) => readFileSync(join(dir, name), "utf8")),
    );
    const graph = extract(texts.join("\n\n"), {}).export();
    const claimEdges = graph.edges.filter((e) => ["SAID", "MENTIONS"].includes(e.attributes?.type as string));
    expect(claimEdges.length).toBeGreaterThan(600); // windows of 200 rows: several per edge type
    const store = new CypherStore(await KuzuBackend.open(join(mkdtempSync(join(root, "long-")), "db")));
    try {
      const result = await store.ingest(graph);
      expect(result).toMatchObject({ created: true, nodesAdded: graph.nodes.length });
      expect(result.relationshipsAdded).toBe(graph.edges.length);
      const { relationships } = await store.stats();
      for (const type of ["SAID", "MENTIONS", "IN_ARTICLE"])
        expect(relationships[type], type).toBe(graph.edges.filter((e) => e.attributes?.type === type).length);
    } finally {
      await store.close();
    }
  });
});
