// The document that the pipeline's stages (pipeline.ts) read and add to, as spaCy's Doc or
// CoreNLP's Annotation: the text as given, its normalised Simplified form with the map back to
// the original offsets, its blocks and their sentences, the entities named, the claims and who
// makes them, and the relations between countries. Every span is an offset range of `s`; only
// the graph's assembly (graph.ts) maps spans back to `text`.
import type { IsoDate, Language } from "../graph/schema.ts";
import type { ClaimSpan } from "./claims.ts";
import type { Mention } from "./mentions.ts";
import type { Normalized } from "./normalize.ts";
import type { RelationSpan } from "./relations.ts";
import type { Block } from "./text.ts";

/** What the caller knows of an article: its file name, and anything to use instead of what the text says. */
export interface ArticleMeta {
  file?: string;
  title?: string;
  source?: string;
  date?: string;
}

export interface ArticleDocument {
  /** The article as given: the graph keeps offsets into it. */
  readonly text: string;
  readonly meta: ArticleMeta;
  /** sha256 of the text, the article's identity. */
  hash: string;
  /** Lines cut mid-sentence joined, full-width forms made ASCII, with the map back to `text`. */
  norm: Normalized;
  /** `norm.text` in Simplified script, index for index: what every later stage reads. */
  s: string;
  language: Language;
  title: string;
  /** The publisher, from the caller or the dateline (新华社北京1月21日电). */
  source?: string;
  published?: IsoDate;
  /** Written from Taiwan (voice.ts): bare 外交部 is Taiwan's, Taiwan–China relations are read. */
  taiwan: boolean;
  /** Paragraphs by kind (heading, caption, label, question, body) with their sentences. */
  blocks: Block[];
  /** Every person, country and organization named, sorted by offset. */
  mentions: Mention[];
  /** Statements and their speakers, in text order. */
  claims: ClaimSpan[];
  /** Country -> Country PLOVER relations with their evidence sentence. */
  relations: RelationSpan[];
}

/** A document holding only its text, for the stages to fill. */
export const newDocument = (text: string, meta: ArticleMeta = {}): ArticleDocument => ({
  text,
  meta,
  hash: "",
  norm: { text: "", original: new Int32Array(1) },
  s: "",
  language: "zh-Hans",
  title: "",
  taiwan: false,
  blocks: [],
  mentions: [],
  claims: [],
  relations: [],
});
