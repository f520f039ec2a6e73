// Ingest: paste text or choose a file, preview the extracted graph (nothing stored), then add it to the store.
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { GraphJSON } from "../../../graph/api.ts";
import type { EdgeType, NodeLabel } from "../../../graph/schema.ts";
import { toWire } from "../../../graph/wire.ts";
import { api, type IngestBody } from "../api.ts";
import type { App } from "../app.ts";
import { el, errorBox, fill } from "../dom.ts";
import { createViewGraph, replaceWith } from "../graph/model.ts";
import { createRenderer, frameNodes, type Renderer } from "../graph/renderer.ts";
import { kindOf, LABEL_COLORS } from "../graph/style.ts";

/** An added article is shown with its claims and what they name: the relationships that lead there. */
const ARTICLE_TYPES: EdgeType[] = ["IN_ARTICLE", "SAID", "MENTIONS"];
const ARTICLE_VIEW_LIMIT = 500;

export function createIngest(root: HTMLElement, app: App): void {
  const text = el("textarea", {
    rows: 8,
    placeholder: "Paste an article (Chinese or English)…",
    "data-testid": "ingest-text",
  });
  const title = el("input", { type: "text", placeholder: "Title (optional)" });
  const date = el("input", { type: "date", "aria-label": "Date" });
  const source = el("input", { type: "text", placeholder: "Source (optional)" });
  const file = el("input", { type: "file", accept: ".txt,.md,text/plain", "aria-label": "Article file" });
  const previewButton = el("button", {}, "Preview");
  const addButton = el("button", { class: "primary" }, "Add to store");
  const result = el("div", { class: "ingest-result", "data-testid": "ingest-result" });
  const canvas = el("div", { class: "preview-graph", hidden: true });
  const previewGraph = createViewGraph();
  let previewRenderer: Renderer | undefined;

  function body(): IngestBody | null {
    const meta = {
      title: title.value.trim() || undefined,
      date: date.value || undefined,
      source: source.value.trim() || undefined,
    };
    const chosen = file.files?.[0];
    if (chosen) return { file: chosen, ...meta };
    if (!text.value.trim()) return null;
    return { text: text.value, ...meta };
  }

  function showPreview(json: GraphJSON): void {
    const byLabel = new Map<NodeLabel, string[]>();
    for (const node of json.nodes) {
      const kind = kindOf(node.key, node.attributes ?? {});
      if (kind === "Claim" || kind === "Article") continue;
      byLabel.set(kind, [...(byLabel.get(kind) ?? []), String(node.attributes?.name ?? node.key)]);
    }
    fill(
      result,
      el(
        "p",
        { class: "meta" },
        `Preview: ${json.nodes.length} nodes, ${json.edges.length} relationships (not stored)`,
      ),
      ...[...byLabel].map(([label, names]) =>
        el(
          "p",
          {},
          el("span", { class: "dot", style: `background:${LABEL_COLORS[label]}` }),
          ` ${label}: `,
          app.show(names.join("、")),
        ),
      ),
    );
    canvas.hidden = false;
    replaceWith(previewGraph, toWire(json), app.show);
    forceAtlas2.assign(previewGraph, { iterations: 150, settings: forceAtlas2.inferSettings(previewGraph) });
    previewRenderer ??= createRenderer(canvas, previewGraph);
    previewRenderer.refresh();
    previewRenderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1 });
  }

  async function act(button: HTMLButtonElement, work: (input: IngestBody) => Promise<void>): Promise<void> {
    const input = body();
    if (!input) {
      fill(result, errorBox(new Error("Paste some text or choose a file first.")));
      return;
    }
    button.disabled = true;
    fill(result, el("p", { class: "muted" }, "Extracting…"));
    try {
      await work(input);
    } catch (error) {
      fill(result, errorBox(error));
    } finally {
      button.disabled = false;
    }
  }

  previewButton.addEventListener(
    "click",
    () => void act(previewButton, async (input) => showPreview(await api.extract(input))),
  );
  addButton.addEventListener(
    "click",
    () =>
      void act(addButton, async (input) => {
        const added = await api.ingest(input);
        fill(
          result,
          el(
            "p",
            { role: "status" },
            added.created
              ? `Added: ${added.nodesAdded} nodes, ${added.relationshipsAdded} relationships.`
              : "This article was already stored; nothing changed.",
          ),
        );
        canvas.hidden = true;
        file.value = "";
        app.articlesChanged();
        await app.reload();
        await showArticle(added.article, added.merged ?? []);
      }),
  );

  /**
   * The article in view with its claims and the people, countries and organizations they name, selected with the
   * stored entities it merged into, which the result lists; the camera frames them once the layout has settled.
   */
  async function showArticle(article: string, merged: string[]): Promise<void> {
    const shown = await app.expand({ ids: [article], depth: 2, limit: ARTICLE_VIEW_LIMIT, types: ARTICLE_TYPES });
    const present = merged.filter((id) => app.graph.hasNode(id));
    await app.select([article, ...present]);
    // The result stays in sight; the article's details are a tab away.
    app.store.set({ tab: "ingest" });
    if (present.length)
      result.append(
        el(
          "p",
          { "data-testid": "ingest-merged" },
          `Merged into ${present.length} stored ${present.length === 1 ? "entity" : "entities"}: `,
          ...present.flatMap((id, i) => [
            i ? "、" : "",
            el(
              "button",
              { class: "link", "data-id": id, onclick: () => void app.select([id], { focus: true }) },
              app.show(app.graph.getNodeAttribute(id, "name")),
            ),
          ]),
        ),
      );
    const frame = () => frameNodes(app.renderer, shown ?? [article]);
    if (!app.layout.isRunning()) return frame();
    let framed = false;
    app.layout.onChange((running) => {
      if (running || framed) return;
      framed = true;
      frame();
    });
  }

  fill(
    root,
    el("p", { class: "meta" }, "The extractor reads the text; Preview shows what it found without storing anything."),
    text,
    el("div", { class: "row" }, title, date),
    el("div", { class: "row" }, source, file),
    el("div", { class: "actions" }, previewButton, addButton),
    result,
    canvas,
  );
}
