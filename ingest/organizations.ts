// Organizations the lexicon does not know, found by their form: a state's body or mission named
// after the state (新加坡外交部, 中國駐英國使館), a name ending in a head noun (美國商會,
// 倫敦大學亞非學院, 菲律賓國家海事委員會), and a Latin short form glossed after a name
// (美台商業協會（USTBC）), which then names the same body wherever it stands.
import { entityTerms, orgHeads, platforms, titles } from "./lexicon.ts";
import type { Mention } from "./mention.ts";
import { tag } from "./segment.ts";

/** Tags of words that can stand in a name before its head: nouns, places, names, unknown words, abbreviations, Latin. */
const NAME_PART = /^(n|nr|nrt|nrfg|ns|nt|nz|nl|ng|j|x|vn|eng|l)$/;
/** Verbs that stand in names right before the head (新中雙邊合作聯合委員會); any other verb ends the name (得州觀看大學). */
const VERB_IN_NAME = new Set(["联合", "合作", "发展", "促进", "交流", "研究", "协调"]);
/** Tags that make a name proper rather than a description (专家委员会 is none): a place, a name, an unknown word. */
const PROPER = /^(nr|nrt|nrfg|ns|nt|nz|j|x|eng)$/;
/** Prepositions the segmenter glues to the name after them (由美台: 由 + 美台). */
const PREPOSITION = new Set("由于於在与和及同对向从为被把将跟");
const NAME_CHARS = /^[\p{Script=Han}A-Za-z]+$/u;
const DOT = /^[·・]$/;
/** How far before its head a name may start. */
const MAX_NAME = 14;

interface Part {
  start: number;
  verb: boolean;
}

/**
 * Where the name ending with the head at `head` starts: back over the words that can be part of a
 * name, over countries named in it (美台商會, 菲律賓國家海事委員會) and over a body named by its head
 * before (倫敦大學亞非學院), never over a title, a person or a body the lexicon knows, nor over a
 * verb but one of the few that stand in names right before the head (新中雙邊合作聯合委員會). Undefined when what precedes the head is no proper
 * name (該委員會, 專家委員會). `cover[i]` is the mention covering offset i.
 */
export function nameBeforeHead(s: string, head: number, cover: (Mention | undefined)[]): number | undefined {
  const from = Math.max(0, head - MAX_NAME);
  const tokens = tag(s.slice(from, head));
  const parts: Part[] = [];
  let proper = false;
  let start = head;
  const take = (at: number, verb = false) => {
    parts.unshift({ start: at, verb });
    start = at;
  };
  for (const t of [...tokens].reverse()) {
    const ts = from + t.start;
    if (ts + t.word.length > start) continue; // inside a mention already taken in
    const inside = cover.slice(ts, start).find((m) => m !== undefined);
    if (inside) {
      if (inside.label !== "Country" && !(inside.label === "Organization" && inside.byHead)) break;
      proper = true;
      // 由美台: a preposition glued before the country ends the name
      const before = s.slice(ts, inside.start);
      if (before && [...before].every((c) => PREPOSITION.has(c))) {
        take(inside.start);
        break;
      }
      take(Math.min(ts, inside.start));
      continue;
    }
    if (DOT.test(t.word) && parts.length > 0) {
      take(ts); // 約翰·霍普金斯大學: a foreign name in parts
      continue;
    }
    if (!NAME_CHARS.test(t.word) || titles.get(t.word)) break;
    // a word ending in a preposition or conjunction (任教於, 博及), an unknown word holding one (由美台): the name starts after it
    const joint = PREPOSITION.has(t.word.slice(-1))
      ? t.word.length - 1
      : t.tag === "x"
        ? Math.max(...[...t.word].map((c, i) => (PREPOSITION.has(c) ? i : -1)))
        : -1;
    if (joint >= 0) {
      if (joint < t.word.length - 1) take(ts + joint + 1);
      proper ||= joint < t.word.length - 1;
      break;
    }
    const verb = t.tag === "v" && parts.length === 0 && VERB_IN_NAME.has(t.word);
    if (!NAME_PART.test(t.tag) && !verb) break;
    take(ts, verb);
    proper ||= PROPER.test(t.tag);
  }
  while (parts[0]?.verb) parts.shift();
  start = parts[0]?.start ?? head;
  return proper && head - start >= 2 ? start : undefined;
}

/** Characters after a head that make it a common noun: 大學生 (students), 學院派 (a school of thought). */
const NOT_A_BODY_AFTER = new Set("生派");

/**
 * Organizations named by a head noun (lexicon/org-heads.txt) and the proper name before it, where
 * the text names no known body there. Countries inside such a name are part of it, not mentions of
 * their own (美台商會 is a chamber, not Taiwan and the US): they are returned in `absorbed`.
 */
export function headNounOrganizations(
  s: string,
  taken: Uint8Array,
  found: Mention[],
): { organizations: Mention[]; absorbed: Set<Mention> } {
  const cover: (Mention | undefined)[] = new Array(s.length);
  for (const m of found) cover.fill(m, m.start, m.end);
  let organizations: Mention[] = [];
  const absorbed = new Set<Mention>();
  for (const { start: head, end, value: kind } of orgHeads.scan(s)) {
    if (taken.subarray(head, end).some((x) => x) || NOT_A_BODY_AFTER.has(s[end] ?? "")) continue;
    const start = nameBeforeHead(s, head, cover);
    if (start === undefined) continue;
    const inside = (m: Mention) => m.start >= start && m.end <= head;
    const countries = found.filter((m) => inside(m) && m.label === "Country");
    for (const c of countries) absorbed.add(c);
    organizations = organizations.filter((m) => !inside(m)); // 倫敦大學 is part of 倫敦大學亞非學院
    const org: Mention = {
      label: "Organization",
      key: s.slice(start, end),
      start,
      end,
      form: "name",
      kind: "other",
      byHead: true,
    };
    const states = new Set(countries.map((c) => c.key));
    if (states.size === 1) org.country = countries[0]?.key;
    // a council of one state acts for it (菲律賓國家海事委員會); a chamber or a school does not
    if (kind !== "government" || states.size === 1) org.kind = kind;
    taken.fill(1, start, end);
    cover.fill(org, start, end);
    organizations.push(org);
  }
  return { organizations, absorbed };
}

/** A Latin short form in brackets right after a name: 美台商業協會（USTBC）, 美国中国总商会(CGCC). */
const GLOSS = /^[（(]([A-Z][A-Za-z&]{1,9})[）)]/;
const LATIN = /[A-Za-z0-9]/;

/**
 * The Latin short forms glossed after organizations' names, and their other occurrences: each a
 * mention of the same body (感謝CGCC組織這次活動 mentions the chamber named before).
 */
export function glossedAcronyms(s: string, taken: Uint8Array, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const org of found) {
    if (org.label !== "Organization") continue;
    const gloss = GLOSS.exec(s.slice(org.end, org.end + 14))?.[1];
    if (!gloss) continue;
    for (let i = s.indexOf(gloss); i >= 0; i = s.indexOf(gloss, i + gloss.length)) {
      const end = i + gloss.length;
      if (taken.subarray(i, end).some((x) => x) || LATIN.test(s[i - 1] ?? "") || LATIN.test(s[end] ?? "")) continue;
      taken.fill(1, i, end);
      const { role: _, ...same } = org;
      out.push({ ...same, start: i, end });
    }
  }
  return out;
}

/** Bodies of a state named by its name and their own word (新加坡外交部, 德国联邦议会). */
const STATE_BODY = /外交部(?![长门])|外务省|国防部(?![长门])|联邦议会|议会|国会|众议院|参议院|联邦政府|内阁/g;
/** A state's missions abroad (中国驻英国使馆, 德国驻华大使馆, 外交部驻港公署). */
const MISSION = /驻\p{Script=Han}{1,6}?(大使馆|使馆|总领事馆|领事馆|总领馆|公署|代表处|办事处|代表团)/gu;

/** The state or body whose name ends at `at` (德国 of 德国驻华大使馆), as the lexicon knows it. */
function headBefore(s: string, at: number): { start: number; country: string } | undefined {
  for (let k = Math.min(8, at); k >= 2; k--) {
    const term = entityTerms.get(s.slice(at - k, at));
    if (term?.kind === "country") return { start: at - k, country: term.iso3 };
    if (term?.kind === "org" && term.entry.kind === "government" && term.entry.country)
      return { start: at - k, country: term.entry.country };
  }
  return undefined;
}

/** Organizations by their form: a state's body (新加坡外交部) or mission (中国驻英国使馆), not in the lexicon. */
export function stateBodyMentions(s: string, taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  const add = (start: number, end: number, country: string) => {
    const name = s.slice(start, end);
    if (entityTerms.get(name) || taken.subarray(start, end).some((x) => x)) return; // the lexicon knows it
    taken.fill(1, start, end);
    out.push({ label: "Organization", key: name, start, end, form: "name", kind: "government", country });
  };
  for (const m of s.matchAll(MISSION)) {
    const head = headBefore(s, m.index);
    if (head) add(head.start, m.index + m[0].length, head.country);
  }
  for (const m of s.matchAll(STATE_BODY)) {
    const head = headBefore(s, m.index);
    if (head && entityTerms.get(s.slice(head.start, m.index))?.kind === "country")
      add(head.start, m.index + m[0].length, head.country);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words before a platform's name that make it the channel: 取自维文脸书, 在推特上, 分享到, 8world Facebook. */
const CHANNEL_BEFORE = /(取自|来源|分享|转载|透过|通过|经由|在|于|到|至|[A-Za-z0-9] )\p{Script=Han}{0,4}$/u;
const CHANNEL_AFTER = /^(上|发文|贴文|帖文|专页|页面|账号|帐号|直播|视频|影片|平台)/;

/** Whether the platform named at [start, end) is a channel (取自维文脸书, 在推特上发文), no organization acting. */
export function asChannel(s: string, start: number, end: number): boolean {
  if (!platforms.has(s.slice(start, end))) return false;
  return CHANNEL_BEFORE.test(s.slice(Math.max(0, start - 8), start)) || CHANNEL_AFTER.test(s.slice(end, end + 2));
}
