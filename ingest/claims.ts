// Claims: who said what, as spans of the normalised text. Reported speech opens with a speaker and
// a speech verb (郭嘉昆指出，… / 工信部相关负责人21日在发布会上表示，…), or stands in a headline
// (普京：…), or answers a question at a press conference (答：…). What follows the verb, and the
// next sentences of the paragraph, are the speaker's, one claim per sentence, until another
// speaker is introduced. Journalists' questions are nobody's claims.
import type { IsoDate } from "../graph/schema.ts";
import { notSpeech, speechVerbs, titles } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import {
  type Block,
  blocks as blocksOf,
  isFurniture,
  type Paragraph,
  type Sentence,
  sentencesFrom,
  trimSpan,
} from "./text.ts";

export interface ClaimSpan {
  start: number;
  end: number;
  speaker: Mention;
  /** The date the claim speaks of (pipeline's date stage). */
  date?: IsoDate;
}

/** Content shorter than this is no statement (中方对此表示关切: 关切 alone is not a claim). */
const MIN_CLAIM = 4;
/** A sentence longer than this is split at semicolons, into pieces of at least MIN_PIECE. */
const LONG_SENTENCE = 120;
const MIN_PIECE = 20;
/** As char codes: the clause scan reads every character, and s[i] allocates a string for each. */
const CLAUSE_END = new Set([..."，：:；;。！？!?「“『（）()\n"].map((c) => c.charCodeAt(0)));
/** A mention right after these is an adverbial (在联合国大会上表示), not the subject. */
const NOT_SUBJECT_BEFORE = new Set("在于据同与和对向就从把被将给及跟");
/** Sentences in the writer's voice end a speaker's run of sentences (可以看出, 具体来看, 另外). */
const WRITER_VOICE =
  /^(\d{1,2}月\d{1,2}日，|[一二三四五六七八九十]+月[一二三四五六七八九十]+日，|随后，|其后，|此前，|稍后，|至少|由此可见|据悉|据了解|据介绍|据报道|记者了解到|值得注意的是|值得一提的是|具体来看|具体而言|另外|此外|与此同时|不过|对比|放眼)|可以看出|可见，/;
/** 香港文汇报讯, 新华社电: the source of the article, not a speaker. */
const DATELINE = /^(讯|电|报道)/;
const ACCORDING_TO = /^\s*据[^，]{1,12}(报道|消息|称|透露|介绍|披露)$/;
const NOUN_BEFORE = new Set("和与及的、谓"); // 所谓警告: a noun
const WEAK_VERBS = new Set(["指", "介绍"]);
/** A verb this close to its clause's start (称, 并称, 还强调) takes the subject of the clauses before. */
const OPENING_VERB = 2;
/** The longest subject with no name in it that opens a sentence before its speech verb (分析人士, 西方国家). */
const MAX_SUBJECT_WORDS = 8;
/** Words before a clause's subject: a date, 对此, 此外; a longer lead means the mention is no subject. */
const MAX_BEFORE_SUBJECT = 12;
/** Documents that speak for whoever issued them. */
const DOCUMENTS = "宣言|联合声明|声明|公报";
const DECLARATION = new RegExp(DOCUMENTS);
/** 成员国重申…, 宣言提到…: the member states or the declaration speak for the organization. */
const COLLECTIVE = new RegExp(
  `^\\s*(各|全体)?(成员国|与会各方)|^\\s*(各|[三四五六七八九十]+)国领导人|^\\s*[「“《]?[^，。「」“”《》]{0,10}(${DOCUMENTS})[」”》]?\\s*$`,
);
/** 新华社发布的宣言: the one who published a document (or report, file) before it. */
const PUBLISHED = new RegExp(`的(${DOCUMENTS}|报告|文件|决议)`);
const PRONOUN =
  /^(?:对此|此外|同时|另外|并且|而|但)?[，]?(他们|她们|他|她|该负责人|该发言人|这位发言人|该官员|发言人|负责人)/;

interface Intro {
  /** Where the intro clause starts (the speaker) and where its content starts. */
  start: number;
  content: number;
  speaker: Mention;
  /** 据新华社报道，…: a report's source vouches for its sentence, not for the writer's next ones. */
  reportOnly?: boolean;
}

class Context {
  /** The last speaker, for 他说 and continuing sentences. */
  lastSpeaker: Mention | undefined;
  /** The person a clause was last about (德国外长马斯周日启程…), and where: 他 may refer back to them. */
  lastSubject: { person: Mention; at: number } | undefined;
  private lastSpeakerAt = -1;
  spoke(speaker: Mention, at: number): void {
    this.lastSpeaker = speaker;
    this.lastSpeakerAt = at;
  }
  /** 他, 她: the person last spoken of, whether as a speaker or as the subject of a later clause. */
  he(): Mention | undefined {
    const subject = this.lastSubject;
    if (!subject) return this.lastSpeaker;
    return this.lastSpeaker?.label === "Person" && this.lastSpeakerAt >= subject.at ? this.lastSpeaker : subject.person;
  }
  /** The international organization the article is most about, whose members speak as one. */
  body: Mention | undefined;
  /** The last spokesperson, who answers 答：at a press conference. */
  spokesperson: Mention | undefined;
  private readonly affiliations = new Map<string, Set<string>>();
  /** Countries named in any title of the person or body `m` (多斯桑托斯, 安哥拉总统), and theirs. */
  countriesOf(m: Mention): Set<string> {
    let found = this.affiliations.get(m.key);
    if (!found) {
      found = new Set();
      for (const p of this.mentions) {
        if (p.key !== m.key || !p.role) continue;
        for (let i = p.role.start; i < p.role.end; i++) {
          const x = this.covering[i];
          if (x?.label === "Country") found.add(x.key);
          else if (x?.country) found.add(x.country);
        }
      }
      this.affiliations.set(m.key, found);
    }
    return found;
  }
  constructor(
    readonly s: string,
    readonly mentions: Mention[],
    readonly covering: (Mention | undefined)[],
    /** The person whose title covers an offset (工信部 in 工信部副部长张云明). */
    readonly roleOf: (Mention | undefined)[],
  ) {}
}

/** The subject of a clause ending at `verbStart`: its first person, organization or country mention. */
function subjectOf(ctx: Context, clauseStart: number, verbStart: number): Mention | undefined {
  const { s } = ctx;
  if (isAdverbial(s.slice(clauseStart, verbStart))) return undefined;
  // 这位德国外长强调: the person last spoken of, not the country in the title
  if (ANAPHOR.test(s.slice(clauseStart, verbStart))) return ctx.he();
  // 国务卿表示: a title alone is the person last named with it
  const title = s.slice(clauseStart, verbStart).trim();
  const holder = title && titles.longestAt(title, 0)?.term === title ? titled(ctx, title, clauseStart) : undefined;
  if (holder) return holder;
  // 他肯定台湾的贡献: a pronoun opening the clause is its subject, the names after it are objects
  const pronoun = PRONOUN.exec(s.slice(clauseStart, verbStart));
  if (pronoun && !ctx.covering[clauseStart + pronoun[0].length]) return pronounOf(ctx, pronoun[1] as string);
  for (let i = clauseStart; i < verbStart; i++) {
    const m = ctx.covering[i];
    if (!m) continue;
    if (m.end > verbStart) return undefined;
    i = m.end - 1;
    if (isCredited(s, m.start)) continue;
    const owner = ctx.roleOf[m.start];
    if (owner && owner.end <= verbStart) return owner;
    if (NOT_SUBJECT_BEFORE.has(s[m.start - 1] ?? "") && m.start > clauseStart) continue;
    if (m.start - clauseStart > MAX_BEFORE_SUBJECT || /[是把被]/.test(s.slice(clauseStart, m.start))) return undefined;
    if (s[m.end] === "的" || DATELINE.test(s.slice(m.end, m.end + 2))) continue;
    // 新华社发布的宣言提到: the one who published the document is not who speaks in it
    if (PUBLISHED.test(s.slice(m.end, verbStart))) continue;
    if (m.kind === "agreement") {
      // 「天津宣言」提到…: a declaration speaks for whoever issued it; a law or treaty never speaks
      if (!DECLARATION.test(m.key)) continue;
      if (m.start - clauseStart <= OPENING_VERB)
        return issuerOf(ctx, s.slice(m.start, m.end), m.start) ?? ctx.body ?? m;
    }
    return m;
  }
  const collective = COLLECTIVE.exec(s.slice(clauseStart, verbStart));
  if (collective) {
    const document = DECLARATION.exec(collective[0]);
    return (document && issuerOf(ctx, document[0], clauseStart)) ?? ctx.body;
  }
  return pronoun ? pronounOf(ctx, pronoun[1] as string) : undefined;
}

/** 这位德国外长, 该名官员, 这名外交官: a title after a demonstrative refers back to a person (该国外长 does not). */
const ANAPHOR =
  /^\s*(?:对此|此外|同时|另外|而|但)?[，]?(这位|这名|此位|该名|该位|该)(?!国)[^，。「“]{0,8}?(外长|外相|部长|总统|总理|首相|大使|公使|国务卿|主席|官员|外交官|议员|特使|代表)/;

/** The last person named before `before` with `title` in their title (国务卿 for 国务卿安东尼·布林肯). */
function titled(ctx: Context, title: string, before: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of ctx.mentions) {
    if (m.start >= before) break;
    const role = m.role ? ctx.s.slice(m.role.start, m.role.end) : m.knownRole;
    if (m.label === "Person" && role?.includes(title)) found = m;
  }
  return found;
}

/** Who 他, 该发言人, 他们 refer to. */
const pronounOf = (ctx: Context, pronoun: string): Mention | undefined =>
  /负责人|发言人/.test(pronoun)
    ? (ctx.spokesperson ?? ctx.lastSpeaker)
    : /^[他她]$/.test(pronoun)
      ? ctx.he()
      : ctx.lastSpeaker;

/** A gloss: a bracketed name in Latin letters or a short form or date of at most four characters,
 * right after a word (瓦德富尔（Johann Wadephul）, 香港特别行政区（特区）政府, 今（6）日); a longer
 * note (记者江鑫娴北京报道) is a clause of its own. */
const GLOSS = /^[（(](?:[A-Za-z0-9\u00C0-\u024F][\w\u00C0-\u024F .,'·&-]{0,40}|[^，。；：！？（）()\n]{1,4})[）)]/;

/** Where the gloss that opens at `at` ends, or `at` when none does (a bracket opening a sentence is a dateline). */
export function glossAt(s: string, at: number, end: number): number {
  const c = s[at];
  if ((c !== "（" && c !== "(") || at === 0 || CLAUSE_END.has(s.charCodeAt(at - 1))) return at;
  const m = GLOSS.exec(s.slice(at, Math.min(end, at + 42)));
  return m ? at + m[0].length : at;
}

/** 在答复有关拜登和习近平…的询问时: a clause of time or place, whose names are no subject. */
export const isAdverbial = (clause: string): boolean =>
  /^\s*(在|当|于)[^，。]*(时|之际|期间|后|前|上|中)$/.test(clause);

/** 图：法新社, 摄影／路透社: a picture's credit, which never speaks. */
export const isCredited = (s: string, at: number): boolean =>
  /(图|图片|图源|摄影|摄|来源|图片来源|视频来源|图像来源)\s*[：:／/]\s*$/.test(s.slice(Math.max(0, at - 8), at));

/** 引述, 援引: the one quoted, not the one quoting, is the speaker (外交部发表声明引述王毅表示). */
const QUOTING = /(引述|援引|引用|转引|转述)$/;

/** The person a clause quotes before its verb (…引述王毅表示): they speak, the outlet or ministry relays. */
function quotedIn(ctx: Context, clauseStart: number, verbStart: number): Mention | undefined {
  for (let i = verbStart - 1; i >= clauseStart; i--) {
    const m = ctx.covering[i];
    if (!m) continue;
    i = m.start;
    if (m.label === "Person" && QUOTING.test(ctx.s.slice(Math.max(clauseStart, m.start - 2), m.start))) return m;
  }
  return undefined;
}

/** Who issued the document (声明) a clause names: the organization named just before an earlier mention
 * of it in its sentence (会议发表了金砖国家…的单独声明。声明强调…: 金砖国家). */
function issuerOf(ctx: Context, document: string, before: number): Mention | undefined {
  const { s } = ctx;
  for (let at = s.lastIndexOf(document, before - 1); at >= 0; at = s.lastIndexOf(document, at - 1)) {
    for (let i = at - 1; i >= 0 && !/[。！？\n]/.test(s[i] as string); i--) {
      const m = ctx.covering[i];
      if (m?.kind === "international") return m;
    }
  }
  return undefined;
}

/** Intros in a sentence: a clause with a subject and a speech verb, at its end or before its content. */
/** `narrative`: the sentence is in the writer's voice so far, so its clauses' subjects are who 他 may refer to. */
function intros(ctx: Context, sentence: Sentence, narrative = false): Intro[] {
  const { s } = ctx;
  const out: Intro[] = [];
  // the subject of earlier clauses, for a verb opening its clause (发表声明，形容… / 赵立坚周三（27日）称，…)
  let topic: Mention | undefined;
  let topicStart: number | undefined; // where a topic that is no speaker yet opens its clause
  let clauseStart = sentence.start;
  while (clauseStart < sentence.end) {
    let clauseEnd = clauseStart;
    while (clauseEnd < sentence.end && !CLAUSE_END.has(s.charCodeAt(clauseEnd))) {
      clauseEnd++;
      // 贝尔伯克(Annalena Baerbock)回顾…表示, 今（6）日: a gloss in brackets goes on with its clause
      const gloss = glossAt(s, clauseEnd, sentence.end);
      if (gloss > clauseEnd) clauseEnd = gloss;
    }
    const intro = clauseIntro(ctx, clauseStart, clauseEnd, sentence.end, topic);
    // 美国国务院当地时间周二（13日）指，…: the intro began with its subject
    if (intro) out.push(intro.speaker === topic && topicStart !== undefined ? { ...intro, start: topicStart } : intro);
    const subject = subjectOf(ctx, clauseStart, clauseEnd);
    if (subject?.label === "Person" && narrative && out.length === 0)
      ctx.lastSubject = { person: subject, at: clauseStart };
    const opens =
      subject &&
      Math.min(subject.start, subject.role?.start ?? subject.start) - clauseStart <= OPENING_VERB &&
      !(topic && speaksFor(ctx, topic, subject)); // 他重申，美方已…，又指…: still him
    if (intro) {
      topic = intro.speaker;
      topicStart = undefined;
    } else if (opens) {
      topic = subject;
      topicStart = clauseStart;
    }
    clauseStart = clauseEnd + 1;
  }
  return out;
}

function clauseIntro(
  ctx: Context,
  start: number,
  end: number,
  sentenceEnd: number,
  topic: Mention | undefined,
): Intro | undefined {
  const { s } = ctx;
  // 据新华社报道，… : the report is the source's claim
  const source = ACCORDING_TO.exec(s.slice(start, end));
  if (source) {
    for (let i = start + source[0].indexOf("据") + 1; i < end; i++) {
      const m = ctx.covering[i];
      if (m?.label === "Organization")
        return { start, content: Math.min(end + 1, sentenceEnd), speaker: m, reportOnly: true };
    }
  }
  const verbs: { start: number; end: number }[] = [];
  for (let i = start; i < end; i++) {
    if (ctx.covering[i]) {
      i = (ctx.covering[i] as Mention).end - 1;
      continue;
    }
    const blocked = notSpeech.longestAt(s, i);
    if (blocked) {
      i += blocked.term.length - 1;
      continue;
    }
    const v = speechVerbs.longestAt(s, i);
    // 指 says "refers to" as often as "says", 介绍 "presents": verbs only before their quote or after 又/并/亦
    const weak =
      v &&
      WEAK_VERBS.has(v.term) &&
      !/[，：「“]/.test(s[i + v.term.length] ?? "") &&
      !/[又并亦还也]/.test(s[i - 1] ?? "");
    if (v && !weak) {
      verbs.push({ start: i, end: i + v.term.length });
      i += v.term.length - 1;
    }
  }
  // prefer the verb that ends the clause (…时表示，); else one followed by its content in the clause
  const last = verbs.at(-1);
  // …警告美国，: a verb and the one it addresses end the clause too
  const addressee = last && ctx.covering[last.end];
  // 引起广泛担忧和谴责: after 和/的 the word is a noun, no verb of speech
  const noun = last && NOUN_BEFORE.has(s[last.start - 1] ?? "");
  if (last && !noun && (last.end === end || (addressee && addressee.start === last.end && addressee.end === end))) {
    const speaker =
      quotedIn(ctx, start, last.start) ??
      subjectOf(ctx, start, last.start) ??
      (last.start - start <= OPENING_VERB ? topic : undefined);
    if (speaker) return { start, content: Math.min(end + 1, sentenceEnd), speaker };
  }
  for (const v of verbs) {
    // 他表示无法断言，也无法透露…: content right after its speaker's verb may run on past its clause
    const runsOn =
      "，「“".includes(s[end] ?? "-") && end - v.end >= 2 && end < sentenceEnd && v.start - start <= OPENING_VERB;
    if ((end - v.end < MIN_CLAIM + 2 && !runsOn) || s[v.end] === "的" || s[v.end] === "了") continue;
    const speaker =
      quotedIn(ctx, start, v.start) ??
      subjectOf(ctx, start, v.start) ??
      (v.start - start <= OPENING_VERB ? topic : undefined);
    if (speaker) return { start, content: v.end, speaker };
  }
  return undefined;
}

/** Claims of one or two clauses per sentence of s[start, end), split at semicolons when long. */
function claimSpans(s: string, start: number, end: number, speaker: Mention): ClaimSpan[] {
  const out: ClaimSpan[] = [];
  const pieces: [number, number][] = [];
  if (end - start > LONG_SENTENCE) {
    let from = start;
    for (let i = start; i < end; i++)
      // a short piece (加强宏观政策协调，对接发展战略) goes on into the next one
      if ((s[i] === "；" || s[i] === ";") && i - from >= MIN_PIECE) {
        pieces.push([from, i]);
        from = i + 1;
      }
    pieces.push([from, end]);
  } else pieces.push([start, end]);
  for (const [a, b] of pieces) {
    const [ts, te] = trimSpan(s, a, b);
    if (te - ts >= MIN_CLAIM) out.push({ start: ts, end: te, speaker });
  }
  return out;
}

/** The claims of a paragraph's sentences, into `out`; gives the speaker whose run it ends in. `first`:
 * who speaks from its start (the answerer, or a speaker whose statement it continues). */
function bodyClaims(
  ctx: Context,
  sentences: Sentence[],
  answerer: Mention | undefined,
  out: ClaimSpan[],
  first = answerer,
): Mention | undefined {
  let current = first;
  for (const sentence of sentences) {
    const text = ctx.s.slice(sentence.start, sentence.end);
    if (isFurniture(text)) {
      current = answerer;
      continue;
    }
    // 中方希望… in the words of a speaker who speaks for China stays that speaker's claim
    const found = reported(
      ctx,
      intros(ctx, sentence, !current).filter((i) => !(current && speaksFor(ctx, current, i.speaker))),
    );
    if (found.length === 0) {
      if (current && (WRITER_VOICE.test(text) || namesItsSpeaker(ctx, sentence, current) || othersSpeak(ctx, sentence)))
        current = answerer;
      if (current) out.push(...claimSpans(ctx.s, sentence.start, sentence.end, current));
      continue;
    }
    found.forEach((intro, k) => {
      const stop = found[k + 1]?.start ?? sentence.end;
      // 「……」，王毅说。: an attribution closing its sentence owns what came before it
      const closing =
        k === 0 && intro.start > sentence.start && trimSpan(ctx.s, intro.content, stop)[1] <= intro.content;
      if (closing) out.push(...claimSpans(ctx.s, sentence.start, intro.start, intro.speaker));
      else out.push(...claimSpans(ctx.s, intro.content, stop, intro.speaker));
      ctx.spoke(intro.speaker, intro.start);
      if (isSpokesperson(ctx, intro.speaker)) ctx.spokesperson = intro.speaker;
    });
    const last = found.at(-1);
    current = last?.reportOnly ? answerer : last?.speaker;
  }
  return current;
}

/** Openings of a point in a list: 第一，一是，其次，最后. */
const ENUMERATION = /^(第[一二三四五六七八九十]+|[一二三四五六七八九十]是|其[一二三四五]|首先|其次|再次|最后)[，、：]/;
/** Words that join a sentence to the one before without a subject of their own (同时，中方…). */
const CONNECTIVE = /^(同时|此外|另外|但是|但|而且|而|并且|因此|所以|当然)?，?/;
/** A leading clause that is no subject (作为安理会常任理事国，中方…). */
const LEAD_CLAUSE = /^(作为|对于|关于|针对|随着|面对|在)[^，。]{0,30}，/;

/**
 * Whether a paragraph with no cue of its own goes on with the statement of `speaker`, who spoke last in
 * the one before: it opens a quote (“我们鼓励…”), a point of a list (第二，…), or speaks in the speaker's
 * voice (我们…, 中方… for a Chinese official: the side's own short form), so it is theirs; a sentence in the writer's voice, a caption
 * or a credit line is not.
 */
function continuesSpeech(ctx: Context, sentence: Sentence, speaker: Mention): boolean {
  const text = ctx.s.slice(sentence.start, sentence.end);
  // a caption or credit line (马斯11月11日启程前往北京访问 路透社) is no sentence
  if (!/[。！？!?][」』”’]*$/.test(text)) return false;
  if (/^[“「『]/.test(text) || ENUMERATION.test(text)) return true;
  if (WRITER_VOICE.test(text)) return false;
  const lead = LEAD_CLAUSE.exec(text)?.[0].length ?? 0;
  const from = sentence.start + lead + (CONNECTIVE.exec(text.slice(lead))?.[0].length ?? 0);
  if (/^(我们|我方|我国|我)/.test(ctx.s.slice(from, from + 2))) return true;
  // 中方, 美方: the side as it speaks of itself; a full name (美国负责亚洲事务的外交官…) opens a new subject
  const m = ctx.covering[from];
  return m?.start === from && m.form === "short" && ctx.s[m.end] !== "的" && speaksFor(ctx, speaker, m);
}

/** Words before a verb that carry on the subject before them (并称, 同时强调, 他还表示). */
const CARRY_ON = /^(并|还|也|又|亦|再|同时|此外|另外|随后|其后|进而|进一步|最后|对此|[他她其我])/;

/** 西方国家指责北京…, 分析人士认为…: a sentence opening with a subject the text names no entity for and a
 * speech verb is someone else speaking, not the last speaker going on. */
function othersSpeak(ctx: Context, sentence: Sentence): boolean {
  const { s } = ctx;
  for (let i = sentence.start; i < Math.min(sentence.end, sentence.start + MAX_SUBJECT_WORDS + 1); i++) {
    if (ctx.covering[i] || CLAUSE_END.has(s.charCodeAt(i))) return false;
    if (notSpeech.longestAt(s, i)) return false;
    const v = speechVerbs.longestAt(s, i);
    if (!v || WEAK_VERBS.has(v.term)) continue;
    const subject = s.slice(sentence.start, i);
    return subject.length >= 2 && !CARRY_ON.test(subject) && !/\d/.test(subject);
  }
  return false;
}

/** 布林肯前天同王毅会面…: a sentence with the speaker's own name as its subject is the writer's, not theirs. */
function namesItsSpeaker(ctx: Context, sentence: Sentence, speaker: Mention): boolean {
  if (speaker.label !== "Person") return false;
  for (let i = sentence.start; i < Math.min(sentence.end, sentence.start + MAX_BEFORE_SUBJECT); i++) {
    const m = ctx.covering[i];
    if (m) return m.label === "Person" && m.key === speaker.key;
  }
  return false;
}

const OPEN_QUOTE: Record<string, string> = { "「": "」", "“": "”", "『": "』" };

/**
 * Speech reported inside a statement is part of it: what follows 路透社引消息指， (美国政府最快或
 * 在周五宣布…) or sits inside the quote of 批评「美方要发布所谓警告，…」 is the first speaker's. A
 * later speaker in the sentence counts only when, like the first, its verb closes its clause
 * (王毅表示，…，河野太郎则称，…) or it was among the first speakers.
 */
function reported(ctx: Context, found: Intro[]): Intro[] {
  const { s } = ctx;
  const first = found[0];
  if (!first) return found;
  // 王毅、河野太郎表示，…，王毅更称…: one of the first speakers goes on in their own words (or the first quotes itself: 他称…，批评「…」)
  const named = new Set<string>();
  for (let i = first.start; i < first.content; i++) {
    const m = ctx.covering[i];
    if (m) named.add(m.key);
  }
  // the quote opens the content (说「…」) or ends the intro's clause (说「 with the content after it)
  const at = [first.content, first.content - 1].find((i) => OPEN_QUOTE[s[i] ?? ""]);
  const quoteEnd = at === undefined ? -1 : s.indexOf(OPEN_QUOTE[s[at] as string] as string, at + 1);
  const quotes = (i: Intro) => OPEN_QUOTE[s[i.content - 1] ?? ""] !== undefined;
  const closesClause = (i: Intro) => "，,：:；;".includes(s[i.content - 1] ?? "-");
  const own = (i: Intro) =>
    closesClause(i) || !closesClause(first) || named.has(i.speaker.key) || (i.speaker === first.speaker && quotes(i));
  const inQuote = (i: Intro) => quoteEnd >= 0 && i.start < quoteEnd;
  // 赵立坚回应，中方对此坚决反对并予以强烈谴责，…: the spokesperson's side is still the spokesperson
  return found.filter((i, k) => k === 0 || (!speaksFor(ctx, first.speaker, i.speaker) && !inQuote(i) && own(i)));
}

/** Whether `side` (中方, 中国) is the country that `speaker` speaks for. */
function speaksFor(ctx: Context, speaker: Mention, side: Mention): boolean {
  if (side.label !== "Country" || speaker === side) return false;
  if (speaker.label === "Country") return speaker.key === side.key;
  return speaker.country === side.key || ctx.countriesOf(speaker).has(side.key);
}

function isSpokesperson(ctx: Context, m: Mention): boolean {
  if (m.label !== "Person") return false;
  const role = m.role ? ctx.s.slice(m.role.start, m.role.end) : (m.knownRole ?? "");
  return role.includes("发言人");
}

/** 普京：俄中合作从不受国际形势变化影响 — the speaker right before the colon. */
function headlineClaim(ctx: Context, p: Paragraph): ClaimSpan | undefined {
  const colon = ctx.s.slice(p.start, p.end).search(/[：:]/);
  if (colon < 0) return undefined;
  const at = p.start + colon;
  const speaker = ctx.covering[at - 1];
  if (!speaker || speaker.end !== at) return undefined;
  const before = ctx.s[speaker.start - 1];
  if (speaker.start > p.start && before !== " " && before !== "　") return undefined;
  const [start, end] = trimSpan(ctx.s, at + 1, p.end);
  return end - start >= MIN_CLAIM ? { start, end, speaker } : undefined;
}

/** The person whose turn a paragraph opens with (汪文斌：, 外交部发言人汪文斌：). */
function turnOf(ctx: Context, p: Paragraph): Mention | undefined {
  const colon = ctx.s.slice(p.start, Math.min(p.end, p.start + 24)).search(/[：:]/);
  if (colon < 2) return undefined;
  const m = ctx.covering[p.start + colon - 1];
  if (m?.label !== "Person" || m.end !== p.start + colon) return undefined;
  return Math.min(m.start, m.role?.start ?? m.start) === p.start ? m : undefined;
}

/** The last person or organization named in a paragraph. */
function lastActor(ctx: Context, p: Paragraph): Mention | undefined {
  for (let i = p.end - 1; i >= p.start; i--) {
    const m = ctx.covering[i];
    if (m && m.label !== "Country") return m;
  }
  return undefined;
}

function mostNamed(mentions: Mention[]): Mention | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  let best: Mention | undefined;
  for (const m of mentions) if (!best || (counts.get(m.key) ?? 0) > (counts.get(best.key) ?? 0)) best = m;
  // named once, a body is no topic of the article (声明称… is then someone else's statement)
  return best && (counts.get(best.key) ?? 0) >= 2 ? best : undefined;
}

/** Every claim of the text `s` (Simplified, normalised), in text order. */
export function findClaims(s: string, mentions: Mention[], blocks: Block[] = blocksOf(s)): ClaimSpan[] {
  const covering: (Mention | undefined)[] = new Array(s.length);
  for (const m of mentions) covering.fill(m, m.start, m.end);
  const roleOf: (Mention | undefined)[] = new Array(s.length);
  for (const m of mentions) if (m.role) roleOf.fill(m, m.role.start, m.role.end);
  const ctx = new Context(s, mentions, covering, roleOf);
  ctx.body = mostNamed(mentions.filter((m) => m.kind === "international"));
  const out: ClaimSpan[] = [];
  // at a press conference, answers after 问：… are the spokesperson's until the next question
  let answerer: Mention | undefined;
  // the speaker whose statement the last body paragraph ended in, which the next may go on with
  let carried: Mention | undefined;
  let transcript = false;
  let seen = 0;
  for (const p of blocks) {
    // the spokesperson of the day: the last one named so far (外交部发言人陆慷主持例行记者会)
    for (; seen < mentions.length && (mentions[seen] as Mention).start < p.start; seen++)
      if (isSpokesperson(ctx, mentions[seen] as Mention)) ctx.spokesperson = mentions[seen];
    if (p.kind === "heading") {
      answerer = undefined;
      carried = undefined;
      const claim = headlineClaim(ctx, p);
      if (claim) out.push(claim);
      continue;
    }
    if (p.kind === "question") {
      carried = undefined;
      answerer = ctx.spokesperson;
      transcript = /^(问|记者|Q)[：:]/.test(s.slice(p.start, p.end));
      continue;
    }
    if (p.kind !== "body") continue;
    const answer = /^答[：:]/.test(s.slice(p.start, p.end));
    if (answer) answerer = ctx.spokesperson ?? ctx.lastSpeaker;
    // 汪文斌：… — a transcript names whose turn it is
    const turn = answer ? undefined : turnOf(ctx, p);
    if (turn) {
      answerer = turn;
      transcript = true;
    }
    const content = answer ? p.start + 2 : turn ? turn.end + 1 : p.start;
    const sentences = sentencesFrom(p, content);
    const opening = sentences[0];
    const goesOn = !answerer && carried && opening && continuesSpeech(ctx, opening, carried) ? carried : undefined;
    carried = bodyClaims(ctx, sentences, answerer, out, answerer ?? goesOn);
    // 以下为蓬佩奥声明全文： / X表示：: the next paragraphs are the statement
    const opener = /[：:]$/.test(s.slice(p.start, p.end)) ? lastActor(ctx, p) : undefined;
    if (opener) {
      answerer = opener;
      transcript = true;
      continue;
    }
    // a reported question (…请问中方对此有何评论？) is answered in the next paragraph only
    if (!transcript) answerer = undefined;
  }
  return out;
}
