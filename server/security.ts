// Who may write: the server binds loopback by default; anywhere else a token guards the writes.
import { timingSafeEqual } from "node:crypto";
import { isIPv4 } from "node:net";
import type { FastifyReply, FastifyRequest } from "fastify";
import { sendError } from "./errors.ts";

export function isLoopback(host: string): boolean {
  if (host === "localhost" || host === "::1" || host === "[::1]") return true;
  return isIPv4(host) && host.startsWith("127.");
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A preHandler refusing requests without `Authorization: Bearer <token>`; lets all through when no token is set. */
export function bearerGuard(token: string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!token) return;
    const header = request.headers.authorization ?? "";
    const given = header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "";
    if (!sameToken(given, token)) {
      reply.header("WWW-Authenticate", "Bearer");
      return sendError(reply, 401, "writes need Authorization: Bearer <DIPLOGRAPH_TOKEN>");
    }
  };
}
