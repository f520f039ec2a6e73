// Turns part results into the printed table, bench/results.json and BENCHMARKS.md.
import { existsSync, readFileSync } from "node:fs";
import type { Figure, PartResult } from "./measure.ts";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  kuzu: string;
}

export interface Results {
  date: string;
  quick: boolean;
  machine: Machine;
  parts: Record<string, PartResult>;
}

const fmt = (x: number) =>
  Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2)) : "—";

function row(part: string, f: Figure): string[] {
  return [
    part,
    f.name,
    `${fmt(f.value)} ${f.unit}`,
    f.baseline ? `${fmt(f.baseline.value)} ${f.baseline.unit} (${f.baseline.name})` : "",
    f.ratio === undefined ? "" : `${fmt(f.ratio)}x${f.ratioOf ? ` ${f.ratioOf}` : ""}`,
    f.target ? `${f.target} ${f.met ? "✓" : "✗"}` : "",
  ];
}

const HEADER = ["part", "figure", "value", "baseline (same run)", "ratio", "target"];

function rows(results: Results): string[][] {
  return Object.values(results.parts).flatMap((p) =>
    p.error
      ? [[p.part, "not measured", p.error.split("\n")[0] ?? "", "", "", ""]]
      : p.figures.map((f) => row(p.part, f)),
  );
}

export function table(results: Results): string {
  const all = [HEADER, ...rows(results)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? "")].length)));
  return all.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ")).join("\n");
}

const markdownRow = (cells: string[]) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;

export const NOTES_MARKER =
  "<!-- Everything below this line is written by hand and kept when npm run bench rewrites the file. -->";

/** BENCHMARKS.md: the figures of this run, then the hand-written analysis kept from the previous file. */
export function markdown(results: Results, previous?: string): string {
  const m = results.machine;
  const notes = previous?.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
  const parts = Object.values(results.parts);
  return [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (bench/run.ts); the raw figures are in bench/results.json.",
    "Every figure sits next to a baseline measured in the same run on the same machine, and the ratio",
    "between them is the number to compare across machines: absolute times on shared machines are noisy.",
    "",
    `- Date: ${results.date}${results.quick ? " (--quick: tiny sizes, figures are not meaningful)" : ""}`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}; Node ${m.node}, kuzu ${m.kuzu}`,
    "",
    "## Figures",
    "",
    markdownRow(HEADER),
    markdownRow(HEADER.map(() => "---")),
    ...rows(results).map(markdownRow),
    "",
    "## Sizes, memory and time of each part",
    "",
    markdownRow(["part", "measured", "sizes", "peak RSS (baseline phase)", "seconds"]),
    markdownRow(["---", "---", "---", "---", "---"]),
    ...parts.map((p) =>
      markdownRow([
        p.part,
        p.date ?? results.date,
        Object.entries(p.sizes)
          .map(([k, v]) => `${k}: ${v}`)
          .join(", "),
        `${p.peakRssMB} MB${p.baselinePeakRssMB ? ` (${p.baselinePeakRssMB} MB)` : ""}`,
        String(p.seconds),
      ]),
    ),
    "",
    ...parts.flatMap((p) => (p.notes.length ? [`### ${p.part}`, "", ...p.notes.map((n) => `- ${n}`), ""] : [])),
    notes,
  ].join("\n");
}

export const readIfExists = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : undefined);
