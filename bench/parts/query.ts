// Queries through the Store interface on a graph of 1M relationships (built with COPY into the
// KuzuStore's schema): search, 1-hop and 2-hop neighbourhoods, shortest path, p50/p95/p99, each next
// to the plain Kuzu query doing the same lookup on the same database (no store code around it).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import kuzu from "kuzu";
import { labelOfId, type NodeLabel } from "../../graph/schema.ts";
import { shortestPath } from "../../store/cypher.ts";
import { openKuzuStore } from "../../store/kuzu.ts";
import type { Store } from "../../store/store.ts";
import { copyInto, createSchema, Rows, writeCsv } from "../copy.ts";
import { type Figure, log, type Part, peakRssMB, percentile, round, timed } from "../measure.ts";
import { pick, seededRandom } from "../random.ts";
import { syntheticArticles } from "../synthetic.ts";

const ENTITIES: NodeLabel[] = ["Person", "Country", "Organization"];
/** The web app asks for this many nodes around a node (web/src/main.ts). */
const LIMIT = 300;

interface Sample {
  term: string;
  id: string;
  to: string;
}

/** The same work as each store call, as one plain Kuzu query. */
const RAW: Record<string, (s: Sample) => { query: string; params: Record<string, string> }[]> = {
  search: (s) =>
    ENTITIES.map((label) => ({
      query: `MATCH (n:${label}) WHERE n.name CONTAINS $q RETURN n.id, n.name LIMIT 10`,
      params: { q: s.term },
    })),
  "1-hop": (s) => [
    { query: `MATCH (a:${labelOfId(s.id)} {id: $id})-[r]-(b) RETURN r, b LIMIT ${LIMIT}`, params: { id: s.id } },
  ],
  // Level by level as the store does: Kuzu's -[*1..2]- DISTINCT runs for minutes from a hub.
  "2-hop": (s) => [
    {
      query: `MATCH (a:${labelOfId(s.id)} {id: $id})-[]-(m) WITH DISTINCT m LIMIT ${LIMIT} MATCH (m)-[r]-(b) RETURN r, b LIMIT ${LIMIT}`,
      params: { id: s.id },
    },
  ],
  "shortest path": (s) => [
    {
      query: shortestPath("kuzu", labelOfId(s.id) as NodeLabel, labelOfId(s.to) as NodeLabel, 4),
      params: { from: s.id, to: s.to },
    },
  ],
};

const STORE: Record<string, (store: Store, s: Sample) => Promise<unknown>> = {
  search: (store, s) => store.search(s.term, { limit: 10 }),
  "1-hop": (store, s) => store.neighbours([s.id], { depth: 1, limit: LIMIT }),
  "2-hop": (store, s) => store.neighbours([s.id], { depth: 2, limit: LIMIT }),
  "shortest path": (store, s) => store.shortestPath(s.id, s.to, { maxDepth: 4 }),
};

type Latencies = Record<string, number[]>;

/** Plain queries stop here; the time counts as this long (a note says how many did). */
const RAW_TIMEOUT_MS = 10_000;

/** Queries per kind: 2-hop and paths take seconds each on this graph, so fewer of them. */
const COUNTS = { search: 200, "1-hop": 200, "2-hop": 30, "shortest path": 30 };
const countOf = (kind: string, samples: Sample[]) =>
  Math.min(samples.length, COUNTS[kind as keyof typeof COUNTS] ?? samples.length);

async function runRaw(dbDir: string, samples: Sample[], into: Latencies): Promise<number> {
  const db = new kuzu.Database(dbDir);
  const connection = new kuzu.Connection(db);
  connection.setQueryTimeout(RAW_TIMEOUT_MS);
  let timeouts = 0;
  try {
    for (const kind of Object.keys(RAW)) {
      for (const sample of samples.slice(0, countOf(kind, samples))) {
        const { ms } = await timed(async () => {
          for (const { query, params } of RAW[kind]?.(sample) ?? []) {
            const prepared = await connection.prepare(query);
            try {
              const result = await connection.execute(prepared, params);
              for (const r of Array.isArray(result) ? result : [result]) {
                await r.getAll();
                r.close();
              }
            } catch (error) {
              if (!/interrupt/i.test((error as Error).message)) throw error;
              timeouts++;
            }
          }
        });
        into[kind]?.push(ms);
      }
      log(`plain ${kind}: p95 ${round(percentile(into[kind] ?? [], 95))} ms`);
    }
  } finally {
    await connection.close();
    await db.close();
  }
  return timeouts;
}

export const measure: Part = async ({ quick }) => {
  const [relationships, queries] = quick ? [10_000, 10] : [1_000_000, Math.max(...Object.values(COUNTS))];
  const dir = mkdtempSync(join(tmpdir(), "diplograph-bench-query-"));
  try {
    const rows = new Rows();
    let articles = 0;
    // About 66 relationships per article: generate a few more articles than needed, stop at the count.
    for (const graph of syntheticArticles({ articles: Math.ceil(relationships / 55), seed: 3 })) {
      rows.add(graph.export());
      articles++;
      if (rows.relationshipCount >= relationships) break;
    }
    mkdirSync(join(dir, "csv"));
    const dbDir = join(dir, "db");
    await createSchema(dbDir);
    const build = await timed(() => copyInto(dbDir, writeCsv(rows, join(dir, "csv"))));
    log(`built: ${rows.nodeCount} nodes, ${rows.relationshipCount} relationships in ${round(build.ms / 1000)} s`);

    // Query targets: entities drawn uniformly (mostly the long tail, some hubs), and name prefixes to search.
    const random = seededRandom(11);
    const entities = ENTITIES.flatMap((label) => [...(rows.tables.get(label)?.rows.values() ?? [])]).map(
      ([id, name]) => ({ id: id as string, name: name as string }),
    );
    const samples: Sample[] = Array.from({ length: queries }, () => {
      const a = pick(random, entities);
      return { term: a.name.slice(0, 2), id: a.id, to: pick(random, entities).id };
    });
    const warmup = samples.slice(0, Math.min(5, samples.length));

    // An untimed first pass reads the pages these queries touch, so neither side pays for a cold cache.
    const raw: Latencies = Object.fromEntries(Object.keys(RAW).map((k) => [k, []]));
    await runRaw(dbDir, samples, Object.fromEntries(Object.keys(RAW).map((k) => [k, []])));
    const timeouts = await runRaw(dbDir, samples, raw);
    const baselinePeakRssMB = peakRssMB();
    const viaStore: Latencies = Object.fromEntries(Object.keys(STORE).map((k) => [k, []]));
    const store = await openKuzuStore(dbDir);
    try {
      for (const [kind, call] of Object.entries(STORE)) {
        for (const sample of warmup) await call(store, sample);
        for (const sample of samples.slice(0, countOf(kind, samples)))
          viaStore[kind]?.push((await timed(() => call(store, sample))).ms);
        log(`${kind}: p95 ${round(percentile(viaStore[kind] ?? [], 95))} ms`);
      }
    } finally {
      await store.close();
    }

    const figures: Figure[] = Object.keys(STORE).flatMap((kind) =>
      [50, 95, 99].map((p) => {
        const value = percentile(viaStore[kind] ?? [], p);
        const baseline = percentile(raw[kind] ?? [], p);
        return {
          name: `${kind} p${p}`,
          value,
          unit: "ms",
          baseline: { name: "plain Kuzu query", value: baseline, unit: "ms" },
          ratio: value / baseline,
          ratioOf: "of plain",
          ...(kind === "1-hop" && p === 95 && { target: "<= 20 ms", met: value <= 20 }),
        };
      }),
    );
    return {
      sizes: {
        articles,
        nodes: rows.nodeCount,
        relationships: rows.relationshipCount,
        "queries per kind": Object.keys(STORE)
          .map((kind) => `${kind} ${countOf(kind, samples)}`)
          .join(", "),
        "neighbour limit": LIMIT,
      },
      baselinePeakRssMB,
      figures,
      notes: [
        `The graph was built with COPY FROM in ${round(build.ms / 1000, 1)} s.`,
        "Targets are entities drawn uniformly (mostly long-tail; hubs such as Country:CHN appear too); search terms are the first two characters of their names.",
        "Plain Kuzu queries: name CONTAINS per entity table (search); (a {id})-[r]-(b) LIMIT 300 (1-hop); 300 distinct neighbours, then (m)-[r]-(b) LIMIT 300 (2-hop); the store's own SHORTEST query (path).",
        `Plain queries stopped at the ${RAW_TIMEOUT_MS / 1000} s timeout: ${timeouts}.`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
