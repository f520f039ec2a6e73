// What the panels may do to the app. main.ts implements it; panels receive it and never import each other.
import type { GraphJSON } from "../../graph/api.ts";
import type { PageRequest } from "./core/expansion.ts";
import type { Layout } from "./graph/layout.ts";
import type { ViewGraph } from "./graph/model.ts";
import type { Renderer } from "./graph/renderer.ts";
import type { Show } from "./script.ts";
import type { Store } from "./state.ts";

/** A span of an article to point at: a claim, or a relation's evidence sentence. */
export interface Span {
  start: number;
  end: number;
}

export interface App {
  store: Store;
  graph: ViewGraph;
  renderer: Renderer;
  layout: Layout;
  /** Converts text to the chosen script for display. */
  show: Show;
  /** Selects nodes (adding them to the view when absent) and shows the first one's details (`stay`: in the tab open). */
  select(ids: string[], options?: { focus?: boolean; stay?: boolean }): Promise<void>;
  /** Adds a page of a neighbourhood to the view (the view's filter applies); the ids it held, null on a failure. */
  expand(request: PageRequest): Promise<string[] | null>;
  hide(ids: string[]): void;
  /** Shows every hidden node again. */
  unhide(): void;
  path(from: string, to: string): Promise<void>;
  /** Opens an article in the reader, scrolled to a span when given. */
  openArticle(id: string, span?: Span): void;
  showEdge(key: string): void;
  /** Puts a subgraph on screen, beside what is there or in its place. */
  addGraph(json: GraphJSON, mode: "add" | "replace"): void;
  reload(): Promise<void>;
  /** The list of articles changed (an ingest): filters that list them refresh. */
  articlesChanged(): void;
  /** One line for the user; errors in words. */
  status(message: string, kind?: "info" | "error"): void;
}
