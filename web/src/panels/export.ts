// The toolbar's export group: a format (the API's, or PNG of the drawing), a scope (the view or the selection and
// what surrounds it) and the button. GEXF is written here from the API's JSON, with the view's positions, sizes and
// colours (viz namespace), which only the browser knows.
import { downloadAsPNG } from "@sigma/export-image";
import type Sigma from "sigma";
import { api, EXPORT_FORMATS, type ExportFormat } from "../api.ts";
import type { App } from "../app.ts";
import { type ExportScope, exportIds, viewLooks } from "../core/export.ts";
import { el } from "../dom.ts";
import { download } from "../download.ts";
import { ownLabels } from "../graph/renderer.ts";

/** The GEXF of these nodes: the stored graph from the API's JSON export, drawn as the view draws it. */
async function gexf(app: App, ids: string[]): Promise<{ name: string; blob: Blob }> {
  const [{ toGexf }, { toGraph }, file] = await Promise.all([
    import("../../../graph/export/gexf.ts"),
    import("../../../graph/export/index.ts"),
    api.export("json", ids),
  ]);
  const graph = toGraph(JSON.parse(await file.blob.text()));
  const xml = toGexf(graph, viewLooks(app.graph));
  return { name: "diplograph.gexf", blob: new Blob([xml], { type: "application/gexf+xml" }) };
}

const scopeOf = (value: string): ExportScope => (value === "selection" ? "selection" : "view");

export function createExportGroup(app: App): HTMLElement {
  const format = el(
    "select",
    { "aria-label": "Export format", "data-testid": "export-format" },
    ...EXPORT_FORMATS.map((f) => el("option", { value: f }, f.toUpperCase())),
    el("option", { value: "png" }, "PNG"),
  );
  const scope = el(
    "select",
    { "aria-label": "Export scope", "data-testid": "export-scope" },
    el("option", { value: "view" }, "view"),
    el(
      "option",
      { value: "selection", title: "The selected nodes, their neighbours and the edges among them" },
      "selection",
    ),
  );
  const button = el("button", { "data-testid": "export" }, "Export");
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      if (format.value === "png") {
        const labels = ownLabels();
        await downloadAsPNG(app.renderer as unknown as Sigma, {
          fileName: "diplograph",
          backgroundColor: "#ffffff",
          sigmaSettings: labels.settings,
          withTempRenderer: (temp) => {
            labels.attach(temp);
            temp.refresh();
          },
        });
      } else {
        const ids = exportIds(app.graph, scopeOf(scope.value), app.store.get().selected);
        if (ids.length === 0) throw new Error("Nothing to export: select nodes or load a view first.");
        const file =
          format.value === "gexf" ? await gexf(app, ids) : await api.export(format.value as ExportFormat, ids);
        download(file.name, file.blob);
      }
      app.status(`Exported ${format.value.toUpperCase()}.`);
    } catch (error) {
      app.status(error instanceof Error ? error.message : String(error), "error");
    } finally {
      button.disabled = false;
    }
  });
  return el("span", { class: "group" }, format, scope, button);
}
