// diplograph: the command line. Data goes to stdout, messages to stderr, so it fits pipes.
// Each command lives in cli/commands/NAME.ts and exports `run(args: string[]): Promise<number>` (the exit code).
// (An ES module, which TypeScript needs told for the top-level await below.)
export {};

const COMMANDS: Record<string, string> = {
  extract: "print an article's graph as graphology JSON",
  ingest: "extract articles and write them into the store",
  serve: "serve the web app and the API",
  export: "export a subgraph (gexf, graphml, json, csv, cypher)",
  query: "run a read-only Cypher query",
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, what]) => `  ${name.padEnd(8)} ${what}`);
  return `usage: diplograph COMMAND [options]\n\n${lines.join("\n")}\n\nRun diplograph COMMAND --help for a command's options.\n`;
}

const [command, ...args] = process.argv.slice(2);
if (!command || command === "--help" || command === "-h" || command === "help") {
  process.stdout.write(usage());
  process.exit(0);
}
if (!(command in COMMANDS)) {
  process.stderr.write(`diplograph: unknown command "${command}"\n\n${usage()}`);
  process.exit(2);
}
const { run } = (await import(`./commands/${command}.ts`)) as { run: (args: string[]) => Promise<number> };
process.exitCode = await run(args);
