// Filters: labels, PLOVER types (by quad class), polarity, a date range slider and articles.
// The API applies them; an empty list means "all".

import type { ArticleSummary, GraphFilter } from "../../../graph/api.ts";
import { NODE_LABELS, PLOVER, PLOVER_TYPES, STATEMENT_EDGE_TYPES } from "../../../graph/schema.ts";
import { api } from "../api.ts";
import type { App } from "../app.ts";
import { binInRange, histogram } from "../core/histogram.ts";
import { el, errorBox, fill, svg } from "../dom.ts";
import { LABEL_COLORS, POLARITY_COLORS } from "../graph/style.ts";

type ListKey = "labels" | "types" | "polarity" | "articles";
const DAY = 86_400_000;
/** Bars of the date histogram. */
const BINS = 40;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function createFilters(root: HTMLElement, app: App): { refresh(): Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const apply = (patch: Partial<GraphFilter>) => {
    app.store.set({ filter: { ...app.store.get().filter, ...patch } });
    clearTimeout(timer);
    timer = setTimeout(() => void app.reload(), 250);
  };

  /** A checkbox group; all checked is sent as no filter. */
  function group(
    key: ListKey,
    values: readonly string[],
    label: (v: string) => Node | string,
    color?: (v: string) => string,
  ) {
    const chosen = app.store.get().filter[key] ?? [];
    const boxes = values.map((value) =>
      el("input", { type: "checkbox", value, checked: chosen.length === 0 || chosen.includes(value) }),
    );
    const onChange = () => {
      const checked = boxes.filter((b) => b.checked).map((b) => b.value);
      apply({ [key]: checked.length === values.length ? [] : checked });
    };
    return boxes.map((box) => {
      box.addEventListener("change", onChange);
      const swatch = color ? el("span", { class: "dot", style: `background:${color(box.value)}` }) : null;
      return el("label", { class: "check" }, box, swatch, label(box.value));
    });
  }

  function dateSlider(articles: ArticleSummary[]): HTMLElement {
    const dates = articles.flatMap((a) => (a.date ? [Date.parse(a.date)] : [])).sort((a, b) => a - b);
    if (dates.length === 0) return el("p", { class: "muted" }, "No dated articles.");
    const min = dates[0] as number;
    const max = dates[dates.length - 1] as number;
    const days = Math.round((max - min) / DAY);
    const { from, to } = app.store.get().filter;
    const position = (date: string | undefined, fallback: number) =>
      date ? Math.max(0, Math.min(days, Math.round((Date.parse(date) - min) / DAY))) : fallback;
    const fromInput = el("input", {
      type: "range",
      min: 0,
      max: days,
      value: position(from, 0),
      "aria-label": "From date",
    });
    const toInput = el("input", {
      type: "range",
      min: 0,
      max: days,
      value: position(to, days),
      "aria-label": "To date",
    });
    const shown = el("div", { class: "meta" });
    // Articles by date, a bar above the slider positions it counts; bars outside the range are faded.
    const counts = histogram(dates, min, max, BINS);
    const highest = Math.max(...counts);
    const bars = counts.map((count, i) =>
      svg("rect", {
        x: i + 0.1,
        y: 20 - (18 * count) / highest,
        width: 0.8,
        height: (18 * count) / highest,
        "data-count": count,
      }),
    );
    const chart = svg(
      "svg",
      { class: "histogram", "data-testid": "date-histogram", viewBox: `0 0 ${BINS} 20`, preserveAspectRatio: "none" },
      svg("title", {}, "Articles by date"),
      ...bars,
    );
    const update = (send: boolean) => {
      const a = Math.min(Number(fromInput.value), Number(toInput.value));
      const b = Math.max(Number(fromInput.value), Number(toInput.value));
      shown.textContent = `${isoDay(min + a * DAY)} — ${isoDay(min + b * DAY)}`;
      for (const [i, bar] of bars.entries())
        bar.classList.toggle("out", !binInRange(i, BINS, min, max, min + a * DAY, min + b * DAY));
      if (send)
        apply({
          from: a === 0 ? undefined : isoDay(min + a * DAY),
          to: b === days ? undefined : isoDay(min + b * DAY),
        });
    };
    fromInput.addEventListener("input", () => update(true));
    toInput.addEventListener("input", () => update(true));
    update(false);
    return el("div", { class: "dates" }, shown, chart, fromInput, toInput);
  }

  async function refresh(): Promise<void> {
    let articles: ArticleSummary[] = [];
    let problem: HTMLElement | null = null;
    try {
      articles = await api.articles();
    } catch (error) {
      problem = errorBox(error);
    }
    const quads = [...new Set(Object.values(PLOVER))];
    // One group for all edge types, laid out in sections: quad classes, then statement types.
    const typeValues = [...PLOVER_TYPES, ...STATEMENT_EDGE_TYPES];
    const typeBoxes = group("types", typeValues, (v) => v);
    const typesOf = (values: readonly string[]) => values.map((v) => typeBoxes[typeValues.indexOf(v as never)]);
    fill(
      root,
      el("h3", {}, "Labels"),
      ...group(
        "labels",
        NODE_LABELS,
        (v) => v,
        (v) => LABEL_COLORS[v as keyof typeof LABEL_COLORS],
      ),
      el("h3", {}, "Polarity"),
      ...group(
        "polarity",
        ["cooperation", "conflict"],
        (v) => v,
        (v) => POLARITY_COLORS[v as keyof typeof POLARITY_COLORS],
      ),
      el(
        "details",
        {},
        el("summary", {}, "Relation types"),
        ...quads.map((quad) =>
          el(
            "div",
            { class: "quad" },
            el("div", { class: "meta" }, quad),
            ...typesOf(PLOVER_TYPES.filter((t) => PLOVER[t] === quad)),
          ),
        ),
      ),
      el("details", {}, el("summary", {}, "Statement types"), ...typesOf(STATEMENT_EDGE_TYPES)),
      el("h3", {}, "Dates"),
      dateSlider(articles),
      el("h3", {}, `Articles (${articles.length})`),
      problem,
      el(
        "div",
        { class: "articles" },
        ...group(
          "articles",
          articles.map((a) => a.id),
          (id) => {
            const article = articles.find((a) => a.id === id);
            return el("span", { title: id }, app.show(article?.title ?? id), article?.date ? ` (${article.date})` : "");
          },
        ),
      ),
    );
  }

  return { refresh };
}
