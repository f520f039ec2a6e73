// The exported Cypher script re-creates the subgraph: exported from one KuzuStore holding real
// extracted articles, run statement by statement on a fresh one, the same subgraph reads back.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import kuzu from "kuzu";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCypher } from "../../graph/export/cypher.ts";
import { toGraph } from "../../graph/export/index.ts";
import { decodeArticle } from "../../ingest/decode.ts";
import { extract } from "../../ingest/extract.ts";
import { openKuzuStore } from "../../store/kuzu.ts";
import type { GraphJSON, Store } from "../../store/store.ts";

const dir = mkdtempSync(join(tmpdir(), "diplograph-cypher-"));
let source: Store;

/** Runs each statement of a script on a Kuzu database, closing every result as Kuzu requires. */
async function runScript(directory: string, script: string): Promise<number> {
  const db = new kuzu.Database(directory);
  const connection = new kuzu.Connection(db);
  const statements = script.split("\n").filter((line) => line.endsWith(";"));
  for (const statement of statements) {
    const result = await connection.query(statement);
    for (const r of [result].flat()) r.close();
  }
  await connection.close();
  await db.close();
  return statements.length;
}

const sorted = (graph: GraphJSON) => ({
  nodes: [...graph.nodes].sort((a, b) => a.key.localeCompare(b.key)),
  edges: [...graph.edges].sort((a, b) => String(a.key).localeCompare(String(b.key))),
});

beforeAll(async () => {
  source = await openKuzuStore(join(dir, "source"));
  for (const file of [
    "data/articles/wenweipo-2025-01-22.txt",
    "test/fixtures/eval/xinhua-2017-09-05-brics-xiamen.txt",
  ]) {
    await source.ingest(extract(decodeArticle(readFileSync(file)), { file }).export());
  }
}, 120_000);
afterAll(async () => {
  await source?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the Cypher export on Kuzu", () => {
  it("re-creates a two-hop neighbourhood: same nodes, relationships and properties", async () => {
    const [seed] = await source.search("普京", { limit: 1 });
    const original = await source.neighbours([seed?.id as string], { depth: 2, limit: 5000 });
    const ids = original.nodes.map((n) => n.key);
    expect(original.edges.some((e) => e.attributes?.polarity)).toBe(true);
    const expected = await source.subgraph(ids);

    // A fresh store creates its schema; the script then runs on the database directly (the store is read-only to Cypher).
    const target = join(dir, "target");
    await (await openKuzuStore(target)).close();
    const statements = await runScript(target, toCypher(toGraph(expected)));
    expect(statements).toBe(expected.nodes.length + expected.edges.length);

    const copy = await openKuzuStore(target);
    const copied = await copy.subgraph(ids);
    const stats = await copy.stats();
    await copy.close();
    expect(sorted(copied)).toEqual(sorted(expected));

    // Every statement MERGEs, so running the script again changes nothing.
    await runScript(target, toCypher(toGraph(expected)));
    const again = await openKuzuStore(target);
    const [statsAgain, copiedAgain] = [await again.stats(), await again.subgraph(ids)];
    await again.close();
    expect(statsAgain).toEqual(stats);
    expect(sorted(copiedAgain)).toEqual(sorted(expected));
  });
});
