// A span of text shown in its context, the span marked. Text nodes only.
import { el } from "./dom.ts";
import type { Show } from "./script.ts";

/** The span [start, end) of `text`, with up to `around` characters each side. */
export function spanInContext(text: string, start: number, end: number, show: Show, around = 80): HTMLElement {
  const from = Math.max(0, Math.min(text.length, start));
  const to = Math.min(text.length, Math.max(from, end));
  const head = Math.max(0, from - around);
  const tail = Math.min(text.length, to + around);
  return el(
    "blockquote",
    { class: "evidence" },
    head > 0 ? "…" : "",
    show(text.slice(head, from)),
    el("mark", { class: "span" }, show(text.slice(from, to))),
    show(text.slice(to, tail)),
    tail < text.length ? "…" : "",
  );
}
