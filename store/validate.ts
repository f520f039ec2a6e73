// Checks an article's graph against graph/schema.ts before anything is written, and turns it into
// rows grouped by label and by relationship (type, from, to), ready for batched UNWIND statements.
import {
  articleId,
  byLabel,
  claimId,
  countryId,
  EDGE_TYPES,
  type EdgeAttributes,
  type EdgeType,
  edgeKey,
  ISO_DATE_PATTERN,
  isOneOf,
  isRelation,
  LANGUAGES,
  labelOfId,
  NODE_LABELS,
  type NodeLabel,
  ORG_KINDS,
  PLOVER,
  type PloverType,
  polarityOf,
} from "../graph/schema.ts";
import { ENDPOINTS, edgeProperties, NODE_PROPERTIES, REQUIRED_PROPERTIES } from "./layout.ts";
import { StoreInputError } from "./store.ts";

export type Row = Record<string, unknown>;

export interface EdgeGroup {
  type: EdgeType;
  from: NodeLabel;
  to: NodeLabel;
  /** {source, target, ...properties} */
  rows: Row[];
}

export interface ArticleBatch {
  article: Row & { id: string; hash: string };
  nodes: Record<NodeLabel, Row[]>;
  edges: EdgeGroup[];
}

/** Longest article text accepted (characters); longer input is refused rather than stored. */
export const MAX_TEXT_LENGTH = 5_000_000;
const ISO_DATE = new RegExp(ISO_DATE_PATTERN);
/** Kept out of list items: the bulk path joins them with one (store/cypher.ts LIST_SEPARATOR). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\x00-\x1f]/;

function fail(message: string): never {
  throw new StoreInputError(`invalid article graph: ${message}`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Copies the layout's properties of one node or edge, checking their types; absent ones become null. */
function pick(where: string, attributes: Record<string, unknown>, layout: Record<string, string>): Row {
  const row: Row = {};
  for (const [name, type] of Object.entries(layout)) {
    const value = attributes[name];
    // An empty optional string is no value: Kuzu's CSV (the bulk path) cannot tell "" from null.
    if (value === undefined || value === null || value === "") {
      row[name] = type === "strings" ? [] : null;
      continue;
    }
    const ok =
      type === "string"
        ? typeof value === "string"
        : type === "int"
          ? Number.isSafeInteger(value) && (value as number) >= 0
          : Array.isArray(value) && value.every((v) => typeof v === "string" && !CONTROL.test(v));
    const expected = type === "strings" ? "a list of strings without control characters" : `a ${type}`;
    if (!ok) fail(`${where}: property "${name}" must be ${expected}`);
    row[name] = type === "strings" ? [...new Set(value as string[])] : value;
  }
  if (typeof row.date === "string" && !ISO_DATE.test(row.date)) fail(`${where}: date "${row.date}" is not YYYY-MM-DD`);
  return row;
}

function checkSpan(where: string, text: string, start: unknown, end: unknown, quoted: unknown) {
  if (typeof start !== "number" || typeof end !== "number" || !(start >= 0 && start < end && end <= text.length))
    fail(`${where}: span ${String(start)}-${String(end)} lies outside the article text (length ${text.length})`);
  if (quoted !== text.slice(start, end)) fail(`${where}: text is not the article text at ${start}-${end}`);
}

export function validateArticleGraph(graph: unknown): ArticleBatch {
  if (!isObject(graph) || !Array.isArray(graph.nodes)) fail("expected graphology JSON with a nodes array");
  const edgesIn = graph.edges ?? [];
  if (!Array.isArray(edgesIn)) fail("edges must be an array");

  const nodes = byLabel<Row[]>(() => []);
  const labelOf = new Map<string, NodeLabel>();
  for (const node of graph.nodes as unknown[]) {
    if (!isObject(node) || typeof node.key !== "string" || node.key === "") fail("a node has no key (id)");
    const id = node.key;
    const attributes = isObject(node.attributes) ? node.attributes : {};
    const label = labelOfId(id);
    if (!label) fail(`node ${id}: unknown label (ids are Label:..., labels ${NODE_LABELS.join(", ")})`);
    if (attributes.label !== label) fail(`node ${id}: attribute label "${String(attributes.label)}" != "${label}"`);
    if (labelOf.has(id)) fail(`node ${id} appears twice`);
    for (const name of REQUIRED_PROPERTIES[label])
      if (attributes[name] === undefined || attributes[name] === null || attributes[name] === "")
        fail(`node ${id}: missing property "${name}"`);
    const row: Row = { id, ...pick(`node ${id}`, attributes, NODE_PROPERTIES[label]) };
    if ("aliases" in row) row.aliases = [...new Set([row.name as string, ...(row.aliases as string[])])];
    labelOf.set(id, label);
    nodes[label].push(row);
  }

  if (nodes.Article.length !== 1) fail(`expected exactly one Article node, found ${nodes.Article.length}`);
  const article = nodes.Article[0] as Row & { id: string; hash: string; text: string };
  if (!/^[0-9a-f]{64}$/.test(article.hash)) fail(`article hash must be 64 hex digits (sha256)`);
  if (article.id !== articleId(article.hash)) fail(`article id ${article.id} != ${articleId(article.hash)}`);
  if (!isOneOf(LANGUAGES, article.language)) fail(`article language must be one of ${LANGUAGES.join(", ")}`);
  if (article.text.length > MAX_TEXT_LENGTH) fail(`article text longer than ${MAX_TEXT_LENGTH} characters`);

  for (const claim of nodes.Claim) {
    const where = `claim ${String(claim.id)}`;
    if (claim.article !== article.id) fail(`${where}: article ${String(claim.article)} is not ${article.id}`);
    checkSpan(where, article.text, claim.start, claim.end, claim.text);
    const expected = claimId(article.id, Number(claim.start), Number(claim.end));
    if (claim.id !== expected) fail(`${where}: id does not match its span (expected ${expected})`);
  }
  for (const country of nodes.Country)
    if (country.id !== countryId(country.iso3 as string))
      fail(`country ${String(country.id)}: iso3 ${String(country.iso3)} does not match the id`);
  for (const org of nodes.Organization)
    if (!isOneOf(ORG_KINDS, org.kind))
      fail(`organization ${String(org.id)}: kind must be one of ${ORG_KINDS.join(", ")}`);

  const groups = new Map<string, EdgeGroup>();
  const seen = new Set<string>();
  for (const edge of edgesIn as unknown[]) {
    if (!isObject(edge) || typeof edge.source !== "string" || typeof edge.target !== "string")
      fail("an edge has no source or target");
    const attributes = isObject(edge.attributes) ? edge.attributes : {};
    const type = attributes.type;
    const where = `edge ${String(type)} ${edge.source}->${edge.target}`;
    if (!isOneOf(EDGE_TYPES, type)) fail(`${where}: unknown relationship type`);
    const from = labelOf.get(edge.source);
    const to = labelOf.get(edge.target);
    if (!from || !to) fail(`${where}: ${from ? edge.target : edge.source} is not a node of this graph`);
    if (!ENDPOINTS[type].from.includes(from) || !ENDPOINTS[type].to.includes(to))
      fail(`${where}: ${type} does not connect ${from} to ${to}`);
    const row: Row = { source: edge.source, target: edge.target, ...pick(where, attributes, edgeProperties(type)) };
    if (isRelation(attributes)) {
      const plover = type as PloverType;
      if (attributes.polarity !== polarityOf(plover) || attributes.quad !== PLOVER[plover])
        fail(`${where}: polarity/quad must be ${polarityOf(plover)}/${PLOVER[plover]}`);
      if (attributes.article !== article.id)
        fail(`${where}: article ${String(attributes.article)} is not ${article.id}`);
      checkSpan(where, article.text, attributes.start, attributes.end, attributes.evidence);
    }
    // One statement edge per (type, source, target), one relation per piece of evidence, as in the schema.
    const key = edgeKey(edge.source, edge.target, attributes as unknown as EdgeAttributes);
    if (isRelation(attributes)) row.key = key;
    if (seen.has(key)) continue;
    seen.add(key);
    const groupKey = `${type}:${from}:${to}`;
    const group = groups.get(groupKey) ?? { type, from, to, rows: [] };
    groups.set(groupKey, group);
    group.rows.push(row);
  }
  // Every claim hangs off its article (the Kuzu store reaches claims through these edges).
  const inArticle = new Set(groups.get(`IN_ARTICLE:Claim:Article`)?.rows.map((r) => r.source));
  for (const claim of nodes.Claim)
    if (!inArticle.has(claim.id)) fail(`claim ${String(claim.id)} has no IN_ARTICLE edge to its article`);
  return { article, nodes, edges: [...groups.values()] };
}
