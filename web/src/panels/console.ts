// The Cypher console: read-only queries, results as a table and as a graph (added to the view or replacing it),
// errors inline, a history kept in localStorage. The editor (with the Cypher parser) loads on first open.
import type { CypherResult } from "../../../store/store.ts";
import { api } from "../api.ts";
import type { App } from "../app.ts";
import { el, errorBox, fill } from "../dom.ts";
import type { CypherEditor } from "./cypher-editor.ts";

const HISTORY_KEY = "diplograph.cypher.history";
const HISTORY_SIZE = 30;
const EXAMPLE = "MATCH (p:Person)-[:SAID]->(c:Claim)\nRETURN p, c\nLIMIT 25";

function loadHistory(): string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(stored) ? stored.filter((q): q is string => typeof q === "string") : [];
  } catch {
    return [];
  }
}

type Entity = { id?: unknown; type?: unknown; properties?: Record<string, unknown> };

/** A node as its name (a link that selects it), a relationship as its type, anything else as JSON text. */
function cell(value: unknown, app: App): Node | string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return app.show(String(value));
  const entity = value as Entity;
  if (typeof entity.id === "string" && entity.properties) {
    const id = entity.id;
    const p = entity.properties;
    const name = String(p.name ?? p.title ?? p.text ?? id);
    return el(
      "button",
      { class: "link", title: id, onclick: () => void app.select([id], { focus: true }) },
      app.show(name),
    );
  }
  if (typeof entity.type === "string" && "source" in entity) return `:${entity.type}`;
  return JSON.stringify(value);
}

export function createConsole(root: HTMLElement, app: App): { open(): Promise<void> } {
  let editor: CypherEditor | undefined;
  const editorSlot = el("div", { class: "editor" });
  const historySelect = el("select", { "aria-label": "History" });
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
      el("tbody", {}, ...result.rows.map((row) => el("tr", {}, ...row.map((v) => el("td", {}, cell(v, app)))))),
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
  historySelect.addEventListener("change", () => {
    if (historySelect.value) editor?.setText(historySelect.value);
    historySelect.value = "";
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
          el("p", { class: "meta" }, "Read-only Cypher. Ctrl+Enter runs; Ctrl+Space completes."),
          editorSlot,
          el("div", { class: "actions" }, runButton, historySelect),
          output,
        );
      }
      editor.focus();
    },
  };
}
