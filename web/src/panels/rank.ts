// Rankings and styling (as Gephi Lite does): a sortable table of the nodes in view with degree, PageRank,
// betweenness and community, computed in a worker; a click focuses the node; size and colour by any of them.
import type { App } from "../app.ts";
import { colorsBy, type EdgeList, METRICS, type Metric, type NodeMetrics, sizesBy } from "../core/metrics.ts";
import { el, errorBox, fill } from "../dom.ts";
import { rebuild } from "../graph/renderer.ts";
import { communityColor, drawnStyle, LABEL_COLORS } from "../graph/style.ts";

export const SIZE_BY = ["default", ...METRICS] as const;
export const COLOR_BY = ["default", "kind", "community", ...METRICS] as const;
export type SizeBy = (typeof SIZE_BY)[number];
export type ColorBy = (typeof COLOR_BY)[number];

const LABELS: Record<string, string> = {
  default: "as drawn",
  kind: "label",
  community: "community",
  degree: "degree",
  pagerank: "PageRank",
  betweenness: "betweenness",
};
const COLUMNS = ["name", "kind", "community", ...METRICS] as const;
type Column = (typeof COLUMNS)[number];
/** Rows drawn at most: the table is for finding the top nodes, the export for all of them. */
const ROWS = 200;

type Answer = { id: number; metrics: Record<string, NodeMetrics> } | { id: number; error: string };

export interface RankPanel {
  /** The view changed: metrics are recomputed when the panel shows or a style uses them. */
  refresh(): void;
}

export function createRankPanel(root: HTMLElement, app: App, visible: () => boolean): RankPanel {
  let worker: Worker | null = null;
  let requests = 0;
  let metrics: Record<string, NodeMetrics> = {};
  let sort: { column: Column; ascending: boolean } = { column: "pagerank", ascending: false };
  let sizeBy: SizeBy = "default";
  let colorBy: ColorBy = "default";

  const select = (values: readonly string[], testid: string, onChange: (value: string) => void) => {
    const node = el(
      "select",
      { "data-testid": testid },
      ...values.map((v) => el("option", { value: v }, LABELS[v] ?? v)),
    );
    node.addEventListener("change", () => onChange(node.value));
    return node;
  };
  const sizeSelect = select(SIZE_BY, "size-by", (v) => {
    sizeBy = v as SizeBy;
    restyle();
  });
  const colorSelect = select(COLOR_BY, "color-by", (v) => {
    colorBy = v as ColorBy;
    restyle();
  });
  const table = el("div", { class: "table-wrap rank-wrap" });
  const note = el("p", { class: "meta" });
  fill(
    root,
    el(
      "div",
      { class: "actions" },
      el("label", {}, "Size by ", sizeSelect),
      el("label", {}, "Colour by ", colorSelect),
    ),
    note,
    table,
  );

  function restyle(): void {
    const { graph, renderer } = app;
    const sizes = sizeBy === "default" ? null : sizesBy(metrics, sizeBy);
    const colors =
      colorBy === "default" || colorBy === "kind" || colorBy === "community" ? null : colorsBy(metrics, colorBy);
    rebuild(renderer, () =>
      graph.updateEachNodeAttributes((id, a) => {
        const base = drawnStyle(a, graph.degree(id));
        a.size = sizes?.[id] ?? base.size;
        a.color =
          colors?.[id] ??
          (colorBy === "kind"
            ? LABEL_COLORS[a.kind]
            : colorBy === "community"
              ? communityColor(metrics[id]?.community ?? 99)
              : base.color);
        return a;
      }),
    );
  }

  function renderTable(): void {
    const { graph } = app;
    const rows = graph
      .filterNodes((_id, a) => !a.hidden)
      .map((id) => ({
        id,
        name: graph.getNodeAttribute(id, "label"),
        kind: graph.getNodeAttribute(id, "kind"),
        ...metrics[id],
      }));
    const value = (row: (typeof rows)[number], column: Column) => row[column as keyof typeof row] ?? "";
    rows.sort((a, b) => {
      const [x, y] = [value(a, sort.column), value(b, sort.column)];
      const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return (sort.ascending ? order : -order) || a.id.localeCompare(b.id);
    });
    const header = COLUMNS.map((column) =>
      el(
        "th",
        { "aria-sort": sort.column === column ? (sort.ascending ? "ascending" : "descending") : "none" },
        el(
          "button",
          {
            class: "link",
            "data-sort": column,
            onclick: () => {
              sort = {
                column,
                ascending: sort.column === column ? !sort.ascending : column === "name" || column === "kind",
              };
              renderTable();
            },
          },
          LABELS[column] ?? column,
        ),
      ),
    );
    const format = (n: number | undefined, digits: number) => (n === undefined ? "" : n.toFixed(digits));
    fill(
      table,
      el(
        "table",
        { "data-testid": "rank-table" },
        el("thead", {}, el("tr", {}, ...header)),
        el(
          "tbody",
          {},
          ...rows
            .slice(0, ROWS)
            .map((row) =>
              el(
                "tr",
                { class: "evidence-row", "data-id": row.id, onclick: () => void app.select([row.id], { focus: true }) },
                el("td", {}, row.name),
                el("td", {}, row.kind),
                el("td", {}, row.community === undefined ? "" : String(row.community)),
                el("td", { "data-value": row.degree ?? "" }, String(row.degree ?? "")),
                el("td", { "data-value": row.pagerank ?? "" }, format(row.pagerank, 4)),
                el("td", { "data-value": row.betweenness ?? "" }, format(row.betweenness, 4)),
              ),
            ),
        ),
      ),
    );
    note.textContent = `${rows.length} nodes in view${rows.length > ROWS ? `, the first ${ROWS} shown` : ""}. PageRank and betweenness on the view as one undirected graph.`;
  }

  async function compute(): Promise<void> {
    const { graph } = app;
    const nodes = graph.nodes();
    const index = new Map(nodes.map((id, i) => [id, i]));
    const edges: number[] = [];
    graph.forEachEdge((_e, _a, source, target) => {
      edges.push(index.get(source) as number, index.get(target) as number);
    });
    if (!worker) {
      worker = new Worker(new URL("../graph/metrics-worker.ts", import.meta.url), { type: "module" });
    }
    const id = ++requests;
    const current = worker;
    note.textContent = "Computing…";
    const answer = await new Promise<Answer>((resolve) => {
      const listen = (event: MessageEvent<Answer>) => {
        if (event.data.id !== id) return;
        current.removeEventListener("message", listen);
        resolve(event.data);
      };
      current.addEventListener("message", listen);
      current.postMessage({ id, list: { nodes, edges } satisfies EdgeList });
    });
    if (id !== requests) return; // a newer view is being computed
    if ("error" in answer) {
      table.replaceChildren(errorBox(new Error(`The rankings could not be computed: ${answer.error}`)));
      return;
    }
    metrics = answer.metrics;
    renderTable();
    if (sizeBy !== "default" || colorBy !== "default") restyle();
  }

  return {
    refresh() {
      if (visible() || sizeBy !== "default" || colorBy !== "default") void compute();
    },
  };
}
