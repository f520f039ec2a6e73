// The store the query corpus runs on: the two articles of test/store/fixtures.ts and a third, built
// by hand the same way, so every relation, claim and name is known and results can be reasoned out.

import { personId } from "../../graph/schema.ts";
import { articleGraph, CHN, MAO_NING, RUS, SIMPLIFIED, STATE_DEPARTMENT, TRADITIONAL, USA } from "../store/fixtures.ts";

export const MILLER = personId("米勒");

/** Simplified script, 2025-03-10: sanctions and their rejection. */
export const SANCTIONS = articleGraph({
  text: "美国国务院发言人米勒说，美国将制裁中国企业。外交部发言人毛宁表示，中方坚决反对美方制裁。俄罗斯拒绝美国的要求。",
  title: "美方宣布制裁",
  date: "2025-03-10",
  language: "zh-Hans",
  people: [
    { key: "米勒", name: "米勒", roles: ["美国国务院发言人"] },
    { key: "毛宁", name: "毛宁", roles: ["外交部发言人"] },
  ],
  countries: [
    { iso3: "USA", name: "美国" },
    { iso3: "CHN", name: "中国" },
    { iso3: "RUS", name: "俄罗斯" },
  ],
  organizations: [{ key: "美国国务院", name: "美国国务院" }],
  claims: [
    { text: "美国将制裁中国企业", speaker: MILLER, mentions: [USA, CHN] },
    { text: "中方坚决反对美方制裁", speaker: MAO_NING, mentions: [CHN, USA] },
  ],
  represents: [
    { person: MILLER, of: STATE_DEPARTMENT, role: "美国国务院发言人" },
    { person: MAO_NING, of: CHN, role: "外交部发言人" },
  ],
  relations: [
    { type: "SANCTION", source: USA, target: CHN, evidence: "美国将制裁中国企业。" },
    { type: "REJECT", source: CHN, target: USA, evidence: "中方坚决反对美方制裁。" },
    { type: "REJECT", source: RUS, target: USA, evidence: "俄罗斯拒绝美国的要求。" },
  ],
});

/** In the order they are stored (names merge first-seen: the Traditional article comes first). */
export const CORPUS_ARTICLES = [TRADITIONAL, SIMPLIFIED, SANCTIONS];
