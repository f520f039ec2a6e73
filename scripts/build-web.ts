// Builds the web app into web/dist only when its inputs changed since the last build
// (scripts/web-stamp.ts): npm start's first step (scripts/start.ts). Run as a script, it builds
// when needed, or always with `--force` (npm run build).
import { pathToFileURL } from "node:url";
import type { Plugin } from "vite";
import { staleReason, writeStamp } from "./web-stamp.ts";

const ROOT = new URL("..", import.meta.url).pathname;

export async function buildWeb({ force }: { force: boolean }): Promise<void> {
  const reason = force ? "asked to" : staleReason(ROOT);
  if (!reason) {
    process.stderr.write("diplograph: web app up to date (web/dist)\n");
    return;
  }
  process.stderr.write(`diplograph: building the web app (${reason}); a minute or more on 2 cores…\n`);
  const started = Date.now();
  const { build } = await import("vite"); // only now: loading Vite alone takes a second or more
  const modules = new Set<string>();
  const recordInputs: Plugin = {
    name: "diplograph-record-inputs",
    buildEnd() {
      for (const id of this.getModuleIds()) modules.add(id);
    },
  };
  await build({ configFile: `${ROOT}web/vite.config.ts`, logLevel: "warn", plugins: [recordInputs] });
  writeStamp(ROOT, modules);
  process.stderr.write(`diplograph: web app built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await buildWeb({ force: process.argv.includes("--force") });
