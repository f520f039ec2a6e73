// Extraction off the main thread: a pool of worker threads (ingest/extract-worker.ts), one per core
// by default (DIPLOGRAPH_WORKERS sets how many), so the server answers reads while it extracts and
// `diplograph ingest` extracts on every core while the main thread writes to the store.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { GraphJSON } from "../graph/api.ts";
import type { ArticleMeta } from "./extract.ts";
import type { Answer, Task } from "./extract-worker.ts";

/** What extraction gives the server and the CLI: the graph to store. */
export interface Extracted {
  export(): GraphJSON;
}

/** Workers wanted: DIPLOGRAPH_WORKERS, else one per core. */
export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.DIPLOGRAPH_WORKERS);
  return Number.isInteger(asked) && asked > 0 ? asked : Math.max(1, availableParallelism());
}

interface Pending {
  task: Task;
  resolve: (graph: Extracted) => void;
  reject: (error: Error) => void;
}

export class ExtractionPool {
  private readonly idle: Worker[] = [];
  /** Workers started: on demand, since each loads the pipeline (seconds). */
  private started = 0;
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size = poolSize()) {}

  private start(): Worker {
    this.started++;
    const worker = new Worker(new URL("./extract-worker.mjs", import.meta.url));
    worker.on("message", (answer: Answer) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      if (pending)
        if ("error" in answer) {
          const error = new Error(answer.error.message);
          error.name = answer.error.name;
          pending.reject(error);
        } else {
          const graph = answer.graph as GraphJSON;
          pending.resolve({ export: () => graph });
        }
      this.idle.push(worker);
      this.next();
    });
    // A worker that dies (out of memory, a crash) fails its task and is replaced.
    worker.on("error", (error) => {
      this.busy.get(worker)?.reject(error);
      this.busy.delete(worker);
    });
    worker.on("exit", () => {
      this.started--;
      this.busy.get(worker)?.reject(new Error("the extraction worker stopped"));
      this.busy.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
      if (!this.closed) this.next();
    });
    return worker;
  }

  private next() {
    while (this.queue.length && (this.idle.length || this.started < this.size)) {
      const worker = this.idle.pop() ?? this.start();
      const pending = this.queue.shift() as Pending;
      this.busy.set(worker, pending);
      worker.postMessage(pending.task);
    }
  }

  extract = (text: string, meta: ArticleMeta = {}): Promise<Extracted> => {
    if (this.closed) return Promise.reject(new Error("the extraction pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, text, meta }, resolve, reject });
      this.next();
    });
  };

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error("the extraction pool is closed"));
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }
}
