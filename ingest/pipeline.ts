// Extraction as a pipeline of named stages over one document (document.ts), as spaCy and CoreNLP
// run theirs: each stage reads what earlier ones added and adds its own layer. The finders of the
// article's language do the work (Chinese: the modules beside this one; English: english/), so a
// stage may be replaced, e.g. by a statistical one, without touching the others.
import type { IsoDate } from "../graph/schema.ts";
import { type ClaimSpan, findClaims } from "./claims.ts";
import { articleDate, eventDate } from "./dates.ts";
import { checkArticleText } from "./decode.ts";
import { type ArticleDocument, type ArticleMeta, newDocument } from "./document.ts";
import {
  englishArticleDate,
  englishEventDate,
  findEnglishClaims,
  findEnglishMentions,
  findEnglishRelations,
} from "./english/index.ts";
import { englishParagraphs, englishSentences } from "./english/text.ts";
import { articleHash } from "./hash.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { normalize } from "./normalize.ts";
import { findRelations, type RelationSpan } from "./relations.ts";
import { detectLanguage, toSimplified } from "./script.ts";
import { type Paragraph, paragraphs, type Sentence, sentences as zhSentences } from "./text.ts";
import { fromTaiwan, inTaiwanVoice } from "./voice.ts";

/** A stage: reads the document and adds to it. */
export type Stage = (doc: ArticleDocument) => void;

/** What a language brings to the stages. */
interface Finders {
  paragraphs(s: string): Paragraph[];
  sentences(s: string, start: number, end: number): Sentence[];
  voice(doc: ArticleDocument): boolean;
  mentions(doc: ArticleDocument): Mention[];
  claims(doc: ArticleDocument): ClaimSpan[];
  relations(doc: ArticleDocument): RelationSpan[];
  articleDate(text: string, meta: ArticleMeta): IsoDate | undefined;
  eventDate(span: string, published: IsoDate | undefined): IsoDate | undefined;
}

const CHINESE: Finders = {
  paragraphs,
  sentences: zhSentences,
  voice: (d) => fromTaiwan(d.s),
  mentions: (d) => (d.taiwan ? inTaiwanVoice(d.s, findMentions(d.s)) : findMentions(d.s)),
  claims: (d) => findClaims(d.s, d.mentions, d.blocks),
  relations: (d) => findRelations(d.s, d.mentions, d.claims, { crossStrait: d.taiwan, blocks: d.blocks }),
  articleDate,
  eventDate,
};

const ENGLISH: Finders = {
  paragraphs: englishParagraphs,
  sentences: englishSentences,
  voice: () => false,
  mentions: (d) => findEnglishMentions(d.s),
  claims: (d) => findEnglishClaims(d.s, d.mentions, d.blocks),
  relations: (d) => findEnglishRelations(d.s, d.mentions, d.blocks, d.claims),
  articleDate: englishArticleDate,
  eventDate: englishEventDate,
};

const finders = (doc: ArticleDocument): Finders => (doc.language === "en" ? ENGLISH : CHINESE);

/** Known sources by how their datelines open (香港文匯報訊, 新华社北京1月21日电). */
const SOURCE_LINE =
  /(香港文[汇匯][报報]|大公[报報]|新[华華]社|中新社|人民日[报報]|央[视視]新[闻聞]|中央社|[联聯]合早[报報])/;

/** The text checked, normalised and made Simplified; its language. */
export function normalise(doc: ArticleDocument): void {
  checkArticleText(doc.text);
  doc.norm = normalize(doc.text);
  doc.s = toSimplified(doc.norm.text);
  doc.language = detectLanguage(doc.norm.text, doc.s);
}

/** The article's identity, title, source and publication date. */
export function article(doc: ArticleDocument): void {
  const { text, meta } = doc;
  doc.hash = articleHash(text);
  doc.published = finders(doc).articleDate(text, meta);
  doc.source = meta.source ?? SOURCE_LINE.exec(text.slice(0, 2000))?.[1];
  doc.title = meta.title ?? headline(text);
}

function headline(text: string): string {
  const lines = text.split("\n").map((l) => l.trim());
  const heading = lines.find((l) => /^#\s/.test(l)) ?? lines.find((l) => l !== "") ?? "";
  return heading.replace(/^#+\s*/, "").slice(0, 200);
}

/** Paragraphs by kind: headings, captions, labels, questions, body. */
export function blocks(doc: ArticleDocument): void {
  doc.blocks = finders(doc)
    .paragraphs(doc.s)
    .map((p) => ({ ...p, sentences: [] }));
}

export function sentences(doc: ArticleDocument): void {
  const split = finders(doc).sentences;
  for (const b of doc.blocks) b.sentences = split(doc.s, b.start, b.end);
}

/** Whose voice the article speaks in (voice.ts). */
export function voice(doc: ArticleDocument): void {
  doc.taiwan = finders(doc).voice(doc);
}

export function mentions(doc: ArticleDocument): void {
  doc.mentions = finders(doc).mentions(doc);
}

export function claims(doc: ArticleDocument): void {
  doc.claims = finders(doc).claims(doc);
}

export function relations(doc: ArticleDocument): void {
  doc.relations = finders(doc).relations(doc);
}

/** The date of each claim and relation: one the span names (1月21日, 昨日), else the article's. */
export function dates(doc: ArticleDocument): void {
  const { eventDate } = finders(doc);
  for (const x of [...doc.claims, ...doc.relations]) {
    const date = eventDate(doc.s.slice(x.start, x.end), doc.published) ?? doc.published;
    if (date) x.date = date;
  }
}

/** The stages in the order they run. */
export const STAGES: readonly Stage[] = [
  normalise,
  article,
  blocks,
  sentences,
  voice,
  mentions,
  claims,
  relations,
  dates,
];

/** The document of `text`, through `stages`. */
export function analyse(text: string, meta: ArticleMeta = {}, stages: readonly Stage[] = STAGES): ArticleDocument {
  const doc = newDocument(text, meta);
  for (const stage of stages) stage(doc);
  return doc;
}
