// Article text -> statement graph (graph/schema.ts): the article, the people, countries and
// organizations it names, the claims they make (each the exact slice of the text), what the
// claims mention, and the relations between countries that the text states.
import { createHash } from "node:crypto";
import { MultiDirectedGraph } from "graphology";
import {
  type ArticleNode,
  articleId,
  type ClaimNode,
  claimId,
  countryId,
  type EdgeAttributes,
  edgeKey,
  type NodeAttributes,
  organizationId,
  personId,
} from "../graph/schema.ts";
import { findClaims } from "./claims.ts";
import { articleDate, eventDate } from "./dates.ts";
import { checkArticleText } from "./decode.ts";
import {
  englishArticleDate,
  englishEventDate,
  findEnglishClaims,
  findEnglishMentions,
  findEnglishRelations,
} from "./english/index.ts";
import { countryNames, entityTerms } from "./lexicon.ts";
import { findMentions, type Mention, mentionsWithin } from "./mentions.ts";
import { type Normalized, normalize, toOriginal } from "./normalize.ts";
import { findRelations } from "./relations.ts";
import { bothScripts, detectLanguage, toSimplified, traditionalForms } from "./script.ts";
import { fromTaiwan, inTaiwanVoice } from "./voice.ts";

export interface ArticleMeta {
  file?: string;
  title?: string;
  source?: string;
  date?: string;
}

export type StatementGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export const mentionId = (m: Mention): string =>
  m.label === "Country" ? countryId(m.key) : m.label === "Person" ? personId(m.key) : organizationId(m.key);

/** Known sources by how their datelines open (香港文匯報訊, 新华社北京1月21日电). */
const SOURCE_LINE =
  /(香港文[汇匯][报報]|大公[报報]|新[华華]社|中新社|人民日[报報]|央[视視]新[闻聞]|中央社|[联聯]合早[报報])/;

function title(text: string, meta: ArticleMeta): string {
  if (meta.title) return meta.title;
  const lines = text.split("\n").map((l) => l.trim());
  const heading = lines.find((l) => /^#\s/.test(l)) ?? lines.find((l) => l !== "") ?? "";
  return heading.replace(/^#+\s*/, "").slice(0, 200);
}

/** Every way an entity can be written: the surface forms seen and both scripts of each. */
function scriptForms(forms: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const f of forms) for (const t of bothScripts(f)) out.add(t);
  return [...out];
}

export function extract(text: string, meta: ArticleMeta = {}): StatementGraph {
  checkArticleText(text);
  const norm = normalize(text);
  const s = toSimplified(norm.text);
  const language = detectLanguage(norm.text, s);
  const hash = createHash("sha256").update(text).digest("hex");
  const article = articleId(hash);
  const published = (language === "en" ? englishArticleDate : articleDate)(text, meta);
  const graph: StatementGraph = new MultiDirectedGraph();
  const source = meta.source ?? SOURCE_LINE.exec(text.slice(0, 2000))?.[1];
  const articleNode: ArticleNode = {
    label: "Article",
    title: title(text, meta),
    hash,
    language,
    text,
    ...(source ? { source } : {}),
    ...(published ? { date: published } : {}),
    ...(meta.file ? { file: meta.file } : {}),
  };
  graph.addNode(article, articleNode);

  const span = (start: number, end: number) => toOriginal(norm, start, end);
  const surface = (m: Mention) => {
    const [a, b] = span(m.start, m.end);
    return text.slice(a, b);
  };
  const english = language === "en";
  const dateIn = english ? englishEventDate : eventDate;
  const taiwan = !english && fromTaiwan(s);
  const mentions = english ? findEnglishMentions(s) : taiwan ? inTaiwanVoice(s, findMentions(s)) : findMentions(s);
  addEntities(graph, mentions, surface, language, (m) =>
    m.role ? text.slice(...span(m.role.start, m.role.end)) : undefined,
  );
  const inScript = (simplified: string) =>
    language === "zh-Hant" ? (traditionalForms(simplified)[0] ?? simplified) : simplified;
  addRepresents(graph, mentions, text, norm, inScript);

  const addEdge = (source: string, target: string, attrs: EdgeAttributes) => {
    const key = edgeKey(source, target, attrs);
    if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, source, target, attrs);
  };
  const claims = english ? findEnglishClaims(s, mentions) : findClaims(s, mentions);
  for (const c of claims) {
    const [start, end] = span(c.start, c.end);
    const id = claimId(article, start, end);
    if (graph.hasNode(id)) continue;
    const date = dateIn(s.slice(c.start, c.end), published) ?? published;
    const claim: ClaimNode = {
      label: "Claim",
      text: text.slice(start, end),
      start,
      end,
      article,
      ...(date ? { date } : {}),
    };
    graph.addNode(id, claim);
    addEdge(mentionId(c.speaker), id, { type: "SAID" });
    addEdge(id, article, { type: "IN_ARTICLE" });
    // a body's own claim (工信部将…) is by it, not about it
    for (const m of mentionsWithin(mentions, c.start, c.end))
      if (mentionId(m) !== mentionId(c.speaker)) addEdge(id, mentionId(m), { type: "MENTIONS" });
  }
  for (const r of english
    ? findEnglishRelations(s, mentions)
    : findRelations(s, mentions, claims, { crossStrait: taiwan })) {
    const [start, end] = span(r.start, r.end);
    const date = dateIn(s.slice(r.start, r.end), published) ?? published;
    // a country may be named only through its people (习近平同普京会晤)
    addCountry(graph, r.source, inScript);
    addCountry(graph, r.target, inScript);
    addEdge(countryId(r.source), countryId(r.target), {
      type: r.type,
      polarity: r.polarity,
      quad: r.quad,
      start,
      end,
      evidence: text.slice(start, end),
      article,
      ...(date ? { date } : {}),
    });
  }
  return graph;
}

function addEntities(
  graph: StatementGraph,
  mentions: Mention[],
  surface: (m: Mention) => string,
  language: string,
  roleText: (m: Mention) => string | undefined,
): void {
  const inScript = (simplified: string) =>
    language === "zh-Hant" ? (traditionalForms(simplified)[0] ?? simplified) : simplified;
  // the full name as the text writes it (世界衛生組織, 王毅), not a short form seen first (世衛, 王毅外長)
  const canonical = (key: string, seen: string[]) => seen.find((f) => toSimplified(f) === key) ?? inScript(key);
  const forms = new Map<string, Set<string>>();
  const roles = new Map<string, Set<string>>();
  for (const m of mentions) {
    const id = mentionId(m);
    if (!forms.has(id)) forms.set(id, new Set());
    if (!roles.has(id)) roles.set(id, new Set());
    if (m.form === "name") forms.get(id)?.add(surface(m));
    const role = roleText(m);
    if (role) roles.get(id)?.add(role);
  }
  for (const m of mentions) {
    const id = mentionId(m);
    if (graph.hasNode(id)) continue;
    const seen = [...(forms.get(id) ?? [])];
    if (m.label === "Country") {
      // the usual name, not whichever form came first (中国大陆, 中方)
      const official = countryNames.get(m.key)?.[0];
      const name = official ? inScript(official) : (seen[0] ?? m.key);
      graph.addNode(id, { label: "Country", iso3: m.key, name, aliases: scriptForms([name, ...seen]) });
    } else if (m.label === "Organization") {
      const name = canonical(m.key, seen);
      graph.addNode(id, {
        label: "Organization",
        kind: m.kind ?? "other",
        name,
        aliases: scriptForms([name, ...seen, m.key]),
      });
    } else {
      const name = canonical(m.key, seen);
      const known = m.knownRole;
      const seenRoles = [...(roles.get(id) ?? [])];
      graph.addNode(id, {
        label: "Person",
        name,
        aliases: scriptForms([name, ...seen, m.key]),
        roles: seenRoles.length ? seenRoles : known ? [inScript(known)] : [],
      });
    }
  }
}

/** The Country node of `iso3`, for a country the text names only through its people. */
function addCountry(graph: StatementGraph, iso3: string, inScript: (simplified: string) => string): void {
  if (graph.hasNode(countryId(iso3))) return;
  const name = inScript(countryNames.get(iso3)?.[0] ?? iso3);
  graph.addNode(countryId(iso3), { label: "Country", iso3, name, aliases: scriptForms([name]) });
}

/** Person -> Country / Organization named in the person's title, or the country the lexicon gives. */
function addRepresents(
  graph: StatementGraph,
  mentions: Mention[],
  text: string,
  norm: Normalized,
  inScript: (simplified: string) => string,
): void {
  const roleText = (m: Mention) => (m.role ? text.slice(...toOriginal(norm, m.role.start, m.role.end)) : undefined);
  const firstRole = new Map<string, string>();
  for (const m of mentions) {
    const role = roleText(m);
    if (role && !firstRole.has(mentionId(m))) firstRole.set(mentionId(m), role);
  }
  const add = (person: string, target: string, role: string | undefined): boolean => {
    const attrs: EdgeAttributes = { type: "REPRESENTS", ...(role ? { role } : {}) };
    const key = edgeKey(person, target, attrs);
    if (!graph.hasNode(target)) return false;
    if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, person, target, attrs);
    return true;
  };
  for (const p of mentions) {
    if (p.label !== "Person") continue;
    const person = mentionId(p);
    const role = roleText(p) ?? firstRole.get(person) ?? (p.knownRole ? inScript(p.knownRole) : undefined);
    let tied = false;
    if (p.role) {
      const { start, end } = p.role;
      for (const m of mentionsWithin(mentions, start, end)) {
        if (m.label === "Person") continue;
        add(person, mentionId(m), role);
        if (m.country) add(person, countryId(m.country), role);
        tied = true;
      }
    }
    if (!tied && p.knownRole) {
      // the lexicon's title names the body (外交部发言人): tie to it when the article names it too
      for (const { value } of entityTerms.scan(p.knownRole))
        if (value.kind === "org") tied = add(person, organizationId(value.entry.name), role) || tied;
    }
    if (!tied && p.country) {
      addCountry(graph, p.country, inScript);
      add(person, countryId(p.country), role);
    }
  }
}
