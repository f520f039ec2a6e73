// npm start in one process, so Node and the TypeScript loader start once: the web app built if an
// input changed (scripts/build-web.ts), then `diplograph serve --ingest data/articles`; arguments
// after `npm start --` go to serve (--port 8081, --data-dir DIR).
import { buildWeb } from "./build-web.ts";

await buildWeb({ force: false });
// Loaded after the check, which then answers at once.
const { run } = await import("../cli/commands/serve.ts");
process.exitCode = await run(["--ingest", "data/articles", ...process.argv.slice(2)]);
