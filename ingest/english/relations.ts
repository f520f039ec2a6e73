// Country -> Country relations in English, typed with PLOVER: a sentence that names an event
// (talks, a call, support, sanctions, an invasion...) and the states on both sides of it. People
// and government bodies stand for their state (Putin -> RUS, the Kremlin -> RUS); the subject
// before the event word is the source, the first other state after it the target ("accused by"
// turns them round), and "X and Y met" links the two subjects. The evidence is the sentence.
import { PLOVER, polarityOf } from "../../graph/schema.ts";
import type { ClaimSpan } from "../claims.ts";
import { type Mention, mentionsWithin } from "../mentions.ts";
import type { RelationSpan } from "../relations.ts";
import type { Block } from "../text.ts";
import { englishRelationCues } from "./lexicon.ts";
import { englishBlocks, type Span } from "./text.ts";
import { turns } from "./turns.ts";

/** Event words, most specific first: the first that a sentence holds types its relation. */
const EVENT_WORDS = englishRelationCues;
/** A demonym acts only as a state's agent (the Russian invasion, Chinese officials), not in Russian oil. */
const DEMONYM_ACTOR =
  /^\s+(government|leader|leadership|president|officials?|authorities|side|delegation|forces|troops|military|army|navy|invasion|offensive|counterparts?|friends|partners|allies|foreign ministry|embassy|ambassador|envoy|diplomats?|consulates?|state)\b/i;
const NEGATED = /\b(not|never|no|n't|without)\s+(\w+\s+)?$/i;
const PASSIVE_BY = /^\s+by\b/i;

/** The state a mention stands for, if any. */
function stateOf(m: Mention, mentions: Mention[]): string | undefined {
  if (m.label === "Country") return m.key;
  if (m.label === "Organization") return m.kind === "government" ? m.country : undefined;
  const role = m.role;
  const titled = role && mentionsWithin(mentions, role.start, role.end).find((c) => c.label === "Country");
  return titled?.key ?? m.country;
}

export function findEnglishRelations(
  text: string,
  mentions: Mention[],
  blocks: Block[] = englishBlocks(text),
  claims: ClaimSpan[] = [],
): RelationSpan[] {
  const out: RelationSpan[] = [];
  let subject: string | undefined;
  const turnOf = turns(text, blocks, mentions);
  // "Chinese Ambassador Xing Haiming" … "Xing expressed": a person named bare acts for the state seen with them
  const known = new Map<string, string>();
  for (const m of mentions) {
    const state = m.label === "Person" && stateOf(m, mentions);
    if (state && !known.has(m.key)) known.set(m.key, state);
  }
  const placed = (m: Mention): Mention =>
    m.label === "Person" && !stateOf(m, mentions) && known.has(m.key) ? { ...m, country: known.get(m.key) } : m;
  mentions = mentions.map(placed);
  claims = claims.map((c) => ({ ...c, speaker: placed(c.speaker) }));
  for (const [b, p] of blocks.entries()) {
    if (turnOf[b] && !turnOf[b]?.speaker) continue; // a journalist's question states nothing
    for (const sentence of p.sentences) {
      for (const clause of clauses(text, sentence))
        out.push(...sentenceRelations(text, clause, mentions, subject, voiceOf(clause, claims, mentions)));
      const first = mentionsWithin(mentions, sentence.start, sentence.end).find((m) => stateOf(m, mentions));
      subject = first && stateOf(first, mentions);
    }
  }
  return out;
}

/** The part of a clause a speaker with a state says, where "we", "our" and "us" are that state. */
interface Voice extends Span {
  state: string;
}

function voiceOf(clause: Span, claims: ClaimSpan[], mentions: Mention[]): Voice | undefined {
  const claim = claims.find((c) => c.start < clause.end && c.end > clause.start);
  const state = claim && stateOf(claim.speaker, mentions);
  return claim && state
    ? { start: Math.max(claim.start, clause.start), end: Math.min(claim.end, clause.end), state }
    : undefined;
}

/** The speaker's own side: "We urge the US", "our Israeli friends" (never "the US", which is a name). */
const FIRST_PERSON = /\b([Ww]e|[Oo]ur|us)\b/g;
/** A state after "in" or "at" is where something happens ("met Wang Yi in Malaysia"), unless a hostile act is done in it (war in Ukraine). */
const PLACE = /\b(in|at)\s+(the\s+)?([A-Z][\w'’-]+\s+)?([A-Z][\w'’-]+,\s+)?$/;
/** Words that make the state after them a topic: "remarks about China", "concerns regarding Iran". */
const TOPIC = /\b(about|regarding|concerning)\s+(the\s+)?$/i;
/** What stands between the states of a list: "the US, Russia and other parties". */
const LISTED = /^\s*(,|and|, and|&)\s*(the\s+)?$/;
const RIGHT_AFTER = /^\s*((in|at)\s+)?(the\s+)?$/;

interface Actor {
  at: number;
  end: number;
  state: string;
  place: boolean;
}

/**
 * `previous`: the first state of the sentence before, which "It" or "They" opening this one stands for;
 * `voice`: who says the clause, if a speaker with a state does.
 */
function sentenceRelations(
  text: string,
  sentence: Span,
  mentions: Mention[],
  previous?: string,
  voice?: Voice,
): RelationSpan[] {
  const actors: Actor[] = [];
  const inside = mentionsWithin(mentions, sentence.start, sentence.end);
  for (const m of inside) {
    // the demonym in "Chinese President Xi" is Xi's country, not an actor of its own
    if (inside.some((p) => p.role && p !== m && m.start >= p.role.start && m.end <= p.role.end)) continue;
    if (m.label === "Country" && m.form === "short" && !DEMONYM_ACTOR.test(text.slice(m.end, m.end + 20))) continue;
    const state = stateOf(m, mentions);
    const place =
      PLACE.test(text.slice(Math.max(0, m.start - 40), m.start)) && !/^['’]s\b/.test(text.slice(m.end, m.end + 3));
    // "negative comments about China": the state a remark is about is its topic, not a party
    if (TOPIC.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
    if (state) actors.push({ at: m.start, end: m.end, state, place });
  }
  if (voice)
    for (const w of text.slice(voice.start, voice.end).matchAll(FIRST_PERSON)) {
      const at = voice.start + w.index;
      actors.push({ at, end: at + w[0].length, state: voice.state, place: false });
    }
  actors.sort((a, b) => a.at - b.at);
  const pronoun = /^(It|They)\b/.exec(text.slice(sentence.start, sentence.start + 5));
  if (pronoun && previous)
    actors.unshift({ at: sentence.start, end: sentence.start + pronoun[0].length, state: previous, place: false });
  if (new Set(actors.map((a) => a.state)).size < 2) return [];
  const piece = text.slice(sentence.start, sentence.end);
  const asides = parentheticals(piece).map(([a, b]) => [sentence.start + a, sentence.start + b] as const);
  const aside = (i: number) => asides.find(([a, b]) => i >= a && i < b);
  const hits = EVENT_WORDS.flatMap(([re, type]) => {
    const hit = re.exec(piece);
    return hit ? [{ at: sentence.start + hit.index, end: sentence.start + hit.index + hit[0].length, type }] : [];
  }).sort((x, y) => x.at - y.at); // stable: at one offset the more specific word stays first
  // one relation per sentence, from its first event word that links two states: the main verb comes first
  for (const { at, end, type } of hits) {
    if (NEGATED.test(text.slice(Math.max(sentence.start, at - 20), at))) continue;
    // states in an aside (- which was attended by India -) belong to the aside's events only
    const own = actors.filter(
      (a) =>
        aside(a.at) === aside(at) &&
        (!a.place || (polarityOf(type) === "conflict" && RIGHT_AFTER.test(text.slice(end, a.at)))),
    );
    const before = own.filter((a) => a.end <= at);
    const after = own.filter((a) => a.at >= end);
    // "Russia's Ukraine offensive": the possessor acts on the state named after it
    const [owner, owned] = before.slice(-2);
    const possessive = owner && owned && /^['’]s\s+$/.test(text.slice(owner.end, owned.at)) && owned.end <= at;
    if (possessive && owner.state !== owned.state && /^\s*$/.test(text.slice(owned.end, at)))
      before.splice(-2, 2, owned, owner);
    let source = before[before.length - 1]?.state;
    let target = after.find((a) => a.state !== source)?.state;
    if (!target) {
      const other = [...before].reverse().find((a) => a.state !== source);
      const last = before[before.length - 1];
      // "X and Y met": two subjects act together, never against each other ("X and Y criticised the West")
      const together = other && last && /^\s*(and|&|,)\s*$/.test(text.slice(other.end, last.at));
      if (other && (polarityOf(type) === "cooperation" || !together)) target = other.state;
      // "X and Y criticised the West": the clause's event is their joint act, whatever else it names
      else if (together) return [];
    }
    if (!source) {
      // "your comments about Laos, Cambodia, ASEAN": states listed together act on no one
      const t = after.find((a) => a.state === target);
      const s = after.find((a) => a.state !== target);
      const listed = t && s && LISTED.test(text.slice(Math.min(t.end, s.end), Math.max(t.at, s.at)));
      source = listed ? undefined : s?.state;
    }
    if (!source || !target || source === target) continue;
    // "in close communication with the US, Russia and other parties": each state of the list
    const targets = [target];
    for (let k = after.findIndex((a) => a.state === target) + 1; k > 0 && k < after.length; k++) {
      const prev = after[k - 1] as Actor;
      const next = after[k] as Actor;
      if (!LISTED.test(text.slice(prev.end, next.at))) break;
      if (next.state !== source && !targets.includes(next.state)) targets.push(next.state);
    }
    const passive = PASSIVE_BY.test(text.slice(end, end + 4));
    return targets.map((t) => ({
      source: passive ? t : (source as string),
      target: passive ? (source as string) : t,
      type,
      polarity: polarityOf(type),
      quad: PLOVER[type],
      start: sentence.start,
      end: sentence.end,
    }));
  }
  return [];
}

/** Clauses with subjects of their own: "X met Y, while Z criticised W" tells two events. */
function clauses(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let from = sentence.start;
  for (const m of text
    .slice(sentence.start, sentence.end)
    .matchAll(/(\s*[,—–-]\s+(with|while|whereas|but)|\s+(while|whereas)|;)\s+/g)) {
    out.push({ start: from, end: sentence.start + m.index });
    from = sentence.start + m.index + m[0].length;
  }
  out.push({ start: from, end: sentence.end });
  return out;
}

/** Offsets of the asides in a sentence: between a pair of spaced dashes, or in parentheses. */
function parentheticals(piece: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of piece.matchAll(/\s[-–—]\s[^-–—]+?\s[-–—]\s|\([^)]*\)/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}
