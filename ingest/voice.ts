// Whose voice an article speaks in. Taiwan's media call Taiwan's own government bodies by their
// bare names (外交部 is the ROC's foreign ministry there; the PRC's is 中国外交部 or 中共外交部),
// call the PRC 大陆 or 中共, and report Taiwan and China as two sides of a relation (外交部…对中方
// 说法予以严正驳斥: Taiwan rejects China), where PRC and Hong Kong media never pair them.
import type { Mention } from "./mentions.ts";

/**
 * Datelines of Taiwan's outlets ((中央社记者…台北3日电), 记者…／台北报导; not 新华社台北3日电), their
 * mastheads where a line opens with them as its source, and the way they name the PRC's offices.
 * A masthead merely cited (据台湾《中国时报》报道) says nothing of who writes.
 */
const TAIWAN_VOICE = new RegExp(
  [
    "[（(]中央社",
    "(?<!新华社|中新社)台北\\d{0,2}日?电",
    "台北报导",
    "^\\s*[\\[【(（]?(Newtalk新闻|ETtoday|TVBS|民视|三立新闻|风传媒|自由时报|联合报|中国时报|联合新闻网)",
    "大陆(国家主席|外长|外交部|国台办|当局|官方)",
    "中共外交部",
  ].join("|"),
  "m",
);
/** Bodies that Taiwan's government has under the same name as the PRC's. */
const SHARED_BODIES = new Set(["外交部", "国防部", "内政部", "教育部", "文化部", "财政部", "交通部"]);
const EDGE = 400;

/** Whether `s` (Simplified, normalised) reads as written in Taiwan: a dateline or masthead near its ends, or PRC offices named as Taiwan's media name them. */
export function fromTaiwan(s: string): boolean {
  return TAIWAN_VOICE.test(s.slice(0, EDGE)) || TAIWAN_VOICE.test(s.slice(-EDGE)) || /中共外交部|大陆外交部/.test(s);
}

/** Taiwan's own bodies where the text names them bare: 外交部 becomes the ROC's, 中国外交部 stays the PRC's. */
export function inTaiwanVoice(s: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) =>
    m.label === "Organization" && m.country === "CHN" && SHARED_BODIES.has(s.slice(m.start, m.end))
      ? { ...m, key: `中华民国${m.key}`, country: "TWN" }
      : m,
  );
}
