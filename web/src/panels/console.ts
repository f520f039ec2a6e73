// The Cypher console: read-only Neo4j 5 Cypher (translated on the embedded store), results as a table,
// relationships and paths written whole as Neo4j Browser writes them, and as a graph (added to the view
// or replacing it); errors inline, examples, a history kept in localStorage. The editor (with the
// Cypher parser) loads on first open.
import type { CypherResult } from "../../../graph/api.ts";
import { api } from "../api.ts";
import type { App } from "../app.ts";
import { el, errorBox, fill } from "../dom.ts";
import type { CypherEditor } from "./cypher-editor.ts";

const HISTORY_KEY = "diplograph.cypher.history";
const HISTORY_SIZE = 30;

/** Neo4j 5 Cypher as analysts write it; on the embedded store it is translated (README lists how). */
const EXAMPLES: [string, string][] = [
  ["Who said what", "MATCH (p:Person)-[:SAID]->(c:Claim)\nRETURN p, c\nLIMIT 25"],
  [
    "Relations between countries, newest first",
    "MATCH (a:Country)-[r]->(b:Country)\nRETURN a.name, type(r) AS relation, b.name, r.date\nORDER BY r.date DESC\nLIMIT 50",
  ],
  ["Accusations with their evidence", "MATCH (:Country)-[r:ACCUSE]->(:Country)\nRETURN r\nLIMIT 20"],
  [
    "Relation types per pair of countries",
    "MATCH (a:Country)-[r]->(b:Country)\nRETURN a.iso3, b.iso3, collect(DISTINCT type(r)) AS types, count(r) AS n\nORDER BY n DESC\nLIMIT 25",
  ],
  [
    "A person's first role and the others (lists count from 0)",
    "MATCH (p:Person)\nWHERE size(p.roles) > 1\nRETURN p.name, p.roles[0] AS first, p.roles[1..] AS others\nLIMIT 25",
  ],
  [
    "People or organizations quoted most",
    "MATCH (n)-[:SAID]->(c:Claim)\nWHERE n:Person OR n:Organization\nRETURN labels(n)[0] AS kind, n.name, count(c) AS claims\nORDER BY claims DESC\nLIMIT 20",
  ],
  [
    "A name in either script",
    "MATCH (p:Person)\nWHERE '習近平' IN p.aliases OR p.id = 'Person:习近平'\nRETURN p.id, p.name, p.aliases",
  ],
  [
    "Shortest path between two countries",
    "MATCH p = shortestPath((a:Country {iso3: 'CHN'})-[*..4]-(b:Country {iso3: 'JPN'}))\nRETURN p",
  ],
  ["Labels and relationship types in use", "CALL db.labels() YIELD label\nRETURN label"],
];
const EXAMPLE = EXAMPLES[0]?.[1] ?? "";

function loadHistory(): string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(stored) ? stored.filter((q): q is string => typeof q === "string") : [];
  } catch {
    return [];
  }
}

type Entity = { id?: unknown; type?: unknown; properties?: Record<string, unknown> };
type Rel = { type: string; source: string | null; target: string | null; properties: Record<string, unknown> };
type Path = { nodes: Entity[]; rels: Rel[] };

const isRel = (value: Entity): value is Rel & Entity => typeof value.type === "string" && "source" in value;
const isPath = (value: object): value is Path =>
  Array.isArray((value as Path).nodes) && Array.isArray((value as Path).rels);

/** A property value as Cypher writes it: strings quoted, long text cut (the tooltip has it all). */
function literal(value: unknown): string {
  const text = JSON.stringify(value) ?? "null";
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** How the console writes results, as Neo4j Browser's table does: nodes by name, relationships whole. */
function cells(app: App, names: Map<string, string>) {
  const node = (id: string, fallback?: string, short = false) =>
    el(
      "button",
      { class: "link", title: id, onclick: () => void app.select([id], { focus: true }) },
      app.show((short ? fallback : names.get(id)) ?? fallback ?? id),
    );
  // A relationship's ends by name, cut short: a claim's name is its whole sentence.
  const end = (id: string | null) => {
    if (!id) return "";
    const name = names.get(id) ?? id;
    return node(id, name.length > 24 ? `${name.slice(0, 23)}…` : name, true);
  };
  const properties = (p: Record<string, unknown>) => {
    const entries = Object.entries(p);
    if (!entries.length) return "";
    return el(
      "span",
      { class: "muted", title: JSON.stringify(p, null, 1) },
      ` {${entries.map(([k, v]) => `${k}: ${literal(v)}`).join(", ")}}`,
    );
  };
  const rel = (r: Rel, from = r.source) =>
    from === r.target && from !== r.source
      ? el("span", { class: "rel" }, "<-[:", r.type, properties(r.properties), "]-")
      : el("span", { class: "rel" }, "-[:", r.type, properties(r.properties), "]->");
  const cell = (value: unknown): Node | string => {
    if (value === null || value === undefined) return "";
    if (typeof value !== "object") return app.show(String(value));
    if (Array.isArray(value)) {
      const out = el("span", {}, "[");
      for (const [i, v] of value.entries()) out.append(...(i ? [", "] : []), cell(v));
      out.append("]");
      return out;
    }
    const entity = value as Entity;
    if (typeof entity.id === "string" && entity.properties) {
      const p = entity.properties;
      return node(entity.id, String(p.name ?? p.title ?? p.text ?? entity.id));
    }
    if (isRel(entity))
      return el("span", { class: "rel" }, "(", end(entity.source), ")", rel(entity), "(", end(entity.target), ")");
    if (isPath(value)) {
      const out = el("span", { class: "rel" });
      let previous: string | null = null;
      for (const [i, n] of value.nodes.entries()) {
        const id = typeof n.id === "string" ? n.id : null;
        const step = value.rels[i - 1];
        if (step) out.append(rel(step, previous));
        out.append("(", end(id), ")");
        previous = id;
      }
      return out;
    }
    return JSON.stringify(value);
  };
  return cell;
}

export function createConsole(root: HTMLElement, app: App): { open(): Promise<void> } {
  let editor: CypherEditor | undefined;
  const editorSlot = el("div", { class: "editor" });
  const historySelect = el("select", { "aria-label": "History" });
  const exampleSelect = el(
    "select",
    { "aria-label": "Examples" },
    el("option", { value: "" }, "Examples…"),
    ...EXAMPLES.map(([title, query]) => el("option", { value: query }, title)),
  );
  const runButton = el("button", { class: "primary", title: "Ctrl+Enter" }, "Run");
  const output = el("div", { class: "cypher-output", "data-testid": "cypher-output" });

  function renderHistory(): void {
    fill(
      historySelect,
      el("option", { value: "" }, "History…"),
      ...loadHistory().map((q) => el("option", { value: q }, q.replace(/\s+/g, " ").slice(0, 80))),
    );
  }

  function remember(query: string): void {
    const history = [query, ...loadHistory().filter((q) => q !== query)].slice(0, HISTORY_SIZE);
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    renderHistory();
  }

  function renderResult(result: CypherResult): void {
    const { graph } = result;
    const names = new Map(
      graph.nodes.map((n) => {
        const a = (n.attributes ?? {}) as Record<string, unknown>;
        return [n.key, String(a.name ?? a.title ?? a.text ?? n.key)];
      }),
    );
    const cell = cells(app, names);
    const graphActions = graph.nodes.length
      ? el(
          "div",
          { class: "actions" },
          `Graph: ${graph.nodes.length} nodes, ${graph.edges.length} relationships `,
          el("button", { onclick: () => app.addGraph(graph, "add") }, "Add to view"),
          el("button", { onclick: () => app.addGraph(graph, "replace") }, "Replace view"),
        )
      : el("p", { class: "muted" }, "No nodes in the result.");
    const table = el(
      "table",
      { "data-testid": "cypher-table" },
      el("thead", {}, el("tr", {}, ...result.columns.map((c) => el("th", {}, c)))),
      el("tbody", {}, ...result.rows.map((row) => el("tr", {}, ...row.map((v) => el("td", {}, cell(v)))))),
    );
    fill(
      output,
      el("p", { class: "meta" }, `${result.rows.length} rows${result.truncated ? " (truncated)" : ""}`),
      graphActions,
      el("div", { class: "table-wrap" }, table),
    );
  }

  async function run(): Promise<void> {
    const query = editor?.getText().trim() ?? "";
    if (!query) return;
    fill(output, el("p", { class: "muted" }, "Running…"));
    runButton.disabled = true;
    try {
      const result = await api.cypher(query);
      remember(query);
      renderResult(result);
    } catch (error) {
      fill(output, errorBox(error));
    } finally {
      runButton.disabled = false;
    }
  }

  runButton.addEventListener("click", () => void run());
  for (const select of [historySelect, exampleSelect])
    select.addEventListener("change", () => {
      if (select.value) editor?.setText(select.value);
      select.value = "";
      editor?.focus();
    });

  return {
    async open() {
      if (!editor) {
        fill(root, el("p", { class: "muted" }, "Loading the Cypher editor…"));
        try {
          const { createCypherEditor } = await import("./cypher-editor.ts");
          editor = createCypherEditor(editorSlot, app.store.get().query || EXAMPLE, run, (query) =>
            app.store.set({ query }),
          );
        } catch (error) {
          fill(root, errorBox(error));
          return;
        }
        renderHistory();
        fill(
          root,
          el(
            "p",
            { class: "meta" },
            "Neo4j 5 Cypher, read-only, on either store: type(r), labels(n), n:Label, lists counted from 0, " +
              "shortestPath(), CALL db.labels(). Ctrl+Enter runs; Ctrl+Space completes. " +
              "What the embedded store cannot run is refused with the form that works (see README).",
          ),
          editorSlot,
          el("div", { class: "actions" }, runButton, exampleSelect, historySelect),
          output,
        );
      }
      editor.focus();
    },
  };
}
