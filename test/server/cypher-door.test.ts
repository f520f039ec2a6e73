// The query door seen from outside: the API and `diplograph query` refuse the bombs and
// bypasses with the same clear message (400 / exit 1), and the server keeps answering with its
// counts unchanged.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Stats } from "../../graph/api.ts";
import { ARTICLE_FILES, type Running, startServer } from "./harness.ts";

let server: Running;
let stats: Stats;
const cliDir = mkdtempSync(join(tmpdir(), "diplograph-door-"));

beforeAll(async () => {
  server = await startServer([ARTICLE_FILES[0] as string]);
  stats = await (await fetch(`${server.url}/api/stats`)).json();
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(cliDir, { recursive: true, force: true });
});

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

const NESTED = `RETURN ${"[".repeat(1000)}${"]".repeat(1000)} AS x`;
const CASES: { name: string; query: string; params?: Record<string, unknown>; message: RegExp }[] = [
  { name: "a list 1000 levels deep (2 KB)", query: NESTED, message: /brackets nest more than 24 deep/ },
  {
    name: "a range of 100 million",
    query: "UNWIND range(1,100000000) AS x RETURN x",
    message: /range\(\) at line 1, column 8 would hold 100000000 numbers; the limit is 100000/,
  },
  {
    name: "a range of 100 million through a parameter",
    query: "UNWIND range(1, $n) AS x RETURN x",
    params: { n: 100_000_000 },
    message: /would hold 100000000 numbers/,
  },
  {
    name: "a range whose end is computed",
    query: "UNWIND range(1, toInteger('100000000')) AS x RETURN x",
    message: /its end must be a number, a parameter, or size\(list\)/,
  },
  {
    name: "12 nested substring() calls, 110 KB once translated (Kuzu compiled it for 200 s)",
    query: `RETURN ${"substring(".repeat(12)}'abc'${", 0)".repeat(12)} AS x`,
    message: /grows to \d+ characters when written for the embedded store/,
  },
  {
    name: "list indexes nested 23 deep, past any string once translated",
    query: `WITH [1] AS l RETURN ${"l[".repeat(23)}0${"]".repeat(23)} AS x`,
    message: /grows too large when written for the embedded store/,
  },
  {
    name: "CASE nested 20 deep (Kuzu compiled it for 14 s)",
    query: `RETURN ${"CASE WHEN true THEN ".repeat(20)}1${" END".repeat(20)} AS x`,
    message: /CASE expressions nest more than 12 deep/,
  },
  {
    name: "LOAD FROM after a string holding '/*'",
    query:
      "RETURN '/*' AS x UNION ALL LOAD FROM '/etc/passwd' (file_format='csv', header=false, delim='|') RETURN column0 AS x // */",
    message: /^LOAD CSV \(at line 1, column 28\) is refused: the console runs read-only queries/,
  },
  {
    name: "COPY behind a control character",
    query: "\u001cCOPY (RETURN 'hi' AS x) TO '/tmp/x.csv'",
    message: /invisible character U\+001C at line 1, column 1/,
  },
  {
    name: "ATTACH",
    query: "ATTACH '/tmp/other' AS o (dbtype kuzu)",
    message: /^ATTACH \(at line 1, column 1\) is refused/,
  },
  {
    name: "a setting",
    query: "CALL `home_directory`='/tmp'",
    message: /^setting a database option \(CALL `home_directory` = …/,
  },
];

describe("POST /api/cypher", () => {
  for (const { name, query, params, message } of CASES)
    it(`answers ${name} with a 400 that says why`, async () => {
      const response = await post("/api/cypher", { query, params });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: "Bad Request", message: expect.stringMatching(message) });
    });

  it("refuses list parameters of mixed types, which Kuzu would read as other types' bytes", async () => {
    for (const list of [
      [1, "a"],
      [2.5, 1],
      [
        { a: 1, b: "x" },
        { b: "y", a: 2 },
      ],
      [[1], ["a"]],
    ]) {
      const response = await post("/api/cypher", { query: "RETURN $list AS x", params: { list } });
      expect(response.status, JSON.stringify(list)).toBe(400);
      expect((await response.json()).message).toMatch(/^the parameter \$list(\[1\])? is a list of mixed types/);
    }
    const same = await post("/api/cypher", { query: "RETURN $list AS x", params: { list: [1, null, 2] } });
    expect(await same.json()).toMatchObject({ rows: [[[1, null, 2]]] });
  });

  it("refuses the same in an export's query", async () => {
    const response = await post("/api/export", { format: "json", cypher: NESTED });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(/nest more than 24 deep/);
  });

  it("keeps answering afterwards, with the same counts", async () => {
    expect(await (await fetch(`${server.url}/api/stats`)).json()).toEqual(stats);
    const response = await post("/api/cypher", { query: "UNWIND range(1, 3) AS x RETURN sum(x) AS n" });
    expect(await response.json()).toMatchObject({ columns: ["n"], rows: [[6]] });
  });
});

describe("diplograph query", () => {
  // Each its own store: Kuzu lets one process hold a store.
  let stores = 0;
  const diplograph = async (args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        ["--import", "tsx", "cli/diplograph.ts", ...args],
        { env: { ...process.env, DATA_DIR: join(cliDir, `db${stores++}`) } },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      return error as { code: number; stdout: string; stderr: string };
    }
  };

  it("prints the API's message and exits 1, for the query and for export --cypher", async () => {
    const [nested, range, copy] = await Promise.all([
      diplograph(["query", NESTED]),
      diplograph(["query", "UNWIND range(1,100000000) AS x RETURN x"]),
      diplograph(["export", "--format", "json", "--cypher", "\u001fEXPORT DATABASE '/tmp/dump'"]),
    ]);
    expect(nested).toMatchObject({ code: 1, stdout: "" });
    expect(nested.stderr).toMatch(/^diplograph query: brackets nest more than 24 deep at line 1, column 32/);
    expect(range.code).toBe(1);
    expect(range.stderr).toMatch(/^diplograph query: range\(\) at line 1, column 8 would hold 100000000 numbers/);
    expect(copy.code).toBe(1);
    expect(copy.stderr).toMatch(/^diplograph export: the query holds the invisible character U\+001F/);
  });
});
