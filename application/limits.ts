// The limits of what one request or command may ask for: the server's route schemas and the CLI's
// options check against the same numbers.
import { QUERY_LIMITS } from "../query/limits.ts";

export const LIMITS = {
  /** Largest request body (an article, or an upload). */
  bodyBytes: 2 * 1024 * 1024,
  searchHits: 100,
  graphNodes: 5000,
  depth: 3,
  pathDepth: 8,
  ids: 5000,
  cypherRows: 10_000,
  cypherTimeoutMs: 10_000,
  queryChars: QUERY_LIMITS.chars,
} as const;
