// One error family: an error diplograph raises for a reason it can name carries a code, and its
// message is meant for the user. server/errors.ts maps the codes to HTTP statuses and cli/failure.ts
// to what a command prints, each in one place.

export type ErrorCode =
  /** A graph, a request or a query the caller sent breaks a rule (store/validate.ts, the store's checks). */
  | "bad-input"
  /** Bytes that cannot be an article: binary, HTML, an unknown encoding, empty (ingest/decode.ts). */
  | "not-an-article"
  /** A query the door refuses (query/), or a construct the embedded store cannot run. */
  | "refused-query"
  /** What the request names does not exist (an export's seed that matches no node). */
  | "not-found"
  /** The store is held by another process, its DATA_DIR cannot hold it, or its files do not open. */
  | "store-unavailable"
  /** An HTTP request refused with its own status (server/errors.ts HttpError). */
  | "http";

export abstract class DiplographError extends Error {
  abstract readonly code: ErrorCode;
}
