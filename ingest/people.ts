// People's names after a title, and the title's full extent: 人社部新闻发言人、政策研究司司长卢爱红
// has the role 人社部新闻发言人、政策研究司司长 and the name 卢爱红. Chinese names are a surname from
// the lexicon plus one or two characters, cut with jieba; foreign names after a foreign title
// (美国国务卿鲁比奥) are runs of transliteration characters.
import { readFileSync } from "node:fs";
import type { EntityLabel } from "../graph/schema.ts";
import { tag } from "./segment.ts";

const surnameLines = readFileSync(new URL("./lexicon/surnames.txt", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => !l.startsWith("#"));
const SURNAMES = new Set(surnameLines.join(" ").split(/\s+/).filter(Boolean));

/** Characters that begin the words following a name (verbs, prepositions, time words), never a name's end. */
const AFTER_NAME = new Set(
  "表指强说称认宣介回呼希相透提谈坦直重主警声披承否补解证公写批谴抱敦赞答在对就于等还并也今昨前与和同的是将会向已曾则及日月年时所都又再接出访应率一道告发撰预估坚驳为被把以从当于、，。；：！？“”「」『』（）()《》 \n0123456789",
);
/** Characters of Chinese transliterations of foreign names. */
const TRANSLIT = new Set(
  "阿埃艾爱安昂奥巴拔贝本比彼毕宾波伯博布查达戴丹德迪蒂丁东杜多厄恩尔法范菲费芬丰夫福弗盖甘冈戈格贡古瓜哈海汉豪赫亨洪胡霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷里利莉列林琳卢鲁伦罗洛马迈麦曼梅蒙米明莫默穆纳内尼妮努诺欧帕潘佩彭皮普齐奇乔切丘萨塞桑瑟森沙尚舍什施史斯松苏索塔泰坦汤唐特滕提图托瓦万威韦维温沃乌西希谢辛休雅亚扬耶伊因尤扎泽詹兹祖佐茨娜娅丽莎琼·・-",
);
/** Tags jieba gives names (nr*), unknown words (x) or odd single characters; others are ordinary words. */
const NAME_TAGS = /^(nr|x|zg|ng|j|nz|g)/;

function surnameAt(s: string, at: number): number {
  if (SURNAMES.has(s.slice(at, at + 2))) return 2;
  return SURNAMES.has(s[at] as string) ? 1 : 0;
}

function chineseName(s: string, at: number): string | undefined {
  const surname = surnameAt(s, at);
  if (!surname) return undefined;
  const window = s.slice(at, at + 8).split(/[，。、；：！？\n「」“”（）() ]/)[0] ?? "";
  const tokens = tag(window);
  let name = "";
  for (const t of tokens) {
    if (name === "") {
      if (t.word.length >= 2 && !NAME_TAGS.test(t.tag) && t.word.length <= 3) return undefined; // 任期, 主席国
      name = t.word;
    } else if (name.length < surname + 2 && !AFTER_NAME.has(t.word.charAt(0))) {
      // a word may run past the name's last character (黃奎博及台中市: 博及): take it up to what follows names
      const cut = [...t.word].findIndex((c) => AFTER_NAME.has(c));
      const part = cut < 0 ? t.word : t.word.slice(0, cut);
      if (name.length + part.length > surname + 2) break;
      name += part;
      if (cut >= 0) break;
    } else break;
  }
  // a token may run past the name (蓝佛安说): cut it before the first character that follows names
  let len = Math.min(name.length, surname + 2);
  for (let k = surname + 1; k < len; k++)
    if (AFTER_NAME.has(name[k] as string)) {
      len = k;
      break;
    }
  name = name.slice(0, len);
  if (name.length < surname + 1 || [...name].some((c) => AFTER_NAME.has(c))) return undefined;
  return name;
}

function foreignName(s: string, at: number): string | undefined {
  let end = at;
  while (end < s.length && end - at < 12 && TRANSLIT.has(s[end] as string)) end++;
  const name = s.slice(at, end).replace(/[·・-]+$/, "");
  return name.length >= 2 ? name : undefined;
}

/** Where a name may start before its title: a clause start or 同/与/会见 (同蒂耶巴总理, ，胡春华副总理). */
const NAME_OPENS = /(同|与|和|会见|会晤|及|、|，|。|；|：|「|“|（|\n|^)$/;

/** A name ending right before a title (胡春华副总理, 同蒂耶巴总理举行会谈), if the text shows one. */
export function nameBeforeTitle(s: string, titleStart: number): string | undefined {
  for (const len of [3, 2]) {
    const start = titleStart - len;
    if (start < 0 || !NAME_OPENS.test(s.slice(Math.max(0, start - 2), start))) continue;
    if (chineseName(s, start) === s.slice(start, titleStart)) return s.slice(start, titleStart);
  }
  let start = titleStart;
  while (start > 0 && titleStart - start < 8 && TRANSLIT.has(s[start - 1] as string)) start--;
  if (titleStart - start < 2 || !NAME_OPENS.test(s.slice(Math.max(0, start - 2), start))) return undefined;
  return s.slice(start, titleStart);
}

/** Japanese and Korean names are written in Han characters without a Chinese surname: 河野太郎. */
function hanName(s: string, at: number): string | undefined {
  let end = at;
  while (
    end < s.length &&
    end - at < 4 &&
    /\p{Script=Han}/u.test(s[end] as string) &&
    !AFTER_NAME.has(s[end] as string)
  )
    end++;
  return end - at >= 2 ? s.slice(at, end) : undefined;
}

/** The name starting right after a title at `at`, if one does; `country` is the title's, if foreign. */
export function nameAfterTitle(s: string, at: number, country: string | undefined): string | undefined {
  const glossed = glossedName(s, at);
  if (glossed) return glossed;
  const name =
    country === "JPN" || country === "KOR" || country === "PRK"
      ? (chineseName(s, at) ?? hanName(s, at))
      : (chineseName(s, at) ?? (country ? foreignName(s, at) : dottedName(s, at)));
  return name && dottedParts(s, at, name);
}

/**
 * 紐約州州長凱茜·霍楚爾: a name in parts joined by a middle dot is a foreign name whatever the title's
 * country (a state, a city, a company), its first part any characters up to the dot.
 */
export function dottedName(s: string, at: number): string | undefined {
  let end = at;
  while (end < s.length && end - at < 6 && HAN_CHAR.test(s.charAt(end)) && !AFTER_NAME.has(s.charAt(end))) end++;
  if (end === at || (s[end] !== "·" && s[end] !== "・") || !HAN_CHAR.test(s[end + (s[end + 1] === " " ? 2 : 1)] ?? ""))
    return undefined;
  return dottedParts(s, at, s.slice(at, end));
}

/**
 * 斯卡毕尼（Marcelo Eliseo Scappini）, 科斯蒂· 沃克（Kirsty Wark）: a name in Han characters glossed
 * with its Latin form in brackets is a foreign name, whole, whatever its characters.
 */
function glossedName(s: string, at: number): string | undefined {
  const m = /^(\p{Script=Han}[\p{Script=Han}·・ ]{1,11})[（(][A-Z]/u.exec(s.slice(at, at + 14));
  if (!m) return undefined;
  const name = (m[1] as string).trimEnd();
  return [...name].some((c) => AFTER_NAME.has(c) && c !== " ") ? undefined : name;
}

/** 艾力更·依明巴海: a name in parts joined by a middle dot runs on past the dot. */
function dottedParts(s: string, at: number, name: string): string {
  let end = at + name.length;
  // 艾力更·依明巴海, and 科斯蒂· 沃克 with a space after the dot
  while ((s[end] === "·" || s[end] === "・") && HAN_CHAR.test(s[end + (s[end + 1] === " " ? 2 : 1)] ?? "")) {
    let k = end + (s[end + 1] === " " ? 2 : 1);
    while (k < s.length && k - end <= 8 && HAN_CHAR.test(s[k] as string) && !AFTER_NAME.has(s[k] as string)) k++;
    end = k;
  }
  return s.slice(at, end);
}
const HAN_CHAR = /\p{Script=Han}/u;

/** Characters that end a role when walking back from its title (同俄罗斯总统: 同 is not part of it). */
const ROLE_STOP = new Set(
  "同与及在据由向对的是为称讯日午晚早时于将和并也还又、，。：；！？「」“”『』（）()《》●#\n \t0123456789",
);
/** Last characters of the name of a department inside a body (政策研究司, 运行监测协调局). */
const DEPARTMENT_END = new Set("司局处厅办室委部院会组馆署科所");
/** Joiners between parts of one role: 新闻发言人、政策研究司司长, 国务委员兼外长, 中国驻泰国大使. */
const JOINERS = new Set("、兼驻");
const MAX_DEPARTMENT = 8;
const REGIONS = /(亚太|东亚|南亚|中亚|西亚|欧洲|欧亚|中东|非洲|美洲|拉美|北美|亚洲|印太)(事务)?$/;
const MAX_ROLE = 30;

/**
 * Start of the role ending with the title at `titleStart`: back over org and country names, other
 * titles, department names (…司, …局) and joiners; anything else (a verb: 日方高度关注中国国家主席)
 * ends it. `cover[i]` is the mention covering offset i; `titleAt.get(end)` the start of a title ending at end.
 */
export function roleBefore(
  s: string,
  titleStart: number,
  cover: ({ label: EntityLabel; start: number } | undefined)[],
  titleAt: Map<number, number>,
): number {
  let start = titleStart;
  while (start > 0 && titleStart - start < MAX_ROLE) {
    const prev = start - 1;
    const inside = cover[prev];
    if (inside?.label === "Person") break; // 国务委员杨洁篪、全国政协副主席张庆黎: one role each
    if (inside) {
      start = inside.start;
      continue;
    }
    const title = titleAt.get(start);
    if (title !== undefined && start < titleStart) {
      start = title;
      continue;
    }
    const region = REGIONS.exec(s.slice(Math.max(0, start - 4), start));
    if (region && cover[start - region[0].length - 1]) {
      start -= region[0].length; // 美国国务院亚太助卿: the region a post covers, after its body
      continue;
    }
    const c = s[prev] as string;
    if (JOINERS.has(c) && start < titleStart && !ROLE_STOP.has(s[prev - 1] ?? "。")) {
      start = prev;
      continue;
    }
    if (!DEPARTMENT_END.has(c)) break;
    // a department: back to the body, a joiner or the start of the role
    let from = prev;
    while (
      from > 0 &&
      prev - from < MAX_DEPARTMENT &&
      !cover[from - 1] &&
      !ROLE_STOP.has(s[from - 1] as string) &&
      !JOINERS.has(s[from - 1] as string)
    )
      from--;
    if (from === prev) break;
    start = from;
  }
  while (JOINERS.has(s[start] as string)) start++;
  return start;
}
