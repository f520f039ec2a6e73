// The HTTP API and the web app's static files.
// Fastify, because one set of JSON schemas (server/schemas.ts) both validates requests and
// generates the OpenAPI document, responses are serialized from the same schemas, and
// app.inject() lets tests call routes without a socket.
import { existsSync } from "node:fs";
import fastifyMultipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import { Ajv } from "ajv";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { exportDownload } from "../application/export.ts";
import { LIMITS } from "../application/limits.ts";
import type { ClaimsOf, GraphFilter, NeighbourOptions } from "../graph/api.ts";
import type { ExportFormat } from "../graph/export/index.ts";
import type { NodeLabel } from "../graph/schema.ts";
import { toWire } from "../graph/wire.ts";
import type { Extracted } from "../ingest/workers.ts";
import type { Store } from "../store/store.ts";
import { type ArticleInput, readArticle } from "./article.ts";
import { ViewCache } from "./cache.ts";
import { HttpError, handleError, sendError } from "./errors.ts";
import { FILTER_ARRAY_KEYS, routeSchemas as S, SHARED_SCHEMAS } from "./schemas.ts";
import { secure } from "./security.ts";

export interface AppOptions {
  store: Store;
  /** Which store backs the API ("kuzu", "neo4j"), for /api/health. */
  storeName: string;
  /** Turns an article into a graph (ingest/extract.ts); ingest and preview need it. */
  extract: (text: string, meta: Omit<ArticleInput, "text">) => Extracted | Promise<Extracted>;
  /** The built web app (web/dist), served when it exists. */
  webDist?: string;
  /** Cap on a console query's time (default LIMITS.cypherTimeoutMs). */
  cypherTimeoutMs?: number;
  /** When set, every /api route needs `Authorization: Bearer TOKEN`. */
  token?: string;
  /** Bound to loopback only (the default): requests must then name a loopback host. */
  loopback?: boolean;
  logger?: boolean;
}

/** Whether the client asks for an answer reflecting every write so far (Cache-Control: no-cache, max-age=0; Pragma: no-cache). */
function wantsFresh(request: FastifyRequest): boolean {
  const control = String(request.headers["cache-control"] ?? "");
  return /\bno-cache\b|\bmax-age=0\b/i.test(control) || /\bno-cache\b/i.test(String(request.headers.pragma ?? ""));
}

/** Whether an If-None-Match header names the entity tag (weak or strong, or any). */
function matches(header: string | undefined, etag: string): boolean {
  return !!header && header.split(",").some((tag) => ["*", etag, `W/${etag}`].includes(tag.trim()));
}

/** Query strings carry arrays as `labels=Person,Country` (or repeated keys): split them before validation. */
async function splitArrays(request: FastifyRequest) {
  const query = request.query as Record<string, unknown>;
  for (const key of FILTER_ARRAY_KEYS) {
    const value = query[key];
    if (value === undefined) continue;
    query[key] = [value]
      .flat()
      .flatMap((v) => String(v).split(","))
      .map((v) => v.trim())
      .filter(Boolean);
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store } = options;
  const app = Fastify({
    // Logs go to stderr (stdout is for data); only warnings and errors, not every request.
    logger: options.logger ? { level: "warn", stream: process.stderr } : false,
    bodyLimit: LIMITS.bodyBytes,
    // Node ids carry colons and CJK names; allow long URLs for them, nothing more.
    routerOptions: { maxParamLength: 1000 },
    // Errors raised before routing (a malformed URL, a path parameter too long) get the same JSON shape.
    frameworkErrors: (error, _request, reply) =>
      error.code === "FST_ERR_MAX_PARAM_LENGTH"
        ? sendError(reply, 414, "a path parameter is longer than 1000 characters")
        : sendError(reply, error.statusCode ?? 400, error.message),
  });

  // JSON bodies must come with the right types and no unknown fields; query strings and path
  // parameters are text, so their numbers and lists are coerced (Fastify's default for all parts).
  const strict = new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: false, allErrors: false });
  const lenient = new Ajv({ coerceTypes: "array", useDefaults: true, removeAdditional: true, allErrors: false });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === "body" ? strict : lenient).compile(schema));

  await secure(app, { loopback: options.loopback ?? true, token: options.token });

  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "diplograph API",
        description: "Knowledge graph of diplomatic news: search, explore, query (read-only Cypher), ingest, export.",
        version: "0.1.0",
      },
    },
    refResolver: { buildLocalReference: (json) => String(json.$id) },
  });
  await app.register(fastifyMultipart, { limits: { fileSize: LIMITS.bodyBytes, files: 1, fields: 10 } });

  // Plain-text articles are read as bytes: ingest/decode.ts decodes them and refuses binary data.
  app.addContentTypeParser("text/plain", { parseAs: "buffer" }, (_request, body, done) => done(null, body));

  app.setErrorHandler(handleError);

  app.get("/api/health", { schema: S.health }, async () => ({ ok: true, store: options.storeName }));
  // Reads of the graph, answered from the cache until an ingest changes the store (server/cache.ts):
  // the same bytes each time, with an ETag (304 when the client has them); after an ingest, the old
  // answer while the view is rebuilt, unless the request asks for a fresh one (Cache-Control: no-cache).
  const views = new ViewCache();
  const cached = async (
    request: FastifyRequest,
    reply: FastifyReply,
    compute: () => Promise<unknown>,
    { fresh = wantsFresh(request) } = {},
  ) => {
    const key = `${request.routeOptions.url} ${JSON.stringify(request.query)} ${JSON.stringify(request.body ?? null)}`;
    const view = await views.get(key, compute, { fresh });
    // Browsers keep the answer and ask again each time with If-None-Match.
    reply.header("ETag", view.etag).header("Cache-Control", "no-cache");
    if (matches(request.headers["if-none-match"], view.etag)) return reply.code(304).send();
    return reply.type("application/json; charset=utf-8").send(view.body);
  };

  // Counts are cheap to compute again: always as the store is now.
  app.get("/api/stats", { schema: S.stats }, (request, reply) =>
    cached(request, reply, () => store.stats(), { fresh: true }),
  );
  app.get("/api/articles", { schema: S.articles }, () => store.articles());
  app.get<{ Params: { id: string } }>("/api/articles/:id", { schema: S.article }, async (request) => {
    const found = await store.article(request.params.id);
    if (!found) throw new HttpError(404, `no article with id "${request.params.id}"`);
    return found;
  });

  app.post("/api/articles", { schema: S.ingest }, async (request, reply) => {
    const input = await readArticle(request);
    const graph = await options.extract(input.text, input);
    const result = await store.ingest(graph.export());
    if (result.created) views.changed();
    return reply.code(result.created ? 201 : 200).send(result);
  });
  app.post("/api/extract", { schema: S.extract }, async (request) => {
    const input = await readArticle(request);
    const graph = await options.extract(input.text, input);
    return graph.export();
  });

  app.get<{ Querystring: { q: string; limit: number; labels?: NodeLabel[] } }>(
    "/api/search",
    { schema: S.search, preValidation: splitArrays },
    (request, reply) => {
      const { q, limit, labels } = request.query;
      return cached(request, reply, async () => {
        // The lexicons load on the first search (a few hundred ms), not with the server.
        const { lexiconIds } = await import("../ingest/search-terms.ts");
        return store.search(q, { limit, labels, ids: lexiconIds(q) });
      });
    },
  );
  app.get<{ Params: { id: string } }>("/api/nodes/:id", { schema: S.node }, async (request) => {
    const node = await store.node(request.params.id);
    if (!node) throw new HttpError(404, `no node with id "${request.params.id}"`);
    return node;
  });

  app.get<{ Params: { id: string }; Querystring: { of: ClaimsOf; skip: number; limit: number } }>(
    "/api/nodes/:id/claims",
    { schema: S.claims },
    (request) => store.claims(request.params.id, request.query),
  );

  app.get<{ Querystring: GraphFilter & { limit: number } }>(
    "/api/graph",
    { schema: S.overview, preValidation: splitArrays },
    (request, reply) => cached(request, reply, async () => toWire(await store.overview(request.query))),
  );
  app.post<{ Body: NeighbourOptions & { ids: string[] } }>(
    "/api/neighbours",
    { schema: S.neighbours },
    (request, reply) => {
      const { ids, ...neighbourOptions } = request.body;
      return cached(request, reply, async () => toWire(await store.neighbours(ids, neighbourOptions)));
    },
  );
  app.post<{ Body: { ids: string[] } }>("/api/subgraph", { schema: S.subgraph }, (request, reply) =>
    cached(request, reply, async () => toWire(await store.subgraph(request.body.ids))),
  );
  app.get<{ Querystring: GraphFilter & { speakers: number } }>(
    "/api/map",
    { schema: S.map, preValidation: splitArrays },
    (request, reply) => cached(request, reply, () => store.countryMap(request.query)),
  );
  app.get<{ Querystring: GraphFilter & { a: string; b: string } }>(
    "/api/pair",
    { schema: S.pair, preValidation: splitArrays },
    (request, reply) => {
      const { a, b, ...filter } = request.query;
      return cached(request, reply, async () => {
        const pair = await store.countryPair(a, b, filter);
        if (!pair) throw new HttpError(404, `no country with id "${a}" or "${b}"`);
        return pair;
      });
    },
  );
  app.get<{ Querystring: { from: string; to: string; maxDepth: number } }>(
    "/api/path",
    { schema: S.path },
    (request, reply) => {
      const { from, to, maxDepth } = request.query;
      return cached(request, reply, async () => toWire(await store.shortestPath(from, to, { maxDepth })));
    },
  );

  app.post<{ Body: { query: string; params: Record<string, unknown>; rowLimit: number } }>(
    "/api/cypher",
    { schema: S.cypher },
    (request) => {
      const { query, params, rowLimit } = request.body;
      return store.cypher(query, params, { rowLimit, timeoutMs: options.cypherTimeoutMs ?? LIMITS.cypherTimeoutMs });
    },
  );

  app.post<{
    Body: { format: ExportFormat; ids?: string[]; cypher?: string; seed?: string; depth: number; limit: number };
  }>("/api/export", { schema: S.export }, async (request, reply) => {
    const file = await exportDownload(store, request.body);
    return reply
      .type(file.contentType)
      .header("Content-Disposition", `attachment; filename="${file.name}"`)
      .send(Buffer.from(file.content));
  });

  app.get("/api/openapi.json", { schema: { hide: true } }, () => app.swagger());

  const hasWeb = options.webDist !== undefined && existsSync(`${options.webDist}/index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root: options.webDist as string, wildcard: false });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    // The web app routes in the browser: unknown pages get its index.html.
    if (hasWeb && request.method === "GET" && !path.startsWith("/api/")) return reply.sendFile("index.html");
    if (path === "/") return sendError(reply, 404, "the web app is not built (npm run build); the API is under /api");
    return sendError(reply, 404, `no route ${request.method} ${path}`);
  });

  return app;
}
