// A real server for the API tests: a KuzuStore in a fresh temporary DATA_DIR holding the bundled
// article and the eval articles as the extractor sees them, listening on a free loopback port.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { decodeArticle } from "../../ingest/decode.ts";
import { extract } from "../../ingest/extract.ts";
import { type AppOptions, buildApp } from "../../server/app.ts";
import { openKuzuStore } from "../../store/kuzu.ts";
import type { Store } from "../../store/store.ts";

export const ARTICLE_FILES = [
  "test/fixtures/sample/wenweipo-2025-01-22.txt",
  ...readdirSync("test/fixtures/eval")
    .filter((name) => name.endsWith(".txt"))
    .map((name) => `test/fixtures/eval/${name}`),
];

export interface Running {
  url: string;
  store: Store;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function ingestFiles(store: Store, files: string[]): Promise<void> {
  for (const file of files) {
    const text = decodeArticle(readFileSync(file));
    await store.ingest(extract(text, { file: file.split("/").pop() }).export());
  }
}

/** Starts a server over a new store; `files` are ingested first. */
export async function startServer(files: string[], options: Partial<AppOptions> = {}): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), "diplograph-api-"));
  const store = await openKuzuStore(join(dir, "db"));
  await ingestFiles(store, files);
  const app = await buildApp({ store, storeName: "kuzu", extract, ...options });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url,
    store,
    app,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
