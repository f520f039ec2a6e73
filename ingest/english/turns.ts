// Transcripts (press conferences, interviews, briefings) come in turns: "Lin Jian: China firmly
// opposes ...", "AFP: What is China's response?". A turn labelled with a person is theirs, and so
// are the paragraphs after it up to the next label. Where a transcript names its briefer once at
// the top ("Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference", "Jalina
// Porter, Principal Deputy Spokesperson"), the answers are labelled "A:" or with an honorific and
// the surname ("MS PORTER:"). Any other label (Q, QUESTION, a news agency, a reporter) asks a
// question, which is nobody's claim and states no relation.
import { type Mention, mentionsWithin } from "../mentions.ts";
import type { Span } from "./text.ts";

/** A label is a name or an agency, capitalised words only ("Here's what you need to know:" is none). */
const LABEL = /^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+/;
/** Labels of the answering side in a transcript that names its briefer at the top. */
const ANSWER = /^(A|Answer|ANSWER|Spokesperson|SPOKESPERSON|Spokesman|SPOKESMAN|Spokeswoman|SPOKESWOMAN)$/;
/** An honorific and a surname: MS PORTER, MR. PRICE, Dr Smith. */
const HONORIFIC = /^(?:MR|MS|MRS|DR|Mr|Ms|Mrs|Dr)\.? ([A-Z][\w'’-]+)$/;
/** The briefer's title, to prefer over other people the top names. */
const BRIEFER_ROLE = /spokes|press secretary|briefer|minister|secretary/i;

export interface Turn {
  /** The person answering; undefined for a question. */
  speaker?: Mention;
  /** Where the words of the turn begin. */
  body: number;
}

/** A briefer whose title names no state speaks for the one state the transcript's top names (its dateline, Washington, D.C.). */
function speaksFor(briefer: Mention | undefined, top: Mention[]): Mention | undefined {
  if (!briefer || briefer.country) return briefer;
  const role = briefer.role;
  if (role && top.some((m) => m.label === "Country" && m.start >= role.start && m.end <= role.end)) return briefer;
  const states = new Set(top.filter((m) => m.label === "Country").map((m) => m.key));
  return states.size === 1 ? { ...briefer, country: [...states][0] } : briefer;
}

/** The turn each paragraph opens, undefined for a paragraph that is not labelled. */
export function turns(text: string, paragraphs: Span[], mentions: Mention[]): (Turn | undefined)[] {
  const labels = paragraphs.map((p) => LABEL.exec(text.slice(p.start, p.end)));
  const first = labels.findIndex(Boolean);
  const top =
    first < 0 ? [] : mentionsWithin(mentions, 0, (paragraphs[first] as Span).start).filter((m) => m.label === "Person");
  const briefer = speaksFor(
    top.find((m) => m.role && BRIEFER_ROLE.test(text.slice(m.role.start, m.role.end))) ?? top[0],
    first < 0 ? [] : mentionsWithin(mentions, 0, (paragraphs[first] as Span).start),
  );
  const people = mentions.filter((m) => m.label === "Person" && /\s/.test(text.slice(m.start, m.end)));
  return paragraphs.map((p, i) => {
    const label = labels[i];
    if (!label) return undefined;
    const name = label[1] as string;
    const end = p.start + name.length;
    const body = p.start + label[0].length;
    const named = mentionsWithin(mentions, p.start, end).find((m) => m.label === "Person" && m.end === end);
    if (named) return { speaker: named, body };
    if (ANSWER.test(name)) return { speaker: briefer, body };
    const surname = HONORIFIC.exec(name)?.[1]?.toLowerCase();
    const person =
      surname && people.find((m) => text.slice(m.start, m.end).split(/\s+/).pop()?.toLowerCase() === surname);
    return { speaker: person && person.key === briefer?.key ? briefer : person || undefined, body };
  });
}
