// Country -> Country relations, typed with PLOVER, from what a sentence says two countries do:
// meet or talk (会晤, 通电话, 交换意见 -> CONSULT), cooperate (合作, 协作, 相互支持), support,
// reject, accuse, sanction, fight (冲突, 战争, 危机). The evidence is the sentence. People stand
// for their country (习近平同普京举行视频会晤 -> CHN-RUS), 双方/两国 for the pair last named.

import { type IsoDate, PLOVER, type PloverType, type Polarity, polarityOf, type QuadClass } from "../graph/schema.ts";
import type { ClaimSpan } from "./claims.ts";
import { countryData, relationCues } from "./lexicon.ts";
import { type Mention, mentionsWithin } from "./mentions.ts";
import { type Block, blocks as blocksOf, isFurniture, type Paragraph, trimSpan } from "./text.ts";

export interface RelationSpan {
  source: string;
  target: string;
  type: PloverType;
  polarity: Polarity;
  quad: QuadClass;
  start: number;
  end: number;
  /** The clause tells the event again (两国元首还就…, 又同…会晤): a repeat if the pair already met. */
  recalls?: boolean;
  /** A meeting announced, not held (将会晤, 料…通话): kept only where no held one of the pair is told. */
  planned?: boolean;
  /** The date the evidence speaks of (pipeline's date stage). */
  date?: IsoDate;
}

/** Event words, most specific first; the first that a clause holds types the relation. */
const EVENT_WORDS = relationCues.events;
/** A negation just before an event word (互不构成威胁, 不是…的制造者) cancels it. */
const NEGATED = /(不|非|无|没有|未|不是|互不|不会|不应)[^，。；]{0,3}$/;
/** The pair is the clause's subject, so the next clauses speak of it (中印作为…，应聚焦发展、共谋合作). */
const SUBJECT_NEXT = new Set("两作应要还将始正都也共携是已需必可会愿同和在均一政");
const BOTH = /双方|两国|两国元首|两国领导人|两军/;
const CONFLICTS = Object.entries(countryData.conflicts);
const TOPIC_AFTER = /^[乌以巴俄美中朝韩]?(危机|冲突|问题|战争|局势|战事)/;
const ASKING = /[？?]|吗|是否|能否|可否|什么|何时|如何|有何|哪些|怎么|会不会/;
const LEAD = /^(比如|例如|如今|目前|当前|此外|同时|而|但|然而|其中|眼下)*[，、]?/;

interface Actor {
  iso3: string;
  start: number;
  end: number;
}

/** The country a mention acts for: itself, a person's country, a government body's state (白宫). */
const countryOf = (m: Mention, roleCountry: Map<Mention, string>): string | undefined =>
  m.label === "Country"
    ? m.key
    : m.label === "Person"
      ? (roleCountry.get(m) ?? m.country)
      : m.kind === "government"
        ? m.country
        : undefined;

/** Any of the regexes (which share their flags): most clauses hold none, and one scan tells so instead of one per regex. */
function anyOf(res: [RegExp, PloverType][]): RegExp {
  const flags = new Set(res.map(([re]) => re.flags));
  if (flags.size !== 1) throw new Error("cue regexes with different flags cannot be joined");
  return new RegExp(res.map(([re]) => `(?:${re.source})`).join("|"), [...flags][0]);
}
const ANY_EVENT = anyOf(EVENT_WORDS);

function eventsIn(clause: string, masked: string): { type: PloverType; index: number }[] {
  if (!ANY_EVENT.test(masked)) return [];
  const found: { type: PloverType; index: number }[] = [];
  for (const [re, type] of EVENT_WORDS) {
    const m = re.exec(masked);
    if (!m || NEGATED.test(clause.slice(0, m.index))) continue;
    // 中国人民给予的帮助和支持: support as a noun, given by the other side, not a stance taken
    if (type === "SUPPORT" && /的[^，]{0,4}$/.test(clause.slice(0, m.index))) continue;
    if (/所谓$/.test(clause.slice(0, m.index))) continue; // 所谓警告: a word quoted to deny it
    if (/是否|会否|能否|可否|会不会/.test(clause.slice(0, m.index))) continue; // 询问…是否会会谈: asked, not told
    if (HYPOTHETICAL.test(clause.slice(0, m.index))) continue; // 美中如果合作定能…: a condition, not an event
    if (VIOLATED.test(clause.slice(0, m.index))) continue; // 违反了一个中国原则: a principle broken, not support
    if (type === "COOPERATE" && namesRelationship(masked, m.index, m.index + m[0].length)) continue;
    found.push({ type, index: m.index });
  }
  // the clause's first event word is its verb, what follows its object (同意建立战略沟通渠道: an
  // agreement, not a consultation); at one place the more specific cue first (a stable sort)
  return found.sort((a, b) => a.index - b.index);
}

/** A verb of breaking just before a cue: the principle or the tie it names is broken (违反了一个中国原则). */
const VIOLATED = /(违反|违背|背离|破坏|践踏|损害|挑战)了?$/;
/** A condition or a supposition before an event word: what would happen, not what did. */
const HYPOTHETICAL = /如果|假如|倘若|一旦|要是|若是/;
/** Words that do something to a relationship (加强…经贸关系), as against naming it. */
const ACTING_ON = /加强|深化|推动|发展|提升|促进|巩固|维护|拓展|扩大|建立|开启|致力|愿|将|要/;

/**
 * A cooperation word that only qualifies the relationship it names (中美经贸关系的作用受到弱化,
 * 准确认识中美经贸关系) or says what it is (…的本质是互利共赢): a standing tie, the background of
 * the news, not an event, unless the clause does something to it (加强和深化新中友好关系).
 */
function namesRelationship(masked: string, cueStart: number, cueEnd: number): boolean {
  // 中美经贸关系的本质是互利共赢, 中国是德国最大的贸易伙伴: what the tie is, said with 是
  if (/是[^，]*$/.test(masked.slice(0, cueStart))) return true;
  return /^[^，]{0,2}关系/.test(masked.slice(cueEnd)) && !ACTING_ON.test(masked.slice(0, cueEnd));
}

/** What a speaker says against another country (违反, 干涉, 双重标准): their country rejects or accuses it. */
const AGAINST = relationCues.against;

const ANY_AGAINST = anyOf(AGAINST);

const CONDITION = /^(如果|若|一旦|倘若|假如|要是)$/;

/** Leaders gathering around one table: a summit, a dialogue, talks. */
const GATHERING = /共商|会晤|会谈|对话会|峰会|圆桌/;

const relation = (source: string, target: string, type: PloverType, start: number, end: number): RelationSpan => ({
  source,
  target,
  type,
  polarity: polarityOf(type),
  quad: PLOVER[type],
  start,
  end,
});

/** Statements against another country: the speaker's country -> a country named in the same clause. */
function claimRelations(
  s: string,
  mentions: Mention[],
  claims: ClaimSpan[],
  countryOfMention: (m: Mention) => string | undefined,
  pairable: Pairable,
): RelationSpan[] {
  const out: RelationSpan[] = [];
  for (const c of claims) {
    const speaker = countryOfMention(c.speaker);
    if (!speaker) continue;
    let from = c.start;
    let subject: string | undefined; // 美方要发布所谓警告，是典型的政治操弄: the country an earlier clause is about
    const other = (iso3: string | undefined) => iso3 && pairable(speaker, iso3);
    const clauses = s.slice(c.start, c.end).split(/[，；：。！？]/);
    for (const [k, clause] of clauses.entries()) {
      const to = from + clause.length;
      const inClause = mentionsWithin(mentions, from, to);
      // 金砖国家和埃及、墨西哥、泰国…领导人共商…: the host, speaking, met each guest it lists
      const guests = [...new Set(inClause.map(countryOfMention).filter(other))] as string[];
      if (guests.length >= 3 && GATHERING.test(clause))
        for (const guest of guests) out.push(relation(speaker, guest, "CONSULT", c.start, c.end));
      // 中国不应…恫吓，及抹黑美国…: a clause going on with 及/并 still speaks of the earlier subject
      const goesOn = subject && /^(及|并|且|还|更|又|也)/.test(clause);
      const target = goesOn ? subject : (inClause.map(countryOfMention).find(other) ?? subject);
      const first = inClause[0];
      // 如果英国继续…，将引火烧身: the country of a condition is what its consequence speaks of
      // 反观英方自身…: a connective or a date may come before it
      const opening =
        first && (BEFORE_SUBJECT.test(s.slice(from, first.start)) || CONDITION.test(s.slice(from, first.start)))
          ? countryOfMention(first)
          : undefined;
      const earlier = subject;
      if (!goesOn) subject = other(opening) ? opening : inClause.length ? undefined : subject;
      const at = from;
      from = to + 1;
      if (!ANY_AGAINST.test(clause)) continue;
      // 中日应共同反对保护主义: the two stand together against a third thing, not against each other
      const hit = AGAINST.map(([re, type]) => ({ m: re.exec(clause), type })).find(
        ({ m }) => m && !NEGATED.test(clause.slice(0, m.index)) && !TOGETHER.test(clause.slice(0, m.index)),
      );
      if (!hit?.m) continue;
      // 西方国家指责北京…: the speaker's own country is what a charge by no country is about (but
      // 英国…，继续干预中国的内政: a country named before it makes the charge the speaker's)
      const objectAt = at + hit.m.index + hit.m[0].length;
      const doer =
        earlier ??
        inClause
          .filter((m) => m.start < objectAt)
          .map(countryOfMention)
          .find(other);
      if (
        !doer &&
        inClause.some((m) => m.start >= objectAt && m.start - objectAt <= 1 && countryOfMention(m) === speaker)
      )
        continue;
      // 中方当即提出严正交涉，要求菲方…: the protest's other side named in the clause after it
      const next =
        k + 1 < clauses.length ? mentionsWithin(mentions, to + 1, to + 1 + (clauses[k + 1] as string).length) : [];
      const aimed = target ?? (/PROTEST|REJECT/.test(hit.type) ? next.map(countryOfMention).find(other) : undefined);
      if (!aimed) continue;
      out.push(relation(speaker, aimed, hit.type, c.start, c.end));
      break;
    }
  }
  return out;
}

/**
 * `text` (starting at `offset` of s) with each mention's characters replaced by ＿ (◇ for a topic),
 * so event words are never read inside names. Built from slices: a character array per sentence
 * cost more than the rest of the sentence's analysis.
 */
function mask(text: string, offset: number, mentions: { m: Mention; topic: boolean }[]): string {
  let out = "";
  let at = 0;
  for (const { m, topic } of mentions) {
    const start = m.start - offset;
    const end = Math.min(m.end - offset, text.length);
    if (start < at) return maskEach(text, offset, mentions); // overlapping mentions: the later one's mark wins
    out += text.slice(at, start) + (topic ? "◇" : "＿").repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

function maskEach(text: string, offset: number, mentions: { m: Mention; topic: boolean }[]): string {
  const chars = text.split("");
  for (const { m, topic } of mentions) chars.fill(topic ? "◇" : "＿", m.start - offset, m.end - offset);
  return chars.join("");
}

/** `crossStrait`: the text speaks from Taiwan, where Taiwan and China are two sides (ingest/voice.ts);
 * `blocks`: the paragraphs and sentences of s, as the pipeline found them. */
export function findRelations(
  s: string,
  mentions: Mention[],
  claims: ClaimSpan[] = [],
  { crossStrait = false, blocks: parts = blocksOf(s) }: { crossStrait?: boolean; blocks?: Block[] } = {},
): RelationSpan[] {
  // PRC and Hong Kong texts never pair China with Taiwan (台湾是中国领土 is no relation)
  const pairable = (a: string, b: string) => a !== b && (crossStrait || !isChinaTaiwan(a, b));
  // a person's country: the country named in their title, else the lexicon's
  const roleCountry = new Map<Mention, string>();
  const inRole = new Set<Mention>();
  for (const p of mentions) {
    if (!p.role) continue;
    const titled = mentionsWithin(mentions, p.role.start, p.role.end).filter((m) => m !== p);
    for (const m of titled) inRole.add(m);
    // 新加坡外长: the country named; 外交部长维文: a bare body's state only for one the lexicon does not place
    const c =
      titled.find((m) => m.label === "Country") ??
      (p.country ? undefined : titled.find((m) => m.label === "Organization" && m.country));
    if (c) roleCountry.set(p, c.label === "Country" ? c.key : (c.country as string));
  }
  // 布林肯前天同王毅会面: a person named bare acts for the country of the title seen with them elsewhere
  const countryOfPerson = new Map<string, string>();
  for (const [p, iso3] of roleCountry) if (!countryOfPerson.has(p.key)) countryOfPerson.set(p.key, iso3);
  for (const p of mentions) {
    const iso3 = p.label === "Person" && !roleCountry.has(p) && countryOfPerson.get(p.key);
    if (iso3) roleCountry.set(p, iso3);
  }

  const out: RelationSpan[] = [];
  let context: [string, string] | undefined;
  let next = 0; // index into mentions, which are sorted by offset
  for (const p of parts) {
    if (p.kind === "heading") context = undefined;
    if (p.kind !== "body" && p.kind !== "question") continue; // not headings or captions
    for (const sentence of p.sentences) {
      while (next < mentions.length && (mentions[next] as Mention).start < sentence.start) next++;
      const actors: Actor[] = [];
      const text = s.slice(sentence.start, sentence.end);
      // a journalist's question states facts (美国…加征关税的措施已于今天生效), then asks: only the facts
      // a question, asked or reported (…中国会遏制和英国的企业合作吗？), states no event
      if ((p.kind === "question" && ASKING.test(text)) || /[？?][」”』]?\s*$/.test(text) || isFurniture(text)) continue;
      const inSentence: { m: Mention; topic: boolean }[] = [];
      for (let k = next; k < mentions.length && (mentions[k] as Mention).start < sentence.end; k++) {
        const m = mentions[k] as Mention;
        const iso3 = countryOf(m, roleCountry);
        // 乌克兰危机, 俄乌问题: the countries name a topic here, they do not act
        const topic = TOPIC_AFTER.test(s.slice(m.end, m.end + 4));
        inSentence.push({ m, topic });
        // 在阿根廷会晤: where it happens, not who acts (but 在北韩访问: the country visited)
        const place =
          m.label === "Country" && /[在于]$/.test(s.slice(m.start - 1, m.start)) && !s.startsWith("访问", m.end);
        if (iso3 && !inRole.has(m) && !topic && !place) actors.push({ iso3, start: m.start, end: m.end });
      }
      // a relation needs two countries: named here, carried by 双方/两国, or a named conflict
      const possible =
        actors.length >= 2 || (context && BOTH.test(text)) || CONFLICTS.some(([name]) => text.includes(name));
      if (!possible) continue;
      const masked = mask(text, sentence.start, inSentence);
      // where a statement opens inside the sentence (瓦德富尔表示，“我们看到的俄罗斯…): its events are its own
      const opens = claims.filter((c) => c.start > sentence.start && c.start < sentence.end).map((c) => c.start);
      const found = sentenceRelations(s, sentence.start, sentence.end, masked, actors, context, pairable, opens);
      const [start, end] = trimSpan(s, sentence.start, sentence.end);
      const seen = new Set<string>();
      for (const r of found) {
        const key = `${[r.source, r.target].sort().join("-")}:${eventClass(r.type)}`;
        if (seen.has(key) || r.source === r.target) continue;
        seen.add(key);
        out.push({ ...relation(r.source, r.target, r.type, start, end), recalls: r.recalls, planned: r.planned });
      }
      const distinct = [...new Set(actors.map((a) => a.iso3))];
      if (distinct.length >= 2) context = [distinct[0] as string, distinct[1] as string];
    }
  }
  const said = claimRelations(s, mentions, claims, (m) => countryOf(m, roleCountry), pairable);
  const pairKey = (r: RelationSpan) => `${[r.source, r.target].sort().join("-")}:${eventClass(r.type)}`;
  const spans = new Map<string, RelationSpan[]>();
  for (const o of out) {
    const list = spans.get(pairKey(o)) ?? [];
    list.push(o);
    spans.set(pairKey(o), list);
  }
  // a statement adds a relation only where the sentence itself gave none for that pair
  for (const r of said) if (!(spans.get(pairKey(r)) ?? []).some((o) => o.start < r.end && r.start < o.end)) out.push(r);
  return salient(
    s,
    parts,
    out.sort((a, b) => a.start - b.start),
    claims,
  );
}

/**
 * What one sentence states once for a pair: its cooperation, its conflict, and a demand apart
 * (…坚决反对英国政府…，敦促英方立即停止…: a rejection and a demand are two events).
 */
const eventClass = (type: PloverType): string => (type === "REQUEST" ? "request" : polarityOf(type));

/** A sentence recalling a meeting already reported: the pair as 双方 / 两国元首, or 又, 还. */
const RECALL = /双方|两国|元首|又|还|这是|此次|这次|该次|这场|此番/;
/** A date a sentence gives its event (7月11日): the same date told again is the same meeting. */
const DATED = /(\d{4}年)?\d{1,2}月\d{1,2}日/;

/**
 * The relations an analyst lists, not every sentence that restates one: a paragraph states a
 * relation of a given type between two countries once (its first sentence of that type), and
 * a meeting the narrative reports is one event however often a report recalls it (会晤…,
 * 两国元首还就…交换意见), unless a new one is told (王毅其后会见日本首相); consultations said in a
 * claim (同美方加强对话沟通) are their own.
 */
function salient(s: string, parts: Paragraph[], relations: RelationSpan[], claims: ClaimSpan[]): RelationSpan[] {
  const paragraphOf = (at: number) => parts.findLastIndex((p) => p.start <= at);
  const narrative = (r: RelationSpan) => !claims.some((c) => c.start <= r.start && r.end <= c.end);
  const seen = new Set<string>();
  const dates = new Map<string, string | undefined>(); // the date told with each pair's first meeting
  const dateOf = (r: RelationSpan) => DATED.exec(s.slice(r.start, r.end))?.[0];
  // held meetings first, so that one announced in the same paragraph gives way to them
  const kept = new Set(
    [...relations.filter((r) => !r.planned), ...relations.filter((r) => r.planned)].filter((r) => {
      const stated = `${paragraphOf(r.start)}:${r.source}>${r.target}:${r.type}`;
      const meeting =
        r.type === "CONSULT" && (narrative(r) || r.planned)
          ? `meeting:${[r.source, r.target].sort().join("-")}`
          : undefined;
      // an announced meeting told again (将会见…, 访布期间将…) is the one event, like a recalled one
      // 7月11日，王毅在吉隆坡会见… told again with its date is the meeting already counted
      const again =
        meeting && seen.has(meeting) && (r.recalls || r.planned || (dateOf(r) && dateOf(r) === dates.get(meeting)));
      if (seen.has(stated) || again) return false;
      seen.add(stated);
      if (meeting && !seen.has(meeting)) {
        seen.add(meeting);
        dates.set(meeting, dateOf(r));
      }
      return true;
    }),
  );
  return relations.filter((r) => kept.has(r));
}

type Found = { source: string; target: string; type: PloverType; recalls?: boolean; planned?: boolean };
/** Words that announce an event to come (将在几周内通话, 料将会晤). */
const PLANNED = /(将|料|预计|计划|拟|即将|有望|准备|期望|希望|期待)/;

/** Types whose direction matters: who acts on whom (美英法空袭叙利亚: USA, GBR, FRA -> SYR). */
const DIRECTED = new Set<PloverType>([
  "SANCTION",
  "COERCE",
  "MOBILIZE",
  "ASSAULT",
  "PROTEST",
  "THREATEN",
  "REJECT",
  "ACCUSE",
  "REQUEST",
  "AID",
  "SUPPORT",
  "RETREAT",
]);
/** Acting together (中日应共同反对保护主义): the countries cooperate, whatever they oppose. */
const TOGETHER = /(共同|一道|携手|联手|联合|一起)[^，]{0,2}$/;
type Pairable = (a: string, b: string) => boolean;
/**
 * 与/同/和/跟 and the other side of the event, titles between (维文…在北京与中国外长王毅会面,
 * 中方愿同新方加强合作); not 共同, 会同, 不同, 相同, 如同.
 */
const WITH = /(?<![共会不相如协])[与同和跟][^，。；与同和跟的]{0,10}$/;
/** What may come before the subject of a clause: a date, a time, a connective (1999年，菲方…; 反观英方…). */
const BEFORE_SUBJECT =
  /^(比如|例如|如今|目前|当前|此外|同时|而|但|然而|其中|眼下|反观|对此|随后|此后|其后|[\d年月日时分晚早上下午中当地时间今明昨前天）)]|\s)*$/;

/**
 * The two sides of an event told with 与/同/和 (X与Y会面): the partner is the actor the clause
 * names after the marker, the subject the nearest actor of another state before it, in this
 * clause or an earlier one of the sentence (王毅…抵达新加坡，与外长维文会面: not Singapore, the place
 * he reached, which is the partner's own state).
 */
function withPair(s: string, from: number, at: number, actors: Actor[]): [string, string] | undefined {
  const partner = actors.filter((a) => a.start >= from && a.end <= at).at(-1);
  // 与外长维文（Vivian Balakrishnan）会面: a gloss in brackets between partner and event
  if (!partner || !/^[^，。；]{0,4}$/.test(s.slice(partner.end, at).replace(/（[^（）]*）/g, ""))) return undefined;
  const mark = WITH.exec(s.slice(from, partner.start));
  if (!mark) return undefined;
  const markAt = from + mark.index;
  const subject = actors.filter((a) => a.end <= markAt && a.iso3 !== partner.iso3).at(-1);
  return subject ? [subject.iso3, partner.iso3] : undefined;
}
const isChinaTaiwan = (a: string, b: string) => (a === "CHN" && b === "TWN") || (a === "TWN" && b === "CHN");

function sentenceRelations(
  s: string,
  start: number,
  end: number,
  masked: string,
  actors: Actor[],
  context: [string, string] | undefined,
  pairable: Pairable,
  opens: number[] = [],
): Found[] {
  const out: Found[] = [];
  let recalls = false; // of the clause at hand
  let planned = false;
  const add = (source: string, target: string, type: PloverType) => {
    if (pairable(source, target)) out.push({ source, target, type, recalls, planned });
  };
  // named conflicts as the topic of a clause: 乌克兰危机进入第四个年头
  for (const clause of s.slice(start, end).split(/[，；：]/)) {
    const topic = clause.replace(LEAD, "");
    for (const [name, [a, b]] of CONFLICTS)
      if (topic.startsWith(name) && !/^[的等、]/.test(topic.slice(name.length))) add(a, b, "ASSAULT");
  }
  let carried: string[] | undefined; // the countries an earlier clause is about
  let subject: Actor | undefined; // the sentence's subject: the first actor opening a clause (外交部驻港公署…，敦促英方…)
  let offset = 0;
  let floor = start; // actors before a statement that opens in the sentence are its speaker's side
  for (const clause of masked.split(/[，；：]/)) {
    const from = start + offset;
    const to = from + clause.length;
    offset += clause.length + 1;
    const opened = opens.find((at) => at > floor && at <= from + 1);
    if (opened !== undefined) {
      // the speaker is no party to what the statement tells (…表示，“俄罗斯假装愿意谈判”); 双方 still is the pair
      floor = opened;
      subject = undefined;
      if (carried?.length === 1) carried = undefined;
    }
    const inClause = actors.filter((a) => a.start >= from && a.start < to);
    const own = [...new Set(inClause.map((a) => a.iso3))];
    const both = BOTH.test(clause);
    // the first event word of the clause that links two countries types it (谴责以色列…对伊朗发动的军事侵略)
    const before0 = out.length;
    for (const event of eventsIn(s.slice(from, to), clause)) {
      if (out.length > before0) break;
      const at = from + event.index;
      recalls = RECALL.test(clause.slice(0, event.index));
      planned = event.type === "CONSULT" && PLANNED.test(clause.slice(0, event.index));
      const before = [...new Set(inClause.filter((a) => a.start < at).map((a) => a.iso3))];
      const after = [...new Set(inClause.filter((a) => a.start > at).map((a) => a.iso3))];
      const pair = withPair(
        s,
        from,
        at,
        actors.filter((a) => a.start >= floor),
      );
      let group = own.length >= 2 ? own : undefined;
      if (!group && own.length === 1 && both && carried && carried.length >= 2) group = undefined; // handled below
      if (!group && own.length === 1 && !both && carried?.length === 1)
        group = [carried[0] as string, own[0] as string];
      if (!group && both && context && own.length === 0) group = context;
      if (!group && own.length === 0 && carried && carried.length >= 2) group = carried;
      if (own.length === 1 && both && carried && carried.length >= 1 && !carried.includes(own[0] as string)) {
        // 胡春华…对上述两国进行访问, after 应法国政府和布基纳法索政府邀请
        for (const other of carried) add(own[0] as string, other, event.type);
      } else if (TOGETHER.test(clause.slice(0, event.index)) && after.length === 0 && before.length >= 2) {
        add(before[0] as string, before[1] as string, "COOPERATE");
      } else if (pair && !TOGETHER.test(clause.slice(0, event.index))) {
        add(pair[0], pair[1], event.type);
      } else if (
        DIRECTED.has(event.type) &&
        before.length === 0 &&
        after.length >= 1 &&
        subject &&
        subject.start < from &&
        subject.iso3 !== after[0] &&
        // 继续支持暴力或者干预中国的内政: China is the object of another verb, not of the support
        !/或|并|而|及|以/.test(s.slice(at, inClause.find((a) => a.start > at)?.start))
      ) {
        // a clause without a subject of its own goes on with the sentence's (…坚决反对…，敦促英方立即停止…)
        add(subject.iso3, after[0] as string, event.type);
      } else if (DIRECTED.has(event.type) && before.length >= 1 && after.length >= 1) {
        // support goes to the last country named (俄方坚定支持台湾是中国领土…: to China)
        const target = (event.type === "SUPPORT" ? after.at(-1) : after[0]) as string;
        for (const source of before) add(source, target, event.type);
      } else if (
        group &&
        group.length === 2 &&
        !(DIRECTED.has(event.type) && before.length === 0 && own.length > 0) &&
        // 前往访问老挝和泰国: two countries after a visit or meeting are where it goes, not its sides
        !(event.type === "CONSULT" && before.length === 0 && after.length >= 2)
      ) {
        // two countries only: a list of more (埃及、墨西哥、泰国…) is a multilateral setting, no pair
        const target = (event.type === "SUPPORT" ? group.at(-1) : group[1]) as string;
        add(group[0] as string, target, event.type);
      }
      // 呼吁各方进行和平谈判, 鼓励俄乌直接谈判: what a demand asks for has not happened
      if (event.type === "REQUEST") break;
    }
    const opening = inClause[0];
    if (!subject && opening && BEFORE_SUBJECT.test(s.slice(from, opening.start))) subject = opening;
    if (own.length >= 2) {
      if (SUBJECT_NEXT.has(s[(inClause.at(-1) as Actor).end] ?? "")) carried = own;
    } else if (own.length === 1 && !carried) carried = own;
  }
  return out;
}
