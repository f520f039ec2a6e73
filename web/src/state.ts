// App state, kept apart from rendering: what is filtered, selected, expanded, hidden, queried.
// It lives in the URL's query string, so a view can be shared by copying the address.

import type { GraphFilter } from "../../graph/api.ts";
import type { EdgeType, NodeLabel, Polarity } from "../../graph/schema.ts";

export type Script = "original" | "hant" | "hans";
export type Tab = "details" | "pair" | "rank" | "article" | "cypher" | "ingest";
/**
 * The diplomatic map (countries, one edge per pair), the graph as stored (claims, articles, every relation), or
 * the graph of the Cypher console's query (`query`, run again on reload).
 */
export type View = "map" | "graph" | "query";
const VIEWS: View[] = ["map", "graph", "query"];

export interface AppState {
  filter: GraphFilter;
  /** Selected node ids; the first one is shown in the details panel. */
  selected: string[];
  /** Nodes whose neighbours were added to the view. */
  expanded: string[];
  hidden: string[];
  /** The Cypher console's text. */
  query: string;
  /** Article open in the reader. */
  article: string | null;
  script: Script;
  tab: Tab;
  view: View;
  /** On the map: the people who speak for the countries. */
  speakers: boolean;
}

type Listener = (state: AppState, changed: ReadonlySet<keyof AppState>) => void;

const LISTS = { labels: "labels", types: "types", polarity: "polarity", articles: "articles" } as const;
const TABS: Tab[] = ["details", "pair", "rank", "article", "cypher", "ingest"];
const SCRIPTS: Script[] = ["original", "hant", "hans"];

const list = (params: URLSearchParams, key: string) => params.get(key)?.split(",").filter(Boolean) ?? [];

export function fromUrl(search: string): AppState {
  const params = new URLSearchParams(search);
  const filter: GraphFilter = {
    labels: list(params, LISTS.labels) as NodeLabel[],
    types: list(params, LISTS.types) as EdgeType[],
    polarity: list(params, LISTS.polarity) as Polarity[],
    articles: list(params, LISTS.articles),
    from: params.get("from") ?? undefined,
    to: params.get("to") ?? undefined,
  };
  const tab = params.get("tab") as Tab;
  const script = params.get("script") as Script;
  return {
    filter,
    selected: list(params, "sel"),
    expanded: list(params, "exp"),
    hidden: list(params, "hide"),
    query: params.get("q") ?? "",
    article: params.get("article"),
    script: SCRIPTS.includes(script) ? script : "original",
    tab: TABS.includes(tab) ? tab : "details",
    view: VIEWS.includes(params.get("view") as View) ? (params.get("view") as View) : "map",
    speakers: params.get("speakers") === "1",
  };
}

/** The query string of a state ("" for the default view). */
export function toUrl(state: AppState): string {
  const params = new URLSearchParams();
  const setList = (key: string, values: readonly string[] | undefined) => {
    if (values?.length) params.set(key, values.join(","));
  };
  for (const key of Object.values(LISTS)) setList(key, state.filter[key]);
  if (state.filter.from) params.set("from", state.filter.from);
  if (state.filter.to) params.set("to", state.filter.to);
  setList("sel", state.selected);
  setList("exp", state.expanded);
  setList("hide", state.hidden);
  if (state.query) params.set("q", state.query);
  if (state.article) params.set("article", state.article);
  if (state.script !== "original") params.set("script", state.script);
  if (state.tab !== "details") params.set("tab", state.tab);
  if (state.view !== "map") params.set("view", state.view);
  if (state.speakers) params.set("speakers", "1");
  const query = params.toString();
  return query ? `?${query}` : "";
}

export interface Store {
  get(): AppState;
  set(patch: Partial<AppState>): void;
  subscribe(listener: Listener): void;
}

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners: Listener[] = [];
  return {
    get: () => state,
    set(patch) {
      const changed = new Set(Object.keys(patch) as (keyof AppState)[]);
      state = { ...state, ...patch };
      history.replaceState(null, "", toUrl(state) || location.pathname);
      for (const listener of listeners) listener(state, changed);
    },
    subscribe: (listener) => listeners.push(listener),
  };
}
