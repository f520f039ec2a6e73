// The API client: one typed function per endpoint. Every failure becomes an ApiError with a message in words.

import type {
  ArticleSummary,
  ClaimEvidence,
  ClaimsOf,
  CountryMap,
  CountryPair,
  CypherResult,
  GraphFilter,
  GraphJSON,
  IngestResult,
  NodeDetails,
  SearchHit,
  Stats,
  WireGraph,
} from "../../graph/api.ts";
import { authorization, currentToken, tokenAfterRefusal } from "./token.ts";

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function attempt(path: string, init: RequestInit | undefined, token: string): Promise<Response> {
  try {
    return await fetch(path, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), ...authorization(token) },
    });
  } catch (error) {
    throw new ApiError(0, "network", `The server could not be reached (${(error as Error).message}).`);
  }
}

async function send(path: string, init?: RequestInit): Promise<Response> {
  const token = currentToken();
  let response = await attempt(path, init, token);
  if (response.status === 401) {
    const retry = tokenAfterRefusal(token);
    if (retry !== undefined) response = await attempt(path, init, retry);
  }
  if (response.ok) return response;
  let body: { error?: string; message?: string } | undefined;
  try {
    body = await response.json();
  } catch {
    // Not JSON: the status line is all there is to say.
  }
  throw new ApiError(
    response.status,
    body?.error ?? "http",
    body?.message ?? `The server answered ${response.status} ${response.statusText}.`,
  );
}

/**
 * Views the server may still answer as they were before this page's last ingest: it rebuilds them
 * then, serving the old answer meanwhile to readers who do not ask for a fresh one. The page's next
 * read of each asks (Cache-Control: no-cache), so it shows what it just stored.
 */
const VIEWS = ["/api/graph", "/api/neighbours", "/api/subgraph", "/api/map", "/api/pair", "/api/path", "/api/search"];
const staleAfterIngest = new Set<string>();

async function json<T>(path: string, init?: RequestInit): Promise<T> {
  const fresh = staleAfterIngest.delete(path.split("?")[0] as string);
  return (await send(path, fresh ? { ...init, cache: "no-cache" } : init)).json() as Promise<T>;
}

async function ingest(body: IngestBody): Promise<IngestResult> {
  const result = await json<IngestResult>("/api/articles", ingestInit(body));
  if (result.created) for (const view of VIEWS) staleAfterIngest.add(view);
  return result;
}

const post = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** The filter without its empty parts: an empty list means "all", so it is not sent. */
export function activeFilter(filter: GraphFilter): GraphFilter {
  return Object.fromEntries(
    Object.entries(filter).filter(([, value]) => (Array.isArray(value) ? value.length > 0 : Boolean(value))),
  );
}

/** Query string of a filter, in the shape GET /api/graph reads (lists comma-separated). */
export function filterParams(filter: GraphFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(activeFilter(filter))) {
    params.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  return params;
}

interface ArticleMeta {
  title?: string;
  source?: string;
  date?: string;
}
export type IngestBody = (ArticleMeta & { text: string }) | (ArticleMeta & { file: File });

function ingestInit(body: IngestBody): RequestInit {
  if (!("file" in body)) return post(body);
  const { file, ...meta } = body;
  const form = new FormData();
  // The form's fields go with the file: what the user typed wins over what the text says.
  for (const [key, value] of Object.entries(meta)) if (value) form.append(key, value);
  form.append("file", file, file.name);
  return { method: "POST", body: form };
}

export const api = {
  stats: () => json<Stats>("/api/stats"),
  articles: () => json<ArticleSummary[]>("/api/articles"),
  article: (id: string) =>
    json<{ article: Record<string, unknown>; claims: ClaimEvidence[] }>(`/api/articles/${encodeURIComponent(id)}`),
  search: (q: string, limit = 10) =>
    json<SearchHit[]>(`/api/search?${new URLSearchParams({ q, limit: String(limit) })}`),
  node: (id: string) => json<NodeDetails>(`/api/nodes/${encodeURIComponent(id)}`),
  claims: (id: string, of: ClaimsOf, skip: number, limit: number) =>
    json<ClaimEvidence[]>(
      `/api/nodes/${encodeURIComponent(id)}/claims?${new URLSearchParams({ of, skip: String(skip), limit: String(limit) })}`,
    ),
  graph: (filter: GraphFilter, limit: number) => {
    const params = filterParams(filter);
    params.set("limit", String(limit));
    return json<WireGraph>(`/api/graph?${params}`);
  },
  /** `exclude`: nodes not to return again (earlier pages of an expansion). */
  neighbours: (ids: string[], depth: number, limit: number, filter: GraphFilter, exclude?: string[]) =>
    json<WireGraph>("/api/neighbours", post({ ids, depth, limit, ...activeFilter(filter), exclude })),
  map: (filter: GraphFilter, speakers = 300) => {
    const params = filterParams(filter);
    params.set("speakers", String(speakers));
    return json<CountryMap>(`/api/map?${params}`);
  },
  pair: (a: string, b: string, filter: GraphFilter) => {
    const { from, to, articles } = filter;
    const params = filterParams({ from, to, articles });
    params.set("a", a);
    params.set("b", b);
    return json<CountryPair>(`/api/pair?${params}`);
  },
  subgraph: (ids: string[]) => json<WireGraph>("/api/subgraph", post({ ids })),
  path: (from: string, to: string, maxDepth = 6) =>
    json<WireGraph>(`/api/path?${new URLSearchParams({ from, to, maxDepth: String(maxDepth) })}`),
  cypher: (query: string, rowLimit = 500) => json<CypherResult>("/api/cypher", post({ query, rowLimit })),
  extract: (body: IngestBody) => json<GraphJSON>("/api/extract", ingestInit(body)),
  ingest,
  /** The export as a file: its name (from Content-Disposition when given) and content. */
  export: async (format: ExportFormat, ids?: string[]) => {
    const response = await send("/api/export", post({ format, ids }));
    const disposition = response.headers.get("content-disposition") ?? "";
    const name =
      /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `diplograph.${format === "cypher" ? "cypher" : format}`;
    return { name, blob: await response.blob() };
  },
};

export const EXPORT_FORMATS = ["gexf", "graphml", "json", "csv", "cypher"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
