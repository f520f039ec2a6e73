// The journal and the recovery of a store whose write-ahead log no longer replays (store/journal.ts,
// store/recovery.ts). The broken log is made as a kill during a checkpoint leaves it: a log whose
// inserts are already in the database file, so replaying it fails with "duplicated primary key".
import { appendFileSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticArticles } from "../../bench/synthetic.ts";
import type { GraphJSON } from "../../graph/api.ts";
import { Journal } from "../../store/journal.ts";
import { openKuzuStore } from "../../store/kuzu.ts";
import { StoreOpenError } from "../../store/store.ts";

const root = mkdtempSync(join(tmpdir(), "diplograph-journal-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const [A, B, C] = [...syntheticArticles({ articles: 3, seed: 5 })].map((g) => g.export() as GraphJSON) as [
  GraphJSON,
  GraphJSON,
  GraphJSON,
];
const idOf = (graph: GraphJSON) => graph.nodes.find((n) => n.attributes?.label === "Article")?.key as string;

async function articleIds(path: string, report?: (line: string) => void) {
  const store = await openKuzuStore(path, { report: report ?? (() => {}) });
  try {
    return (await store.articles()).map((a) => a.id).sort();
  } finally {
    await store.close();
  }
}

describe("journal", () => {
  it("holds each acknowledged article once, flushed before ingest returns", async () => {
    const dir = mkdtempSync(join(root, "j-"));
    const store = await openKuzuStore(join(dir, "db"));
    await store.ingest(A);
    await store.ingestMany([A, B, B]);
    const lines = readFileSync(join(dir, "db.journal"), "utf8").trim().split("\n");
    expect(lines.map((l) => JSON.parse(l).id)).toEqual([idOf(A), idOf(B)]);
    expect(JSON.parse(lines[0] as string).graph).toEqual(A);
    await store.close();
  });

  it("cuts off a last line torn by a crash, and appends after it", async () => {
    const dir = mkdtempSync(join(root, "torn-"));
    const path = join(dir, "j");
    const journal = await Journal.open(path);
    await journal.record([A], [{ article: idOf(A), created: true, nodesAdded: 1, relationshipsAdded: 0 }]);
    await journal.close();
    appendFileSync(path, `{"id":"${idOf(B)}","hash":"x","graph":{"nodes":[`);
    const again = await Journal.open(path);
    expect(again.lacks(new Set([idOf(A)]))).toBe(false);
    await again.record([B], [{ article: idOf(B), created: true, nodesAdded: 1, relationshipsAdded: 0 }]);
    await again.close();
    const ids = readFileSync(path, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual([idOf(A), idOf(B)]);
  });
});

describe("already stored", () => {
  it("counts an article as stored for good only once journaled; ingesting it again journals it", async () => {
    const dir = mkdtempSync(join(root, "skip-"));
    const db = join(dir, "db");
    const hashOf = (graph: GraphJSON) =>
      graph.nodes.find((n) => n.attributes?.label === "Article")?.attributes?.hash as string;
    const first = await openKuzuStore(db);
    await first.ingestMany([A, B]);
    expect(await first.storedHashes([hashOf(A), hashOf(B)])).toEqual(new Set([hashOf(A), hashOf(B)]));
    await first.close();
    // A committed, then a crash before its journal line was flushed: never acknowledged.
    const lines = readFileSync(`${db}.journal`, "utf8").trim().split("\n");
    writeFileSync(`${db}.journal`, `${lines.filter((l) => JSON.parse(l).id !== idOf(A)).join("\n")}\n`);

    const second = await openKuzuStore(db);
    expect(await second.storedHashes([hashOf(A), hashOf(B)])).toEqual(new Set([hashOf(B)]));
    expect(await second.ingest(A)).toMatchObject({ article: idOf(A), created: false });
    expect(await second.storedHashes([hashOf(A)])).toEqual(new Set([hashOf(A)]));
    await second.close();
    const journaled = readFileSync(`${db}.journal`, "utf8").trim().split("\n");
    expect(journaled.map((l) => JSON.parse(l).id).sort()).toEqual([idOf(A), idOf(B)].sort());
    expect(JSON.parse(journaled.at(-1) as string).graph).toEqual(A);
  });
});

describe("recovery", () => {
  it("moves aside a log that does not replay and writes back the journaled articles, saying so", async () => {
    const dir = mkdtempSync(join(root, "wal-"));
    const db = join(dir, "db");
    const first = await openKuzuStore(db);
    await first.ingest(A);
    await first.close();
    // B's transaction in the log, then checkpointed into the file by closing: the log would insert B twice.
    const second = await openKuzuStore(db);
    await second.ingest(B);
    copyFileSync(`${db}.wal`, join(dir, "wal-of-B"));
    await second.close();
    copyFileSync(db, join(dir, "file-with-A-B"));
    // C acknowledged (journaled), then the crash: the file as it was, the log that cannot replay.
    const third = await openKuzuStore(db);
    await third.ingest(C);
    await third.close();
    copyFileSync(join(dir, "file-with-A-B"), db);
    copyFileSync(join(dir, "wal-of-B"), `${db}.wal`);

    const lines: string[] = [];
    expect(await articleIds(db, (line) => lines.push(line))).toEqual([idOf(A), idOf(B), idOf(C)].sort());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /write-ahead log could not be replayed \(.*duplicated primary key.*\); it is kept as .*db\.wal-\d{4}-.* and 1 acknowledged articles were written again from the journal/i,
    );
    const kept = readdirSync(dir).filter((n) => n.startsWith("db.wal-"));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0] as string))).toEqual(readFileSync(join(dir, "wal-of-B")));
    // Opened again: nothing to recover, nothing said.
    const quiet: string[] = [];
    expect(await articleIds(db, (line) => quiet.push(line))).toHaveLength(3);
    expect(quiet).toEqual([]);
  });

  it("writes back journaled articles a store lacks even when its log is fine (a database file from before)", async () => {
    const dir = mkdtempSync(join(root, "old-"));
    const db = join(dir, "db");
    const store = await openKuzuStore(db);
    await store.ingest(A);
    await store.close();
    copyFileSync(db, join(dir, "with-A"));
    const more = await openKuzuStore(db);
    await more.ingestMany([B, C]);
    await more.close();
    copyFileSync(join(dir, "with-A"), db);
    const lines: string[] = [];
    expect(await articleIds(db, (line) => lines.push(line))).toHaveLength(3);
    expect(lines).toEqual([
      "diplograph: 2 acknowledged articles missing from the store were written again from the journal",
    ]);
  });

  it("says what to do when the store cannot be opened at all, without a raw engine error", async () => {
    const dir = mkdtempSync(join(root, "broken-"));
    const db = join(dir, "db");
    writeFileSync(db, Buffer.alloc(8192, 7));
    const error = await openKuzuStore(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as Error).message).toMatch(
      /cannot be opened \(Kuzu: .*\)\. Keep it, and start a new one in its place: mv .*db .*db\.broken/,
    );
  });
});
