// The article reader: the whole text, every claim marked with its boundaries and speaker; a click on a claim
// selects it in the graph, the reader keeping its place.
import type { ClaimEvidence } from "../../../graph/api.ts";
import { api } from "../api.ts";
import type { App, Span } from "../app.ts";
import { el, errorBox, fill } from "../dom.ts";

/** Cuts the text at every claim boundary; each piece knows the claims covering it. */
export function segments(
  length: number,
  claims: readonly Span[],
): { start: number; end: number; covering: number[] }[] {
  const cuts = new Set([0, length]);
  for (const claim of claims) {
    cuts.add(Math.max(0, Math.min(length, claim.start)));
    cuts.add(Math.max(0, Math.min(length, claim.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    const covering = claims.flatMap((c, index) => (c.start <= start && end <= c.end ? [index] : []));
    pieces.push({ start, end, covering });
  }
  return pieces;
}

export interface Reader {
  open(id: string, focus?: Span): Promise<void>;
}

export function createReader(root: HTMLElement, app: App): Reader {
  function render(article: Record<string, unknown>, claims: ClaimEvidence[], focus?: Span): void {
    const text = String(article.text ?? "");
    // The focused span (a relation's sentence, say) is cut like a claim, so it can be marked too.
    const spans: Span[] = focus ? [...claims, focus] : claims;
    const focusIndex = focus ? claims.length : -1;
    const body = el("div", { class: "article-text", "data-testid": "article-text" });
    for (const piece of segments(text.length, spans)) {
      const content = app.show(text.slice(piece.start, piece.end));
      const claimIndex = piece.covering.find((i) => i !== focusIndex);
      const focused =
        piece.covering.includes(focusIndex) ||
        (focus &&
          claimIndex !== undefined &&
          claims[claimIndex]?.start === focus.start &&
          claims[claimIndex]?.end === focus.end);
      if (claimIndex === undefined && !focused) {
        body.append(content);
        continue;
      }
      const claim = claimIndex === undefined ? undefined : claims[claimIndex];
      // Each claim's boundaries are drawn and neighbouring claims alternate in tint, so claims that touch stay
      // apart; its first piece names the speaker (CSS content: not part of the text, not copied with it).
      const edges = claim ? [piece.start === claim.start && "start", piece.end === claim.end && "end"] : [];
      const classes = [claim ? "claim" : "evidence", claimIndex !== undefined && claimIndex % 2 && "alt", ...edges];
      const mark = el("mark", { class: [...classes, focused && "current"].filter(Boolean).join(" ") }, content);
      if (claim) {
        mark.dataset.claim = claim.id;
        if (claim.speaker && piece.start === claim.start) mark.dataset.speaker = app.show(claim.speaker.name);
        mark.title = claim.speaker ? `${claim.speaker.name}: click to select this claim` : "Click to select this claim";
        mark.addEventListener("click", () => {
          // The reader stays where it is: the claim is selected in the graph and marked here.
          for (const other of body.querySelectorAll("mark.current")) other.classList.remove("current");
          for (const part of body.querySelectorAll(`mark[data-claim="${CSS.escape(claim.id)}"]`))
            part.classList.add("current");
          void app.select([claim.id], { focus: true, stay: true });
        });
      }
      body.append(mark);
    }
    fill(
      root,
      el("h2", {}, app.show(String(article.title ?? ""))),
      el(
        "p",
        { class: "meta" },
        [article.date, article.source].filter(Boolean).join(" · "),
        ` · ${claims.length} claims highlighted`,
      ),
      body,
    );
    root.querySelector("mark.current")?.scrollIntoView({ block: "center" });
  }

  return {
    async open(id, focus) {
      fill(root, el("p", { class: "muted" }, "Loading article…"));
      try {
        const { article, claims } = await api.article(id);
        render(article, claims, focus);
      } catch (error) {
        fill(root, errorBox(error));
      }
    },
  };
}
