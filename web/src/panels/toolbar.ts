// The toolbar: layout start/stop, fit, hide, shortest path, script, export (panels/export.ts).
import type { App } from "../app.ts";
import { el, fill } from "../dom.ts";
import { fitView } from "../graph/renderer.ts";
import type { Script, View } from "../state.ts";
import { createExportGroup } from "./export.ts";

export function createToolbar(root: HTMLElement, app: App): { update(): void } {
  const layoutButton = el("button", {
    onclick: () => (app.layout.isRunning() ? app.layout.stop() : app.layout.start()),
  });
  const view = el(
    "select",
    { "aria-label": "View", "data-testid": "view", title: "The map: countries and their relations, one edge per pair" },
    el("option", { value: "map" }, "Map: countries"),
    el("option", { value: "graph" }, "Graph: claims, articles"),
    el("option", { value: "query" }, "Cypher query result"),
  );
  view.value = app.store.get().view;
  view.addEventListener("change", () => app.store.set({ view: view.value as View, expanded: [], hidden: [] }));
  const speakers = el("input", { type: "checkbox", "data-testid": "speakers" });
  speakers.checked = app.store.get().speakers;
  speakers.addEventListener("change", () => app.store.set({ speakers: speakers.checked }));
  const speakersToggle = el(
    "label",
    { class: "toggle", title: "The people who speak for the countries on the map" },
    speakers,
    "Speakers",
  );
  const pathButton = el(
    "button",
    { title: "Shortest path between the two selected nodes (shift-click to select)" },
    "Path",
  );
  const hideButton = el("button", { title: "Hide the selected nodes" }, "Hide");
  const unhideButton = el(
    "button",
    { title: "Show the hidden nodes again", "data-testid": "unhide", onclick: () => app.unhide() },
    "Show hidden",
  );
  const script = el(
    "select",
    { "aria-label": "Script", "data-testid": "script" },
    el("option", { value: "original" }, "原文"),
    el("option", { value: "hant" }, "繁體"),
    el("option", { value: "hans" }, "简体"),
  );
  pathButton.addEventListener("click", () => {
    const [from, to] = app.store.get().selected;
    if (from && to) void app.path(from, to);
  });
  hideButton.addEventListener("click", () => app.hide(app.store.get().selected));
  script.value = app.store.get().script;
  script.addEventListener("change", () => app.store.set({ script: script.value as Script }));
  fill(
    root,
    el("span", { class: "group view-group" }, view, speakersToggle),
    layoutButton,
    el("button", { onclick: () => fitView(app.renderer), title: "Fit the graph to the screen" }, "Fit"),
    hideButton,
    unhideButton,
    pathButton,
    script,
    createExportGroup(app),
  );

  const update = () => {
    layoutButton.textContent = app.layout.isRunning() ? "Stop layout" : "Start layout";
    const selected = app.store.get().selected.length;
    pathButton.disabled = selected !== 2;
    hideButton.disabled = selected === 0;
    const hidden = app.store.get().hidden.length;
    unhideButton.disabled = hidden === 0;
    unhideButton.textContent = hidden ? `Show hidden (${hidden})` : "Show hidden";
    speakersToggle.hidden = app.store.get().view !== "map";
    view.value = app.store.get().view;
  };
  app.layout.onChange(update);
  update();
  return { update };
}
