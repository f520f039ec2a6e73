// Boots the explorer: state (URL) -> view graph (API) -> sigma renderer and panels, wired through one App object.

import type { CountryMap, GraphFilter, GraphJSON, WireGraph } from "../../graph/api.ts";
import { STATEMENT_EDGE_TYPES } from "../../graph/schema.ts";
import { toWire } from "../../graph/wire.ts";
import { api } from "./api.ts";
import type { App } from "./app.ts";
import { pairOfKey } from "./core/map.ts";
import { el, fill } from "./dom.ts";
import { createLayout } from "./graph/layout.ts";
import { computeMap, showMap } from "./graph/map-view.ts";
import { createViewGraph, mergeInto, relabel, replaceWith, setHidden, visibleNodes } from "./graph/model.ts";
import {
  createRenderer,
  fitView,
  focusNode,
  frameNodes,
  highlight,
  labelBoxes,
  neighbourhood,
  rebuild,
} from "./graph/renderer.ts";
import { createConsole } from "./panels/console.ts";
import { createDetails } from "./panels/details.ts";
import { createDrawers } from "./panels/drawers.ts";
import { createExpander } from "./panels/expand.ts";
import { createFilters } from "./panels/filters.ts";
import { createIngest } from "./panels/ingest.ts";
import { renderLegend } from "./panels/legend.ts";
import { createPairPanel } from "./panels/pair.ts";
import { createRankPanel } from "./panels/rank.ts";
import { createReader } from "./panels/reader.ts";
import { createSearch } from "./panels/search.ts";
import { createToolbar } from "./panels/toolbar.ts";
import { converterFor } from "./script.ts";
import { createStore, fromUrl, type Tab } from "./state.ts";

/** Overview cap (the API's maximum); the API returns the highest-degree nodes first. */
const OVERVIEW_LIMIT = 5000;
const NEIGHBOUR_LIMIT = 300;

const byId = (id: string) => document.getElementById(id) as HTMLElement;

/** On the map, expanding a node adds its claims, articles and people: its relations are on the map already. */
const MAP_EXPANSION: GraphFilter = { types: [...STATEMENT_EDGE_TYPES] };

const store = createStore(fromUrl(location.search));
// The first view is asked for before sigma's WebGL set-up (0.1-0.3 s in software WebGL): the server answers
// meanwhile. The first reload takes it if the filter and the view are still the same (filters are replaced, not
// changed); a failure is reported there.
const bootFilter = store.get().filter;
const bootView = store.get().view;
let firstView: Promise<WireGraph | CountryMap> | null =
  bootView === "map" ? api.map(bootFilter) : bootView === "graph" ? api.graph(bootFilter, OVERVIEW_LIMIT) : null;
firstView?.catch(() => undefined);

/** The two countries of a selection of exactly two countries (the pair panel shows them), else null. */
const countryPair = (ids: readonly string[]): [string, string] | null =>
  ids.length === 2 && ids.every((id) => id.startsWith("Country:")) ? [ids[0] as string, ids[1] as string] : null;
const graph = createViewGraph();
const renderer = createRenderer(byId("graph"), graph);
const layout = createLayout(graph);
const statusLine = byId("status");

let hovered: string | null = null;
/** Off while a console result becomes the view: it is drawn already. */
let reloadOnViewChange = true;
let focusWhenSettled: string | null = null;
let pathNodes: Set<string> | null = null;

/** Hover wins over a path, a path over the selection: each shows its nodes and fades the rest. */
function updateHighlight(): void {
  const selected = store.get().selected.filter((id) => graph.hasNode(id));
  if (hovered && graph.hasNode(hovered)) {
    highlight(renderer, { nodes: neighbourhood(graph, hovered), focus: new Set([hovered]) });
  } else if (pathNodes) {
    highlight(renderer, { nodes: pathNodes, focus: pathNodes });
  } else if (selected.length) {
    const nodes = new Set(selected.flatMap((id) => [...neighbourhood(graph, id)]));
    highlight(renderer, { nodes, focus: new Set(selected) });
  } else highlight(renderer, null);
}

function setStatus(message: string, kind: "info" | "error" | "busy" = "info"): void {
  const count = visibleNodes(graph).length;
  // data-* attributes let tests wait for a settled view and read its size; nothing reads them back.
  statusLine.dataset.state = kind === "info" ? "ready" : kind;
  statusLine.dataset.nodes = String(count);
  statusLine.dataset.edges = String(graph.size);
  fill(
    statusLine,
    el("span", { class: "counts" }, `${count} nodes · ${graph.size} edges`),
    message ? el("span", { class: kind === "error" ? "error-text" : "" }, ` — ${message}`) : null,
  );
  if (kind === "error") statusLine.setAttribute("role", "alert");
  else statusLine.setAttribute("role", "status");
}

function viewChanged(message = ""): void {
  renderLegend(byId("legend"), graph, store.get().view);
  rankPanel.refresh();
  updateHighlight();
  setStatus(message);
}

const app: App = {
  store,
  graph,
  renderer,
  layout,
  show: (text) => text,

  async select(ids, options = {}) {
    const missing = ids.filter((id) => !graph.hasNode(id));
    try {
      if (missing.length) {
        const json = await api.neighbours(missing, 1, NEIGHBOUR_LIMIT, {});
        rebuild(renderer, () => mergeInto(graph, json, app.show));
        store.set({ expanded: [...new Set([...store.get().expanded, ...missing])] });
        layout.settle();
      }
    } catch (error) {
      setStatus((error as Error).message, "error");
    }
    setHidden(graph, ids, false);
    pathNodes = null;
    store.set({
      selected: ids,
      hidden: store.get().hidden.filter((id) => !ids.includes(id)),
      tab: options.stay ? store.get().tab : countryPair(ids) ? "pair" : "details",
    });
    viewChanged();
    const last = ids[ids.length - 1];
    if (options.focus && last && graph.hasNode(last)) {
      focusNode(renderer, last);
      // The layout may still move it: look again where it comes to rest.
      if (layout.isRunning()) focusWhenSettled = last;
    }
  },

  async expand({ ids, depth, limit, types, exclude }) {
    setStatus("Expanding…", "busy");
    try {
      const json = await api.neighbours(ids, depth, limit, { ...store.get().filter, types }, exclude);
      const added = rebuild(renderer, () => mergeInto(graph, json, app.show));
      setHidden(graph, json.nodes, false);
      store.set({
        expanded: [...new Set([...store.get().expanded, ...ids])],
        hidden: store.get().hidden.filter((id) => !json.nodes.includes(id)),
      });
      layout.settle();
      viewChanged(`${added.length} nodes added`);
      return json.nodes;
    } catch (error) {
      setStatus((error as Error).message, "error");
      return null;
    }
  },

  hide(ids) {
    setHidden(graph, ids, true);
    const { hidden, selected } = store.get();
    store.set({ hidden: [...new Set([...hidden, ...ids])], selected: selected.filter((id) => !ids.includes(id)) });
    viewChanged(`${ids.length} hidden`);
  },

  unhide() {
    const { hidden } = store.get();
    setHidden(graph, hidden, false);
    store.set({ hidden: [] });
    viewChanged(`${hidden.length} shown again`);
  },

  async path(from, to) {
    try {
      const wire = await api.path(from, to);
      if (wire.nodes.length === 0) return setStatus("No path between these two nodes.", "error");
      rebuild(renderer, () => mergeInto(graph, wire, app.show));
      pathNodes = new Set(wire.nodes);
      setHidden(graph, pathNodes, false);
      store.set({ hidden: store.get().hidden.filter((id) => !pathNodes?.has(id)), tab: "details" });
      details.showPath(wire);
      viewChanged(`Path of ${wire.edges.length / 3} steps`);
      frameNodes(renderer, [...pathNodes]);
    } catch (error) {
      setStatus((error as Error).message, "error");
    }
  },

  openArticle(id, span) {
    store.set({ tab: "article", article: id });
    void reader.open(id, span);
  },

  showEdge(key) {
    store.set({ tab: "details" });
    void details.showEdge(key);
  },

  addGraph(json: GraphJSON, mode) {
    // Console results come in graphology's JSON (rows may name any node): small, converted here.
    const wire = toWire(json);
    rebuild(renderer, () => (mode === "replace" ? replaceWith : mergeInto)(graph, wire, app.show));
    // The query's graph is now the view: the URL says so, and a reload runs the query again.
    if (mode === "replace") {
      reloadOnViewChange = false;
      store.set({ expanded: [], hidden: [], selected: [], view: "query" });
      reloadOnViewChange = true;
    }
    pathNodes = null;
    layout.settle();
    fitView(renderer);
    viewChanged(`${json.nodes.length} nodes from the query`);
  },

  async reload() {
    setStatus("Loading…", "busy");
    const { filter, expanded, hidden, view, speakers } = store.get();
    try {
      const prefetched = filter === bootFilter && view === bootView ? firstView : null;
      firstView = null;
      const expansion = view === "map" ? { ...filter, ...MAP_EXPANSION } : filter;
      const around = expanded.length ? api.neighbours(expanded, 1, NEIGHBOUR_LIMIT, expansion) : null;
      if (view === "query") {
        const result = await api.cypher(store.get().query);
        const added = around ? await around : null;
        rebuild(renderer, () => {
          replaceWith(graph, toWire(result.graph), app.show);
          if (added) mergeInto(graph, added, app.show);
          setHidden(graph, hidden, true);
        });
        layout.settle();
      } else if (view === "map") {
        const countries = await ((prefetched as Promise<CountryMap> | null) ?? api.map(filter));
        // Laid out to convergence in a worker before anything is drawn: the first frame is the settled map.
        const { graph: map } = await computeMap(countries);
        const added = around ? await around : null;
        layout.stop();
        rebuild(renderer, () => {
          showMap(graph, map, speakers ? countries.speakers : null, app.show);
          if (added) mergeInto(graph, added, app.show);
          setHidden(graph, hidden, true);
        });
        if (added) layout.settle();
      } else {
        const overview = await ((prefetched as Promise<WireGraph> | null) ?? api.graph(filter, OVERVIEW_LIMIT));
        const added = around ? await around : null;
        rebuild(renderer, () => {
          replaceWith(graph, overview, app.show);
          if (added) mergeInto(graph, added, app.show);
          setHidden(graph, hidden, true);
        });
        layout.settle();
      }
      fitView(renderer);
      const empty = view === "map" ? "No relation between countries yet" : "The store is empty";
      viewChanged(graph.order === 0 ? `${empty}: add an article in the Ingest tab.` : "");
    } catch (error) {
      viewChanged();
      setStatus(`Could not load the graph: ${(error as Error).message}`, "error");
    }
  },

  articlesChanged: () => void filters.refresh(),

  status: setStatus,
};

// ---- panels ----
const TABS: { id: Tab; title: string }[] = [
  { id: "details", title: "Details" },
  { id: "pair", title: "Pair" },
  { id: "rank", title: "Rank" },
  { id: "article", title: "Article" },
  { id: "cypher", title: "Cypher" },
  { id: "ingest", title: "Ingest" },
];
const panes = Object.fromEntries(
  TABS.map((t) => [t.id, el("div", { class: "pane", "data-pane": t.id })]),
) as unknown as Record<Tab, HTMLElement>;
const tabButtons = TABS.map((t) =>
  el("button", { role: "tab", "data-tab": t.id, onclick: () => store.set({ tab: t.id }) }, t.title),
);
fill(byId("panel"), el("nav", { class: "tabs", role: "tablist" }, ...tabButtons), ...Object.values(panes));

const expander = createExpander(app);
const details = createDetails(panes.details, app, expander);
const pairPanel = createPairPanel(panes.pair, app);
const rankPanel = createRankPanel(panes.rank, app, () => store.get().tab === "rank");
fill(panes.pair, el("p", { class: "muted" }, "Click an edge between two countries, or shift-click two countries."));
const reader = createReader(panes.article, app);
const cypherConsole = createConsole(panes.cypher, app);
createIngest(panes.ingest, app);
const filters = createFilters(byId("filters"), app);
const search = createSearch(byId("search"), app);
const toolbar = createToolbar(byId("toolbar"), app);
createDrawers(byId("topbar"), app);
details.clear();
fill(panes.article, el("p", { class: "muted" }, "Click a claim or a relation to read its article here."));

function showTab(tab: Tab): void {
  for (const button of tabButtons) button.setAttribute("aria-selected", String(button.dataset.tab === tab));
  for (const [id, pane] of Object.entries(panes)) pane.hidden = id !== tab;
  if (tab === "cypher") void cypherConsole.open();
  if (tab === "rank") rankPanel.refresh();
}

store.subscribe((state, changed) => {
  if (changed.has("tab")) showTab(state.tab);
  if (changed.has("hidden") || changed.has("view")) toolbar.update();
  if (changed.has("selected")) {
    toolbar.update();
    updateHighlight();
    showSelection();
  }
  if ((changed.has("view") && reloadOnViewChange) || changed.has("speakers")) void app.reload();
  if (changed.has("script")) void applyScript();
});

/** The details of the first selected node, and the pair panel when two countries are selected. */
function showSelection(): void {
  const { selected } = store.get();
  const pair = countryPair(selected);
  if (pair) void pairPanel.show(...pair);
  if (selected[0]) void details.showNode(selected[0]);
  else details.clear();
}

async function applyScript(): Promise<void> {
  try {
    app.show = await converterFor(store.get().script);
  } catch (error) {
    return setStatus(`The script converter could not load: ${(error as Error).message}`, "error");
  }
  relabel(graph, app.show);
  const { selected, article, tab } = store.get();
  if (selected.length) showSelection();
  if (article && tab === "article") void reader.open(article);
  void filters.refresh();
}

layout.onChange((running) => {
  if (running || !focusWhenSettled) return;
  if (graph.hasNode(focusWhenSettled)) focusNode(renderer, focusWhenSettled);
  focusWhenSettled = null;
});

// ---- graph events ----
renderer.on("enterNode", ({ node }) => {
  hovered = node;
  updateHighlight();
});
renderer.on("leaveNode", () => {
  hovered = null;
  updateHighlight();
});
renderer.on("clickNode", ({ node, event }) => {
  const selected = store.get().selected;
  const adding = event.original.shiftKey;
  void app.select(adding ? [...selected.filter((id) => id !== node), node] : [node]);
});
renderer.on("doubleClickNode", (payload) => {
  payload.preventSigmaDefault();
  void expander.quick(payload.node, graph.getNodeAttribute(payload.node, "kind"));
});
renderer.on("clickEdge", ({ edge }) => {
  const pair = pairOfKey(edge);
  if (pair) void app.select(pair);
  else app.showEdge(edge);
});
renderer.on("clickStage", () => {
  pathNodes = null;
  if (store.get().selected.length) store.set({ selected: [] });
  else updateHighlight();
});

// ---- keyboard: / searches, c opens the console, Escape clears the selection ----
document.addEventListener("keydown", (event) => {
  const target = event.target as HTMLElement;
  if (
    target.closest("input, textarea, select, [contenteditable=true]") ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey
  )
    return;
  if (event.key === "/") {
    event.preventDefault();
    search.focus();
  } else if (event.key === "c") {
    event.preventDefault();
    store.set({ tab: "cypher" });
  } else if (event.key === "Escape") {
    pathNodes = null;
    store.set({ selected: [] });
  }
});

// ---- for tests and the browser console: what is drawn, in viewport pixels ----
Object.assign(window, {
  diplograph: {
    labels: () => labelBoxes(renderer),
    nodes: () =>
      graph.mapNodes((id, a) => ({
        id,
        x: a.x,
        y: a.y,
        size: a.size,
        color: a.color,
        degree: graph.degree(id),
        hidden: !!a.hidden,
        kind: a.kind,
      })),
    edges: () => graph.mapEdges((_edge, a, source, target) => [source, target, a.relation]),
    /** Where a node, or the middle of an edge, is on screen. */
    onScreen: (id: string) => {
      const at = (node: string) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(node) ?? { x: 0, y: 0 });
      if (graph.hasNode(id)) return at(id);
      const [a, b] = graph.extremities(id).map(at) as [{ x: number; y: number }, { x: number; y: number }];
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    },
  },
});

// ---- boot ----
async function boot(): Promise<void> {
  const state = store.get();
  showTab(state.tab);
  if (state.script !== "original") await applyScript();
  else void filters.refresh();
  await app.reload();
  if (state.selected.length) {
    updateHighlight();
    showSelection();
  }
  if (state.article && state.tab === "article") void reader.open(state.article);
}

void boot();
