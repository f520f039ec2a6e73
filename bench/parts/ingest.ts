// Ingest into the embedded store: synthetic articles through KuzuStore.ingestMany (its bulk path:
// all of them in one call into a new store, then again in batches appended to a growing store) and
// KuzuStore.ingest (one article per call, as the API receives them: statements in a transaction),
// next to Kuzu's COPY FROM of the same rows (as CSV, into the same schema, in a fresh database).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GraphJSON, IngestResult } from "../../graph/api.ts";
import { openKuzuStore } from "../../store/kuzu.ts";
import { copyInto, createSchema, Rows, writeCsv } from "../copy.ts";
import { type Figure, log, type Part, peakRssMB, round, timed } from "../measure.ts";
import { syntheticArticles } from "../synthetic.ts";

const BATCH = 500;

const rowsWritten = (results: IngestResult[]) => results.reduce((n, r) => n + r.nodesAdded + r.relationshipsAdded, 0);

export const measure: Part = async ({ quick }) => {
  // One article per call is slow enough that a sample of the articles tells its rate.
  const [count, oneByOne] = quick ? [40, 10] : [10_000, 1000];
  const dir = mkdtempSync(join(tmpdir(), "diplograph-bench-ingest-"));
  try {
    const articles = [...syntheticArticles({ articles: count })].map((g) => g.export() as GraphJSON);
    const rows = new Rows();
    for (const article of articles) rows.add(article);
    const rowCount = rows.nodeCount + rows.relationshipCount;

    mkdirSync(join(dir, "csv"));
    const csv = await timed(() => writeCsv(rows, join(dir, "csv")));
    /** COPY into a fresh database each time; run before and after ingest, so drift shows. */
    const copy = async (name: string) => {
      await createSchema(join(dir, name));
      const ms = await copyInto(join(dir, name), csv.result);
      rmSync(join(dir, name), { recursive: true });
      log(`COPY: ${rowCount} rows in ${round(ms)} ms`);
      return ms;
    };
    const copyBefore = await copy("copy-before");
    const baselinePeakRssMB = peakRssMB();

    const bulk = await openKuzuStore(join(dir, "bulk"));
    let written = 0;
    const many = await timed(async () => {
      written = rowsWritten(await bulk.ingestMany(articles));
    });
    await bulk.close();
    log(`ingestMany: ${count} articles in one call, ${round(many.ms / 1000)} s`);

    const appending = await openKuzuStore(join(dir, "appending"));
    const batches: number[] = [];
    let writtenInBatches = 0;
    const inBatches = await timed(async () => {
      for (let i = 0; i < count; i += BATCH) {
        const { ms, result } = await timed(() => appending.ingestMany(articles.slice(i, i + BATCH)));
        writtenInBatches += rowsWritten(result);
        batches.push(Math.min(BATCH, count - i) / (ms / 1000));
        log(`ingestMany: ${Math.min(count, i + BATCH)}/${count} articles, ${round(batches.at(-1) ?? 0)} articles/s`);
      }
    });
    await appending.close();

    const single = await openKuzuStore(join(dir, "single"));
    let writtenOne = 0;
    const one = await timed(async () => {
      for (const article of articles.slice(0, oneByOne)) writtenOne += rowsWritten([await single.ingest(article)]);
    });
    await single.close();
    log(`ingest: ${oneByOne} articles, ${round(oneByOne / (one.ms / 1000))} articles/s`);

    const copyAfter = await copy("copy-after");
    const copyMs = (copyBefore + copyAfter) / 2;
    const copyRate = (n: number) => n / (copyMs / 1000);
    const rate = (n: number, ms: number) => n / (ms / 1000);
    const compared = (name: string, value: number, unit: string, baseline: number): Figure => ({
      name,
      value,
      unit,
      baseline: { name: "COPY FROM", value: baseline, unit },
      ratio: value / baseline,
      ratioOf: "of COPY",
    });
    const ratio = many.ms / copyMs;
    return {
      sizes: {
        articles: count,
        nodes: rows.nodeCount,
        relationships: rows.relationshipCount,
        "rows (nodes + relationships)": rowCount,
        ingestMany: `all articles in one call into a new store; then in batches of ${BATCH} into another`,
        "ingest one by one (first articles)": oneByOne,
      },
      baselinePeakRssMB,
      figures: [
        {
          ...compared("ingestMany time", many.ms / 1000, "s", copyMs / 1000),
          target: "<= 3x COPY",
          met: ratio <= 3,
        },
        compared("ingestMany rows/s", rate(written, many.ms), "rows/s", copyRate(rowCount)),
        compared(`ingestMany time, batches of ${BATCH} appended`, inBatches.ms / 1000, "s", copyMs / 1000),
        compared(
          `ingestMany articles/s, batches of ${BATCH} appended`,
          rate(count, inBatches.ms),
          "articles/s",
          copyRate(count),
        ),
        compared("ingest (one per call) articles/s", rate(oneByOne, one.ms), "articles/s", copyRate(count)),
        compared("ingest (one per call) rows/s", rate(writtenOne, one.ms), "rows/s", copyRate(rowCount)),
      ],
      notes: [
        `Rows written by ingestMany: ${written} in one call, ${writtenInBatches} in batches; rows copied: ${rowCount}${written === rowCount && writtenInBatches === rowCount ? " (the same)" : " (they differ!)"}.`,
        `ingestMany rate per batch of ${BATCH} (articles/s), as the store grows: ${batches.map((r) => round(r, 1)).join(", ")}.`,
        `ingest one article per call ran on the first ${oneByOne} articles, into a fresh store.`,
        `COPY took ${round(copyBefore / 1000)} s before ingest and ${round(copyAfter / 1000)} s after; the baseline is their mean.`,
        `Writing the CSV files took ${round(csv.ms / 1000)} s (not counted in COPY's time).`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
