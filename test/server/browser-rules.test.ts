// The rules for browsers (server/security.ts): foreign Host and Origin refused, security headers on
// every response, the token on every API route when one is set, malformed multipart and oversized
// bodies refused before anything is read or stored.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../application/limits.ts";
import { ARTICLE_FILES, type Running, startServer } from "./harness.ts";

const ARTICLE = JSON.stringify({ text: "外交部發言人毛寧表示，中方歡迎俄羅斯總統普京訪華。" });
let server: Running;
beforeAll(async () => {
  server = await startServer(ARTICLE_FILES.slice(0, 1));
}, 60_000);
afterAll(() => server?.close());

const articles = async (app: FastifyInstance) => (await app.inject({ url: "/api/stats" })).json().articles as number;

describe("requests from other sites", () => {
  it("a write with a foreign Origin is refused (403) and stores nothing, even as text/plain", async () => {
    const before = await articles(server.app);
    for (const headers of [
      { origin: "http://evil.example", "content-type": "text/plain" },
      { origin: "null", "content-type": "text/plain" },
      { origin: "http://localhost:9999", "content-type": "application/json" },
      { "sec-fetch-site": "cross-site", "content-type": "application/json" },
    ]) {
      const response = await server.app.inject({ method: "POST", url: "/api/articles", headers, payload: ARTICLE });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json().message).toMatch(/refused/);
    }
    const cypher = await server.app.inject({
      method: "POST",
      url: "/api/cypher",
      headers: { origin: "http://evil.example" },
      payload: { query: "MATCH (n) RETURN count(n)" },
    });
    expect(cypher.statusCode).toBe(403);
    expect(await articles(server.app)).toBe(before);
  });

  it("a write from the server's own page is taken", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/api/extract",
      headers: { origin: "http://localhost", host: "localhost", "content-type": "application/json" },
      payload: ARTICLE,
    });
    expect(response.statusCode).toBe(200);
  });

  it("bound to loopback, a Host that is not a loopback name is refused (421): DNS rebinding", async () => {
    for (const host of ["evil.example", "evil.example:8080", "192.168.1.10", "127.0.0.1.evil.example"]) {
      const read = await server.app.inject({ url: "/api/stats", headers: { host } });
      expect(read.statusCode, host).toBe(421);
      const write = await server.app.inject({
        method: "POST",
        url: "/api/articles",
        headers: { host },
        payload: ARTICLE,
      });
      expect(write.statusCode, host).toBe(421);
    }
    for (const host of ["localhost:8080", "127.0.0.1", "[::1]:5700", "127.0.0.2:1"])
      expect((await server.app.inject({ url: "/api/health", headers: { host } })).statusCode, host).toBe(200);
  });
});

describe("headers", () => {
  it("a strict Content-Security-Policy, nosniff and no framing on API and page responses", async () => {
    for (const url of ["/api/health", "/", "/api/nowhere"]) {
      const response = await server.app.inject({ url });
      const csp = String(response.headers["content-security-policy"]);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(/script-src [^;]*/.exec(csp)?.[0]).toBe("script-src 'self'");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
    }
  });
});

describe("bodies", () => {
  it("a malformed multipart body is a 400, not a 500", async () => {
    for (const payload of [
      '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n普京表示。', // never closed
      "garbage with no boundary at all",
      "--xyz\r\nno headers end here",
    ]) {
      const response = await server.app.inject({
        method: "POST",
        url: "/api/articles",
        headers: { "content-type": "multipart/form-data; boundary=xyz" },
        payload,
      });
      expect(response.statusCode, payload).toBe(400);
      expect(response.json().message).toMatch(/multipart/);
    }
  });

  it("a body over the limit is refused from its Content-Length, before it is read", async () => {
    const size = 15 * 1024 * 1024;
    for (const type of ["text/plain", "application/json", "multipart/form-data; boundary=xyz"]) {
      // Only the first bytes are sent: a server that waited for the rest would never answer.
      const response = await fetch(`${server.url}/api/articles`, {
        method: "POST",
        headers: { "content-type": type, "content-length": String(size) },
        body: new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode("普京表示。"));
          },
        }),
        duplex: "half",
      } as RequestInit).catch((error: Error) => error);
      if (response instanceof Error) throw response;
      expect(response.status, type).toBe(413);
      expect((await response.json()).message).toMatch(String(LIMITS.bodyBytes));
    }
  });
});
