// Whether the built web app (web/dist) is older than what it is built from. A build leaves a stamp
// beside its output: the SHA-256 of each input, which are every file under web/ (but dist), every
// module of the repository the build bundled (web/ imports graph/ and store/ types), the TypeScript
// config and package-lock.json (the dependencies, Vite included). Contents, not times: a checkout
// or a copy that changes no byte rebuilds nothing.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";

export const OUT_DIR = "web/dist";
export const STAMP = `${OUT_DIR}/.build-stamp.json`;
const ALWAYS = ["package-lock.json", "tsconfig.json", "web/vite.config.ts"];

interface Stamp {
  /** Input path (relative to the root, with /) -> SHA-256 of its bytes. */
  files: Record<string, string>;
}

const posix = (path: string) => path.split(sep).join("/");

/** Files under web/, output excluded, as root-relative paths. */
function webFiles(root: string): string[] {
  return readdirSync(join(root, "web"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => posix(relative(root, join(entry.parentPath, entry.name))))
    .filter((path) => !path.startsWith(`${OUT_DIR}/`))
    .sort();
}

const hashOf = (root: string, path: string) => {
  const file = join(root, path);
  return existsSync(file) ? createHash("sha256").update(readFileSync(file)).digest("hex") : "missing";
};

/**
 * Why the web app must be built, or undefined when the build in web/dist is up to date: no build
 * (or none stamped, as after a failed one), or the first input found changed, added or removed.
 */
export function staleReason(root: string): string | undefined {
  if (!existsSync(join(root, OUT_DIR, "index.html"))) return "no build yet";
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, STAMP), "utf8")) as Stamp;
  } catch {
    return "the last build left no stamp";
  }
  for (const [path, hash] of Object.entries(stamp.files)) {
    const now = hashOf(root, path);
    if (now !== hash) return `${path} ${hash === "missing" ? "added" : now === "missing" ? "removed" : "changed"}`;
  }
  const added = webFiles(root).find((path) => !(path in stamp.files));
  return added ? `${added} added` : undefined;
}

/**
 * Records the inputs of the build just made: web/ and the always-read files, plus `modules` (absolute
 * paths or ids of what the bundler loaded; those outside the root or in node_modules are covered by
 * package-lock.json).
 */
export function writeStamp(root: string, modules: Iterable<string>): void {
  const inRepo = [...modules]
    .map((id) => id.split("?")[0] as string)
    .filter((id) => isAbsolute(id) && !id.includes(`${sep}node_modules${sep}`))
    .map((id) => posix(relative(root, id)))
    .filter((path) => !path.startsWith("..") && !path.startsWith(`${OUT_DIR}/`));
  const inputs = [...new Set([...ALWAYS, ...webFiles(root), ...inRepo])].sort();
  const stamp: Stamp = { files: Object.fromEntries(inputs.map((path) => [path, hashOf(root, path)])) };
  writeFileSync(join(root, STAMP), `${JSON.stringify(stamp, null, 1)}\n`);
}
