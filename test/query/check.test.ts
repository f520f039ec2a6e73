// The door: every refused construct named, every bypass of the issue (#13) refused, read queries let through.
import { describe, expect, it } from "vitest";
import { ALLOW_LIMITS } from "../../query/allow.ts";
import { checkQuery } from "../../query/check.ts";
import { QueryError } from "../../query/errors.ts";

const refusal = (text: string, params: Record<string, unknown> = {}) => {
  try {
    checkQuery(text, params);
  } catch (error) {
    expect(error, text).toBeInstanceOf(QueryError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${JSON.stringify(text)}`);
};

describe("checkQuery refuses the bypasses of issue #13", () => {
  it("LOAD FROM after a string holding '/*'", () => {
    const query =
      "RETURN '/*' AS x UNION ALL LOAD FROM '/etc/passwd' (file_format='csv', header=false, delim='|') RETURN column0 AS x // */";
    expect(refusal(query)).toMatch(/^LOAD CSV \(at line 1, column 28\) is refused: the console runs read-only/);
  });

  it("Kuzu statements behind a leading control character, and without one", () => {
    for (const c of ["\u001c", "\u001d", "\u001e", "\u001f"])
      for (const statement of [
        "COPY (RETURN 'hi' AS x) TO '/tmp/x.csv'",
        "EXPORT DATABASE '/tmp/dump'",
        "ATTACH '/other/db' AS o (dbtype kuzu)",
      ]) {
        expect(refusal(`${c}${statement}`)).toMatch(/invisible character U\+001[C-F] at line 1, column 1/);
        expect(refusal(statement)).toMatch(
          new RegExp(`^${statement.split(" ")[0]} \\(at line 1, column 1\\) is refused`),
        );
      }
  });

  it("a setting changed by CALL name = value, with or without backticks", () => {
    expect(refusal("CALL `home_directory`='/tmp'")).toMatch(/^setting a database option \(CALL `home_directory` =/);
    expect(refusal("call HOME_DIRECTORY = '/tmp'")).toMatch(/^setting a database option/);
  });

  it("a list 1000 levels deep (2 KB), before any parser sees it", () => {
    const query = `RETURN ${"[".repeat(1000)}${"]".repeat(1000)}`;
    expect(query.length).toBeLessThan(2100);
    expect(refusal(query)).toMatch(/brackets nest more than 24 deep/);
  });

  it("range() over the cap, or with a length not known before the query runs", () => {
    expect(refusal("UNWIND range(1,100000000) AS x RETURN x")).toMatch(
      /range\(\) at line 1, column 8 would hold 100000000 numbers; the limit is 100000/,
    );
    expect(refusal("UNWIND range(1, $n) AS x RETURN x", { n: 1e9 })).toMatch(/would hold 1000000000 numbers/);
    expect(refusal("RETURN range(0, -5000000, -1) AS x")).toMatch(/would hold 5000001 numbers/);
    expect(refusal("UNWIND range(1, toInteger('100000000')) AS x RETURN x")).toMatch(/its end must be a number/);
    expect(refusal("UNWIND range(1, 10000 * 10000) AS x RETURN x")).toMatch(/its end must be a number/);
    expect(refusal("RETURN range(1, 10, 0) AS x")).toMatch(/step cannot be 0/);
    expect(refusal("WITH 1 AS s RETURN range(1, 10, s) AS x")).toMatch(/step must be a number/);
    // Read queries with bounded ranges pass.
    checkQuery(`UNWIND range(1, ${ALLOW_LIMITS.rangeElements}) AS x RETURN x`);
    checkQuery("UNWIND range(1, $n) AS x RETURN x", { n: 10 });
    checkQuery("MATCH (p:Person) WITH collect(p) AS ps UNWIND range(0, size(ps) - 1) AS i RETURN ps[i].name");
    checkQuery("WITH [1, 2, 3] AS l RETURN [i IN range(size(l) - 1, 0, -1) | l[i]] AS reversed");
  });
});

describe("checkQuery refuses, naming it, every construct but reads", () => {
  const refused: [string, RegExp][] = [
    ["CREATE (n:Person {id: 'x'})", /^CREATE \(at line 1, column 1\)/],
    ["MATCH (n) MERGE (m:Person {id: 'x'})", /^MERGE \(at line 1, column 11\)/],
    ["MATCH (n) SET n.name = 'x'", /^SET \(/],
    ["MATCH (n) REMOVE n.name", /^REMOVE \(/],
    ["MATCH (n) DETACH DELETE n", /^DELETE \(/],
    ["MATCH (n) DELETE n", /^DELETE \(/],
    ["FOREACH (x IN [1] | CREATE (:Person))", /^FOREACH \(/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /^LOAD CSV \(/],
    ["load csv with headers from 'https://example.org/x.csv' as l return l", /^LOAD CSV \(/],
    ["USE system SHOW USERS", /^USE system SHOW \(/],
    ["USE neo4j MATCH (n) RETURN n", /^USE \(/],
    ["SHOW USERS", /^SHOW USERS \(/],
    ["SHOW SETTINGS", /^SHOW SETTINGS \(/],
    ["CREATE DATABASE other", /^CREATE DATABASE other \(/],
    ["DROP INDEX names", /^DROP INDEX names \(/],
    ["GRANT ROLE admin TO bob", /^GRANT ROLE admin \(/],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /^TERMINATE TRANSACTIONS/],
    ["EXPLAIN MATCH (n) RETURN n", /^EXPLAIN, PROFILE or CYPHER options/],
    ["PROFILE MATCH (n) RETURN n", /^EXPLAIN, PROFILE or CYPHER options/],
    ["CYPHER runtime=slotted MATCH (n) RETURN n", /^EXPLAIN, PROFILE or CYPHER options/],
    ["MATCH (n) CALL { WITH n CREATE (m) } RETURN n", /^CREATE \(at line 1, column 25\)/],
    ["MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS RETURN n", /^SET/],
    ["MATCH (n) CALL (n) { RETURN 1 AS one } IN TRANSACTIONS RETURN n", /^CALL \{ … \} IN TRANSACTIONS/],
    ["MATCH (n) WHERE EXISTS { MATCH (n) DETACH DELETE n } RETURN n", /^DELETE/],
    ["MATCH (n) RETURN COLLECT { MATCH (m) SET m.x = 1 RETURN m } AS c", /^SET/],
    ["CALL dbms.components()", /^the procedure dbms\.components \(at line 1, column 6\) is refused/],
    ["CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value", /^the procedure apoc\.load\.json/],
    ["CALL db.createLabel('X')", /^the procedure db\.createLabel/],
    ["CALL `db`.`index`.fulltext.queryNodes('names', 'x')", /^the procedure db\.index\.fulltext\.queryNodes/],
    ["CALL CREATE_FTS_INDEX('Person', 'names', ['name'])", /^the procedure CREATE_FTS_INDEX/],
    ["CALL show_tables() RETURN *", /^the procedure show_tables/],
    ["RETURN apoc.text.join(['a'], ',') AS x", /^the function apoc\.text\.join\(\) \(at line 1, column 8\)/],
    ["RETURN file() AS f", /^the function file\(\)/],
    ["RETURN linenumber() AS n", /^the function linenumber\(\)/],
    ["MATCH (n) RETURN n LIMIT 1; MATCH (m) DETACH DELETE m", /^DELETE \(at line 1, column 39\)/],
    ["RETURN 1; RETURN 2", /one statement at a time/],
    [":param x => 1", /console command/],
    ["MATCH (n) FINISH", /^FINISH/],
    ["LET x = 1 RETURN x", /^LET/],
    ["MATCH (n) FILTER n.x = 1 RETURN n", /^FILTER/],
    ["COPY Person FROM '/tmp/p.csv'", /^COPY \(/],
    ["IMPORT DATABASE '/tmp/dump'", /^IMPORT \(/],
    ["INSTALL httpfs", /^INSTALL \(/],
    ["LOAD EXTENSION httpfs", /^LOAD/],
    ["LOAD FROM '/etc/passwd' RETURN *", /^LOAD/],
    ["DETACH other", /^DELETE \(/],
    ["BEGIN TRANSACTION", /^BEGIN \(/],
    ["COMMIT", /^COMMIT \(/],
    ["CHECKPOINT", /^CHECKPOINT \(/],
    ["CREATE NODE TABLE Ship(id STRING PRIMARY KEY)", /^CREATE/],
    ["DROP TABLE SAID", /^DROP/],
    [`RETURN 1${" + 1".repeat(ALLOW_LIMITS.chain)} AS x`, /chains more than 200 operands/],
    [`RETURN true${" AND true".repeat(ALLOW_LIMITS.chain)} AS x`, /chains more than 200 operands/],
    [`RETURN ${"NOT ".repeat(ALLOW_LIMITS.chain + 1)}true AS x`, /chains more than 200 operands/],
    ["MATCH (n RETURN n", /^Cypher syntax error at line 1, column 10/],
    ["", /empty Cypher query/],
    ["  \n ", /empty Cypher query/],
  ];
  for (const [query, message] of refused)
    it(JSON.stringify(query.slice(0, 70)), () => {
      expect(refusal(query)).toMatch(message);
    });

  it("whatever the spelling: case, comments, backticks, escapes, spaces", () => {
    expect(refusal("cReAtE (n)")).toMatch(/^CREATE/);
    expect(refusal("MATCH (n) /* RETURN n */ DeTaCh\n\t// x\n DELETE n")).toMatch(/^DELETE/);
    expect(refusal("CALL `dbms`.`components`()")).toMatch(/dbms\.components/);
    expect(checkQuery("CALL `db`.`labels`()").text).toBe("CALL `db`.`labels`()");
    expect(refusal("RETURN `apoc`.`text`.join(['a'], ',') AS x")).toMatch(/apoc\.text\.join/);
    expect(refusal("RETURN 'a' AS x UNION ALL LOAD CSV FROM 'x' AS l RETURN l AS x")).toMatch(/^LOAD CSV/);
    // A quote escaped inside a string does not end it; one outside does not start one.
    expect(refusal("RETURN 'it\\'s' AS x UNION LOAD CSV FROM '/etc/passwd' AS l RETURN l AS x")).toMatch(/^LOAD CSV/);
    expect(refusal('RETURN "\\"" AS x UNION LOAD CSV FROM \'/etc/passwd\' AS l RETURN l AS x')).toMatch(/^LOAD CSV/);
  });
});

describe("checkQuery lets read queries through", () => {
  const reads = [
    "MATCH (p:Person)-[:SAID]->(c:Claim) RETURN p.name AS name, count(c) AS claims ORDER BY claims DESC SKIP 1 LIMIT 5",
    "OPTIONAL MATCH (a:Country)-[r]->(b:Country) WHERE a.iso3 = 'CHN' RETURN type(r), b.name",
    "MATCH (n) WITH n, size(keys(properties(n))) AS k WHERE k > 2 RETURN labels(n), k",
    "UNWIND [1, 2, 3] AS x RETURN x * 2 AS y UNION ALL RETURN 0 AS y",
    "MATCH (n) CALL { WITH n MATCH (n)-->(m) RETURN count(m) AS out } RETURN n.id, out",
    "MATCH (n) WHERE EXISTS { MATCH (n)-[:SAID]->() } RETURN n.name, COUNT { (n)-->() } AS degree",
    "MATCH (n:Person) RETURN COLLECT { MATCH (n)-[:SAID]->(c) RETURN c.text } AS said",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.relationshipTypes()",
    "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey",
    "MATCH p = shortestPath((a:Person)-[*..4]-(b:Country)) RETURN nodes(p), relationships(p), length(p)",
    "MATCH (a)-[r]->(b) RETURN startNode(r) = a AS forward, elementId(a), coalesce(a.roles[0], '-')",
    "MATCH (n) WHERE n:Person OR n:Organization RETURN n {.name, .id} AS n",
    "RETURN [x IN range(0, 9) WHERE x % 2 = 0 | x ^ 2] AS squares, reduce(s = 0, x IN [1, 2] | s + x) AS total",
    "RETURN CASE WHEN toLower('A') STARTS WITH 'a' THEN substring('abc', 1) ELSE trim('  x ') END AS v",
    "RETURN date('2025-01-22').year AS y, duration.between(date('2025-01-01'), date('2025-02-01')) AS d",
    "MATCH (p:Person {name: $name}) RETURN p // the name in either script",
    "MATCH (`外交部`:Organization) WHERE `外交部`.name CONTAINS '外交' RETURN `外交部`.name AS 名字",
    "RETURN 'ＬＯＡＤ CSV FROM /etc/passwd; CREATE (n)' AS harmless, \"DETACH DELETE\" AS text",
    "MATCH (n) RETURN n.explain AS explain, n.profile AS profile, n.cypher AS cypher",
    "MATCH (n) RETURN n;",
  ];
  for (const query of reads)
    it(JSON.stringify(query.slice(0, 70)), () => {
      const parsed = checkQuery(query, { name: "毛宁" });
      expect(parsed.text).toBe(query);
      expect(parsed.statement.getText().length).toBeGreaterThan(0);
    });
});
