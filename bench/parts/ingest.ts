// Ingest into the embedded store: synthetic articles one by one through KuzuStore.ingest, next to
// Kuzu's COPY FROM of the same rows (as CSV, into the same schema, in a fresh database).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openKuzuStore } from "../../store/kuzu.ts";
import type { GraphJSON } from "../../store/store.ts";
import { copyInto, createSchema, Rows, writeCsv } from "../copy.ts";
import { log, type Part, peakRssMB, round, timed } from "../measure.ts";
import { syntheticArticles } from "../synthetic.ts";

export const measure: Part = async ({ quick }) => {
  const count = quick ? 20 : 10_000;
  const dir = mkdtempSync(join(tmpdir(), "diplograph-bench-ingest-"));
  try {
    const articles: GraphJSON[] = [];
    const rows = new Rows();
    for (const graph of syntheticArticles({ articles: count })) {
      const json = graph.export() as GraphJSON;
      articles.push(json);
      rows.add(json);
    }
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

    const store = await openKuzuStore(join(dir, "store"));
    let written = 0;
    // Rates per tenth of the run show whether ingest slows down as the store grows.
    const tenths: number[] = [];
    const ingest = await timed(async () => {
      let tenthStart = performance.now();
      for (const [i, article] of articles.entries()) {
        const result = await store.ingest(article);
        written += result.nodesAdded + result.relationshipsAdded;
        if ((i + 1) % Math.ceil(count / 10) === 0 || i === count - 1) {
          const now = performance.now();
          tenths.push(Math.ceil(count / 10) / ((now - tenthStart) / 1000));
          tenthStart = now;
          log(`ingest: ${i + 1}/${count} articles, ${round(tenths.at(-1) ?? 0)} articles/s`);
        }
      }
    });
    await store.close();
    const copyAfter = await copy("copy-after");
    const copyMs = (copyBefore + copyAfter) / 2;

    const seconds = ingest.ms / 1000;
    const copySeconds = copyMs / 1000;
    const ratio = ingest.ms / copyMs;
    return {
      sizes: {
        articles: count,
        nodes: rows.nodeCount,
        relationships: rows.relationshipCount,
        "rows (nodes + relationships)": rowCount,
      },
      baselinePeakRssMB,
      figures: [
        {
          name: "ingest time",
          value: seconds,
          unit: "s",
          baseline: { name: "COPY FROM", value: copySeconds, unit: "s" },
          ratio,
          ratioOf: "of COPY",
          target: "<= 3x COPY",
          met: ratio <= 3,
        },
        {
          name: "ingest articles/s",
          value: count / seconds,
          unit: "articles/s",
          baseline: { name: "COPY FROM", value: count / copySeconds, unit: "articles/s" },
          ratio: copySeconds / seconds,
          ratioOf: "of COPY",
        },
        {
          name: "ingest rows/s",
          value: written / seconds,
          unit: "rows/s",
          baseline: { name: "COPY FROM", value: rowCount / copySeconds, unit: "rows/s" },
          ratio: written / seconds / (rowCount / copySeconds),
          ratioOf: "of COPY",
        },
      ],
      notes: [
        `Rows written by ingest: ${written}; rows copied: ${rowCount}${written === rowCount ? " (the same)" : " (they differ!)"}.`,
        `Ingest rate per tenth of the run (articles/s): ${tenths.map((r) => round(r, 1)).join(", ")}.`,
        `COPY took ${round(copyBefore / 1000)} s before ingest and ${round(copyAfter / 1000)} s after; the baseline is their mean.`,
        `Writing the CSV files took ${round(csv.ms / 1000)} s (not counted in COPY's time).`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
