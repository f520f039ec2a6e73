// How a command reports an error: the message alone when the user's input caused it, the stack
// too when diplograph itself failed. Exit code 1 either way (2 is kept for usage errors).
import { ArticleInputError } from "../ingest/decode.ts";
import { HttpError } from "../server/errors.ts";
import { DataDirError, StoreInputError, StoreLockedError, StoreOpenError } from "../store/store.ts";

/** Errors whose message is all the user needs. */
const USER_ERRORS = [StoreInputError, StoreLockedError, StoreOpenError, DataDirError, HttpError, ArticleInputError];

export function failure(command: string, error: unknown): number {
  // A system error (EADDRINUSE, ENOENT, EACCES) has a code and says enough too.
  const known =
    USER_ERRORS.some((kind) => error instanceof kind) || typeof (error as NodeJS.ErrnoException)?.code === "string";
  const text =
    known || !(error instanceof Error) ? String((error as Error)?.message ?? error) : (error.stack ?? error.message);
  process.stderr.write(`diplograph ${command}: ${text}\n`);
  return 1;
}
