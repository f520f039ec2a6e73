// Command-line options through node:util's parseArgs; an unknown or malformed option is a usage
// error (message and help on stderr, exit code 2), not a crash, and --help prints the help (exit 0).
import { type ParseArgsConfig, parseArgs } from "node:util";

/** The parsed options, or the exit code when there is nothing more to do (help shown, usage error). */
export function parseCommandArgs<T extends ParseArgsConfig>(
  command: string,
  help: string,
  config: T,
): ReturnType<typeof parseArgs<T>> | number {
  try {
    const parsed = parseArgs(config);
    if ((parsed.values as { help?: boolean }).help) {
      process.stdout.write(help);
      return 0;
    }
    return parsed;
  } catch (error) {
    process.stderr.write(`diplograph ${command}: ${(error as Error).message}\n\n${help}`);
    return 2;
  }
}
