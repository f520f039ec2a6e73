// Every error leaves the API as JSON {error, message} with a 4xx or 5xx status, never a stack trace.
import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { DiplographError, type ErrorCode } from "../graph/errors.ts";

/** An error the client caused: answered with its status and message. */
export class HttpError extends DiplographError {
  readonly code = "http";
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** The status each error code answers with; a 5xx hides the message (it is logged). */
const STATUS: Record<Exclude<ErrorCode, "http">, number> = {
  "bad-input": 400,
  "refused-query": 400,
  "not-found": 404,
  // Bytes that are not an article (binary, HTML, unknown encoding, empty): well-formed but unusable.
  "not-an-article": 422,
  // Raised while the store opens, before the server listens.
  "store-unavailable": 500,
};

export function sendError(reply: FastifyReply, statusCode: number, message: string) {
  return reply
    .code(statusCode)
    .type("application/json")
    .send({ error: STATUS_CODES[statusCode] ?? "Error", message });
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DiplographError && error.code !== "http" && STATUS[error.code] < 500)
    return sendError(reply, STATUS[error.code], error.message);
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE")
    return sendError(
      reply,
      415,
      `cannot read a ${request.headers["content-type"]} body here: send JSON, text/plain or a multipart upload`,
    );
  const status = error.statusCode ?? 500;
  // Validation, body parsing, size limits and HttpError all carry a 4xx status and a message meant for the client.
  if (status >= 400 && status < 500) return sendError(reply, status, error.message);
  request.log.error(error);
  return sendError(reply, 500, "the server failed on this request; see its log");
}
