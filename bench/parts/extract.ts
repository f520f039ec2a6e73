// Extraction throughput on >= 5 MB of the repository's real articles, next to @node-rs/jieba
// segmenting the same text (segmentation is the floor any extractor built on it pays). The
// corpus holds English articles too, so the Chinese ones are also measured apart: issue #12
// asks >= 1.5 MB/s of Chinese text on one core. Each figure comes as wall time and as the CPU
// time of the process (all its threads, so never less than one core's work): on a machine that
// other work shares, the wall time counts the waits for a core and the CPU time does not.
import { cpus, loadavg } from "node:os";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { extract } from "../../ingest/extract.ts";
import { detectLanguage } from "../../ingest/script.ts";
import { corpus } from "../corpus.ts";
import { type Figure, log, type Part, peakRssMB, round, timed } from "../measure.ts";

/** Wall and CPU milliseconds of `fn`. */
function clocked(fn: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

interface Tally {
  MB: number;
  segment: { wall: number; cpu: number };
  extract: { wall: number; cpu: number };
}

export const measure: Part = async ({ quick }) => {
  const articles = corpus(quick ? 50_000 : 5 * 2 ** 20).map((a) => ({
    ...a,
    chinese: detectLanguage(a.text) !== "en",
    MB: Buffer.byteLength(a.text) / 2 ** 20,
  }));
  const jieba = Jieba.withDict(dict);
  for (const a of articles) jieba.cut(a.text, true);
  const baselinePeakRssMB = peakRssMB();
  // The first call loads the extractor's dictionaries and converters: timed apart from the steady rate.
  const first = articles[0];
  if (!first) throw new Error("empty corpus");
  const cold = await timed(() => extract(first.text, { file: first.file }));

  // Segmentation and extraction take turns on chunks of the corpus, so load from other work on a
  // shared machine falls on both alike; each article is timed on its own and counted for its language.
  const tally = (): Tally => ({ MB: 0, segment: { wall: 0, cpu: 0 }, extract: { wall: 0, cpu: 0 } });
  const all = tally();
  const chinese = tally();
  const add = (into: "segment" | "extract", a: (typeof articles)[number], t: { wall: number; cpu: number }) => {
    for (const kind of a.chinese ? [all, chinese] : [all]) {
      kind[into].wall += t.wall;
      kind[into].cpu += t.cpu;
      if (into === "extract") kind.MB += a.MB;
    }
  };
  let elements = 0;
  const CHUNK = 20;
  for (let i = 0; i < articles.length; i += CHUNK) {
    const chunk = articles.slice(i, i + CHUNK);
    for (const a of chunk)
      add(
        "segment",
        a,
        clocked(() => jieba.cut(a.text, true)),
      );
    for (const a of chunk)
      add(
        "extract",
        a,
        clocked(() => {
          const graph = extract(a.text, { file: a.file });
          elements += graph.order + graph.size;
        }),
      );
  }
  const rate = (t: Tally, k: "wall" | "cpu", of: "segment" | "extract") => t.MB / (t[of][k] / 1000);
  const figure = (t: Tally, k: "wall" | "cpu", name: string, target?: number): Figure => {
    const value = rate(t, k, "extract");
    const baseline = rate(t, k, "segment");
    return {
      name,
      value,
      unit: "MB/s",
      baseline: { name: `jieba cut${k === "cpu" ? ", CPU time" : ""}`, value: baseline, unit: "MB/s" },
      ratio: value / baseline,
      ratioOf: "of jieba",
      ...(target ? { target: `>= ${target} MB/s on one core`, met: value >= target } : {}),
    };
  };
  log(
    `jieba ${round(rate(all, "wall", "segment"))} MB/s, extract ${round(rate(all, "wall", "extract"))} MB/s; ` +
      `Chinese text ${round(rate(chinese, "wall", "extract"))} MB/s (CPU time ${round(rate(chinese, "cpu", "extract"))} MB/s)`,
  );
  const chineseCount = articles.filter((a) => a.chinese).length;
  return {
    sizes: {
      articles: articles.length,
      MB: round(all.MB),
      "Chinese articles": chineseCount,
      "Chinese MB": round(chinese.MB),
      "graph elements": elements,
    },
    baselinePeakRssMB,
    figures: [
      figure(all, "wall", "extraction rate", 1),
      figure(chinese, "wall", "extraction rate, Chinese text", 1.5),
      figure(chinese, "cpu", "extraction rate, Chinese text, CPU time", 1.5),
      {
        name: "extraction, first article (cold start)",
        value: cold.ms,
        unit: "ms",
      },
    ],
    notes: [
      `Corpus: the repository's real articles, paragraphs reshuffled into ${articles.length} distinct articles (${round(all.MB)} MB of UTF-8), ${chineseCount} of them Chinese (${round(chinese.MB)} MB).`,
      `jieba and extraction took turns on chunks of ${CHUNK} articles, each article timed on its own: ${round(all.segment.wall / 1000)} s and ${round(all.extract.wall / 1000)} s in all (CPU ${round(all.segment.cpu / 1000)} s and ${round(all.extract.cpu / 1000)} s); Chinese only ${round(chinese.segment.wall / 1000)} s and ${round(chinese.extract.wall / 1000)} s (CPU ${round(chinese.segment.cpu / 1000)} s and ${round(chinese.extract.cpu / 1000)} s).`,
      `Load average when the part ended: ${loadavg()
        .map((l) => round(l))
        .join(", ")} (${cpus().length} cores).`,
    ],
  };
};
