// How a command reports an error: the message alone when the user's input caused it, the stack
// too when diplograph itself failed. Exit code 1 either way (2 is kept for usage errors).
import { DiplographError } from "../graph/errors.ts";

export function failure(command: string, error: unknown): number {
  // Every error of the family has a message meant for the user (graph/errors.ts); a system error
  // (EADDRINUSE, ENOENT, EACCES) has a code and says enough too.
  const known = error instanceof DiplographError || typeof (error as NodeJS.ErrnoException)?.code === "string";
  const text =
    known || !(error instanceof Error) ? String((error as Error)?.message ?? error) : (error.stack ?? error.message);
  process.stderr.write(`diplograph ${command}: ${text}\n`);
  return 1;
}
