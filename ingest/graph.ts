// The graph of an analysed document (graph/schema.ts), assembled in this one place: the article,
// the people, countries and organizations it names, the claims they make (each the exact slice
// of the text), what the claims mention, and the relations between countries. Spans of the
// document's normalised text become offsets into the text as given here.
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
import type { ArticleDocument } from "./document.ts";
import { countryNames, entityTerms } from "./lexicon.ts";
import { type Mention, mentionsWithin } from "./mentions.ts";
import { type Normalized, toOriginal } from "./normalize.ts";
import { bothScripts, toSimplified, traditionalForms } from "./script.ts";

export type StatementGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export const mentionId = (m: Mention): string =>
  m.label === "Country" ? countryId(m.key) : m.label === "Person" ? personId(m.key) : organizationId(m.key);

/** Every way an entity can be written: the surface forms seen and both scripts of each. */
function scriptForms(forms: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const f of forms) for (const t of bothScripts(f)) out.add(t);
  return [...out];
}

export function toGraph(doc: ArticleDocument): StatementGraph {
  const { text, norm, language, mentions, meta } = doc;
  const graph: StatementGraph = new MultiDirectedGraph();
  const article = articleId(doc.hash);
  const articleNode: ArticleNode = {
    label: "Article",
    title: doc.title,
    hash: doc.hash,
    language,
    text,
    ...(doc.source ? { source: doc.source } : {}),
    ...(doc.published ? { date: doc.published } : {}),
    ...(meta.file ? { file: meta.file } : {}),
  };
  graph.addNode(article, articleNode);

  const span = (start: number, end: number) => toOriginal(norm, start, end);
  const surface = (m: Mention) => wordsAt(text, norm, m.start, m.end);
  addEntities(graph, mentions, surface, language, (m) =>
    m.role ? wordsAt(text, norm, m.role.start, m.role.end) : undefined,
  );
  const inScript = (simplified: string) =>
    language === "zh-Hant" ? (traditionalForms(simplified)[0] ?? simplified) : simplified;
  addRepresents(graph, mentions, text, norm, inScript);

  const addEdge = (source: string, target: string, attrs: EdgeAttributes) => {
    const key = edgeKey(source, target, attrs);
    if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, source, target, attrs);
  };
  for (const c of doc.claims) {
    const [start, end] = span(c.start, c.end);
    const id = claimId(article, start, end);
    if (graph.hasNode(id)) continue;
    const claim: ClaimNode = {
      label: "Claim",
      text: text.slice(start, end),
      start,
      end,
      article,
      ...(c.date ? { date: c.date } : {}),
    };
    graph.addNode(id, claim);
    addEdge(mentionId(c.speaker), id, { type: "SAID" });
    addEdge(id, article, { type: "IN_ARTICLE" });
    // a body's own claim (工信部将…) is by it, not about it
    for (const m of mentionsWithin(mentions, c.start, c.end))
      if (mentionId(m) !== mentionId(c.speaker)) addEdge(id, mentionId(m), { type: "MENTIONS" });
  }
  for (const r of doc.relations) {
    const [start, end] = span(r.start, r.end);
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
      ...(r.date ? { date: r.date } : {}),
    });
  }
  return graph;
}

/**
 * A name or role as the article writes it, on one line. The analysed text joins lines broken
 * mid-sentence (normalize.ts), so a span of it can cover a line break of the original, which is
 * layout: dropped between Chinese characters (外交部發言\n\n人), a space between words
 * ("the UK\n\nForeign Secretary"). Names and roles are list items, which never hold a control character.
 */
export function wordsAt(text: string, norm: Normalized, start: number, end: number): string {
  return text
    .slice(...toOriginal(norm, start, end))
    .trim()
    .replace(/\s*\n\s*/g, (space: string, at: number, all: string) =>
      CJK.test(all[at - 1] ?? "") || CJK.test(all[at + space.length] ?? "") ? "" : " ",
    );
}
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

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
  const roleText = (m: Mention) => (m.role ? wordsAt(text, norm, m.role.start, m.role.end) : undefined);
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
