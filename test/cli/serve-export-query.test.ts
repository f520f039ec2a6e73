// The serve, export and query commands as a user runs them: a child process, its exit code,
// data on stdout and messages on stderr.
import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../store/open.ts";
import { ingestFiles } from "../server/harness.ts";

const dir = mkdtempSync(join(tmpdir(), "diplograph-cli-"));
const dataDir = join(dir, "db");

/** Node itself runs the CLI (no npx in between), so signals reach the server. */
const TSX = ["--import", "tsx", "cli/diplograph.ts"];

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function diplograph(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...TSX, ...args], {
      env: { ...process.env, DATA_DIR: dataDir, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  const store = await openStore({ DATA_DIR: dataDir });
  await ingestFiles(store, ["test/fixtures/sample/wenweipo-2025-01-22.txt"]);
  await store.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("diplograph query", () => {
  it("prints a table on stdout and the row count on stderr", async () => {
    const { code, stdout, stderr } = await diplograph([
      "query",
      "MATCH (p:Person) RETURN p.name AS name ORDER BY name",
    ]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]?.trim()).toBe("name");
    expect(lines[1]).toMatch(/^-+$/);
    expect(lines.slice(2)).toContain("普京");
    expect(stderr).toMatch(new RegExp(`${lines.length - 2} rows`));
  });

  it("reads the query from stdin when none is given", () => {
    const result = spawnSync(process.execPath, [...TSX, "query", "--format", "json"], {
      input: "MATCH (c:Country {iso3: 'RUS'}) RETURN c.iso3 AS iso3",
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).rows).toEqual([["RUS"]]);
  });

  it("prints JSON with --format json, and cuts at --limit", async () => {
    const { code, stdout } = await diplograph([
      "query",
      "--format",
      "json",
      "--limit",
      "1",
      "MATCH (c:Country) RETURN c",
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.columns).toEqual(["c"]);
    expect(result.rows).toHaveLength(1);
    expect(result.graph.nodes[0].key).toMatch(/^Country:/);
  });

  it("refuses writes (exit 1) and usage errors (exit 2) with a message on stderr", async () => {
    const write = await diplograph(["query", "MATCH (n) DETACH DELETE n"]);
    expect(write.code).toBe(1);
    expect(write.stderr).toMatch(/^diplograph query: /);
    expect(write.stderr).not.toMatch(/\n\s+at /);
    expect(write.stdout).toBe("");
    const none = await diplograph(["query", "--format", "xml", "RETURN 1"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('unknown format "xml"');
    const count = await diplograph(["query", "--format", "json", "MATCH (n) RETURN count(n) AS n"]);
    expect(JSON.parse(count.stdout).rows[0][0]).toBeGreaterThan(0);
  });
});

describe("a store held by another process", () => {
  it("is a clear error for query and export, not a crash", async () => {
    const holder = await openStore({ DATA_DIR: dataDir });
    try {
      for (const args of [
        ["query", "RETURN 1"],
        ["export", "--format", "json"],
      ]) {
        const { code, stdout, stderr } = await diplograph(args);
        expect(code).toBe(1);
        expect(stdout).toBe("");
        expect(stderr).toMatch(/^diplograph (query|export): /);
        expect(stderr).not.toMatch(/\n\s+at /);
      }
    } finally {
      await holder.close();
    }
  });
});

describe("diplograph export", () => {
  it("writes a seed's neighbourhood as GEXF to stdout", async () => {
    const { code, stdout, stderr } = await diplograph(["export", "--seed", "普京", "--depth", "2", "--format", "gexf"]);
    expect(code).toBe(0);
    const gexf = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(stdout).gexf;
    const ids = [gexf.graph.nodes.node].flat().map((n: { id: string }) => n.id);
    expect(ids).toContain("Person:普京");
    expect(stderr).toContain(`${ids.length} nodes`);
  });

  it("writes CSV as two files with --out", async () => {
    const out = join(dir, "csv");
    const { code } = await diplograph([
      "export",
      "--cypher",
      "MATCH (p:Person)-[r:SAID]->(c:Claim) RETURN p, r, c",
      "--format",
      "csv",
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["diplograph-nodes.csv", "diplograph-relationships.csv"]);
    const rels = parseCsv(readFileSync(join(out, "diplograph-relationships.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rels.length).toBeGreaterThan(0);
    for (const rel of rels) expect(rel[":TYPE"]).toBe("SAID");
  });

  it("exits 2 on usage errors and 1 when the seed matches nothing", async () => {
    expect((await diplograph(["export", "--format", "pdf"])).code).toBe(2);
    expect((await diplograph(["export", "--seed", "x", "--ids", "y"])).code).toBe(2);
    expect((await diplograph(["export", "--depth", "7", "--seed", "普京"])).code).toBe(2);
    const none = await diplograph(["export", "--seed", "無此人無此人"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("no node matches");
  });
});

describe("diplograph serve", () => {
  it("refuses to listen beyond loopback without a token", async () => {
    const { code, stderr } = await diplograph(["serve", "--host", "0.0.0.0", "--port", "0"], { DIPLOGRAPH_TOKEN: "" });
    expect(code).toBe(2);
    expect(stderr).toContain("DIPLOGRAPH_TOKEN");
  });

  it("ingests a folder first, prints its URL on stderr, serves the API, and stops cleanly on SIGTERM", async () => {
    const args = ["serve", "--port", "0", "--data-dir", join(dir, "served"), "--ingest", "data/articles"];
    const child: ChildProcess = spawn(process.execPath, [...TSX, ...args], {
      env: { ...process.env, DIPLOGRAPH_TOKEN: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let stdout = "";
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr?.on("data", (chunk) => {
        stderr += chunk;
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(stderr);
        if (match) resolve(match[0]);
      });
      child.on("exit", (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
    });
    const bundled = readdirSync("data/articles").filter((f) => f.endsWith(".txt")).length;
    expect(stderr).toContain(`${bundled} articles stored`);
    expect(await (await fetch(`${url}/api/health`)).json()).toEqual({ ok: true, store: "kuzu" });
    expect((await (await fetch(`${url}/api/stats`)).json()).articles).toBe(bundled);
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stdout).toBe("");
  }, 120_000); // ingests the whole bundled corpus first
});
