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
  const segment = () => {
    for (const a of articles) jieba.cut(a.text, true);
  };
  let elements = 0;
  const extractAll = () => {
    elements = 0;
    for (const a of articles) {
      const graph = extract(a.text, { file: a.file });
      elements += graph.order + graph.size;
    }
  };

  // The first call of each loads dictionaries and converters: time it apart from the steady rate.
  const first = articles[0];
  if (!first) throw new Error("empty corpus");
  const cold = await timed(() => extract(first.text, { file: first.file }));
  jieba.cut(first.text, true);

  // Segmentation before and after extraction, so drift on a shared machine shows in the baseline.
  const segmentBefore = await timed(segment);
  const baselinePeakRssMB = peakRssMB();
  log(`jieba: ${round(mb / (segmentBefore.ms / 1000))} MB/s`);
  const extraction = await timed(extractAll);
  log(`extract: ${round(mb / (extraction.ms / 1000))} MB/s`);
  const segmentAfter = await timed(segment);

  const segmentRate = mb / ((segmentBefore.ms + segmentAfter.ms) / 2 / 1000);
  const extractRate = mb / (extraction.ms / 1000);
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
        target: ">= 1 MB/s and >= 0.5x jieba",
        met: extractRate >= 1 && ratio >= 0.5,
      },
      {
        name: "extraction, first article (cold start)",
        value: cold.ms,
        unit: "ms",
      },
    ],
    notes: [
      `Corpus: the repository's real articles, paragraphs reshuffled into ${articles.length} distinct articles (${round(mb)} MB of UTF-8).`,
      `jieba before extraction ${round(segmentBefore.ms)} ms, after ${round(segmentAfter.ms)} ms (drift check).`,
    ],
  };
};
