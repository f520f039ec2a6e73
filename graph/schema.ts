// The graph schema: the one contract between ingest, the stores, the server and the web app.
// ARCHITECTURE.md describes it in prose; keep the two in step.
import type { Attributes } from "graphology-types";

export const NODE_LABELS = ["Article", "Person", "Country", "Organization", "Claim"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
export type EntityLabel = "Person" | "Country" | "Organization";

/** PLOVER event types with their quad class (verbal/material x cooperation/conflict). */
export const PLOVER = {
  AGREE: "verbal-cooperation",
  CONSULT: "verbal-cooperation",
  SUPPORT: "verbal-cooperation",
  CONCEDE: "verbal-cooperation",
  COOPERATE: "material-cooperation",
  AID: "material-cooperation",
  RETREAT: "material-cooperation",
  REQUEST: "verbal-conflict",
  ACCUSE: "verbal-conflict",
  REJECT: "verbal-conflict",
  THREATEN: "verbal-conflict",
  PROTEST: "material-conflict",
  SANCTION: "material-conflict",
  MOBILIZE: "material-conflict",
  COERCE: "material-conflict",
  ASSAULT: "material-conflict",
} as const;
export type PloverType = keyof typeof PLOVER;
export type QuadClass = (typeof PLOVER)[PloverType];
export type Polarity = "cooperation" | "conflict";
export const PLOVER_TYPES = Object.keys(PLOVER) as PloverType[];

export const polarityOf = (type: PloverType): Polarity =>
  PLOVER[type].endsWith("cooperation") ? "cooperation" : "conflict";

export const STATEMENT_EDGE_TYPES = ["SAID", "MENTIONS", "IN_ARTICLE", "REPRESENTS"] as const;
export type StatementEdgeType = (typeof STATEMENT_EDGE_TYPES)[number];
export type EdgeType = StatementEdgeType | PloverType;
export const EDGE_TYPES: readonly EdgeType[] = [...STATEMENT_EDGE_TYPES, ...PLOVER_TYPES];

export const ORG_KINDS = ["international", "government", "party", "media", "agreement", "company", "other"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export type Language = "zh-Hant" | "zh-Hans" | "en";

/** ISO date, YYYY-MM-DD. */
export type IsoDate = string;

export interface ArticleNode {
  label: "Article";
  title: string;
  source?: string;
  /** Publication date, when the text or the caller gives one. */
  date?: IsoDate;
  /** sha256 of the text (hex); the article's identity. */
  hash: string;
  language: Language;
  text: string;
  file?: string;
}

interface NamedNode {
  /** Display name, in the script it was first seen in. */
  name: string;
  /** Every surface form seen, both scripts, short forms; includes name. */
  aliases: string[];
}

export interface PersonNode extends NamedNode {
  label: "Person";
  /** Titles seen with the name (外交部發言人, 俄羅斯總統, 記者). */
  roles: string[];
}

export interface CountryNode extends NamedNode {
  label: "Country";
  /** ISO 3166-1 alpha-3. */
  iso3: string;
}

export interface OrganizationNode extends NamedNode {
  label: "Organization";
  kind: OrgKind;
}

export interface ClaimNode {
  label: "Claim";
  /** Exactly text.slice(start, end) of the article. */
  text: string;
  start: number;
  end: number;
  /** Id of the Article node. */
  article: string;
  date?: IsoDate;
}

export type NodeAttributes = ArticleNode | PersonNode | CountryNode | OrganizationNode | ClaimNode;

export interface StatementEdge {
  type: StatementEdgeType;
  /** REPRESENTS: the title that ties a person to a country or organization. */
  role?: string;
}

/** Country -> Country event, typed with PLOVER. */
export interface RelationEdge {
  type: PloverType;
  polarity: Polarity;
  quad: QuadClass;
  /** Evidence: offsets of the sentence in the article text, and its text. */
  start: number;
  end: number;
  evidence: string;
  article: string;
  date?: IsoDate;
}

export type EdgeAttributes = StatementEdge | RelationEdge;

export const isRelation = (e: Attributes): e is RelationEdge => e.type in PLOVER;

// ---- ids: stable across articles, so the same entity merges wherever it is seen ----
// Names are keyed in Simplified script (see ingest/script.ts) so both scripts meet.
export const countryId = (iso3: string) => `Country:${iso3}`;
export const personId = (simplifiedName: string) => `Person:${simplifiedName}`;
export const organizationId = (simplifiedName: string) => `Organization:${simplifiedName}`;
export const articleId = (hash: string) => `Article:${hash.slice(0, 16)}`;
export const claimId = (article: string, start: number, end: number) =>
  `Claim:${article.slice("Article:".length)}:${start}-${end}`;
export const labelOfId = (id: string): NodeLabel | undefined => {
  const label = id.slice(0, id.indexOf(":"));
  return (NODE_LABELS as readonly string[]).includes(label) ? (label as NodeLabel) : undefined;
};

/** Edge keys: one statement edge per (type, source, target); one relation edge per piece of evidence. */
export const edgeKey = (source: string, target: string, e: EdgeAttributes) =>
  isRelation(e) ? `${e.type}:${source}->${target}@${e.article}:${e.start}` : `${e.type}:${source}->${target}`;
