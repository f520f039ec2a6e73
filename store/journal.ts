// The journal: every article the store acknowledged, appended as one JSON line (its id, content
// hash and graph) and flushed to disk before the acknowledgement (the CLI's summary, the API's 201).
// Kuzu's write-ahead log is not enough on its own: a kill during its checkpoint can leave a log that
// no longer replays (0.11.3: "duplicated primary key"). Then the log is moved aside and the store
// opens in its state before the checkpoint; replay() writes back the journaled articles it lacks
// (ingest is idempotent by content hash, so replaying twice changes nothing).
import { createReadStream } from "node:fs";
import { type FileHandle, open, truncate } from "node:fs/promises";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import type { GraphJSON, IngestResult } from "../graph/api.ts";
import type { Store } from "./store.ts";

/** Articles per write when replaying: the size of the CLI's batches. */
const REPLAY_BATCH = 1000;
/** The start of every line, so ids are read without parsing the graphs. */
const LINE_START = /^\{"id":"((?:[^"\\]|\\.)*)"/;

interface Entry {
  id: string;
  hash: string;
  graph: GraphJSON;
}

const hashOf = (graph: GraphJSON, id: string) => String(graph.nodes.find((n) => n.key === id)?.attributes?.hash ?? "");

async function fsyncFolder(path: string) {
  const folder = await open(dirname(path), "r");
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** Every complete line of the file (a line cut short by a crash was never acknowledged). */
async function* lines(path: string): AsyncGenerator<string> {
  const input = createReadStream(path, { encoding: "utf8" });
  try {
    for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) if (line) yield line;
  } finally {
    input.destroy();
  }
}

/** Bytes up to the last newline: an entry torn by a crash was never acknowledged. */
async function completeLength(file: FileHandle, size: number): Promise<number> {
  const chunk = Buffer.alloc(1 << 16);
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - chunk.length);
    const { bytesRead } = await file.read(chunk, 0, end - start, start);
    const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
    if (newline >= 0) return start + newline + 1;
    end = start;
  }
  return 0;
}

export class Journal {
  /** Appends one after another, each flushed before the next. */
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    private readonly file: FileHandle,
    /** Ids of the journaled articles. */
    private readonly ids: Set<string>,
  ) {}

  /** Opens (or creates) the journal at `path`; a last line cut short by a crash is cut off. */
  static async open(path: string): Promise<Journal> {
    const file = await open(path, "a+");
    try {
      const { size } = await file.stat();
      if (size === 0) await fsyncFolder(path);
      else {
        const end = await completeLength(file, size);
        if (end < size) {
          await truncate(path, end);
          await file.sync();
        }
      }
      const ids = new Set<string>();
      for await (const line of lines(path)) {
        const id = LINE_START.exec(line)?.[1];
        if (id) ids.add(JSON.parse(`"${id}"`));
      }
      return new Journal(path, file, ids);
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  /** Whether the article is journaled. */
  holds(id: string): boolean {
    return this.ids.has(id);
  }

  /** Whether some journaled article is not in `stored` (ids). */
  lacks(stored: Set<string>): boolean {
    for (const id of this.ids) if (!stored.has(id)) return true;
    return false;
  }

  /** Appends the acknowledged articles not journaled yet (stored now, or already), and flushes them. */
  record(graphs: GraphJSON[], results: IngestResult[]): Promise<void> {
    const entries: Entry[] = [];
    results.forEach((result, i) => {
      const graph = graphs[i];
      if (!graph || this.ids.has(result.article) || entries.some((e) => e.id === result.article)) return;
      entries.push({ id: result.article, hash: hashOf(graph, result.article), graph });
    });
    if (!entries.length) return Promise.resolve();
    const appended = this.tail.then(async () => {
      await this.file.appendFile(entries.map((e) => `${JSON.stringify(e)}\n`).join(""));
      await this.file.datasync();
      for (const e of entries) this.ids.add(e.id);
    });
    this.tail = appended.catch(() => undefined);
    return appended;
  }

  /** Writes the journaled articles missing from the store into it; returns how many. */
  async replay(store: Store, stored: Set<string>): Promise<number> {
    let batch: GraphJSON[] = [];
    let written = 0;
    const flush = async () => {
      for (const result of await store.ingestMany(batch)) if (result.created) written++;
      batch = [];
    };
    for await (const line of lines(this.path)) {
      const id = LINE_START.exec(line)?.[1];
      if (!id || stored.has(JSON.parse(`"${id}"`))) continue;
      batch.push((JSON.parse(line) as Entry).graph);
      if (batch.length === REPLAY_BATCH) await flush();
    }
    if (batch.length) await flush();
    return written;
  }

  async close(): Promise<void> {
    await this.tail;
    await this.file.close();
  }
}
