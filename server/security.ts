// What a browser may do with the server. The API serves one origin, its own web app:
// - Host: bound to loopback, only loopback names are answered (421 otherwise), so a page whose DNS
//   name is rebound to 127.0.0.1 reaches nothing;
// - Origin: a request that can change or read through POST from another origin (a form, a fetch in
//   no-cors mode) is refused (403) when its Origin or Sec-Fetch-Site says it comes from elsewhere;
// - token: bound beyond loopback, every /api route needs `Authorization: Bearer <DIPLOGRAPH_TOKEN>`
//   (the web app asks for it once, web/src/token.ts); the web app's own files stay public;
// - headers: @fastify/helmet with a Content-Security-Policy the built web app runs under (scripts,
//   and connections of its own origin only, styles inline too; blob: workers for the layout),
//   frame-ancestors 'none'.
import { timingSafeEqual } from "node:crypto";
import { isIPv4 } from "node:net";
import fastifyHelmet from "@fastify/helmet";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { sendError } from "./errors.ts";

export function isLoopback(host: string): boolean {
  if (host === "localhost" || host.endsWith(".localhost") || host === "::1" || host === "[::1]") return true;
  return isIPv4(host) && host.startsWith("127.");
}

/** The host name of a Host header or an origin's authority, without port and brackets kept for IPv6. */
function hostName(authority: string): string {
  const bracket = /^\[[^\]]*\]/.exec(authority)?.[0];
  return (bracket ?? authority.replace(/:\d*$/, "")).toLowerCase();
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface Exposure {
  /** Bound to loopback only: then the Host must name loopback. */
  loopback: boolean;
  /** When set, every /api route needs `Authorization: Bearer TOKEN`. */
  token?: string;
}

/** The reason to refuse a request from another site, or undefined. */
function foreignOrigin(request: FastifyRequest): string | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  if (request.headers["sec-fetch-site"] === "cross-site") return "it comes from another site";
  const origin = request.headers.origin;
  if (origin === undefined) return undefined; // not a browser (curl, the CLI): nothing to forge
  let authority: string;
  try {
    authority = new URL(origin).host;
  } catch {
    return `its Origin (${origin}) is not this server`;
  }
  return authority.toLowerCase() === String(request.headers.host ?? "").toLowerCase()
    ? undefined
    : `its Origin (${origin}) is not this server`;
}

function bearer(request: FastifyRequest): string {
  const header = request.headers.authorization ?? "";
  return header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "";
}

/** Registers the Host, Origin and token checks and the security headers on every route. */
export async function secure(app: FastifyInstance, { loopback, token }: Exposure): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Scripts of the app's origin only; styles may also be inline: the graph and map panels set
        // style attributes and the console's editor adds a style element (CSS cannot run script).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        // The ForceAtlas2 layout runs in a worker made from a blob.
        workerSrc: ["'self'", "blob:"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Served over plain HTTP on a LAN too: no upgrade to HTTPS, no HSTS.
    strictTransportSecurity: false,
  });

  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    const host = String(request.headers.host ?? "");
    if (loopback && !isLoopback(hostName(host)))
      return sendError(
        reply,
        421,
        `this server answers to loopback names only (localhost, 127.0.0.1, [::1]), not to "${host}"`,
      );
    const foreign = foreignOrigin(request);
    if (foreign) return sendError(reply, 403, `refused: ${foreign}; the API takes writes from its own pages only`);
    if (token && request.url.startsWith("/api/") && !sameToken(bearer(request), token)) {
      reply.header("WWW-Authenticate", "Bearer");
      return sendError(reply, 401, "the API needs Authorization: Bearer <DIPLOGRAPH_TOKEN>");
    }
    // A body larger than the route takes is refused before a byte of it is read (multipart too).
    const length = Number(request.headers["content-length"]);
    if (length > request.routeOptions.bodyLimit)
      return sendError(
        reply,
        413,
        `the body is too large: ${length} bytes, where this route takes at most ${request.routeOptions.bodyLimit}`,
      );
  });
}
