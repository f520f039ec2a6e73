// Real Chinese text for the extraction benchmark and the synthetic articles: the articles in
// the repository, reshuffled paragraph by paragraph into as many distinct articles as needed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Random, seededRandom, shuffle } from "./random.ts";

const ROOT = resolve(import.meta.dirname, "..");
const SOURCES = ["data/articles", "../shared/eval/dev", "test/fixtures/eval"];

export interface SourceArticle {
  file: string;
  title: string;
  paragraphs: string[];
}

/** An article's title and paragraphs, for reshuffling. */
export function sourceArticle(file: string, text: string): SourceArticle {
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const [title = file, ...body] = paragraphs;
  return { file, title: title.replace(/^#+\s*/, ""), paragraphs: body };
}

/** Every distinct .txt article found in the source folders (the same text may sit in two of them). */
export function sourceArticles(): SourceArticle[] {
  const seen = new Set<string>();
  const out: SourceArticle[] = [];
  for (const dir of SOURCES.map((d) => join(ROOT, d)).filter(existsSync)) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
      const text = readFileSync(join(dir, name), "utf8");
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(sourceArticle(name, text));
    }
  }
  if (out.length === 0) throw new Error(`no articles found in ${SOURCES.join(", ")}`);
  return out;
}

export interface CorpusArticle {
  file: string;
  title: string;
  text: string;
}

/** One variant of a real article: same title and paragraphs, in another order. */
export function variant(random: Random, source: SourceArticle, n: number): CorpusArticle {
  const title = `${source.title}（${n}）`;
  const text = `# ${title}\n\n${shuffle(random, source.paragraphs).join("\n\n")}\n`;
  return { file: `${source.file.replace(/\.txt$/, "")}-${n}.txt`, title, text };
}

/** Distinct articles built from the real ones until their UTF-8 size reaches `bytes`. */
export function corpus(bytes: number, seed = 1): CorpusArticle[] {
  const random = seededRandom(seed);
  const sources = sourceArticles();
  const out: CorpusArticle[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const article = variant(random, sources[n % sources.length] as SourceArticle, n);
    out.push(article);
    size += Buffer.byteLength(article.text);
  }
  return out;
}

/** The sentences of the real articles (ending in 。！？), to write synthetic articles with. */
export function sentences(): string[] {
  return sourceArticles()
    .flatMap((a) => a.paragraphs)
    .flatMap((p) => p.match(/[^。！？]+[。！？]/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length >= 8 && !s.includes("\n"));
}
