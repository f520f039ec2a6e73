// Article text -> statement graph (graph/schema.ts): the pipeline's stages analyse the text into
// a document (pipeline.ts, document.ts), and the graph is assembled from it (graph.ts).
import type { ArticleMeta } from "./document.ts";
import { type StatementGraph, toGraph } from "./graph.ts";
import { analyse } from "./pipeline.ts";

export type { ArticleMeta } from "./document.ts";
export type { StatementGraph } from "./graph.ts";

export const extract = (text: string, meta: ArticleMeta = {}): StatementGraph => toGraph(analyse(text, meta));
