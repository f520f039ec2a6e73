// Answers of the graph views (overview, neighbours, paths, search, stats), kept as JSON text until
// the next ingest changes the store. Requests for an answer being computed wait for it instead of
// computing it again: under load, twenty clients asking for the overview cost one computation.
import { LRUCache } from "lru-cache";

/** Characters of JSON kept in all (a 5000-node overview is a few MB). */
const MAX_CHARS = 256 * 2 ** 20;

export class ViewCache {
  /** Bumped by clear(): an answer computed from the store before then is not kept. */
  private generation = 0;
  private readonly done = new LRUCache<string, string>({
    maxSize: MAX_CHARS,
    sizeCalculation: (json) => json.length || 1,
  });
  private readonly computing = new Map<string, Promise<string>>();

  /** The JSON of `compute()`'s answer for `key`, computed once until clear(). */
  get(key: string, compute: () => Promise<unknown>): Promise<string> {
    const kept = this.done.get(key);
    if (kept !== undefined) return Promise.resolve(kept);
    const running = this.computing.get(key);
    if (running) return running;
    const generation = this.generation;
    const answer = compute()
      .then((value) => {
        const json = JSON.stringify(value);
        if (generation === this.generation) this.done.set(key, json);
        return json;
      })
      .finally(() => {
        if (this.computing.get(key) === answer) this.computing.delete(key);
      });
    this.computing.set(key, answer);
    return answer;
  }

  /** Forgets every answer: the store changed. */
  clear(): void {
    this.generation++;
    this.done.clear();
    this.computing.clear();
  }
}
