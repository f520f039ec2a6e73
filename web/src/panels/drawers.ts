// Narrow screens (below 1000 px, style.css): the filters and the panel leave the grid and become drawers over the
// graph, opened by two toggles in the top bar, so that the graph keeps the width. Wide screens never see the toggles.
import type { App } from "../app.ts";
import { el } from "../dom.ts";

const NARROW = "(max-width: 999px)";

export function createDrawers(topbar: HTMLElement, app: App): void {
  const toggle = (id: "sidebar" | "panel", title: string) => {
    const drawer = document.getElementById(id);
    const button = el("button", { class: "drawer-toggle", "aria-controls": id, "aria-expanded": "false" }, title);
    const set = (open: boolean) => {
      button.setAttribute("aria-expanded", String(open));
      drawer?.classList.toggle("open", open);
    };
    button.addEventListener("click", () => {
      const open = button.getAttribute("aria-expanded") !== "true";
      // One drawer at a time: two would cover the graph.
      for (const other of buttons) if (other.set !== set) other.set(false);
      set(open);
    });
    return { button, set };
  };
  const buttons = [toggle("sidebar", "Filters"), toggle("panel", "Details")];
  const [filters, panel] = buttons as [(typeof buttons)[0], (typeof buttons)[0]];
  topbar.prepend(filters.button);
  topbar.append(panel.button);
  // A selection opens its details on a narrow screen, where they would otherwise stay out of sight.
  app.store.subscribe((state, changed) => {
    if (!matchMedia(NARROW).matches) return;
    if (changed.has("selected") && state.selected.length) {
      filters.set(false);
      panel.set(true);
    }
  });
  // Back to wide: drawers close, the grid shows both again.
  matchMedia(NARROW).addEventListener("change", (query) => {
    if (!query.matches) for (const { set } of buttons) set(false);
  });
}
