// diplograph serve: the API and the web app on one port, after ingesting a folder if asked.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { ExtractionPool } from "../../ingest/workers.ts";
import { buildApp } from "../../server/app.ts";
import { isLoopback } from "../../server/security.ts";
import { openStore } from "../../store/open.ts";
import type { Store } from "../../store/store.ts";
import { parseCommandArgs } from "../args.ts";
import { withDataDir } from "../env.ts";
import { failure } from "../failure.ts";
import { ingestInto } from "./ingest.ts";

const HELP = `usage: diplograph serve [options]

Serves the JSON API (/api, described at /api/openapi.json) and the built web app (web/dist).

options:
  --port N         port to listen on (env PORT, default 8080; 0 picks a free one)
  --host ADDR      address to bind (env HOST, default 127.0.0.1)
  --data-dir DIR   Kuzu database folder (env DATA_DIR, default data/db); NEO4J_URI selects Neo4j instead
  --ingest DIR     ingest the articles in DIR (*.txt) before listening
  -h, --help       show this help

Bound to an address other than loopback, the server refuses to start unless DIPLOGRAPH_TOKEN is
set; every API request then needs "Authorization: Bearer $DIPLOGRAPH_TOKEN" (the web app asks for
it once). Bound to loopback, it answers only requests naming a loopback host, and refuses writes
from pages of other origins.

kill -USR2 PID prints how long the event loop was held since the last such line (p50, p99, max):
how long any request waited for the server's main thread.
`;

/**
 * Some work waits for its first use: the console's parser builds its tables, search loads the script
 * converters and the extraction lexicons. Each held the main thread 0.5-2 s, every request waiting
 * (seen in the load bench's event-loop delay). A search and a console query through the app itself
 * run them once before listening (a second or two of start).
 */
async function warmUp(app: FastifyInstance, token: string | undefined) {
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  const query =
    "MATCH (p:Person)-[:SAID]->(c:Claim) WHERE c.date >= '2000-01-01' " +
    "RETURN toLower(p.name) AS name, count(c) AS claims ORDER BY claims DESC LIMIT 1";
  await app.inject({ method: "POST", url: "/api/cypher", headers, payload: { query } });
  await app.inject({ method: "GET", url: `/api/search?q=${encodeURIComponent("中國")}&limit=1`, headers });
}

/** Reports the event loop's delay on SIGUSR2, then starts counting anew (the load bench reads it). */
function reportLoopDelay() {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const ms = (ns: number) => (ns / 1e6).toFixed(1);
  process.on("SIGUSR2", () => {
    process.stderr.write(
      `diplograph: event loop delay p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms\n`,
    );
    delay.reset();
  });
}

/** The built web app, wherever diplograph is started from. */
const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs("serve", HELP, {
    args,
    options: {
      port: { type: "string", default: process.env.PORT ?? "8080" },
      host: { type: "string", default: process.env.HOST ?? "127.0.0.1" },
      "data-dir": { type: "string" },
      ingest: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`diplograph serve: --port must be a port number, not "${values.port}"\n`);
    return 2;
  }
  const token = process.env.DIPLOGRAPH_TOKEN || undefined;
  if (!isLoopback(values.host) && !token) {
    process.stderr.write(
      `diplograph serve: refusing to listen on ${values.host} without DIPLOGRAPH_TOKEN: anyone who reaches it could write to the store\n`,
    );
    return 2;
  }

  const env = withDataDir(values["data-dir"]);
  const name = env.NEO4J_URI ? "neo4j" : "kuzu";
  let store: Store | undefined;
  // Extraction runs in worker threads (started, and the pipeline loaded, on the first article), so
  // reads are answered while an article is extracted.
  const pool = new ExtractionPool();
  try {
    store = await openStore(env);
    if (values.ingest && (await ingestInto(store, [values.ingest], pool.extract)) !== 0)
      process.stderr.write("diplograph serve: some articles were not ingested (listed above); serving the rest\n");
    const app = await buildApp({
      store,
      storeName: name,
      extract: pool.extract,
      webDist: WEB_DIST,
      token,
      loopback: isLoopback(values.host),
      logger: true,
    });
    await warmUp(app, token);
    const address = await app.listen({ port, host: values.host });
    reportLoopDelay();
    process.stderr.write(`diplograph: serving the ${name} store on ${address}/\n`);
    const opened = store;
    return await new Promise((resolve) => {
      const stop = async () => {
        await app.close();
        await pool.close();
        await opened.close();
        resolve(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
  } catch (error) {
    await pool.close();
    await store?.close();
    return failure("serve", error);
  }
}
