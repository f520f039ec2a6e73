// Extraction throughput on >= 5 MB of real Chinese text, next to @node-rs/jieba segmenting the
// same text (segmentation is the floor any extractor built on it pays).
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { extract } from "../../ingest/extract.ts";
import { corpus } from "../corpus.ts";
import { log, type Part, peakRssMB, round, timed } from "../measure.ts";

export const measure: Part = async ({ quick }) => {
  const articles = corpus(quick ? 50_000 : 5 * 2 ** 20);
  const mb = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 2 ** 20;
  const jieba = Jieba.withDict(dict);
  for (const a of articles) jieba.cut(a.text, true);
  const baselinePeakRssMB = peakRssMB();
  // The first call loads the extractor's dictionaries and converters: timed apart from the steady rate.
  const first = articles[0];
  if (!first) throw new Error("empty corpus");
  const cold = await timed(() => extract(first.text, { file: first.file }));

  // Segmentation and extraction take turns on chunks of the corpus, so load from other work on a
  // shared machine falls on both alike.
  let [segmentMs, extractMs, elements] = [0, 0, 0];
  const CHUNK = 20;
  for (let i = 0; i < articles.length; i += CHUNK) {
    const chunk = articles.slice(i, i + CHUNK);
    segmentMs += (
      await timed(() => {
        for (const a of chunk) jieba.cut(a.text, true);
      })
    ).ms;
    extractMs += (
      await timed(() => {
        for (const a of chunk) {
          const graph = extract(a.text, { file: a.file });
          elements += graph.order + graph.size;
        }
      })
    ).ms;
  }
  const segmentRate = mb / (segmentMs / 1000);
  const extractRate = mb / (extractMs / 1000);
  log(`jieba ${round(segmentRate)} MB/s, extract ${round(extractRate)} MB/s`);
  const ratio = extractRate / segmentRate;
  return {
    sizes: { articles: articles.length, MB: round(mb), "graph elements": elements },
    baselinePeakRssMB,
    figures: [
      {
        name: "extraction rate",
        value: extractRate,
        unit: "MB/s",
        baseline: { name: "jieba cut", value: segmentRate, unit: "MB/s" },
        ratio,
        ratioOf: "of jieba",
        target: ">= 1 MB/s on one core",
        met: extractRate >= 1,
      },
      {
        name: "extraction, first article (cold start)",
        value: cold.ms,
        unit: "ms",
      },
    ],
    notes: [
      `Corpus: the repository's real articles, paragraphs reshuffled into ${articles.length} distinct articles (${round(mb)} MB of UTF-8).`,
      `jieba and extraction took turns on chunks of ${CHUNK} articles: ${round(segmentMs / 1000)} s and ${round(extractMs / 1000)} s in all.`,
    ],
  };
};
