// A worker thread of the extraction pool (ingest/workers.ts): extracts the articles it is sent and
// posts back their graphs as graphology JSON.
import { parentPort } from "node:worker_threads";
import { type ArticleMeta, extract } from "./extract.ts";

export interface Task {
  id: number;
  text: string;
  meta: ArticleMeta;
}
export type Answer = { id: number; graph: unknown } | { id: number; error: { name: string; message: string } };

parentPort?.on("message", ({ id, text, meta }: Task) => {
  let answer: Answer;
  try {
    answer = { id, graph: extract(text, meta).export() };
  } catch (error) {
    const { name, message } = error as Error;
    answer = { id, error: { name, message } };
  }
  parentPort?.postMessage(answer);
});
