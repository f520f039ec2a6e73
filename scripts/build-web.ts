// npm start's first step: builds the web app into web/dist only when its inputs changed since the
// last build (scripts/web-stamp.ts); `--force` builds regardless (npm run build).
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { staleReason, writeStamp } from "./web-stamp.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const force = process.argv.includes("--force");
const reason = force ? "asked to" : staleReason(ROOT);
if (!reason) {
  process.stderr.write("diplograph: web app up to date (web/dist)\n");
} else {
  process.stderr.write(`diplograph: building the web app (${reason}); about a minute on 2 cores…\n`);
  const started = Date.now();
  const { build } = await import("vite"); // only now: loading Vite alone takes a second or more
  const modules = new Set<string>();
  const recordInputs: Plugin = {
    name: "diplograph-record-inputs",
    buildEnd() {
      for (const id of this.getModuleIds()) modules.add(id);
    },
  };
  await build({ configFile: `${ROOT}/web/vite.config.ts`, logLevel: "warn", plugins: [recordInputs] });
  writeStamp(ROOT, modules);
  process.stderr.write(`diplograph: web app built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
