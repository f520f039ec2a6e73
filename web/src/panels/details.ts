// The details panel: a node's properties, roles and claims with their evidence, or a relation's evidence.

import type { ClaimEvidence, ClaimsOf, NodeDetails, WireGraph } from "../../../graph/api.ts";
import type { NodeLabel } from "../../../graph/schema.ts";
import { edgeTypeAt } from "../../../graph/wire.ts";
import { api } from "../api.ts";
import type { App } from "../app.ts";
import { el, errorBox, fill } from "../dom.ts";
import { spanInContext } from "../evidence.ts";
import { displayLabel, kindOf, LABEL_COLORS, POLARITY_COLORS } from "../graph/style.ts";
import type { Expander } from "./expand.ts";

const chip = (text: string, color: string) => el("span", { class: "chip", style: `background:${color}` }, text);

/** Claims fetched by each "Show more". */
const CLAIMS_PAGE = 50;

const HIDDEN_PROPERTIES = new Set(["label", "text", "name", "title", "aliases", "roles"]);
/** Keys and codes, shown as stored: the script toggle converts names, never ids (習近平 is not Person:习近平). */
const VERBATIM_PROPERTIES = new Set(["id", "iso3", "article", "hash", "file", "language", "date", "kind"]);

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.join("、");
  if (value && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export interface Details {
  showNode(id: string): Promise<void>;
  /** A path as text: each node, and the relationship to the next one with its direction. */
  showPath(path: WireGraph): void;
  showEdge(key: string): Promise<void>;
  clear(): void;
}

export function createDetails(root: HTMLElement, app: App, expander: Expander): Details {
  const nodeLink = (id: string, name: string) =>
    el("button", { class: "link", onclick: () => void app.select([id], { focus: true }) }, app.show(name));

  function claimItem(claim: ClaimEvidence): HTMLElement {
    const meta = el(
      "div",
      { class: "meta" },
      claim.article.date ?? "",
      claim.article.date ? " · " : "",
      app.show(claim.article.title),
      claim.speaker ? " · " : "",
      claim.speaker ? nodeLink(claim.speaker.id, claim.speaker.name) : "",
    );
    const item = el(
      "li",
      { class: "claim-item", "data-claim": claim.id, tabindex: 0, title: "Show in the article" },
      meta,
      // contextStart is where the claim starts within its context.
      spanInContext(claim.context, claim.contextStart, claim.contextStart + claim.end - claim.start, app.show),
    );
    const open = () => {
      for (const other of root.querySelectorAll(".claim.active")) other.classList.remove("active");
      item.classList.add("active");
      app.openArticle(claim.article.id, claim);
    };
    item.addEventListener("click", (event) => {
      if (!(event.target as HTMLElement).closest("button")) open();
    });
    item.addEventListener("keydown", (event) => {
      if (event.key === "Enter") open();
    });
    return item;
  }

  function render(details: NodeDetails): void {
    const p = details.properties;
    const label = details.label as NodeLabel;
    const name = String(p.name ?? p.title ?? p.text ?? details.id);
    const aliases = (p.aliases as string[] | undefined)?.filter((a) => a !== name) ?? [];
    const properties = Object.entries(p).filter(([key, value]) => !HIDDEN_PROPERTIES.has(key) && value !== null);
    const selected = app.store.get().selected;
    const other = selected.find((id) => id !== details.id);
    fill(
      root,
      el("div", { class: "heading" }, chip(label, LABEL_COLORS[label] ?? "#999"), el("h2", {}, app.show(name))),
      aliases.length ? el("p", { class: "aliases" }, "Also: ", app.show(aliases.join("、"))) : null,
      el(
        "div",
        { class: "actions" },
        el("button", { onclick: () => app.hide([details.id]) }, "Hide"),
        other
          ? el("button", { onclick: () => void app.path(other, details.id) }, "Shortest path from selection")
          : null,
        label === "Article" ? el("button", { onclick: () => app.openArticle(details.id) }, "Read article") : null,
      ),
      el(
        "dl",
        { class: "properties" },
        el("dt", {}, "degree"),
        el("dd", {}, String(details.degree)),
        ...properties.flatMap(([key, value]) => [
          el("dt", {}, key),
          el("dd", {}, VERBATIM_PROPERTIES.has(key) ? formatValue(value) : app.show(formatValue(value))),
        ]),
      ),
      label === "Claim" ? null : expander.section(details.id, label, details.degree),
      details.roles.length
        ? el(
            "section",
            {},
            el("h3", {}, "Roles"),
            el(
              "ul",
              { class: "roles", "data-testid": "roles" },
              // One line per title, with every body it ties to.
              ...[...new Set(details.roles.map((r) => r.role))].map((role) =>
                el(
                  "li",
                  {},
                  app.show(role),
                  ...details.roles
                    .filter((r) => r.role === role && r.of)
                    .flatMap((r, i) => [i ? "、" : " — ", r.of ? nodeLink(r.of.id, r.of.name) : ""]),
                ),
              ),
            ),
          )
        : null,
      ...(label === "Claim" || label === "Article"
        ? [claimList("claims", `Claims (${details.claims.length})`, details.claims)]
        : [
            claimList(
              "said",
              `Said (${details.said})`,
              details.claims.filter((c) => c.speaker?.id === details.id),
              { id: details.id, of: "said", total: details.said },
            ),
            claimList(
              "mentioned",
              `Mentioned in (${details.mentioned})`,
              details.claims.filter((c) => c.speaker?.id !== details.id),
              { id: details.id, of: "mentioned", total: details.mentioned },
            ),
          ]),
    );
  }

  /** A list of claims; with `more`, a button fetches the next page until all `total` are listed. */
  function claimList(
    testid: string,
    title: string,
    claims: ClaimEvidence[],
    more?: { id: string; of: ClaimsOf; total: number },
  ): HTMLElement | null {
    if (!claims.length) return null;
    const list = el("ul", { class: "claims", "data-testid": testid }, ...claims.map(claimItem));
    const section = el("section", {}, el("h3", {}, title), list);
    let shown = claims.length;
    const button = el("button", { class: "link", "data-testid": `${testid}-more` });
    const label = () => {
      const next = Math.min(CLAIMS_PAGE, (more?.total ?? 0) - shown);
      fill(button, `Show ${next} more (${shown} of ${more?.total})`);
      if (next <= 0) button.remove();
    };
    button.addEventListener("click", async () => {
      if (!more) return;
      button.disabled = true;
      try {
        const page = await api.claims(more.id, more.of, shown, CLAIMS_PAGE);
        list.append(...page.map(claimItem));
        shown += page.length;
        button.disabled = page.length === 0;
        label();
      } catch (error) {
        button.replaceWith(errorBox(error));
      }
    });
    if (more && more.total > shown) {
      section.append(button);
      label();
    }
    return section;
  }

  return {
    async showNode(id) {
      fill(root, el("p", { class: "muted" }, "Loading…"));
      try {
        render(await api.node(id));
      } catch (error) {
        fill(root, errorBox(error));
      }
    },
    async showEdge(key) {
      const { graph } = app;
      if (!graph.hasEdge(key)) return;
      const edge = graph.getEdgeAttributes(key);
      const [source, target] = graph.extremities(key);
      const ends = el(
        "p",
        { class: "edge-ends" },
        nodeLink(source, graph.getNodeAttribute(source, "name")),
        ` → ${edge.relation} → `,
        nodeLink(target, graph.getNodeAttribute(target, "name")),
      );
      const polarity = edge.polarity as keyof typeof POLARITY_COLORS | undefined;
      const heading = el(
        "div",
        { class: "heading" },
        chip(edge.relation, polarity ? POLARITY_COLORS[polarity] : "#999"),
        el("h2", {}, polarity ? `${polarity} (${String(edge.quad)})` : "statement"),
      );
      fill(root, heading, ends);
      if (typeof edge.article !== "string" || typeof edge.start !== "number") return;
      const span = { start: edge.start, end: Number(edge.end) };
      root.append(
        el("p", { class: "meta" }, String(edge.date ?? "")),
        el("div", { class: "evidence-slot" }, String(edge.evidence ?? "")),
        el("button", { onclick: () => app.openArticle(String(edge.article), span) }, "Read in article"),
      );
      try {
        const { article } = await api.article(edge.article);
        const slot = root.querySelector(".evidence-slot");
        slot?.replaceWith(spanInContext(String(article.text), span.start, span.end, app.show, 120));
      } catch (error) {
        root.append(errorBox(error));
      }
    },
    showPath(path) {
      const step = (i: number) => {
        const [a, b] = [i, i + 1];
        for (let e = 0; e < path.edges.length; e += 3) {
          const [s, t, type] = [path.edges[e], path.edges[e + 1], edgeTypeAt(path.edges[e + 2] as number)];
          if (s === a && t === b) return ` —${type}→ `;
          if (s === b && t === a) return ` ←${type}— `;
        }
        return " — ";
      };
      fill(
        root,
        el("h2", {}, `Path: ${path.edges.length / 3} steps`),
        el(
          "ol",
          { class: "path", "data-testid": "path" },
          ...path.nodes.map((id, i) =>
            el(
              "li",
              {},
              nodeLink(id, displayLabel(kindOf(id, {}), path.names[i] ?? id)),
              i < path.nodes.length - 1 ? el("span", { class: "meta" }, step(i)) : null,
            ),
          ),
        ),
      );
    },
    clear() {
      fill(
        root,
        el(
          "p",
          { class: "muted" },
          "Search a name (press /), click a node for its details, double-click to expand it, shift-click to select several.",
        ),
      );
    },
  };
}
