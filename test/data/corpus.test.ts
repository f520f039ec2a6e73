// The bundled corpus (data/articles): every article is listed with its provenance in SOURCES.md, is
// not a text of the evaluation sets, and is read with the date and language its file name and row
// give. Run through the real extractor (not the store), so it stays fast.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ArticleNode } from "../../graph/schema.ts";
import { extract } from "../../ingest/extract.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const DIR = join(ROOT, "data/articles");
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort();

/** SOURCES.md table rows: file -> cells (source, published, url, stored copy, language, reuse basis). */
const sources = new Map(
  readFileSync(join(DIR, "SOURCES.md"), "utf8")
    .split("\n")
    .map((line) => /^\| `([^`]+)` \|(.*)\|$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => [m[1] as string, (m[2] as string).split(/(?<!\\)\|/).map((c) => c.trim())]),
);

const articles = files.map((file) => {
  const text = readFileSync(join(DIR, file), "utf8");
  let article: ArticleNode | undefined;
  const graph = extract(text, { file });
  graph.forEachNode((_, a) => {
    if (a.label === "Article") article = a;
  });
  return { file, text, graph, article: article as ArticleNode };
});

/** Texts of every .txt under a folder, recursively. */
function texts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".txt"))
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"));
}

describe("bundled corpus", () => {
  it("lists every article in SOURCES.md, and only files that exist", () => {
    expect(files.filter((f) => !sources.has(f))).toEqual([]);
    expect([...sources.keys()].filter((f) => !files.includes(f))).toEqual([]);
    for (const [file, cells] of sources) {
      expect(cells, file).toHaveLength(6);
      expect(cells[1], file).toBe(/\d{4}-\d\d-\d\d/.exec(file)?.[0]);
      expect(
        cells.every((c, i) => i === 2 || c !== ""),
        `${file}: empty cell`,
      ).toBe(true);
    }
  });

  it("reads each article's date and language as its file name and SOURCES.md row say", () => {
    for (const { file, article } of articles) {
      expect(article.date, file).toBe(/\d{4}-\d\d-\d\d/.exec(file)?.[0]);
      expect(article.language, file).toBe(sources.get(file)?.[4]);
      expect(article.title.length, file).toBeGreaterThan(0);
    }
  });

  it("holds no text of the evaluation sets (test/fixtures, ../shared/eval) and no text twice", () => {
    const hash = (t: string) => createHash("sha256").update(t.trim()).digest("hex");
    // The sample article predates the corpus and is the shared dev article; tests rely on it.
    const eval_ = new Set([...texts(join(ROOT, "test/fixtures")), ...texts(join(ROOT, "../shared/eval"))].map(hash));
    const ours = articles.filter((a) => a.file !== "wenweipo-2025-01-22.txt").map((a) => hash(a.text));
    expect(ours.filter((h) => eval_.has(h))).toEqual([]);
    expect(new Set(ours).size).toBe(ours.length);
  });
});
