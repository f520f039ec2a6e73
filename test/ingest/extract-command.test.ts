// The extract command: the graph as JSON on stdout and nothing else; errors on stderr with exit codes.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../cli/commands/extract.ts";

const dir = mkdtempSync(join(tmpdir(), "extract-command-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function runCaptured(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  const code = await run(args);
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

describe("diplograph extract", () => {
  it("prints only the graph's JSON on stdout", async () => {
    const path = file("2025-01-22-article.txt", "外交部發言人郭嘉昆表示，中方願同美方加強溝通。");
    const { code, out, err } = await runCaptured([path]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const graph = JSON.parse(out);
    expect(graph.nodes.some((n: { key: string }) => n.key === "Person:郭嘉昆")).toBe(true);
    const article = graph.nodes.find((n: { attributes: { label: string } }) => n.attributes.label === "Article");
    expect(article.attributes).toMatchObject({ file: "2025-01-22-article.txt", date: "2025-01-22" });
  });

  it("refuses bad input on stderr with exit code 1, usage errors with 2", async () => {
    for (const path of [
      file("empty.txt", " \n"),
      file("binary.bin", new Uint8Array([0, 1, 2, 0, 255])),
      join(dir, "missing.txt"),
    ]) {
      const { code, out, err } = await runCaptured([path]);
      expect(code).toBe(1);
      expect(out).toBe("");
      expect(err).toMatch(/diplograph extract:/);
    }
    expect((await runCaptured([])).code).toBe(2);
    expect((await runCaptured(["--bogus", "x"])).code).toBe(2);
  });

  it("explains itself with --help", async () => {
    const { code, out } = await runCaptured(["--help"]);
    expect(code).toBe(0);
    expect(out).toMatch(/usage: diplograph extract FILE/);
  });
});
