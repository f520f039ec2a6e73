// Expansion of a node as Neo4j Bloom does it: by chosen relationship types, one or two hops, a capped page at a
// time with "show more" for nodes with hundreds of neighbours. The form sits in the node's details.
import type { NodeLabel } from "../../../graph/schema.ts";
import type { App } from "../app.ts";
import {
  afterPage,
  CAPS,
  DEFAULT_CAP,
  type ExpandChoice,
  type Expansion,
  nextPage,
  startExpansion,
  typeGroups,
} from "../core/expansion.ts";
import { el, fill } from "../dom.ts";

export interface Expander {
  /** The form and the state of the node's expansion, for its details. */
  section(id: string, label: NodeLabel, degree: number): HTMLElement;
  /** Expands a node by every type the view offers, one hop, one page (a double click). */
  quick(id: string, label: NodeLabel): Promise<void>;
}

export function createExpander(app: App): Expander {
  const expansions = new Map<string, Expansion>();
  /** The status line of the form on screen, by node: pages fetched from a double click update it too. */
  const statusLines = new Map<string, HTMLElement>();

  const groupsFor = (label: NodeLabel) => typeGroups(label, app.store.get().view !== "map");

  function showStatus(id: string): void {
    const line = statusLines.get(id);
    const expansion = expansions.get(id);
    if (!line?.isConnected || !expansion) return;
    const { shown, more, choice } = expansion;
    fill(
      line,
      `${shown.length} neighbour${shown.length === 1 ? "" : "s"} shown`,
      more ? " · " : " — all of them",
      more
        ? el(
            "button",
            { class: "link", "data-testid": "expand-more", onclick: () => void page(id) },
            `Show ${choice.cap} more`,
          )
        : null,
    );
  }

  async function page(id: string): Promise<void> {
    const expansion = expansions.get(id);
    if (!expansion) return;
    const nodes = await app.expand(nextPage(expansion));
    if (!nodes) return;
    expansions.set(id, afterPage(expansion, nodes));
    showStatus(id);
  }

  function run(id: string, choice: ExpandChoice): Promise<void> {
    expansions.set(id, startExpansion(id, choice));
    return page(id);
  }

  return {
    section(id, label, degree) {
      const groups = groupsFor(label);
      const previous = expansions.get(id)?.choice;
      const boxes = groups.map((group) =>
        el("input", {
          type: "checkbox",
          value: group.key,
          checked: previous ? group.types.every((t) => previous.types.includes(t)) : true,
        }),
      );
      const depth = el(
        "select",
        { "data-testid": "expand-depth", title: "Hops" },
        ...[1, 2].map((n) =>
          el("option", { value: n, selected: previous?.depth === n }, `${n} hop${n > 1 ? "s" : ""}`),
        ),
      );
      const cap = el(
        "select",
        { "data-testid": "expand-cap", title: "New nodes per page" },
        ...CAPS.map((n) => el("option", { value: n, selected: (previous?.cap ?? DEFAULT_CAP) === n }, `${n} per page`)),
      );
      const status = el("p", { class: "meta", "data-testid": "expand-status" });
      statusLines.set(id, status);
      const go = el(
        "button",
        {
          "data-testid": "expand-run",
          onclick: () => {
            const types = groups.filter((_, i) => boxes[i]?.checked).flatMap((g) => g.types);
            if (types.length) void run(id, { types, depth: depth.value === "2" ? 2 : 1, cap: Number(cap.value) });
          },
        },
        "Expand",
      );
      const section = el(
        "section",
        { class: "expand", "data-testid": "expand" },
        el("h3", {}, `Expand (${degree} relationships)`),
        el(
          "div",
          { class: "expand-types" },
          ...groups.map((group, i) => el("label", { title: group.types.join(", ") }, boxes[i], ` ${group.title}`)),
        ),
        el("div", { class: "actions" }, depth, cap, go),
        status,
      );
      showStatus(id);
      return section;
    },
    quick(id, label) {
      // Types the filters leave out stay out.
      const filtered = app.store.get().filter.types;
      const types = groupsFor(label)
        .flatMap((g) => g.types)
        .filter((t) => !filtered?.length || filtered.includes(t));
      return types.length ? run(id, { types, depth: 1, cap: DEFAULT_CAP }) : Promise.resolve();
    },
  };
}
