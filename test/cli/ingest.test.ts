// diplograph ingest as a user runs it: a child process, its exit code and its summary on stderr.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../store/open.ts";

const dir = mkdtempSync(join(tmpdir(), "diplograph-ingest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Articles bundled in data/articles. */
const bundled = readdirSync("data/articles").filter((f) => f.endsWith(".txt")).length;

async function ingest(args: string[], dataDir: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "cli/diplograph.ts", "ingest", ...args],
      { env: { ...process.env, DATA_DIR: dataDir, NEO4J_URI: "" } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("diplograph ingest", () => {
  const dataDir = join(dir, "db");

  it("stores the articles of a directory, then skips them as duplicates", async () => {
    const first = await ingest(["data/articles"], dataDir);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(
      new RegExp(
        `${bundled} articles stored \\((\\d+) nodes, (\\d+) relationships added\\), 0 already stored, 0 failed`,
      ),
    );
    const again = await ingest(
      [`data/articles/${readdirSync("data/articles").find((f) => f.endsWith(".txt"))}`],
      dataDir,
    );
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 articles stored .*1 already stored, 0 failed/);
    expect(first.stdout + again.stdout).toBe("");
    const store = await openStore({ DATA_DIR: dataDir });
    try {
      expect((await store.stats()).articles).toBe(bundled);
    } finally {
      await store.close();
    }
  }, 120_000); // the whole bundled corpus, in a child process

  it("lists the files that failed, with reasons, and exits 1; the others are stored", async () => {
    const empty = join(dir, "empty.txt");
    const binary = join(dir, "binary.txt");
    writeFileSync(empty, "");
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 0, 7]));
    // a folder of one article: the bundled corpus is ingested whole by the test above
    const folder = join(dir, "one");
    mkdirSync(folder);
    copyFileSync("test/fixtures/sample/wenweipo-2025-01-22.txt", join(folder, "wenweipo-2025-01-22.txt"));
    const { code, stderr } = await ingest([empty, folder, binary, join(dir, "missing.txt")], join(dir, "db2"));
    expect(code).toBe(1);
    expect(stderr).toMatch(/1 articles stored .* 3 failed/);
    expect(stderr).toContain(`${empty}: empty article`);
    expect(stderr).toContain(`${binary}: binary data`);
    expect(stderr).toContain("missing.txt: cannot read (ENOENT)");
  });

  it("says so when another process holds the Kuzu store, and points to the server", async () => {
    const held = join(dir, "db3");
    const store = await openStore({ DATA_DIR: held });
    try {
      // The lock is per process: the child cannot open what this process holds.
      const { code, stderr } = await ingest(["data/articles"], held);
      expect(code).toBe(1);
      expect(stderr).toMatch(/in use by another process/);
      expect(stderr).toContain("POST /api/articles");
    } finally {
      await store.close();
    }
  });

  it("refuses --store neo4j without NEO4J_URI, as a usage error", async () => {
    const { code, stderr } = await ingest(["--store", "neo4j", "data/articles"], dataDir);
    expect(code).toBe(2);
    expect(stderr).toContain("NEO4J_URI");
  });
});
