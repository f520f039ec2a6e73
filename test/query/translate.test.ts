// Neo4j -> Kuzu translation: the text it writes, what it refuses, and Neo4j's list semantics
// checked on a real Kuzu database against a reference implementation of Neo4j's rules.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuery } from "../../query/parse.ts";
import { TranslationError, translateForKuzu } from "../../query/translate.ts";
import { KuzuBackend } from "../../store/kuzu.ts";

const kuzu = (query: string) => translateForKuzu(parseQuery(query));

describe("translateForKuzu", () => {
  it("keeps the user's text where Kuzu reads it the same", () => {
    const query = "MATCH (a:Person)-[r:SAID]->(c:Claim)\n// who said what\nWHERE a.name = $name RETURN a, r, c LIMIT 5";
    expect(kuzu(query)).toBe(query);
  });

  it("names unnamed RETURN items after their text, as Neo4j does", () => {
    expect(kuzu("MATCH (a)-[r]->(b) RETURN type(r), a.name, count(*) AS n")).toBe(
      "MATCH (a)-[r]->(b) RETURN label(r) AS `type(r)`, a.name AS `a.name`, count(*) AS n",
    );
  });

  it("writes label predicates as label(n) tests and label unions as Kuzu's (n:A:B)", () => {
    expect(kuzu("MATCH (n) WHERE n:Person OR n:Organization RETURN n")).toBe(
      "MATCH (n) WHERE (label(n) = 'Person') OR (label(n) = 'Organization') RETURN n",
    );
    expect(kuzu("MATCH (n) WHERE n:Person|Country RETURN n")).toBe(
      "MATCH (n) WHERE (label(n) IN ['Person', 'Country']) RETURN n",
    );
    expect(kuzu("MATCH (n) WHERE NOT n:!Claim RETURN n")).toBe(
      "MATCH (n) WHERE NOT (label(n) IN ['Article', 'Person', 'Country', 'Organization']) RETURN n",
    );
    expect(kuzu("MATCH (c:Country)-[r]->(d) RETURN r.end AS e")).toBe("MATCH (c:Country)-[r]->(d) RETURN r.`end` AS e");
    expect(kuzu("MATCH (n:Person|Organization) RETURN n")).toBe("MATCH (n:Person:Organization) RETURN n");
    expect(kuzu("MATCH (n:!Claim&!Article) RETURN n")).toBe("MATCH (n:Person:Country:Organization) RETURN n");
    expect(kuzu("MATCH ()-[r:!SAID&!MENTIONS&!IN_ARTICLE&!REPRESENTS]->() WHERE r:ACCUSE RETURN r")).toBe(
      "MATCH ()-[r:AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT]->() WHERE (label(r) = 'ACCUSE') RETURN r",
    );
  });

  it("refuses label expressions no node can match, naming the form that works", () => {
    expect(() => kuzu("MATCH (n:Person:Country) RETURN n")).toThrow(/matches no node.*\(n:A\|B\)/);
    expect(() => kuzu("MATCH (n:Ship) RETURN n")).toThrow(/no label Ship in this graph: labels are Article/);
    expect(() => kuzu("MATCH ()-[r:KNOWS]->() RETURN r")).toThrow(TranslationError);
  });

  it("turns 0-based indexes and slices into Kuzu's 1-based ones", () => {
    expect(kuzu("RETURN $xs[0..2] AS a")).toBe("RETURN list_slice($xs, 1, 2) AS a");
    expect(kuzu("RETURN $xs[-2..] AS a")).toBe("RETURN list_slice($xs, -2, -1) AS a");
    expect(kuzu("RETURN $xs[..-1] AS a")).toBe("RETURN list_slice($xs, 1, -2) AS a");
    expect(kuzu("RETURN $xs[0] AS a")).toContain("list_slice($xs, 1, 1)");
    expect(kuzu("RETURN $xs[-1] AS a")).toContain("list_slice($xs, -1, -1)");
    expect(kuzu("MATCH (n:Person) RETURN n['name'] AS a")).toBe("MATCH (n:Person) RETURN n.name AS a");
  });

  it("rewrites functions by the table, and refuses what Kuzu lacks with the nearest form", () => {
    expect(kuzu("MATCH (n:Person) RETURN labels(n) AS l, toUpper(n.name) AS u, split(n.name, ',') AS s")).toBe(
      "MATCH (n:Person) RETURN [label(n)] AS l, upper(n.name) AS u, string_split(n.name, ',') AS s",
    );
    expect(kuzu("MATCH (c:Claim) RETURN substring(c.text, 0, 2) AS s")).toBe(
      "MATCH (c:Claim) RETURN substring(c.text, 1, 2) AS s",
    );
    expect(() => kuzu("RETURN rand() AS r")).toThrow(/rand\(\) is not available.*order by/i);
    expect(() => kuzu("RETURN reduce(s = 0, x IN [1, 2] | s + x) AS r")).toThrow(/UNWIND/);
    expect(() => kuzu("MATCH (n) CALL { WITH n RETURN 1 AS one } RETURN n")).toThrow(/COUNT \{/);
    expect(() => kuzu("RETURN apoc.text.join(['a'], ',') AS r")).toThrow(/apoc\.text\.join\(\) is not available/);
  });

  it("writes shortestPath as Kuzu's SHORTEST and var-length patterns without repeated relationships", () => {
    expect(kuzu("MATCH p = shortestPath((a:Person)-[*..4]-(b:Country)) RETURN p")).toBe(
      "MATCH p = (a:Person)-[* SHORTEST 1..4]-(b:Country) RETURN p",
    );
    expect(kuzu("MATCH p = allShortestPaths((a)-[:SAID|MENTIONS*]-(b)) RETURN p")).toBe(
      "MATCH p = (a)-[:SAID|MENTIONS* ALL SHORTEST]-(b) RETURN p",
    );
    expect(kuzu("MATCH (a)-[:SAID*1..2]-(b) RETURN b")).toBe("MATCH (a)-[:SAID* TRAIL 1..2]-(b) RETURN b");
  });

  it("reads startNode/endNode of a relationship matched in either direction from its stored source", () => {
    expect(kuzu("MATCH (a:Country)-[r]-(:Country) RETURN startNode(r).iso3 AS s")).toBe(
      "MATCH (a:Country)-[r]-(_end1:Country) RETURN CASE WHEN struct_extract(r, '_src') = id(a) THEN a.iso3 ELSE _end1.iso3 END AS s",
    );
    expect(kuzu("MATCH (a)-[r]->(b) RETURN endNode(r) AS e")).toBe("MATCH (a)-[r]->(b) RETURN end_node(r) AS e");
    expect(() => kuzu("MATCH (a)-[r]-(b) RETURN startNode(r) = a AS out")).toThrow(/startNode\(r\)\.id = a\.id/);
  });

  it("joins lists with + and strings with ||", () => {
    expect(kuzu("RETURN [1] + [2] AS a, [1] + 2 AS b, 'x' || 'y' AS c")).toBe(
      "RETURN list_concat([1], [2]) AS a, list_append([1], 2) AS b, 'x' + 'y' AS c",
    );
  });

  it("answers db.labels() and db.relationshipTypes() from the schema", () => {
    expect(kuzu("CALL db.labels()")).toBe(
      "UNWIND ['Article', 'Person', 'Country', 'Organization', 'Claim'] AS label RETURN label",
    );
    expect(kuzu("CALL db.labels() YIELD label AS l WHERE l STARTS WITH 'C' RETURN l")).toBe(
      "UNWIND ['Article', 'Person', 'Country', 'Organization', 'Claim'] AS l WITH l WHERE l STARTS WITH 'C' RETURN l",
    );
    expect(() => kuzu("CALL dbms.components()")).toThrow(/dbms\.components is not available/);
  });

  it("decodes Neo4j's string escapes, which Kuzu does not read", () => {
    expect(kuzu("RETURN 'a\\tb\\u4e2d\\'' AS s")).toBe("RETURN 'a\tb中\\'' AS s");
  });
});

describe("Neo4j's list semantics on Kuzu", () => {
  const root = mkdtempSync(join(tmpdir(), "diplograph-translate-"));
  let db: KuzuBackend;
  beforeAll(async () => {
    db = await KuzuBackend.open(join(root, "db"));
  });
  afterAll(async () => {
    await db?.close();
    rmSync(root, { recursive: true, force: true });
  });
  const run = async (query: string) =>
    (await db.readOnly(kuzu(query), {}, { timeoutMs: 10_000, rowLimit: 10_000 })).rows;

  // Neo4j: 0-based, negative from the end, out of range null; slices clamp, end exclusive.
  const neo4jIndex = (xs: number[], i: number) => xs[i < 0 ? i + xs.length : i] ?? null;
  const neo4jSlice = (xs: number[], from?: number, to?: number) => xs.slice(from ?? 0, to ?? xs.length);
  const list = fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 6 });
  const bound = fc.option(fc.integer({ min: -8, max: 8 }), { nil: undefined });

  it("literal indexes and slices, open-ended and negative, match Neo4j's", async () => {
    const cases = fc.sample(fc.tuple(list, fc.integer({ min: -8, max: 8 }), bound, bound), { numRuns: 240, seed: 13 });
    for (let i = 0; i < cases.length; i += 60) {
      const chunk = cases.slice(i, i + 60);
      const items = chunk.flatMap(([xs, at, from, to], j) => [
        `[${xs}][${at}] AS i${j}`,
        `[${xs}][${from ?? ""}..${to ?? ""}] AS s${j}`,
      ]);
      const [row] = await run(`RETURN ${items.join(", ")}`);
      for (const [j, [xs, at, from, to]] of chunk.entries()) {
        expect(row?.[`i${j}`], `[${xs}][${at}]`).toEqual(neo4jIndex(xs, at));
        expect(row?.[`s${j}`], `[${xs}][${from ?? ""}..${to ?? ""}]`).toEqual(neo4jSlice(xs, from, to));
      }
    }
  });

  it("computed indexes and slices match Neo4j's, empty lists included", async () => {
    const cases = fc.sample(
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 5 }),
        fc.integer({ min: -7, max: 7 }),
        fc.integer({ min: -7, max: 7 }),
      ),
      { numRuns: 200, seed: 31 },
    );
    const rows = cases.map(([xs, a, b]) => `{xs: [${xs}], a: ${a}, b: ${b}}`).join(", ");
    const result = await run(
      `UNWIND [{xs: [0], a: 0, b: 0}, ${rows}] AS row WITH row.xs AS xs, row.a AS a, row.b AS b ` +
        "RETURN xs[a] AS at, xs[a..b] AS slice, xs[a..] AS tail, xs[..b] AS head",
    );
    for (const [i, [xs, a, b]] of cases.entries()) {
      const row = result[i + 1];
      expect(row, `${xs} ${a} ${b}`).toEqual({
        at: neo4jIndex(xs, a),
        slice: neo4jSlice(xs, a, b),
        tail: neo4jSlice(xs, a),
        head: neo4jSlice(xs, undefined, b),
      });
    }
  });

  it("names only functions Kuzu has, for every function kept or renamed", async () => {
    const { FUNCTIONS } = await import("../../query/functions.ts");
    const rows = (await db.readOnly("CALL show_functions() RETURN name", {}, { timeoutMs: 10_000, rowLimit: 10_000 }))
      .rows;
    const kuzuNames = new Set(rows.map((r) => String(r.name).toLowerCase()));
    const named = Object.entries(FUNCTIONS).flatMap(([name, f]) =>
      f.kind === "same" ? [name] : f.kind === "rename" ? [f.to] : [],
    );
    expect(named.filter((name) => !kuzuNames.has(name.toLowerCase()))).toEqual([]);
  });

  it("an index reaching a null element gives null", async () => {
    expect(await run("RETURN [null, 'a'][0] AS x, ['a', null][-1] AS y, ['a', null][0] AS z")).toEqual([
      { x: null, y: null, z: "a" },
    ]);
  });

  it("head, last and tail keep Neo4j's meaning on empty lists", async () => {
    const rows = await run(
      "UNWIND [[1, 2, 3], [7], []] AS xs RETURN head(xs) AS h, last(xs) AS l, tail(xs) AS t, size(xs) AS n",
    );
    expect(rows).toEqual([
      { h: 1, l: 3, t: [2, 3], n: 3 },
      { h: 7, l: 7, t: [], n: 1 },
      { h: null, l: null, t: [], n: 0 },
    ]);
  });
});

describe("the function table", () => {
  it("covers every function the door allows: translated, or refused with what to write instead", async () => {
    const { ALLOWED_FUNCTIONS } = await import("../../query/allow.ts");
    const { functionNamed } = await import("../../query/functions.ts");
    const listPredicates = ["all", "any", "none", "single"]; // grammar forms Kuzu shares, not calls
    const missing = [...ALLOWED_FUNCTIONS].filter((name) => !functionNamed(name) && !listPredicates.includes(name));
    expect(missing).toEqual([]);
  });
});
