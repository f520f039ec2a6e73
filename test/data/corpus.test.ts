// The bundled corpus (data/articles): big enough to show what the project is for (issue #15: >= 60
// articles, three languages, a decade, >= 20 country pairs related in more than one year), every
// article listed with its provenance and a stated reuse basis in SOURCES.md, none a text of the evaluation sets, each read
// with the date and language its file name and row give. Run through the real extractor (not the
// store), so it stays fast.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ArticleNode, isRelation } from "../../graph/schema.ts";
import { extract } from "../../ingest/extract.ts";
import { validateArticleGraph } from "../../store/validate.ts";

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
  it("holds at least 60 articles in English, Simplified and Traditional Chinese, over at least 10 years", () => {
    expect(articles.length).toBeGreaterThanOrEqual(60);
    const languages = new Set(articles.map((a) => a.article.language));
    expect([...languages].sort()).toEqual(["en", "zh-Hans", "zh-Hant"]);
    const dates = articles.map((a) => a.article.date as string).sort();
    const years = (Date.parse(dates.at(-1) as string) - Date.parse(dates[0] as string)) / (365.25 * 864e5);
    expect(years).toBeGreaterThanOrEqual(10);
  });

  it("relates at least 20 country pairs in more than one year", () => {
    const years = new Map<string, Set<string>>();
    for (const { graph, article } of articles)
      graph.forEachEdge((_, e, source, target, s, t) => {
        if (s.label !== "Country" || t.label !== "Country" || !isRelation(e)) return;
        const pair = [source, target].sort().join(" ");
        const year = (e.date ?? article.date)?.slice(0, 4);
        if (year) years.set(pair, (years.get(pair) ?? new Set()).add(year));
      });
    expect([...years.values()].filter((y) => y.size > 1).length).toBeGreaterThanOrEqual(20);
  });

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

  it("gives every article a reuse basis, none of them uncertain", () => {
    const uncertain = [...sources].filter(([, cells]) => /uncertain/i.test(cells[5] ?? "")).map(([file]) => file);
    expect(uncertain).toEqual([]);
  });

  it("reads each article's date and language as its file name and SOURCES.md row say, into a graph the store accepts", () => {
    for (const { file, article, graph } of articles) {
      expect(() => validateArticleGraph(graph.export()), file).not.toThrow();
      expect(article.date, file).toBe(/\d{4}-\d\d-\d\d/.exec(file)?.[0]);
      expect(article.language, file).toBe(sources.get(file)?.[4]);
      expect(article.title.length, file).toBeGreaterThan(0);
    }
  });

  it("holds no text of the evaluation sets (test/fixtures, ../shared/eval) and no text twice", () => {
    const hash = (t: string) => createHash("sha256").update(t.trim()).digest("hex");
    const eval_ = new Set([...texts(join(ROOT, "test/fixtures")), ...texts(join(ROOT, "../shared/eval"))].map(hash));
    const ours = articles.map((a) => hash(a.text));
    expect(ours.filter((h) => eval_.has(h))).toEqual([]);
    expect(new Set(ours).size).toBe(ours.length);
  });
});
