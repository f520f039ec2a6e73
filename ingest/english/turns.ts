// Transcripts (press conferences, interviews) come in turns: "Lin Jian: China firmly opposes ...",
// "AFP: What is China's response?". A turn labelled with a person is theirs, and so are the
// paragraphs after it up to the next label; any other label (Q, a news agency, a reporter) asks a
// question, which is nobody's claim and states no relation.
import { type Mention, mentionsWithin } from "../mentions.ts";
import type { Span } from "./text.ts";

/** A label is a name or an agency, capitalised words only ("Here's what you need to know:" is none). */
const LABEL = /^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+/;

export interface Turn {
  /** The person answering; undefined for a question. */
  speaker?: Mention;
  /** Where the words of the turn begin. */
  body: number;
}

/** The turn that paragraph `p` opens, if it is labelled. */
export function turnOf(text: string, p: Span, mentions: Mention[]): Turn | undefined {
  const label = LABEL.exec(text.slice(p.start, p.end));
  if (!label) return undefined;
  const end = p.start + (label[1] as string).length;
  const speaker = mentionsWithin(mentions, p.start, end).find((m) => m.label === "Person" && m.end === end);
  return { speaker, body: p.start + label[0].length };
}
