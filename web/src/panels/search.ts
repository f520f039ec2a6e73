// Search with autocomplete: the API matches names and aliases in both scripts; choosing a hit focuses it.

import type { SearchHit } from "../../../graph/api.ts";
import type { NodeLabel } from "../../../graph/schema.ts";
import { api } from "../api.ts";
import type { App } from "../app.ts";
import { el, errorBox, fill } from "../dom.ts";
import { LABEL_COLORS } from "../graph/style.ts";

const DEBOUNCE_MS = 150;

export function createSearch(root: HTMLElement, app: App): { focus(): void } {
  const input = el("input", {
    type: "search",
    class: "search-box",
    placeholder: "Search names, both scripts  ( / )",
    "aria-label": "Search",
    "data-testid": "search",
    autocomplete: "off",
    role: "combobox",
    "aria-expanded": "false",
    "aria-controls": "search-results",
  });
  const list = el("ul", { id: "search-results", class: "dropdown", role: "listbox", hidden: true });
  fill(root, input, list);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = "";

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  };

  function render(): void {
    fill(
      list,
      ...hits.map((hit, index) =>
        el(
          "li",
          {
            role: "option",
            class: index === active ? "active" : "",
            "aria-selected": index === active ? "true" : "false",
            onmousedown: (event: Event) => {
              event.preventDefault();
              choose(hit, (event as MouseEvent).shiftKey);
            },
          },
          el("span", { class: "dot", style: `background:${LABEL_COLORS[hit.label as NodeLabel] ?? "#999"}` }),
          el("span", { class: "name" }, app.show(hit.name)),
          el("span", { class: "muted" }, ` ${hit.label} · ${hit.degree}`),
          hit.aliases.length > 1 ? el("div", { class: "hit-aliases" }, app.show(hit.aliases.join("、"))) : null,
        ),
      ),
    );
    if (hits.length === 0) list.append(el("li", { class: "muted" }, "No match"));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function choose(hit: SearchHit, add = false): void {
    close();
    input.value = hit.name;
    const selected = app.store.get().selected;
    void app.select(add ? [...selected.filter((id) => id !== hit.id), hit.id] : [hit.id], { focus: true });
  }

  async function lookup(): Promise<void> {
    const q = input.value.trim();
    if (!q) return close();
    asked = q;
    try {
      const found = await api.search(q, 12);
      if (asked !== q) return; // a newer query is on its way
      hits = found;
      active = hits.length ? 0 : -1;
      render();
    } catch (error) {
      fill(list, el("li", {}, errorBox(error)));
      list.hidden = false;
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(lookup, DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!hits.length) return;
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (event.key === "Enter") {
      const hit = hits[active];
      if (hit && !list.hidden) choose(hit, event.shiftKey);
      else void lookup();
    } else if (event.key === "Escape") {
      close();
      input.blur();
    }
  });
  input.addEventListener("blur", close);

  return { focus: () => input.focus() };
}
