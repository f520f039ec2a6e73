// Opening the embedded store after a crash. Kuzu replays its write-ahead log when it opens; a kill
// during a checkpoint can leave a log that fails to replay (0.11.3: "Found duplicated primary key
// value"), and then every open fails. The log is moved aside (kept, named with the time) and the
// store opens in its state before that checkpoint; the journal (store/journal.ts) brings back the
// articles acknowledged since. A store that still does not open is reported with what to do.
import { existsSync } from "node:fs";
import { rename } from "node:fs/promises";
import { StoreLockedError, StoreOpenError } from "./store.ts";

/** Kuzu's write-ahead log and the shadow pages of an unfinished checkpoint, beside the database file. */
export const walOf = (path: string) => `${path}.wal`;
const shadowOf = (path: string) => `${path}.shadow`;
export const journalOf = (path: string) => `${path}.journal`;

export interface Opened<B> {
  backend: B;
  /** Where the log that did not replay was put, and Kuzu's reason. */
  keptLog?: { path: string; reason: string };
}

const reasonOf = (error: unknown) => String((error as Error)?.message ?? error).split("\n")[0] as string;

function cannotOpen(path: string, reason: string): StoreOpenError {
  return new StoreOpenError(
    `the Kuzu store at ${path} cannot be opened (Kuzu: ${reason}). Keep it, and start a new one in its ` +
      `place: mv ${path} ${path}.broken; the next start ingests again the articles its journal ` +
      `(${journalOf(path)}) holds; re-ingest the others from their files.`,
  );
}

/** Opens the store with `open`; when the log does not replay, opens it again without the log. */
export async function openRecovering<B>(path: string, open: () => Promise<B>): Promise<Opened<B>> {
  try {
    return { backend: await open() };
  } catch (error) {
    if (error instanceof StoreLockedError) throw error;
    const reason = reasonOf(error);
    if (!existsSync(walOf(path))) throw cannotOpen(path, reason);
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const aside = [walOf(path), shadowOf(path)].filter(existsSync).map((from) => ({ from, to: `${from}-${stamp}` }));
    for (const { from, to } of aside) await rename(from, to);
    try {
      return { backend: await open(), keptLog: { path: `${walOf(path)}-${stamp}`, reason } };
    } catch (again) {
      // Not the log's fault: it goes back where it was.
      for (const { from, to } of aside) await rename(to, from);
      if (again instanceof StoreLockedError) throw again;
      throw cannotOpen(path, reason);
    }
  }
}
