// A country pair over time: counts by PLOVER type and polarity, a timeline of cooperation against conflict,
// and the dated evidence list (sortable, each sentence opening the reader at its span), exported as CSV.
import type { CountryPair, PairEvidence } from "../../../graph/api.ts";
import { api } from "../api.ts";
import type { App } from "../app.ts";
import {
  EVIDENCE_COLUMNS,
  type EvidenceColumn,
  evidenceCsv,
  pairCounts,
  sortEvidence,
  type TimelineBin,
  timeline,
} from "../core/pair.ts";
import { el, errorBox, fill, svg } from "../dom.ts";
import { download } from "../download.ts";
import { POLARITY_COLORS } from "../graph/style.ts";

export interface PairPanel {
  show(a: string, b: string): Promise<void>;
}

const chip = (text: string, color: string) => el("span", { class: "chip", style: `background:${color}` }, text);

/** Diverging bars: cooperation above the axis, conflict below, one bar pair per period. */
function timelineChart(bins: TimelineBin[]): SVGElement {
  const [width, height, axisY, pad] = [320, 130, 62, 4];
  const max = Math.max(1, ...bins.map((b) => Math.max(b.cooperation, b.conflict)));
  const step = (width - 2 * pad) / Math.max(1, bins.length);
  const bar = Math.max(1, Math.min(18, step - 2));
  const scale = (n: number) => (n / max) * (axisY - 14);
  const rects = bins.flatMap((b, i) => {
    const x = pad + i * step + (step - bar) / 2;
    const title = svg("title", {}, `${b.period}: ${b.cooperation} cooperation, ${b.conflict} conflict`);
    return [
      svg(
        "rect",
        {
          x,
          y: axisY - scale(b.cooperation),
          width: bar,
          height: scale(b.cooperation),
          fill: POLARITY_COLORS.cooperation,
          "data-period": b.period,
          "data-polarity": "cooperation",
          "data-count": b.cooperation,
        },
        title,
      ),
      svg(
        "rect",
        {
          x,
          y: axisY,
          width: bar,
          height: scale(b.conflict),
          fill: POLARITY_COLORS.conflict,
          "data-period": b.period,
          "data-polarity": "conflict",
          "data-count": b.conflict,
        },
        title.cloneNode(true),
      ),
    ];
  });
  const ticks = bins.length > 1 ? [bins[0], bins[bins.length - 1]] : bins;
  const labels = ticks.map((b, i) =>
    svg(
      "text",
      {
        x: i === 0 ? pad : width - pad,
        y: height - 4,
        "text-anchor": i === 0 ? "start" : "end",
        "font-size": 11,
        fill: "#555",
      },
      b?.period ?? "",
    ),
  );
  return svg(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      width: "100%",
      role: "img",
      "aria-label": "Cooperation (up) and conflict (down) over time",
      "data-testid": "pair-timeline",
    },
    svg("line", { x1: 0, x2: width, y1: axisY, y2: axisY, stroke: "#999" }),
    svg(
      "text",
      { x: width - pad, y: 11, "text-anchor": "end", "font-size": 10, fill: POLARITY_COLORS.cooperation },
      `cooperation (max ${max})`,
    ),
    svg(
      "text",
      {
        x: width - pad,
        y: height - 18,
        "text-anchor": "end",
        "font-size": 10,
        fill: POLARITY_COLORS.conflict,
      },
      "conflict",
    ),
    ...rects,
    ...labels,
  );
}

export function createPairPanel(root: HTMLElement, app: App): PairPanel {
  let sort: { column: EvidenceColumn; ascending: boolean } = { column: "date", ascending: true };

  const nodeLink = (id: string, name: string) =>
    el("button", { class: "link", onclick: () => void app.select([id], { focus: true }) }, app.show(name));

  function evidenceRows(pair: CountryPair, body: HTMLElement): void {
    const rows = sortEvidence(pair.relations, sort.column, sort.ascending).map((r: PairEvidence) => {
      const row = el(
        "tr",
        { class: "evidence-row", tabindex: 0, title: "Read in the article", "data-key": r.key },
        el("td", { class: "nowrap" }, r.date ?? "—"),
        el(
          "td",
          {},
          chip(r.type, POLARITY_COLORS[r.polarity]),
          el("div", { class: "meta" }, r.source === pair.a.id ? "→" : "←"),
        ),
        el("td", {}, r.speaker ? nodeLink(r.speaker.id, r.speaker.name) : "—"),
        el("td", {}, el("div", {}, app.show(r.evidence)), el("div", { class: "meta" }, app.show(r.article.title))),
      );
      const open = () => app.openArticle(r.article.id, { start: r.start, end: r.end });
      row.addEventListener("click", (event) => {
        if (!(event.target as HTMLElement).closest("button")) open();
      });
      row.addEventListener("keydown", (event) => {
        if (event.key === "Enter") open();
      });
      return row;
    });
    fill(body, ...rows);
  }

  function render(pair: CountryPair): void {
    const counts = pairCounts(pair);
    const { bins, unit, undated } = timeline(pair.relations);
    const dated = pair.relations.flatMap((r) => r.date ?? []);
    const body = el("tbody");
    const headers = EVIDENCE_COLUMNS.map((column) => {
      const th = el(
        "th",
        { "aria-sort": sort.column === column ? (sort.ascending ? "ascending" : "descending") : "none" },
        el(
          "button",
          {
            class: "link",
            "data-sort": column,
            onclick: () => {
              sort = { column, ascending: sort.column === column ? !sort.ascending : true };
              for (const h of headers) h.setAttribute("aria-sort", "none");
              th.setAttribute("aria-sort", sort.ascending ? "ascending" : "descending");
              evidenceRows(pair, body);
            },
          },
          column,
        ),
      );
      return th;
    });
    evidenceRows(pair, body);
    const csvButton = el("button", { "data-testid": "pair-csv" }, "Export CSV");
    csvButton.addEventListener("click", () => {
      const name = `${pair.a.id}-${pair.b.id}`.replaceAll("Country:", "");
      // Sorted as shown; a BOM so spreadsheet programs read the Chinese as UTF-8.
      const csv = evidenceCsv(sortEvidence(pair.relations, sort.column, sort.ascending));
      download(`diplograph-${name}.csv`, new Blob([`\ufeff${csv}`], { type: "text/csv;charset=utf-8" }));
    });
    fill(
      root,
      el(
        "div",
        { class: "heading" },
        el(
          "h2",
          { "data-testid": "pair-title" },
          nodeLink(pair.a.id, pair.a.name),
          " – ",
          nodeLink(pair.b.id, pair.b.name),
        ),
      ),
      el(
        "p",
        { class: "meta" },
        `${counts.total} relations`,
        dated.length ? `, ${dated[0]} to ${dated[dated.length - 1]}` : "",
        " · ",
        chip(`cooperation ${counts.byPolarity.cooperation}`, POLARITY_COLORS.cooperation),
        " ",
        chip(`conflict ${counts.byPolarity.conflict}`, POLARITY_COLORS.conflict),
      ),
      el("h3", {}, `By type`),
      el(
        "table",
        { class: "pair-counts", "data-testid": "pair-counts" },
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", {}, "type"),
            el("th", {}, `${app.show(pair.a.name)} →`),
            el("th", {}, `← ${app.show(pair.b.name)}`),
          ),
        ),
        el(
          "tbody",
          {},
          ...counts.byType.map((c) =>
            el(
              "tr",
              {},
              el(
                "td",
                {},
                chip(c.type, POLARITY_COLORS[pair.relations.find((r) => r.type === c.type)?.polarity ?? "cooperation"]),
              ),
              el("td", {}, String(c.forward)),
              el("td", {}, String(c.backward)),
            ),
          ),
        ),
      ),
      el("h3", {}, `Over time (by ${unit})`),
      bins.length ? timelineChart(bins) : el("p", { class: "muted" }, "No dated relation."),
      undated ? el("p", { class: "meta" }, `${undated} undated, not drawn.`) : null,
      el("div", { class: "actions" }, el("h3", {}, `Evidence (${pair.relations.length})`), csvButton),
      el(
        "table",
        { class: "evidence-table", "data-testid": "pair-evidence" },
        el("thead", {}, el("tr", {}, ...headers)),
        body,
      ),
    );
  }

  return {
    async show(a, b) {
      fill(root, el("p", { class: "muted" }, "Loading…"));
      try {
        render(await api.pair(a, b, app.store.get().filter));
      } catch (error) {
        fill(root, errorBox(error));
      }
    },
  };
}
