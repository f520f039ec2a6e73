// The graph schema: the one contract between ingest, the stores, the server and the web app, declared
// with TypeBox so each kind is a TypeScript type and a JSON schema at once. ARCHITECTURE.md describes
// it in prose; keep the two in step.
import { type SchemaOptions, type Static, type TObject, Type } from "@sinclair/typebox";
import type { Attributes } from "graphology-types";

export const NODE_LABELS = ["Article", "Person", "Country", "Organization", "Claim"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
export type EntityLabel = "Person" | "Country" | "Organization";
/** Whether `value` is one of `values` (a list declared `as const`), narrowing it to their type. */
export const isOneOf = <T>(values: readonly T[], value: unknown): value is T =>
  (values as readonly unknown[]).includes(value);
/** A record with one entry per label. */
export const byLabel = <T>(entry: (label: NodeLabel) => T): Record<NodeLabel, T> =>
  Object.fromEntries(NODE_LABELS.map((label) => [label, entry(label)])) as Record<NodeLabel, T>;

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
export const POLARITIES = ["cooperation", "conflict"] as const;
export type Polarity = (typeof POLARITIES)[number];
export const QUAD_CLASSES = [...new Set(Object.values(PLOVER))];
export const PLOVER_TYPES = Object.keys(PLOVER) as PloverType[];

export const polarityOf = (type: PloverType): Polarity =>
  PLOVER[type].endsWith("cooperation") ? "cooperation" : "conflict";

export const STATEMENT_EDGE_TYPES = ["SAID", "MENTIONS", "IN_ARTICLE", "REPRESENTS"] as const;
export type StatementEdgeType = (typeof STATEMENT_EDGE_TYPES)[number];
export type EdgeType = StatementEdgeType | PloverType;
export const EDGE_TYPES: readonly EdgeType[] = [...STATEMENT_EDGE_TYPES, ...PLOVER_TYPES];

export const ORG_KINDS = ["international", "government", "party", "media", "agreement", "company", "other"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const LANGUAGES = ["zh-Hant", "zh-Hans", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** A string of one of `values`, as JSON Schema's enum (TypeBox's unions of literals are anyOf lists). */
export const StringEnum = <T extends string>(values: readonly T[], options: SchemaOptions = {}) =>
  Type.Unsafe<T>({ type: "string", enum: [...values], ...options });

/** ISO date, YYYY-MM-DD. */
export const ISO_DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
export const IsoDate = Type.String({ pattern: ISO_DATE_PATTERN });
export type IsoDate = Static<typeof IsoDate>;

/** An offset in the article text (JavaScript string index). */
const Offset = Type.Integer({ minimum: 0 });

// The node kinds, declared once as JSON schemas that are also TypeScript types. The store's columns
// (store/layout.ts), its validation (store/validate.ts) and the API's shapes (graph/api.ts) are read
// off these objects: a property is added here, and used where it matters.
export const ArticleNode = Type.Object({
  label: Type.Literal("Article"),
  title: Type.String(),
  source: Type.Optional(Type.String()),
  /** Publication date, when the text or the caller gives one. */
  date: Type.Optional(IsoDate),
  /** sha256 of the text (hex); the article's identity. */
  hash: Type.String(),
  language: StringEnum(LANGUAGES),
  text: Type.String(),
  file: Type.Optional(Type.String()),
});
export type ArticleNode = Static<typeof ArticleNode>;

const named = {
  /** Display name, in the script it was first seen in. */
  name: Type.String(),
  /** Every surface form seen, both scripts, short forms; includes name. */
  aliases: Type.Array(Type.String()),
};

export const PersonNode = Type.Object({
  label: Type.Literal("Person"),
  ...named,
  /** Titles seen with the name (外交部發言人, 俄羅斯總統, 記者). */
  roles: Type.Array(Type.String()),
});
export type PersonNode = Static<typeof PersonNode>;

export const CountryNode = Type.Object({
  label: Type.Literal("Country"),
  ...named,
  /** ISO 3166-1 alpha-3. */
  iso3: Type.String(),
});
export type CountryNode = Static<typeof CountryNode>;

export const OrganizationNode = Type.Object({
  label: Type.Literal("Organization"),
  ...named,
  kind: StringEnum(ORG_KINDS),
});
export type OrganizationNode = Static<typeof OrganizationNode>;

export const ClaimNode = Type.Object({
  label: Type.Literal("Claim"),
  /** Exactly text.slice(start, end) of the article. */
  text: Type.String(),
  start: Offset,
  end: Offset,
  /** Id of the Article node. */
  article: Type.String(),
  date: Type.Optional(IsoDate),
});
export type ClaimNode = Static<typeof ClaimNode>;

/** Each label's node schema. */
export const NODES = {
  Article: ArticleNode,
  Person: PersonNode,
  Country: CountryNode,
  Organization: OrganizationNode,
  Claim: ClaimNode,
} as const satisfies Record<NodeLabel, TObject>;

export type NodeAttributes = ArticleNode | PersonNode | CountryNode | OrganizationNode | ClaimNode;

export const StatementEdge = Type.Object({
  type: StringEnum(STATEMENT_EDGE_TYPES),
  /** REPRESENTS: the title that ties a person to a country or organization. */
  role: Type.Optional(Type.String()),
});
export type StatementEdge = Static<typeof StatementEdge>;

/** Country -> Country event, typed with PLOVER. */
export const RelationEdge = Type.Object({
  type: StringEnum(PLOVER_TYPES),
  polarity: StringEnum(POLARITIES),
  quad: StringEnum(QUAD_CLASSES),
  /** Evidence: offsets of the sentence in the article text, and its text. */
  start: Offset,
  end: Offset,
  evidence: Type.String(),
  article: Type.String(),
  date: Type.Optional(IsoDate),
});
export type RelationEdge = Static<typeof RelationEdge>;

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
  return isOneOf(NODE_LABELS, label) ? label : undefined;
};

/** Edge keys: one statement edge per (type, source, target); one relation edge per piece of evidence. */
export const edgeKey = (source: string, target: string, e: EdgeAttributes) =>
  isRelation(e) ? `${e.type}:${source}->${target}@${e.article}:${e.start}` : `${e.type}:${source}->${target}`;
