// Answers of the graph views (overview, neighbours, paths, search, map), kept as the bytes sent,
// with an ETag, until the next ingest changes the store. Requests for an answer being computed wait
// for it instead of computing it again: under load, twenty clients asking for the overview cost one
// computation, and the JSON is encoded once, not per request.
//
// After an ingest, a view is rebuilt once, on its first request; meanwhile readers get the answer as
// it was before the ingest (stale-while-revalidate, RFC 5861), so a stream of ingests never holds
// readers for a rebuild of the overview (seconds on a loaded machine). A reader that must see its
// own write asks for a fresh answer (`Cache-Control: no-cache`) and waits for the rebuild.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";

/** Bytes of JSON kept in all (a 5000-node overview is a few MB). */
const MAX_BYTES = 256 * 2 ** 20;

/** A view's answer as sent: its JSON bytes and their entity tag. */
export interface View {
  body: Buffer;
  etag: string;
}

interface Kept {
  view: View;
  /** The store's generation the answer was computed from. */
  generation: number;
}

export class ViewCache {
  /** Bumped by changed(): answers computed before then are stale. */
  private generation = 0;
  private readonly done = new LRUCache<string, Kept>({
    maxSize: MAX_BYTES,
    sizeCalculation: (kept) => kept.view.body.length || 1,
  });
  /** The computation running for a key, one at a time, and the generation it reads. */
  private readonly computing = new Map<string, { generation: number; answer: Promise<View> }>();

  /**
   * `compute()`'s answer for `key`. `fresh`: it reflects every change before this call; otherwise,
   * while a rebuild runs after a change, the answer from before the change comes at once.
   */
  get(key: string, compute: () => Promise<unknown>, { fresh = false } = {}): Promise<View> {
    const kept = this.done.get(key);
    if (kept?.generation === this.generation) return Promise.resolve(kept.view);
    const running = this.computing.get(key);
    if (!fresh && kept) {
      if (!running) this.start(key, compute).catch(() => undefined); // its error reaches the next reader
      return Promise.resolve(kept.view);
    }
    if (running && (!fresh || running.generation === this.generation)) return running.answer;
    return this.start(key, compute);
  }

  private start(key: string, compute: () => Promise<unknown>): Promise<View> {
    const generation = this.generation;
    const answer = compute()
      .then((value) => {
        const body = Buffer.from(JSON.stringify(value));
        const view = { body, etag: `"${createHash("sha1").update(body).digest("base64url")}"` };
        const kept = this.done.get(key);
        if (!kept || kept.generation < generation) this.done.set(key, { view, generation });
        return view;
      })
      .finally(() => {
        if (this.computing.get(key)?.answer === answer) this.computing.delete(key);
      });
    this.computing.set(key, { generation, answer });
    return answer;
  }

  /** The store changed: every answer kept is stale, rebuilt on its next request. */
  changed(): void {
    this.generation++;
  }
}
