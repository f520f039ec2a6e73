// Command-line options through node:util's parseArgs; an unknown or malformed option is a usage
// error (message and help on stderr, exit code 2), not a crash.
import { type ParseArgsConfig, parseArgs } from "node:util";

export function parseCommandArgs<T extends ParseArgsConfig>(
  command: string,
  help: string,
  config: T,
): ReturnType<typeof parseArgs<T>> | undefined {
  try {
    return parseArgs(config);
  } catch (error) {
    process.stderr.write(`diplograph ${command}: ${(error as Error).message}\n\n${help}`);
    return undefined;
  }
}
