// Ingesting a folder again extracts only the articles not stored yet: what makes a second
// `npm start` fast. Extraction runs in worker threads, so the command's own progress lines say how
// many articles it extracted; the command runs in this process.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { run } from "../../cli/commands/ingest.ts";
import { extract } from "../../ingest/extract.ts";
import { articleHash } from "../../ingest/hash.ts";

const dir = mkdtempSync(join(tmpdir(), "diplograph-incremental-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLES = [
  "test/fixtures/eval/mfa-2018-07-06.txt",
  "test/fixtures/eval/hkcnews-2018-04-16.txt",
  "test/fixtures/eval/hkcnews-2020-05-28-pompeo-hong-kong.txt",
];

async function ingest(folder: string, dataDir: string) {
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    const code = await run([folder, "--data-dir", dataDir]);
    return { code, stderr: stderr.mock.calls.map((c) => String(c[0])).join("") };
  } finally {
    stderr.mockRestore();
  }
}

describe("diplograph ingest over a folder ingested before", () => {
  it("extracts only the new articles", async () => {
    const folder = join(dir, "articles");
    const dataDir = join(dir, "db");
    mkdirSync(folder);
    for (const file of ARTICLES.slice(0, 2)) copyFileSync(file, join(folder, file.split("/").pop() as string));

    const first = await ingest(folder, dataDir);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/2 articles stored .*0 already stored, 0 failed/);
    expect(first.stderr).toContain("extracting 2 new articles, 0 already stored");

    copyFileSync(ARTICLES[2] as string, join(folder, "new.txt"));
    const second = await ingest(folder, dataDir);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/1 articles stored .*2 already stored, 0 failed/);
    expect(second.stderr).toContain("extracting 1 new articles, 2 already stored");
    expect(second.stderr).toContain("3/3 articles");
    expect(second.stderr).not.toContain("extracting 3");

    const third = await ingest(folder, dataDir);
    expect(third.stderr).toMatch(/0 articles stored .*3 already stored, 0 failed/);
    expect(third.stderr).not.toContain("extracting");
  });

  it("knows an article by the hash its extracted graph carries", () => {
    const text = "新华社北京1月2日电 外交部发言人毛宁表示，中方支持俄罗斯与美国对话。";
    const graph = extract(text);
    const article = graph.findNode((_, a) => a.label === "Article");
    expect((graph.getNodeAttributes(article) as { hash?: string }).hash).toBe(articleHash(text));
  });
});
