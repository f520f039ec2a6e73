// The Cypher door (query/) and the console's bounds, on a store of synthetic articles: what
// checking and translating a query costs next to running it on Kuzu, how long past its timeout a
// query runs, and how far a query that wants more memory than the buffer pool takes the process.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkQuery } from "../../query/check.ts";
import { translateForKuzu } from "../../query/translate.ts";
import { openKuzuStore } from "../../store/kuzu.ts";
import { StoreInputError } from "../../store/store.ts";
import { type Figure, log, type Part, percentile, round, timed } from "../measure.ts";
import { syntheticArticles } from "../synthetic.ts";

/** Everyday console queries (Neo4j's Cypher). */
const QUERIES = [
  "MATCH (p:Person)-[:SAID]->(c:Claim) RETURN p.name AS name, count(c) AS claims ORDER BY claims DESC LIMIT 10",
  "MATCH (a:Country)-[r]->(b:Country) RETURN a.name, type(r) AS type, b.name LIMIT 50",
  "MATCH (a:Country)-[r]->(b:Country) WHERE r.polarity = 'conflict' RETURN a.name, b.name, count(*) AS n ORDER BY n DESC LIMIT 10",
  "MATCH (c:Claim)-[:MENTIONS]->(x:Country) WITH x, collect(c.text)[0..3] AS said RETURN x.name, said LIMIT 20",
  "MATCH (n) WHERE n:Person OR n:Organization RETURN labels(n)[0] AS label, count(*) AS n",
  "MATCH (p:Person) WHERE p.name STARTS WITH '王' RETURN p.name, coalesce(p.roles[0], '-') AS role LIMIT 20",
  "MATCH (a:Article) RETURN a.date AS date, count(*) AS articles ORDER BY date DESC LIMIT 10",
  "CALL db.labels() YIELD label RETURN label",
  "MATCH (p:Person)-[:REPRESENTS]->(c:Country) RETURN c.name, collect(p.name) AS people LIMIT 10",
  "UNWIND range(0, 9) AS i RETURN i, i * i AS square",
];
const SLOW =
  "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x, y WHERE (x * y) % 7 = 3 RETURN sum(x) AS n";
const GREEDY = "UNWIND range(1, 30000) AS x RETURN range(1, 10000) AS l";

export const measure: Part = async ({ quick }) => {
  const [articles, rounds, timeoutMs, poolMb] = quick ? [20, 2, 500, 256] : [500, 10, 5000, 512];
  const dir = mkdtempSync(join(tmpdir(), "diplograph-bench-door-"));
  const figures: Figure[] = [];
  const notes: string[] = [];
  try {
    const store = await openKuzuStore(join(dir, "db"), { bufferPoolMb: poolMb });
    await store.ingestMany([...syntheticArticles({ articles, seed: 5 })].map((g) => g.export()));
    const door: number[] = [];
    const run: number[] = [];
    for (let i = 0; i <= rounds; i++)
      for (const query of QUERIES) {
        const checked = await timed(() => translateForKuzu(checkQuery(query)));
        const ran = await timed(() => store.cypher(query, {}, { timeoutMs: 10_000, rowLimit: 1000 }));
        if (i === 0) continue; // the first round warms both (the parser builds its DFA on first use)
        door.push(checked.ms);
        run.push(ran.ms - checked.ms);
      }
    for (const p of [50, 95]) {
      const value = percentile(door, p);
      const baseline = percentile(run, p);
      figures.push({
        name: `door (check + translate) p${p}`,
        value: round(value),
        unit: "ms",
        baseline: { name: "running the query on Kuzu", value: round(baseline), unit: "ms" },
        ratio: round(value / baseline),
        ratioOf: "of the run",
      });
    }
    log(`door p50 ${round(percentile(door, 50))} ms, run p50 ${round(percentile(run, 50))} ms`);

    const slow = await timed(() =>
      store.cypher(SLOW, {}, { timeoutMs, rowLimit: 10 }).then(
        () => "finished",
        (error: Error) =>
          error instanceof StoreInputError && /timed out/.test(error.message) ? "timed out" : error.message,
      ),
    );
    figures.push({
      name: "a query past its timeout ends after",
      value: Math.round(slow.ms),
      unit: "ms",
      baseline: { name: "the timeout", value: timeoutMs, unit: "ms" },
      ratio: round(slow.ms / timeoutMs),
      ratioOf: "of the timeout",
      target: "<= timeout + 1 s",
      met: slow.result === "timed out" && slow.ms <= timeoutMs + 1000,
    });
    log(`timeout ${timeoutMs} ms: ${slow.result} after ${Math.round(slow.ms)} ms`);

    // Kuzu works on its own threads: the event loop samples the resident memory meanwhile.
    const rssMB = () => Math.round(process.memoryUsage().rss / 2 ** 20);
    const before = rssMB();
    let after = before;
    const sampler = setInterval(() => {
      after = Math.max(after, rssMB());
    }, 10);
    const greedy = await store.cypher(GREEDY, {}, { timeoutMs: 60_000, rowLimit: 10 }).then(
      () => "finished",
      (error: Error) => error.message,
    );
    clearInterval(sampler);
    figures.push({
      name: "memory while a query wants more than the ceiling",
      value: after,
      unit: "MB",
      baseline: { name: "resident before it", value: before, unit: "MB" },
      ratio: round(after / before),
      ratioOf: "of before",
      target: `<= before + ${poolMb} MB buffer pool`,
      met: /memory than the store's ceiling/.test(greedy) && after <= before + poolMb,
    });
    log(`ceiling ${poolMb} MB: peak ${before} -> ${after} MB: ${greedy.slice(0, 80)}`);
    const answers = await store.cypher("RETURN 1 AS one", {}, { timeoutMs: 1000, rowLimit: 1 });
    notes.push(
      `${QUERIES.length} everyday queries x ${rounds} rounds; the slow query: ${SLOW}; the greedy one: ${GREEDY}`,
      `after both, the store still answers (${JSON.stringify(answers.rows)}); the greedy query ended with: ${greedy}`,
    );
    await store.close();
    return { sizes: { articles, "buffer pool MB": poolMb, "timeout ms": timeoutMs }, figures, notes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
