// Ingest orchestration: validate the graphs, keep the articles not stored yet, and write them in one
// transaction, by statements (write.ts) or, for big batches on Kuzu, by COPY from files (load.ts).
import type { GraphJSON, IngestResult } from "../graph/api.ts";
import type { Backend, Run } from "./backend.ts";
import * as Q from "./cypher.ts";
import { loadArticles } from "./load.ts";
import { StoreInputError } from "./store.ts";
import { type ArticleBatch, validateArticleGraph } from "./validate.ts";
import { writeArticles } from "./write.ts";

export async function writeGraphs(db: Backend, graphs: GraphJSON[]): Promise<IngestResult[]> {
  const batches = graphs.map((graph, i) => {
    try {
      return validateArticleGraph(graph);
    } catch (error) {
      if (error instanceof StoreInputError && graphs.length > 1)
        throw new StoreInputError(`article ${i + 1} of ${graphs.length}: ${error.message}`);
      throw error;
    }
  });
  const unchanged = (b: ArticleBatch) => ({
    article: b.article.id,
    created: false,
    nodesAdded: 0,
    relationshipsAdded: 0,
  });
  const fresh = await newArticles(db.read, batches);
  // Nothing new: no write transaction (which would wait for the writer) at all.
  if (!fresh.length) return batches.map(unchanged);
  const results = (written: IngestResult[]) => {
    const byId = new Map(written.map((r) => [r.article, r]));
    return batches.map((b) => {
      const result = byId.get(b.article.id);
      byId.delete(b.article.id); // the same article twice in one call: the second is a duplicate
      return result ?? unchanged(b);
    });
  };
  // Checked again inside the transaction: another writer may have stored some meanwhile.
  if (db.bulk && fresh.length >= (db.bulkFrom ?? Number.POSITIVE_INFINITY))
    return db.bulk(async (run, scratch) => results(await loadArticles(run, scratch, await newArticles(run, batches))));
  return db.write(async (run) => results(await writeArticles(run, db.dialect, await newArticles(run, batches))));
}

/** The articles not stored yet, each once; an id stored with another hash is refused. */
export async function newArticles(run: Run, batches: ArticleBatch[]): Promise<ArticleBatch[]> {
  const stored = new Map<string, unknown>();
  const ids = [...new Set(batches.map((b) => b.article.id))];
  for (let i = 0; i < ids.length; i += 1000)
    for (const row of await run(Q.ARTICLE_HASHES, { ids: ids.slice(i, i + 1000) }))
      stored.set(row.id as string, row.hash);
  const fresh = new Map<string, ArticleBatch>();
  for (const b of batches) {
    const hash = stored.get(b.article.id);
    if (hash !== undefined && hash !== b.article.hash)
      throw new StoreInputError(`article id ${b.article.id} is already used by another text (hash collision)`);
    if (hash === undefined && !fresh.has(b.article.id)) fresh.set(b.article.id, b);
  }
  return [...fresh.values()];
}
