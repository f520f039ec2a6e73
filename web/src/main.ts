// Boots the explorer: state (URL) -> view graph (API) -> sigma renderer and panels, wired through one App object.
import { toWire, type WireGraph } from "../../graph/wire.ts";
import type { GraphJSON } from "../../store/store.ts";
import { api } from "./api.ts";
import type { App } from "./app.ts";
import { el, fill } from "./dom.ts";
import { createLayout } from "./graph/layout.ts";
import { createViewGraph, mergeInto, relabel, replaceWith, setHidden, visibleNodes } from "./graph/model.ts";
import { createRenderer, fitView, focusNode, highlight, neighbourhood, rebuild } from "./graph/renderer.ts";
import { createConsole } from "./panels/console.ts";
import { createDetails } from "./panels/details.ts";
import { createFilters } from "./panels/filters.ts";
import { createIngest } from "./panels/ingest.ts";
import { renderLegend } from "./panels/legend.ts";
import { createReader } from "./panels/reader.ts";
import { createSearch } from "./panels/search.ts";
import { createToolbar } from "./panels/toolbar.ts";
import { converterFor } from "./script.ts";
import { createStore, fromUrl, type Tab } from "./state.ts";

/** Overview cap (the API's maximum); the API returns the highest-degree nodes first. */
const OVERVIEW_LIMIT = 5000;
const NEIGHBOUR_LIMIT = 300;

const byId = (id: string) => document.getElementById(id) as HTMLElement;

const store = createStore(fromUrl(location.search));
// The first overview is asked for before sigma's WebGL set-up (0.1-0.3 s in software WebGL): the server answers
// meanwhile. The first reload takes it if the filter is still the same (filters are replaced, not changed);
// a failure is reported there.
const bootFilter = store.get().filter;
let firstOverview: Promise<WireGraph> | null = api.graph(bootFilter, OVERVIEW_LIMIT);
firstOverview.catch(() => undefined);
const graph = createViewGraph();
const renderer = createRenderer(byId("graph"), graph);
const layout = createLayout(graph);
const statusLine = byId("status");

let hovered: string | null = null;
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
  renderLegend(byId("legend"), graph);
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
    store.set({ selected: ids, hidden: store.get().hidden.filter((id) => !ids.includes(id)), tab: "details" });
    viewChanged();
    const last = ids[ids.length - 1];
    if (options.focus && last && graph.hasNode(last)) {
      focusNode(renderer, last);
      // The layout may still move it: look again where it comes to rest.
      if (layout.isRunning()) focusWhenSettled = last;
    }
  },

  async expand(id) {
    setStatus("Expanding…", "busy");
    try {
      const json = await api.neighbours([id], 1, NEIGHBOUR_LIMIT, store.get().filter);
      const added = rebuild(renderer, () => mergeInto(graph, json, app.show));
      store.set({ expanded: [...new Set([...store.get().expanded, id])] });
      layout.settle();
      viewChanged(`${added.length} nodes added`);
    } catch (error) {
      setStatus((error as Error).message, "error");
    }
  },

  hide(ids) {
    setHidden(graph, ids, true);
    const { hidden, selected } = store.get();
    store.set({ hidden: [...new Set([...hidden, ...ids])], selected: selected.filter((id) => !ids.includes(id)) });
    viewChanged(`${ids.length} hidden`);
  },

  async path(from, to) {
    try {
      const wire = await api.path(from, to);
      if (wire.nodes.length === 0) return setStatus("No path between these two nodes.", "error");
      rebuild(renderer, () => mergeInto(graph, wire, app.show));
      pathNodes = new Set(wire.nodes);
      setHidden(graph, pathNodes, false);
      viewChanged(`Path of ${wire.edges.length / 3} steps`);
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
    if (mode === "replace") store.set({ expanded: [], hidden: [], selected: [] });
    pathNodes = null;
    layout.settle();
    fitView(renderer);
    viewChanged(`${json.nodes.length} nodes from the query`);
  },

  async reload() {
    setStatus("Loading…", "busy");
    const { filter, expanded, hidden } = store.get();
    try {
      const prefetched = filter === bootFilter ? firstOverview : null;
      firstOverview = null;
      const overview = await (prefetched ?? api.graph(filter, OVERVIEW_LIMIT));
      const around = expanded.length ? await api.neighbours(expanded, 1, NEIGHBOUR_LIMIT, filter) : null;
      rebuild(renderer, () => {
        replaceWith(graph, overview, app.show);
        if (around) mergeInto(graph, around, app.show);
        setHidden(graph, hidden, true);
      });
      layout.settle();
      fitView(renderer);
      viewChanged(graph.order === 0 ? "The store is empty: add an article in the Ingest tab." : "");
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

const details = createDetails(panes.details, app);
const reader = createReader(panes.article, app);
const cypherConsole = createConsole(panes.cypher, app);
createIngest(panes.ingest, app);
const filters = createFilters(byId("filters"), app);
const search = createSearch(byId("search"), app);
const toolbar = createToolbar(byId("toolbar"), app);
details.clear();
fill(panes.article, el("p", { class: "muted" }, "Click a claim or a relation to read its article here."));

function showTab(tab: Tab): void {
  for (const button of tabButtons) button.setAttribute("aria-selected", String(button.dataset.tab === tab));
  for (const [id, pane] of Object.entries(panes)) pane.hidden = id !== tab;
  if (tab === "cypher") void cypherConsole.open();
}

store.subscribe((state, changed) => {
  if (changed.has("tab")) showTab(state.tab);
  if (changed.has("selected")) {
    toolbar.update();
    updateHighlight();
    const first = state.selected[0];
    if (first) void details.showNode(first);
    else details.clear();
  }
  if (changed.has("script")) void applyScript();
});

async function applyScript(): Promise<void> {
  try {
    app.show = await converterFor(store.get().script);
  } catch (error) {
    return setStatus(`The script converter could not load: ${(error as Error).message}`, "error");
  }
  relabel(graph, app.show);
  const { selected, article, tab } = store.get();
  if (selected[0]) void details.showNode(selected[0]);
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
  void app.expand(payload.node);
});
renderer.on("clickEdge", ({ edge }) => app.showEdge(edge));
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

// ---- boot ----
async function boot(): Promise<void> {
  const state = store.get();
  showTab(state.tab);
  if (state.script !== "original") await applyScript();
  else void filters.refresh();
  await app.reload();
  if (state.selected[0]) {
    updateHighlight();
    void details.showNode(state.selected[0]);
  }
  if (state.article && state.tab === "article") void reader.open(state.article);
}

void boot();
