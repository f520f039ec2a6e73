/** A query the door refuses (too long, too deep, a refused construct, a syntax error): the caller's fault. */
export class QueryError extends Error {
  override name = "QueryError";
}
