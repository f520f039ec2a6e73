// Extraction output digests: every evaluation article, and reshuffled variants of them shaped like
// the bench corpus, each extracted as `diplograph extract` does and hashed (sha256 of the graph's
// JSON). The stored digests (test/fixtures/extract-snapshot.json) make every change of output
// explicit: a refactor keeps them all, a rule change rewrites them in its own commit with
//
//   npx tsx test/ingest/snapshot.ts --write
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sourceArticle, variant } from "../../bench/corpus.ts";
import { seededRandom } from "../../bench/random.ts";
import { decodeArticle } from "../../ingest/decode.ts";
import { extract } from "../../ingest/extract.ts";

const ROOT = resolve(import.meta.dirname, "../..");
export const SNAPSHOT = join(ROOT, "test/fixtures/extract-snapshot.json");
/** Folders whose every article must be in the snapshot: they change only with the gold. */
export const REQUIRED = ["../shared/eval/dev", "test/fixtures/eval"];
/** Folders other lanes add to: compared where the snapshot has the article, reported where not. */
export const OPTIONAL = ["test/fixtures/eval-tuning", "data/articles"];
/** Reshuffled variants per required article, as the bench corpus makes them (bench/corpus.ts). */
const VARIANTS = 3;

export interface Entry {
  /** sha256 of the input, so an edited article is told apart from a changed extractor. */
  input: string;
  output: string;
}
export type Snapshot = Record<string, Entry>;

const sha256 = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");

export interface Input {
  key: string;
  file: string;
  text: string;
  required: boolean;
}

/** The articles of the folders, then the bench-shaped variants of the required ones. */
export function inputs(): Input[] {
  const out: Input[] = [];
  for (const folder of [...REQUIRED, ...OPTIONAL]) {
    const dir = join(ROOT, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort())
      out.push({
        key: `${folder}/${file}`,
        file,
        text: decodeArticle(readFileSync(join(dir, file))),
        required: REQUIRED.includes(folder),
      });
  }
  const random = seededRandom(12);
  let n = 0;
  for (const a of out.filter((i) => i.required)) {
    for (let k = 0; k < VARIANTS; k++) {
      const v = variant(random, sourceArticle(a.file, a.text), n++);
      out.push({ key: `bench/${v.file}`, file: v.file, text: v.text, required: true });
    }
  }
  return out;
}

export function digest(input: Input): Entry {
  const graph = extract(input.text, { file: input.file });
  return { input: sha256(input.text), output: sha256(JSON.stringify(graph.export())) };
}

export const stored = (): Snapshot => JSON.parse(readFileSync(SNAPSHOT, "utf8")) as Snapshot;

if (process.argv.includes("--write")) {
  const snapshot: Snapshot = {};
  for (const i of inputs()) snapshot[i.key] = digest(i);
  writeFileSync(SNAPSHOT, `${JSON.stringify(snapshot, null, 1)}\n`);
  process.stdout.write(`wrote ${Object.keys(snapshot).length} digests to ${SNAPSHOT}\n`);
}
