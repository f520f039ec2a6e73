// diplograph extract FILE: prints the article's graph as graphology JSON on stdout, nothing else.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { ArticleInputError, decodeArticle } from "../../ingest/decode.ts";
import { extract } from "../../ingest/extract.ts";

const HELP = `usage: diplograph extract FILE [--title T] [--source S] [--date YYYY-MM-DD]

Extracts the statement graph of one article (Chinese, Traditional or Simplified; UTF-8 or UTF-16
with BOM) and prints it on stdout as graphology JSON (graph.export()).
Use "-" as FILE to read standard input.

  --title T     the headline (default: the first "# " line or first line of the text)
  --source S    the publisher (default: found in the dateline, e.g. 香港文匯報訊)
  --date D      the publication date (default: found in the text or the file name)

Exit codes: 0 ok, 1 the input is not an article (empty, binary, HTML, unknown encoding), 2 usage.
`;

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(HELP);
    return 0;
  }
  const meta: { title?: string; source?: string; date?: string; file?: string } = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = args[i + 1];
    if (a === "--title" || a === "--source" || a === "--date") {
      if (value === undefined) {
        process.stderr.write(`diplograph extract: ${a} needs a value\n`);
        return 2;
      }
      meta[a.slice(2) as "title" | "source" | "date"] = value;
      i++;
    } else if (a.startsWith("--")) {
      process.stderr.write(`diplograph extract: unknown option ${a}\n\n${HELP}`);
      return 2;
    } else files.push(a);
  }
  if (files.length !== 1) {
    process.stderr.write(`diplograph extract: give exactly one FILE\n\n${HELP}`);
    return 2;
  }
  const file = files[0] as string;
  try {
    const bytes = file === "-" ? await readStdin() : await readFile(file);
    if (file !== "-") meta.file = basename(file);
    const graph = extract(decodeArticle(bytes), meta);
    process.stdout.write(`${JSON.stringify(graph.export())}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ArticleInputError) {
      process.stderr.write(`diplograph extract: ${file}: ${e.message}\n`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT" || err.code === "EISDIR" || err.code === "EACCES") {
      process.stderr.write(`diplograph extract: cannot read ${file}: ${err.code}\n`);
      return 1;
    }
    throw e;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
