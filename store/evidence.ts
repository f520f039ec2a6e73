// Evidence: claims with their article, speaker and the text around them, and the speaker of a
// relation's sentence.
import type { ClaimEvidence } from "../graph/api.ts";
import type { Backend, DbNode } from "./backend.ts";
import * as Q from "./cypher.ts";
import { isDbNode } from "./graph-builder.ts";
import type { Row } from "./validate.ts";

/** Characters of article text shown on each side of a claim. */
const CONTEXT = 80;

function context(text: string, start: number, end: number) {
  const from = Math.max(0, start - CONTEXT);
  return { context: text.slice(from, Math.min(text.length, end + CONTEXT)), contextStart: start - from };
}

/** The speaker of the claim that overlaps a span most (an evidence sentence is usually part of one claim). */
export function speakerOf(claims: Row[], start: number, end: number): { id: string; name: string } | undefined {
  let best: Row | undefined;
  let bestOverlap = 0;
  for (const claim of claims) {
    const overlap = Math.min(end, Number(claim.end)) - Math.max(start, Number(claim.start));
    if (claim.speaker != null && overlap > bestOverlap) {
      best = claim;
      bestOverlap = overlap;
    }
  }
  return best && { id: best.speaker as string, name: best.speakerName as string };
}

/** Claim rows (c, speaker, speakerName) with their article and the text around them. */
export async function evidence(db: Backend, rows: Row[]): Promise<ClaimEvidence[]> {
  const claims = rows.filter((r) => isDbNode(r.c));
  const articleIds = [...new Set(claims.map((r) => (r.c as DbNode).properties.article as string))];
  const articles = (await Promise.all(articleIds.map((id) => db.read(Q.ARTICLE_TEXT, { id })))).flat();
  const byId = new Map(articles.map((a) => [a.id as string, a]));
  const seen = new Set<string>();
  const out: ClaimEvidence[] = [];
  for (const row of claims) {
    const c = (row.c as DbNode).properties as {
      id: string;
      text: string;
      start: number;
      end: number;
      article: string;
    };
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const a = byId.get(c.article);
    out.push({
      id: c.id,
      text: c.text,
      start: Number(c.start),
      end: Number(c.end),
      article: {
        id: c.article,
        title: (a?.title as string) ?? "",
        ...(a?.date != null && { date: a.date as string }),
        ...(a?.source != null && { source: a.source as string }),
      },
      ...context((a?.text as string) ?? "", Number(c.start), Number(c.end)),
      ...(row.speaker != null && { speaker: { id: row.speaker as string, name: row.speakerName as string } }),
    });
  }
  return out;
}
