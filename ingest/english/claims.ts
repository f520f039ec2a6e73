// Claims in English: reported speech. A speaker and a speech verb ("Putin told Xi", "said the
// Kremlin", "he added") attribute the quotations of their sentence, or, without quotation marks,
// what follows the verb (a that-clause, "saying ..."). A paragraph of quotation alone continues
// the last speaker; "according to X" makes X the speaker; a headline ("Putin hails ...") speaks
// for the person it names. Each claim is one sentence of the statement, without quotation marks.
import type { ClaimSpan } from "../claims.ts";
import { type Mention, mentionsWithin } from "../mentions.ts";
import type { Block } from "../text.ts";
import { alternation, englishData } from "./lexicon.ts";
import { afterDateline, englishBlocks, englishSentences, quotations, type Span } from "./text.ts";
import { turns } from "./turns.ts";

const VERB = new RegExp(`\\b(?:${alternation(englishData.speechVerbs)})\\b`, "g");
/** Participles that introduce the content after a main verb: "hailed ties, saying they ...". */
/** What may stand between a subject and its verb: possessives, adverbs, auxiliaries, a date. */
const SUBJECT_GAP =
  /^(['’]s)?(\s*,[^,"“”]{2,90},)?(\s*,\s*who)?(\s+(also|later|has|had|have|was|were|is|then|previously|again|further|repeatedly|on\s+\w+|once\s+again|earlier|separately|herself|himself|in\s+a\s+statement|in\s+a\s+\w+\s+statement|\w+ly))*\s*$/i;
/** Who speaks for a state or a body without a name: Japanese officials, China's foreign ministry, a Kremlin spokesman. */
const STATE_VOICE =
  /^(['’]s)?\s+(officials?|government|authorities|diplomats?|side|sources|spokes(man|woman|person)|statement|(press\s+)?office|(foreign|defen[cs]e|commerce|trade|finance)\s+ministry)\s+$/i;
/** "he said", "He also noted", "she later added". */
const PRONOUN = /\b(he|she)\s+((also|later|then|further|again|separately|\w+ly)\s+)*$/i;
/** After an inverted verb (", said Putin"): titles and demonyms before the speaker. */
const INVERTED_GAP = /^\s+((the|a|an)\s+)?([A-Za-z'’-]+\s+){0,4}$/;
const ACCORDING_TO = /\baccording\s+to\s+(the\s+)?$/i;
/** Verbs of judging, whose statement is the whole act (Putin hailed ties), not only what follows them. */
const EVALUATIVE = /^(hail|prais|criticis|criticiz|condemn|slam|accus|blam|defend|welcom|reject|den(y|ie))/;
const MIN_WORDS = 3;
/** Quoted words fewer than this inside a sentence are a phrase the writer borrows ("unprecedented"), not the statement. */
const SCARE_QUOTE_WORDS = 4;

const words = (text: string, s: Span) => text.slice(s.start, s.end).trim().split(/\s+/).filter(Boolean).length;

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s"“”‘’',:;—–-]/.test(text[start] as string)) start++;
  while (end > start && /[\s"“”‘’',:;—–-]/.test(text[end - 1] as string)) end--;
  return { start, end };
}

interface Attribution {
  speaker: Mention;
  verbStart: number;
  verbEnd: number;
  /** "..., Wang said.": the attribution closes its sentence, whose words before it are the statement. */
  trailing?: number;
}

/** What may follow a closing attribution up to the sentence's end: when and where it was said (on Tuesday, in a statement). */
const AFTER_TRAILING =
  /^(\s+(to\s+reporters|in\s+a\s+[\w\s-]{0,30}?statement|on\s+[A-Z]\w+|last\s+\w+|earlier|later|today|yesterday|this\s+week|at\s+a\s+[\w\s-]{0,30}?(briefing|conference)|in\s+[A-Z][\w\s]{0,30}))*\s*[.!?]?["”’]?\s*$/;
/** Between a statement and its closing attribution: a comma, then the subject ("..., the spokesperson said."). */
const BEFORE_TRAILING = /,\s*((the|a|an)\s+)?[^,"“”]{0,60}$/i;

/**
 * "China has always protected ..., Wang said." / "Beijing has expressed ..., the ministry said
 * on Wednesday.": a speech verb closing its sentence after a comma attributes all that stands
 * before the comma; speech verbs inside those words are what the speaker reported.
 */
function closingAttribution(text: string, sentence: Span, all: Attribution[]): Attribution | undefined {
  const last = all[all.length - 1];
  if (!last || !AFTER_TRAILING.test(text.slice(last.verbEnd, sentence.end))) return undefined;
  // the subject: the speaker named before the verb, or "he"/"she"
  const named = last.speaker.start >= sentence.start && last.speaker.end <= last.verbStart;
  const pronoun = PRONOUN.exec(text.slice(sentence.start, last.verbStart));
  const subject = named ? last.speaker.start : pronoun ? sentence.start + pronoun.index : -1;
  if (subject < 0) return undefined;
  const head = BEFORE_TRAILING.exec(text.slice(sentence.start, subject));
  if (!head || head.index < 1) return undefined;
  return { ...last, trailing: sentence.start + head.index };
}

/** "X said ..., and urged ...": a second verb joined to the first without a subject of its own shares its speaker. */
function coordinated(text: string, vs: number, earlier: Attribution[]): Mention | undefined {
  const last = earlier[earlier.length - 1];
  // "Putin defended A and blamed B": a judging verb's statement is its whole sentence already
  if (!last || EVALUATIVE.test(text.slice(last.verbStart, last.verbEnd))) return undefined;
  if (!/(,\s*|\s)and\s+((also|later|then|further)\s+)?$/.test(text.slice(Math.max(last.verbEnd, vs - 20), vs)))
    return undefined;
  return last.speaker;
}

/**
 * "Liu met with Yokochi ..., noting “many fallacies ...”": a participle after a comma says what
 * the sentence's subject (a person or body opening it, or "he") says.
 */
function participleSubject(
  text: string,
  sentence: Span,
  vs: number,
  verb: string,
  mentions: Mention[],
  lastPerson: () => Mention | undefined,
): Mention | undefined {
  if (!/ing$/.test(verb) || !/,\s*$/.test(text.slice(Math.max(sentence.start, vs - 3), vs))) return undefined;
  const opening = text.slice(sentence.start, vs);
  if (/^(he|she)\b/i.test(opening)) return lastPerson();
  return mentionsWithin(mentions, sentence.start, vs).find(
    (m) => m.label !== "Country" && /^((the|a|an)\s+)?$/i.test(text.slice(sentence.start, m.start)),
  );
}

/**
 * "Wang said China has responded to ...": a speech verb whose subject opens the complement of an
 * earlier one in the sentence is reported, not a new attribution; one after a clause boundary
 * (", while Y said", "; Y said", ", with Y slamming") attributes on its own.
 */
function reportedWithin(text: string, earlier: Attribution, later: Attribution): boolean {
  if (later.speaker.start < earlier.verbEnd) return false;
  return !/[,;–—]|\s-\s|\b(while|whereas|but|which|who)\b/.test(text.slice(earlier.verbEnd, later.speaker.start));
}

/** The speaker of the speech verb at [vs, ve): the subject before it, or the name after an inverted verb. */
function speakerOf(text: string, vs: number, ve: number, mentions: Mention[], lastPerson: () => Mention | undefined) {
  const sentenceStart = text.lastIndexOf("\n", vs) + 1;
  const before = mentionsWithin(mentions, sentenceStart, vs);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i] as Mention;
    const gap = text.slice(m.end, vs);
    if (/["“”]/.test(gap)) break;
    if (SUBJECT_GAP.test(gap) || (m.label !== "Person" && STATE_VOICE.test(gap))) return m;
    // "Chinese President Xi": a demonym inside the subject's title stands for no one
    if (m.label !== "Person") continue;
    break;
  }
  // passive: "has been accused by the US" speaks for the agent
  if (/\b(been|was|were|is|are|being)\s+$/.test(text.slice(Math.max(0, vs - 7), vs))) {
    const agent = mentionsWithin(mentions, ve, ve + 80).find((m) =>
      /^\s+by\s+(the\s+)?$/.test(text.slice(ve, m.start)),
    );
    if (agent) return agent;
  }
  if (PRONOUN.test(text.slice(Math.max(0, vs - 30), vs))) return lastPerson();
  // inverted: "...," said Putin / "...," he added
  if (/["”’],?\s*$/.test(text.slice(Math.max(0, vs - 4), vs)) || /,\s*$/.test(text.slice(Math.max(0, vs - 3), vs))) {
    const after = mentionsWithin(mentions, ve, ve + 80).find(
      (m) => m.start >= ve && INVERTED_GAP.test(text.slice(ve, m.start)) && m.label !== "Country",
    );
    if (after) return after;
    if (/^\s+(he|she)\b/i.test(text.slice(ve, ve + 5))) return lastPerson();
  }
  return undefined;
}

/** The statement of an attributed sentence without long quotations: what follows the verb. */
function contentAfterVerb(text: string, sentence: Span, a: Attribution): Span {
  // "Putin hailed relations ..., saying ...": the act of judging is itself the statement
  if (EVALUATIVE.test(text.slice(a.verbStart, a.verbEnd)))
    return {
      start: a.speaker.start >= sentence.start && a.speaker.end <= a.verbStart ? a.speaker.start : sentence.start,
      end: sentence.end,
    };
  return { start: objectEnd(text, a), end: sentence.end };
}

/** Where the statement begins after the verb: past "that" (told Xi that, said in a statement that). */
function objectEnd(text: string, a: Attribution): number {
  const that = /^[^."“”;:]{0,60}?\bthat\b/.exec(text.slice(a.verbEnd, a.verbEnd + 70));
  // "reaffirmed Washington's recognition that ...": a noun's own that-clause belongs to the statement
  if (that && NOUN_THAT.test(that[0])) return a.verbEnd;
  return a.verbEnd + (that?.[0].length ?? 0);
}
/** Nouns whose content a that-clause gives: the position that, the recognition that, the view that. */
const NOUN_THAT =
  /\b(recognition|position|view|stance|belief|fact|hope|assurance|commitment|principle|notion|assessment|understanding|consensus|conclusion|message|promise|pledge|claim)\s+that$/i;

export function findEnglishClaims(
  text: string,
  mentions: Mention[],
  blocks: Block[] = englishBlocks(text),
): ClaimSpan[] {
  const out: ClaimSpan[] = [];
  let lastSpeaker: Mention | undefined;
  const push = (speaker: Mention, content: Span) => {
    content = { start: Math.max(content.start, afterDateline(text, content.start)), end: content.end };
    // "..., according to a UN spokesperson": the source, not the statement
    const source = text.slice(content.start, content.end).search(/,?\s+according\s+to\b[^"“”]*$/i);
    if (source > 0) content = { start: content.start, end: content.start + source };
    for (const piece of englishSentences(text, content.start, content.end)) {
      const span = trim(text, piece);
      if (words(text, span) >= MIN_WORDS) out.push({ ...span, speaker });
    }
    lastSpeaker = speaker;
  };
  let answering: Mention | undefined; // the person whose transcript turn goes on
  let readout: Mention | undefined; // the spokesperson a readout is attributed to
  let statement: Mention | undefined; // who opened a statement with "X said:" at a paragraph's end
  const turnOf = turns(text, blocks, mentions);
  for (const [b, p] of blocks.entries()) {
    // captions and page furniture never speak; furniture ends a statement ("Published 19 March 2024")
    if (p.kind === "caption" || p.kind === "label") {
      if (p.kind === "label") statement = undefined;
      continue;
    }
    const turn = turnOf[b];
    if (turn && p.kind === "heading") {
      // a headline "Xi: ..." speaks for that person, and only the headline does
      if (turn.speaker) push(turn.speaker, { start: turn.body, end: p.end });
      continue;
    }
    if (turn) answering = turn.speaker;
    if (READOUT.test(text.slice(p.start, p.end))) {
      readout = mentionsWithin(mentions, p.start, p.end).find((m) => m.label === "Person") ?? readout;
      continue;
    }
    if (turn && !turn.speaker) continue; // a question
    let paragraphSpeaker: Mention | undefined;
    const quotes = quotations(text, p.start, p.end);
    const sentences = p.sentences;
    const quotesIn = (s: Span) => quotes.filter((q) => q.end > s.start && q.start < s.end);
    // computed when reached, so that "he" can be the speaker of the sentence before
    const attributions = new Map<number, Attribution[]>();
    const attributionOf = (k: number) => {
      if (!attributions.has(k)) {
        const sentence = sentences[k] as Span;
        attributions.set(
          k,
          attribute(text, sentence, quotesIn(sentence), mentions, p, () => lastSpeaker),
        );
      }
      return attributions.get(k) ?? [];
    };
    if (statement) {
      // the statement runs on until a heading, a turn, or a paragraph where another person speaks
      const other = sentences.some((_, k) =>
        attributionOf(k).some((a) => a.speaker.label === "Person" && a.speaker.key !== statement?.key),
      );
      if (p.kind === "heading" || turn || other) statement = undefined;
      else {
        for (const sentence of sentences) push(statement, sentence);
        continue;
      }
    }
    const last = sentences.length - 1;
    if (last >= 0 && OPENS_STATEMENT.test(text.slice(p.start, p.end))) statement = attributionOf(last)[0]?.speaker;
    sentences.forEach((sentence, i) => {
      // a quotation running on into a later sentence is attributed there ("... . ...," he added)
      const attribution =
        attributionOf(i)[0] ??
        sentences
          .map((later, k) => (k > i && quotes.some((q) => q.start < sentence.end && q.end > later.start) ? k : -1))
          .filter((k) => k > i)
          .map((k) => attributionOf(k)[0])
          .find(Boolean);
      if (!attribution && p.kind === "heading") return;
      // an answer is the answerer's, what it reports of others included ("we understand that Israel announced ...")
      if (answering) {
        const own = { start: Math.max(sentence.start, turn?.body ?? p.start), end: sentence.end };
        if (!briefingFormula(text, own)) push(answering, own);
        return;
      }
      if (!attribution && according(text, sentence, mentions, push)) return;
      const long = quotesIn(sentence).filter((q) => words(text, q) >= SCARE_QUOTE_WORDS);
      // a readout's own account ("Secretary Blinken spoke today with ...") is its spokesperson's
      if (!attribution && !long.length && readout) {
        // the spokesperson is no one in the story: "he" stays the principal
        const principal = lastSpeaker;
        push(readout, sentence);
        lastSpeaker = principal;
        return;
      }
      const speaker =
        attribution?.speaker ?? (long.length ? (paragraphSpeaker ?? continuing(text, p, lastSpeaker)) : undefined);
      if (!speaker) return;
      paragraphSpeaker = speaker;
      // the quotations are the statement unless the writer's own words stand between the verb and them
      // (said the summit - which ... - had laid the foundations for ... "outdated models")
      const from = attribution ? objectEnd(text, attribution) : sentence.start;
      const nextQuote = long.find((q) => q.start >= from);
      const ownWords = nextQuote ? words(text, { start: from, end: nextQuote.start - 1 }) : 0;
      if (long.length && ownWords < SCARE_QUOTE_WORDS && !embeddedQuote(text, sentence, long, attribution))
        for (const q of long)
          push(speaker, { start: Math.max(q.start, sentence.start), end: Math.min(q.end, sentence.end) });
      else if (attribution) {
        // "X criticised A, with Y slamming B, while Z defended C": each speaker's words up to the next one's
        const own = attributionOf(i);
        own.forEach((a, k) => {
          const next = own[k + 1];
          const stop = next ? clauseStart(text, sentence, next, a.verbEnd) : sentence.end;
          const fronted = k === 0 ? frontedParticiple(text, sentence, a) : undefined;
          if (fronted) push(a.speaker, fronted);
          if (a.trailing !== undefined) {
            push(a.speaker, { start: sentence.start, end: a.trailing });
            return;
          }
          const after = contentAfterVerb(text, { start: sentence.start, end: stop }, a);
          // "Japan lodged a protest, Japanese officials said.": the statement stands before its speaker
          const comma = text.lastIndexOf(",", Math.min(a.speaker.start, a.verbStart));
          if (words(text, after) < MIN_WORDS && comma > sentence.start && k === 0)
            push(a.speaker, { start: sentence.start, end: comma });
          else if (!/^\s*[-–—,;)]/.test(text.slice(a.verbEnd, a.verbEnd + 3))) push(a.speaker, after);
        });
      }
    });
  }
  return dedupe(out);
}

function attribute(
  text: string,
  sentence: Span,
  quotes: Span[],
  mentions: Mention[],
  paragraph: Span,
  lastSpeaker: () => Mention | undefined,
): Attribution[] {
  const out: Attribution[] = [];
  const inQuote = (i: number) => quotes.some((q) => i >= q.start && i < q.end);
  // "he": the person named before it in the sentence, else the last speaker, else the paragraph's first person
  const people = mentionsWithin(mentions, paragraph.start, sentence.end).filter((m) => m.label === "Person");
  const lastPerson = () => people.filter((m) => m.start >= sentence.start).pop() ?? lastSpeaker() ?? people[0];
  for (const v of text.slice(sentence.start, sentence.end).matchAll(VERB)) {
    const vs = sentence.start + v.index;
    if (inQuote(vs)) continue;
    const speaker =
      speakerOf(text, vs, vs + v[0].length, mentions, lastPerson) ??
      coordinated(text, vs, out) ??
      // after a speech verb ("hailed ties, saying ..."), the participle goes on with its statement
      (out.length ? undefined : participleSubject(text, sentence, vs, v[0], mentions, lastPerson));
    if (speaker) out.push({ speaker, verbStart: vs, verbEnd: vs + v[0].length });
  }
  const closing = closingAttribution(text, sentence, out);
  if (closing) return [closing];
  return out.filter((a, k) => !out.slice(0, k).some((e) => reportedWithin(text, e, a)));
}

/** "..., according to the Kremlin": the body named is the speaker of the rest of the sentence. */
function according(
  text: string,
  sentence: Span,
  mentions: Mention[],
  push: (speaker: Mention, s: Span) => void,
): boolean {
  const source = mentionsWithin(mentions, sentence.start, sentence.end).find(
    (m) =>
      m.start >= sentence.start &&
      m.end <= sentence.end &&
      ACCORDING_TO.test(text.slice(Math.max(sentence.start, m.start - 20), m.start)),
  );
  if (!source) return false;
  const cut = text.slice(sentence.start, source.start).search(/,?\s*according\s+to\s+(the\s+)?$/i);
  const before = { start: sentence.start, end: sentence.start + cut };
  push(source, words(text, before) >= MIN_WORDS ? before : { start: source.end, end: sentence.end });
  return true;
}

/**
 * "said it is “extremely regrettable and worrying” to learn that ...": a quotation the statement
 * goes on after is a part of it, and the statement is the whole clause after the verb.
 */
function embeddedQuote(text: string, sentence: Span, long: Span[], a: Attribution | undefined): boolean {
  const [quote, ...more] = long;
  if (!a || !quote || more.length || quote.start < a.verbEnd) return false;
  return words(text, { start: quote.end + 1, end: sentence.end }) >= SCARE_QUOTE_WORDS;
}

/** A participle of speech opening a sentence before its speaker: "Noting that ..., Wang said ...". */
const FRONTED = new RegExp(
  `^(?:${alternation(englishData.speechVerbs.filter((v) => /ing$/.test(v)))})\\s+(that\\s+)?`,
  "i",
);

/** The words of a fronted participle up to the comma before the speaker, which are the speaker's too. */
function frontedParticiple(text: string, sentence: Span, a: Attribution): Span | undefined {
  const m = FRONTED.exec(text.slice(sentence.start, a.speaker.start));
  if (!m || a.speaker.start < sentence.start) return undefined;
  const comma = text.lastIndexOf(",", a.speaker.start);
  return comma > sentence.start + m[0].length ? { start: sentence.start + m[0].length, end: comma } : undefined;
}

/** Where the clause of an attribution begins: its subject, and the joining words before it (", with", "while"). */
function clauseStart(text: string, sentence: Span, a: Attribution, after: number): number {
  // a verb sharing the subject of the one before (", and urged") begins its own clause
  const subject =
    a.speaker.start >= Math.max(sentence.start, after) && a.speaker.end <= a.verbStart ? a.speaker.start : a.verbStart;
  const joint = /(\s*[,;]?\s*(-|–|—|with|while|whereas|and|but|as)?\s*)$/.exec(text.slice(sentence.start, subject));
  return subject - (joint?.[0].length ?? 0);
}

/** "Foreign Secretary Liz Truss said:" closing a paragraph: the paragraphs after it are the statement, quoted or not. */
const OPENS_STATEMENT = new RegExp(
  `\\b(?:${alternation(englishData.speechVerbs)})(?:\\s+(?:in\\s+a\\s+statement|today|on\\s+\\w+))?\\s*:\\s*$`,
);

/** A readout's attribution line: "The following is attributable to Spokesperson Ned Price:". */
const READOUT = /^the following is attributable to\b/i;

/** What runs a briefing rather than says anything: greetings, thanks, handing the floor, a stage direction in brackets. */
const FORMULA =
  /^(good (morning|afternoon|evening)|hello\b|hi\b|welcome\b|thanks?\b|thank you|let['’]s (go|move|turn|take)\b|next question|go ahead|(i|we) (have|['’]ve got) [^.]{0,40}\b(at the top|to start|to announce)|(i|we)['’]?(ll| will) (now )?take (your )?questions|\(.*\)$)/i;
const briefingFormula = (text: string, s: Span) => FORMULA.test(text.slice(s.start, s.end).trim());

/** A paragraph opening with a quotation and naming no speaker goes on with the last one. */
const continuing = (text: string, p: Span, last: Mention | undefined) =>
  /^["“]/.test(text.slice(p.start, p.start + 1)) ? last : undefined;

/** One claim per span: a quotation spanning two sentences is reached from both. */
function dedupe(claims: ClaimSpan[]): ClaimSpan[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.start}-${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
