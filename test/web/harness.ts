// End-to-end harness: builds the web app, starts the real server (`diplograph serve`) on a free port with a
// temporary store holding the sample article, and drives headless Chromium through playwright-core.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/chromium.ts";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const SHOTS = join(ROOT, "test-results", "web");

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Builds web/dist as `npm start` does: only when an input changed since the last build (scripts/web-stamp.ts). */
export function buildWeb(): void {
  if (process.env.DIPLOGRAPH_E2E_URL) return;
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build-web.ts"], { cwd: ROOT, stdio: "inherit" });
}

/**
 * `diplograph serve --port 0` on a fresh store; resolves once it prints the address it listens on.
 * `ingest` is the article file or folder stored first (by default one bundled article: the corpus grows);
 * `env` is added to the server's environment.
 * DIPLOGRAPH_E2E_URL points the tests at a server already running instead (its store will be written to;
 * it serves the web/dist it found at start, so build first).
 */
export async function startServer(
  ingest = "test/fixtures/sample/wenweipo-2025-01-22.txt",
  env: NodeJS.ProcessEnv = {},
): Promise<Server> {
  const running = process.env.DIPLOGRAPH_E2E_URL;
  if (running) return { url: running.replace(/\/$/, ""), stop: async () => undefined };
  const dataDir = mkdtempSync(join(tmpdir(), "diplograph-web-"));
  // Node itself, not npx: a signal sent to npx does not reach the server, which would outlive the tests.
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "cli/diplograph.ts",
      "serve",
      "--port",
      "0",
      "--data-dir",
      join(dataDir, "db"),
      "--ingest",
      ingest,
    ],
    { cwd: ROOT, env: { ...process.env, DATA_DIR: join(dataDir, "db"), ...env }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      const match = /serving .* on (http:\/\/[^\s/]+)/.exec(log);
      if (match?.[1]) resolve(match[1]);
    });
    child.on("exit", (code) => reject(new Error(`diplograph serve exited with ${code}:\n${log}`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return launchChromium();
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** Waits until the status line says the graph is loaded (or failed), and returns the node count it shows. */
export async function settled(page: Page): Promise<number> {
  await page.waitForSelector('#status[data-state="ready"], #status[data-state="error"]');
  return Number(await page.getAttribute("#status", "data-nodes"));
}

/** Share of the graph area's pixels that differ from the white background, read from a screenshot. */
export async function inkRatio(page: Page): Promise<number> {
  const png = (await page.locator("#graph").screenshot()).toString("base64");
  return page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const brightness = (pixels[i] ?? 255) + (pixels[i + 1] ?? 255) + (pixels[i + 2] ?? 255);
      if (brightness < 720) ink++;
    }
    return ink / (pixels.length / 4);
  }, png);
}
