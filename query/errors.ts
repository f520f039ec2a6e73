import { DiplographError } from "../graph/errors.ts";

/** A query the door refuses (too long, too deep, a refused construct, a syntax error): the caller's fault. */
export class QueryError extends DiplographError {
  override name = "QueryError";
  readonly code = "refused-query";
}
