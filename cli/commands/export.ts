// diplograph export: a subgraph (a seed's neighbourhood, a Cypher result, or some ids) as a file.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packFiles, selectSubgraph } from "../../application/export.ts";
import { LIMITS } from "../../application/limits.ts";
import { EXPORT_FORMATS, type ExportFormat, exportGraph, toGraph } from "../../graph/export/index.ts";
import { openStore } from "../../store/open.ts";
import type { Store } from "../../store/store.ts";
import { parseCommandArgs } from "../args.ts";
import { withDataDir } from "../env.ts";
import { failure } from "../failure.ts";

const HELP = `usage: diplograph export [--seed NAME | --cypher QUERY | --ids ID,ID...] [options] > FILE

Writes a subgraph to stdout (or --out) in one of: ${EXPORT_FORMATS.join(", ")}.
With no --seed, --cypher or --ids: the best-connected nodes, up to --limit.

  --seed NAME      a node id or a name (its best search hit), with its neighbourhood
  --depth N        hops around the seed, 1..${LIMITS.depth} (default 1)
  --limit N        cap on the nodes, around the seed or in all (default ${LIMITS.graphNodes})
  --cypher QUERY   the nodes and relationships a read-only Cypher query returns
  --ids ID,ID      these nodes and the relationships among them
  --format F       ${EXPORT_FORMATS.join(" | ")} (default gexf)
  --out PATH       write to PATH instead of stdout; for csv, a folder that gets
                   diplograph-nodes.csv and diplograph-relationships.csv
                   (without --out, csv is written to stdout as a zip)
  --data-dir DIR   Kuzu database folder (env DATA_DIR, default data/db)
  -h, --help       show this help

example: diplograph export --seed 普京 --depth 2 --format gexf > putin.gexf
`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs("export", HELP, {
    args,
    options: {
      seed: { type: "string" },
      depth: { type: "string", default: "1" },
      limit: { type: "string", default: String(LIMITS.graphNodes) },
      cypher: { type: "string" },
      ids: { type: "string" },
      format: { type: "string", default: "gexf" },
      out: { type: "string" },
      "data-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  const format = values.format as ExportFormat;
  const depth = Number(values.depth);
  const limit = Number(values.limit);
  const usageError = !EXPORT_FORMATS.includes(format)
    ? `unknown format "${values.format}"`
    : !Number.isInteger(depth) || depth < 1 || depth > LIMITS.depth
      ? `--depth must be 1..${LIMITS.depth}`
      : !Number.isInteger(limit) || limit < 1
        ? "--limit must be a positive integer"
        : [values.seed, values.cypher, values.ids].filter((v) => v !== undefined).length > 1
          ? "give one of --seed, --cypher or --ids"
          : undefined;
  if (usageError) {
    process.stderr.write(`diplograph export: ${usageError}\n\n${HELP}`);
    return 2;
  }
  if (format === "csv" && !values.out && process.stdout.isTTY) {
    process.stderr.write("diplograph export: csv is a zip on stdout; redirect it, or give --out FOLDER\n");
    return 2;
  }

  let store: Store | undefined;
  try {
    store = await openStore(withDataDir(values["data-dir"]));
    const ids = values.ids?.split(",").map((id) => id.trim());
    const graph = await selectSubgraph(store, { seed: values.seed, cypher: values.cypher, ids, depth, limit });
    if (format === "csv" && values.out) {
      mkdirSync(values.out, { recursive: true });
      for (const file of exportGraph(toGraph(graph), "csv")) writeFileSync(join(values.out, file.name), file.content);
    } else if (values.out) {
      writeFileSync(values.out, packFiles(graph, format).content);
    } else {
      process.stdout.write(packFiles(graph, format).content);
    }
    process.stderr.write(`diplograph export: ${graph.nodes.length} nodes, ${graph.edges.length} relationships\n`);
    return 0;
  } catch (error) {
    return failure("export", error);
  } finally {
    await store?.close();
  }
}
