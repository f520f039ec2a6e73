// Finds the entities named in a text (Simplified, normalised): countries, organizations and people,
// each occurrence with its span. Lexicon names first (longest match wins, so 上海合作组织 is not
// 上海), then the forms that need context: one-character country forms (中美, 俄方), capitals as
// actors, 《...》 titles of agreements and papers, and people found by a title before their name.
import type { OrgKind } from "../graph/schema.ts";
import { Dictionary } from "./dictionary.ts";
import { countryData, entityTerms, type OrgEntry, type PersonEntry, type Reading, titles } from "./lexicon.ts";
import type { Mention } from "./mention.ts";
import { asChannel, glossedAcronyms, headNounOrganizations, stateBodyMentions } from "./organizations.ts";
import { nameAfterTitle, nameBeforeTitle, roleBefore } from "./people.ts";
import { isWordBoundary, tag, words } from "./segment.ts";

export type { Mention } from "./mention.ts";

/** Words after a one-character country form that make it one: 美方, 俄总统, 中美元首. */
const sideWords = new Dictionary<true>();
for (const w of countryData.sideWords) sideWords.add(w, true);
const FREE = new Set(countryData.free);
/** singleChar by char code: the scan visits every character, and s[i] would allocate a string for each. */
const SINGLE_CHAR = new Map(
  Object.entries(countryData.singleChar)
    .filter(([c]) => c.length === 1)
    .map(([c, iso3]) => [c.charCodeAt(0), iso3]),
);
/** Words before a one-character country form that leave no doubt where it starts. */
const CLEAR_BEFORE = new Set("同与和对向在据及的是将与");
/** Characters whose -方 form is always the country's side (泰方, 加方); 土方 is earthwork. */
const SURE_FANG = new Set("中美俄印日韩朝英法德乌澳越菲泰柬老缅蒙哈巴以伊沙新加意");
/** 方 begins many words (方便, 方式, 方面): 美方 only when no such word follows. */
const NOT_SIDE_AFTER_FANG = new Set("便式法面向案针位圆言志略剂块正");
const HAN = /\p{Script=Han}/u;
/** A capital is the place, not the government, after 在/赴/抵达… and before 报道/时间/人民大会堂…. */
const PLACE_BEFORE = /(在|于|到|赴|抵|达|访|自|从|至|往|离|返|回|、|飞|驻)$/;
const PLACE_AFTER =
  /^(报道|时间|人民大会堂|举行|举办|召开|市|电|讯|时|大学|冬奥|国际|人|的|站|机场|峰会|会议|论坛|奥运|地区|当地|、|，|。|）|$)/;

const SUB_BODY = /^\p{Script=Han}{2,8}?(委员会|办公室|工作组|领导小组)/u;

function lexiconMentions(s: string, taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  let capitalEnd = -1; // 北京和华盛顿: a capital joined to an acting one acts too
  for (const { start, end, value } of entityTerms.scan(s)) {
    if (taken[start] || taken[end - 1]) continue; // inside a quoted name (《金砖国家领导人厦门宣言》)
    // two-character names (中共, 世卫) only as words of their own: not 中共 in 游客中共有78人
    if (
      end - start <= 2 &&
      value.kind !== "block" &&
      value.kind !== "country" &&
      (!standsAlone(s, start, end) || amongInTotal(s, start)) &&
      !(value.kind === "person" && titles.longestAt(s, end)) // 川普總統: a known name before a title is one
    )
      continue;
    taken.fill(1, start, end);
    switch (value.kind) {
      case "country":
        out.push({ label: "Country", key: value.iso3, start, end, form: "name" });
        break;
      case "capital":
        if (
          value.iso3 &&
          (countryData.capitalActorNext.some((w) => s.startsWith(w, end)) ||
            (capitalEnd === start - 1 && "和与同、".includes(s[start - 1] as string)) ||
            (!PLACE_BEFORE.test(s.slice(Math.max(0, start - 2), start)) && !PLACE_AFTER.test(s.slice(end, end + 4))))
        ) {
          out.push({ label: "Country", key: value.iso3, start, end, form: "capital" });
          capitalEnd = end;
        }
        break;
      case "org": {
        if (asChannel(s, start, end)) break; // 取自维文脸书: where it was posted, not who acts
        // 国务院关税税则委员会: a body of a known government body, named by its own suffix
        const sub = value.entry.kind === "government" ? SUB_BODY.exec(s.slice(end, end + 12)) : null;
        if (sub && !taken.subarray(end, end + sub[0].length).some((x) => x)) {
          taken.fill(1, end, end + sub[0].length);
          out.push({
            ...orgMention(value.entry, start, end + sub[0].length),
            key: value.entry.name + sub[0],
          });
        } else out.push(orgMention(value.entry, start, end));
        break;
      }
      case "person":
        out.push(personMention(value.entry, start, end));
        break;
    }
  }
  return out;
}

const orgMention = (o: OrgEntry, start: number, end: number): Mention => ({
  label: "Organization",
  key: o.name,
  start,
  end,
  form: "name",
  kind: o.kind,
  country: o.country,
});

const personMention = (p: PersonEntry, start: number, end: number): Mention => ({
  label: "Person",
  key: p.name,
  start,
  end,
  form: "name",
  country: p.country,
  knownRole: p.role,
});

/** True when segmentation keeps [start, end) apart from its neighbours (其中法律 is not 中法). */
function standsAlone(s: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 3);
  const tokens = words(s.slice(from, Math.min(s.length, end + 3)));
  const side = (sideWords.longestAt(s, end)?.term.length ?? 0) > 1; // 中美元首, not 美元
  // a word ending in the form (今日外交部, 昨日俄外长, 其中美元首) is no country however the text goes on,
  // but after 同/与/对… the form starts (同美总统, which jieba reads 同美/总统), unless the two make a word (同意, 同日)
  const clearStart = () => CLEAR_BEFORE.has(s[start - 1] ?? "") && !isWord(s.slice(start - 1, start + 1));
  if (!isWordBoundary(tokens, start - from) && !(side && clearStart())) return false;
  if (side) return true;
  // a word may run on past the end only if it starts with the form itself (中俄关系)
  return !tokens.some((t) => t.start > start - from && t.start < end - from && t.start + t.word.length > end - from);
}

/** 游客中共有78人: 中 (among them) and 共有 (in total) before a number, not 中共 (the Party). */
export const amongInTotal = (s: string, at: number): boolean =>
  /^中共[有计][0-9〇一二三四五六七八九十两几]/.test(s.slice(at, at + 4));

/** Whether the segmenter knows `pair` as one word (同意, 同日, 在意), not as a preposition and a form (同美). */
export function isWord(pair: string): boolean {
  if (pair.length !== 2) return false;
  const tokens = tag(pair);
  return tokens.length === 1 && tokens[0]?.tag !== "x";
}

/**
 * One-character country forms: pairs and runs (中美, 中日韩, 巴以) and 美方, 俄总统, 美新政府. A form
 * shared by several countries (巴 of 中巴: Pakistan or Brazil) is left in `shared` with them.
 */
function shortFormMentions(s: string, taken: Uint8Array, shared: Map<Mention, string[]>): Mention[] {
  const out: Mention[] = [];
  const short = (reading: Reading, at: number): Mention => {
    const m: Mention = { label: "Country", key: "", start: at, end: at + 1, form: "short" };
    if (typeof reading === "string") m.key = reading;
    else shared.set(m, reading);
    return m;
  };
  for (let i = 0; i < s.length; i++) {
    const iso3 = SINGLE_CHAR.get(s.charCodeAt(i));
    // 6日外交部 is the sixth day's ministry, not Japan's
    if (taken[i] || !iso3 || (s[i] === "日" && /[0-9〇一二三四五六七八九十]/.test(s[i - 1] ?? ""))) continue;
    const pair = countryData.pairs[s.slice(i, i + 2)];
    if (pair && !taken[i + 1] && !countryData.pairFollowBlock.includes(s[i + 2] ?? "") && standsAlone(s, i, i + 2)) {
      pair.forEach((iso3, k) => {
        if (iso3) out.push(short(iso3, i + k));
      });
      taken.fill(1, i, i + 2);
      i++;
      continue;
    }
    let run = i;
    while (run < s.length && run - i < 4 && FREE.has(s[run] as string) && !taken[run]) run++;
    // three or more in a row (中美俄, 美英法) are countries; two may be part of a word (其中法律)
    if (run - i >= 2 && new Set(s.slice(i, run)).size === run - i && (run - i >= 3 || standsAlone(s, i, run))) {
      for (let k = i; k < run; k++) out.push(short(countryData.singleChar[s[k] as string] as Reading, k));
      taken.fill(1, i, run);
      i = run - 1;
      continue;
    }
    const side = sideWords.longestAt(s, i + 1)?.term;
    if (!side) continue;
    if (side === "方" && NOT_SIDE_AFTER_FANG.has(s[i + 2] ?? "")) continue;
    // 巴总理 may end a name (蒂耶巴总理): less common forms need a clear start
    if (!FREE.has(s[i] as string) && HAN.test(s[i - 1] ?? "") && !CLEAR_BEFORE.has(s[i - 1] as string)) continue;
    // 中方, 美方 need no segmentation; 以方, 新政府 and 注意方面 do
    if (!(side === "方" && SURE_FANG.has(s[i] as string)) && !standsAlone(s, i, i + 1)) continue;
    out.push(short(iso3, i));
    taken[i] = 1;
    i += side.length; // 美新政府: 新 is part of 新政府 here, not Singapore
  }
  return out;
}

const AGREEMENT = /(协定|协议|条约|公约|宪章|宣言|议定书|公报|决议|联合声明|法|法案|战略)$/;
/** Quoted names of bodies (「上合组织开发银行」) end like this. */
const BODY = /(银行|基金|基金会|组织|联盟|论坛|委员会|秘书处|研究所|研究院|研究中心|学会|协会|大学)$/;
const MEDIA = /(日报|时报|晚报|早报|周刊|杂志|新闻|邮报|通讯社)$/;
/** Named reports and papers (「香港问题半年报告」, 《国防白皮书》): texts, which the schema's agreement kind covers (a text never speaks). */
const REPORT = /(报告|报告书|白皮书|蓝皮书)$/;

/** 《...》 titles not in the lexicon: agreements, newspapers and reports by their last word; 「...」 names of declarations, banks and reports. */
function bookTitleMentions(s: string, taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (const m of s.matchAll(
    /《([^》\n]{2,40})》|「([^」\n]{2,20}(?:宣言|联合声明|公报|协定|条约|银行|基金|基金会|组织|联盟|论坛|研究所|研究院|研究中心|学会|协会|大学|报告|报告书|白皮书|蓝皮书))」/g,
  )) {
    const quoted = (m[1] ?? m[2]) as string;
    if (entityTerms.get(quoted)) continue; // a name the lexicon knows, with its kind (《巴黎协定》)
    if (m[1] === undefined) {
      const name = m[2] as string;
      const start = (m.index ?? 0) + 1;
      const end = start + name.length;
      if (taken.subarray(start, end).some((x) => x)) continue;
      taken.fill(1, start, end);
      out.push({
        label: "Organization",
        key: name,
        start,
        end,
        form: "name",
        kind: BODY.test(name) ? "other" : "agreement",
      });
      continue;
    }
    const start = (m.index ?? 0) + 1;
    const end = start + (m[1] as string).length;
    if (taken.subarray(start, end).some((x) => x)) continue;
    const kind: OrgKind | undefined =
      AGREEMENT.test(m[1] as string) || REPORT.test(m[1] as string)
        ? "agreement"
        : MEDIA.test(m[1] as string)
          ? "media"
          : undefined;
    if (!kind) continue;
    taken.fill(1, start, end);
    out.push({ label: "Organization", key: m[1] as string, start, end, form: "name", kind });
  }
  return out;
}

/** People known by a title before their name (外交部发言人郭嘉昆), and titles of known people. */
function titledPeople(s: string, taken: Uint8Array, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  const personAt = new Map(found.filter((m) => m.label === "Person").map((m) => [m.start, m]));
  const personEnding = new Map(found.filter((m) => m.label === "Person").map((m) => [m.end, m]));
  const cover: (Mention | undefined)[] = new Array(s.length);
  for (const m of found) cover.fill(m, m.start, m.end);
  const titlesFound = [...titles.scan(s)];
  const titleAt = new Map(titlesFound.map((t) => [t.end, t.start]));
  for (const t of titlesFound) {
    const known = personAt.get(t.end);
    const roleStart = roleBefore(s, t.start, cover, titleAt);
    if (known) {
      known.role = { start: roleStart, end: t.end };
      continue;
    }
    if (taken[t.end]) {
      // 习近平主席, 莫迪总理: a title right after a known name
      const before = personEnding.get(t.start);
      if (before && !before.role) before.role = { start: t.start, end: t.end };
      continue;
    }
    const foreign = cover.slice(roleStart, t.start).find((c) => c?.label === "Country" && c.key !== "CHN")?.key;
    const name = nameAfterTitle(s, t.end, foreign);
    if (!name) {
      const before = nameBeforeTitle(s, t.start);
      if (before && !taken.subarray(t.start - before.length, t.start).some((x) => x)) {
        const m: Mention = {
          label: "Person",
          key: before,
          start: t.start - before.length,
          end: t.start,
          form: "name",
          role: { start: t.start, end: t.end },
        };
        taken.fill(1, m.start, m.end);
        cover.fill(m, m.start, m.end);
        out.push(m);
      }
      continue;
    }
    const m: Mention = {
      label: "Person",
      key: name,
      start: t.end,
      end: t.end + name.length,
      form: "name",
      role: { start: roleStart, end: t.end },
    };
    taken.fill(1, m.start, m.end);
    cover.fill(m, m.start, m.end);
    personAt.set(m.start, m);
    out.push(m);
  }
  return out;
}

/** Later bare mentions of names first found by their context: people first seen with a title
 * (郭嘉昆指出), bodies first seen quoted (「上合组织开发银行」, then 建成上合组织开发银行); `named`
 * gives the form a first mention goes by later (the whole name, or its last part). */
function repeatedNames(
  s: string,
  taken: Uint8Array,
  firsts: Mention[],
  named: (full: string) => string | undefined = (full) => full,
): Mention[] {
  const out: Mention[] = [];
  const byName = new Map<string, Mention>();
  for (const m of firsts) {
    const name = named(s.slice(m.start, m.end));
    if (name) byName.set(name, m);
  }
  for (const [name, first] of byName) {
    if (name.length < 2 || !HAN.test(name)) continue;
    for (let i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + name.length)) {
      if (taken.subarray(i, i + name.length).some((x) => x)) continue;
      taken.fill(1, i, i + name.length);
      const { role: _, ...same } = first;
      out.push({ ...same, start: i, end: i + name.length });
    }
  }
  return out;
}

/** A foreign name in parts is later called by its last part: 凯茜·霍楚尔, then 霍楚尔说. */
export function lastPart(name: string): string | undefined {
  const part = name.split(/[·・]\s*/).at(-1) ?? "";
  return part !== name && part.length >= 2 ? part : undefined;
}

/**
 * The country each shared form stands for in this article (巴 of 中巴, 巴方): the one of its countries
 * that the article names, by name, capital or through its people and bodies (巴西, 卢拉), the one
 * named last before it when several are; forms whose countries the article never names are dropped.
 */
function readShared(found: Mention[], shared: Map<Mention, string[]>): Mention[] {
  if (shared.size === 0) return found;
  const named: { at: number; country: string }[] = [];
  for (const m of found) {
    const country = m.label === "Country" ? (m.form === "short" ? undefined : m.key) : m.country;
    if (country) named.push({ at: m.start, country });
  }
  return found.filter((m) => {
    const countries = shared.get(m);
    if (!countries) return true;
    const candidates = named.filter((n) => countries.includes(n.country));
    const before = candidates.filter((n) => n.at < m.start).at(-1);
    const reading = (before ?? candidates[0])?.country;
    if (reading) m.key = reading;
    return reading !== undefined;
  });
}

/** Every entity mention in `s` (Simplified, normalised), sorted by offset. */
export function findMentions(s: string): Mention[] {
  const shared = new Map<Mention, string[]>();
  const taken = new Uint8Array(s.length + 1);
  const found = bookTitleMentions(s, taken);
  found.push(...stateBodyMentions(s, taken));
  found.push(...repeatedNames(s, taken, found)); // before the lexicon: 上合组织开发银行 is no 上合组织
  found.push(...lexiconMentions(s, taken));
  found.push(...shortFormMentions(s, taken, shared));
  found.sort((a, b) => a.start - b.start);
  const shown = readShared(found, shared);
  const { organizations, absorbed } = headNounOrganizations(s, taken, shown);
  const read = shown.filter((m) => !absorbed.has(m));
  read.push(...organizations);
  read.push(...glossedAcronyms(s, taken, read));
  read.sort((a, b) => a.start - b.start);
  const titled = titledPeople(s, taken, read);
  read.push(...titled, ...repeatedNames(s, taken, titled), ...repeatedNames(s, taken, titled, lastPart));
  return read.sort((a, b) => a.start - b.start);
}

/** The mentions lying inside [start, end), from `mentions` sorted by offset (binary search). */
export function mentionsWithin(mentions: Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && (mentions[i] as Mention).start < end; i++)
    if ((mentions[i] as Mention).end <= end) out.push(mentions[i] as Mention);
  return out;
}
