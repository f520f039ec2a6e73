// DATA_DIR as users set it: every kind of path openStore may be given, through the real Kuzu store.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDataDir, storePaths } from "../../store/data-dir.ts";
import { openKuzuStore } from "../../store/kuzu.ts";
import { openStore } from "../../store/open.ts";
import { DataDirError } from "../../store/store.ts";
import { TRADITIONAL } from "./fixtures.ts";

const root = mkdtempSync(join(tmpdir(), "diplograph-data-dir-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(root, `case${n++}`);
const env = (dataDir: string) => ({ DATA_DIR: dataDir });

/** Opens DATA_DIR, ingests an article if asked, and returns the number of articles stored. */
async function articlesIn(dataDir: string, ingest = false): Promise<number> {
  const store = await openStore(env(dataDir));
  try {
    if (ingest) await store.ingest(TRADITIONAL);
    return (await store.stats()).articles;
  } finally {
    await store.close();
  }
}

/** A store of the earlier layout: the database file is DATA_DIR itself, its log beside it. */
async function oldLayoutStore(path: string) {
  const store = await openKuzuStore(path);
  await store.ingest(TRADITIONAL);
  await store.close();
  rmSync(`${path}.journal`); // the earlier layout had no journal
}

/** Rewrites the storage version in a Kuzu database file's header ("KUZU", then a uint64). */
function setStorageVersion(path: string, version: number) {
  const bytes = readFileSync(path);
  bytes.writeBigUInt64LE(BigInt(version), 4);
  writeFileSync(path, bytes);
}

describe("DATA_DIR", () => {
  it("is created with its parents when missing, and the store's files go inside it", async () => {
    const dataDir = join(fresh(), "new", "deep", "folder");
    expect(await articlesIn(dataDir, true)).toBe(1);
    expect(readdirSync(dataDir)).toContain("graph.kz");
    expect(await articlesIn(dataDir)).toBe(1);
  });

  it("may be an existing empty folder (dot files such as .gitkeep allowed)", async () => {
    const dataDir = fresh();
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, ".gitkeep"), "");
    expect(await articlesIn(dataDir, true)).toBe(1);
    expect(readdirSync(dataDir).sort()).toEqual([".gitkeep", "graph.kz", "graph.kz.journal"]);
  });

  it("refuses a file that is not a store, and leaves it as it was", async () => {
    const path = join(fresh());
    writeFileSync(path, "my notes\n");
    await expect(openStore(env(path))).rejects.toThrow(DataDirError);
    await expect(openStore(env(path))).rejects.toThrow(/is a file, not a folder.*Set DATA_DIR to a folder/);
    expect(readFileSync(path, "utf8")).toBe("my notes\n");
  });

  it("refuses a path through a file, and a pipe, saying to give a folder", async () => {
    const file = fresh();
    writeFileSync(file, "x");
    await expect(prepareDataDir(join(file, "db"))).rejects.toThrow(/a part of its path is a file/);
    const pipe = fresh();
    execFileSync("mkfifo", [pipe]);
    await expect(prepareDataDir(pipe)).rejects.toThrow(/not a folder \(a device, socket or pipe\)/);
  });

  it("refuses a folder holding other files and no store, and writes nothing into it", async () => {
    const dataDir = fresh();
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, "thesis.docx"), "x");
    await expect(openStore(env(dataDir))).rejects.toThrow(/holding other files \(thesis\.docx\).*empty or new folder/);
    expect(readdirSync(dataDir)).toEqual(["thesis.docx"]);
  });

  it("refuses a graph.kz that is not a Kuzu database", async () => {
    const dataDir = fresh();
    mkdirSync(dataDir);
    writeFileSync(storePaths(dataDir).database, "not a database");
    await expect(openStore(env(dataDir))).rejects.toThrow(/graph\.kz is not a Kuzu database file/);
  });

  it("moves a store file of the earlier layout (DATA_DIR the database file) into the folder", async () => {
    const dataDir = fresh();
    await oldLayoutStore(dataDir);
    expect(await articlesIn(dataDir)).toBe(1);
    expect(readdirSync(dataDir).sort()).toEqual(["graph.kz", "graph.kz.journal"]);
    expect(readdirSync(root).filter((name) => name.startsWith(`${dataDir.split("/").pop()}.`))).toEqual([]);
    expect(await articlesIn(dataDir, true)).toBe(1);
  });

  it("finishes a move that a crash interrupted", async () => {
    const dataDir = fresh();
    await oldLayoutStore(`${dataDir}.moving`);
    expect(await articlesIn(dataDir)).toBe(1);
    expect(existsSync(`${dataDir}.moving`)).toBe(false);
    expect(readdirSync(dataDir).sort()).toEqual(["graph.kz", "graph.kz.journal"]);
  });

  it("refuses a store of another storage version with what to do, in the folder or as an old file", async () => {
    const dataDir = fresh();
    expect(await articlesIn(dataDir, true)).toBe(1);
    const { database } = storePaths(dataDir);
    setStorageVersion(database, 38);
    const before = readFileSync(database);
    await expect(openStore(env(dataDir))).rejects.toThrow(
      /storage version 38.*cannot read it.*diplograph version that wrote it.*ingest your articles again/,
    );
    expect(readFileSync(database).equals(before)).toBe(true);

    const oldFile = fresh();
    await oldLayoutStore(oldFile);
    setStorageVersion(oldFile, 40);
    await expect(openStore(env(oldFile))).rejects.toThrow(/storage version 40/);
    expect(readFileSync(oldFile).subarray(0, 4).toString()).toBe("KUZU"); // not moved
  });
});
