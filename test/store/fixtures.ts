// Two small articles built by hand with graphology, following graph/schema.ts: one in Traditional
// script, one in Simplified, sharing entities (毛寧/毛宁, China, Russia) so entity resolution shows.
import { createHash } from "node:crypto";
import Graph from "graphology";
import type { GraphJSON } from "../../graph/api.ts";
import {
  articleId,
  claimId,
  countryId,
  type EdgeAttributes,
  edgeKey,
  type Language,
  type NodeAttributes,
  organizationId,
  PLOVER,
  type PloverType,
  personId,
  polarityOf,
} from "../../graph/schema.ts";

interface Spec {
  text: string;
  title: string;
  date: string;
  language: Language;
  people: { key: string; name: string; roles: string[] }[];
  countries: { iso3: string; name: string }[];
  organizations: { key: string; name: string }[];
  /** A claim: its text (found in the article), who said it, who it mentions. */
  claims: { text: string; speaker: string; mentions: string[] }[];
  represents: { person: string; of: string; role: string }[];
  relations: { type: PloverType; source: string; target: string; evidence: string }[];
}

export function articleGraph(spec: Spec): GraphJSON {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: "directed" });
  const hash = createHash("sha256").update(spec.text).digest("hex");
  const article = articleId(hash);
  graph.addNode(article, {
    label: "Article",
    title: spec.title,
    date: spec.date,
    hash,
    language: spec.language,
    text: spec.text,
    source: "test",
  });
  for (const p of spec.people)
    graph.addNode(personId(p.key), { label: "Person", name: p.name, aliases: [p.name], roles: p.roles });
  for (const c of spec.countries)
    graph.addNode(countryId(c.iso3), { label: "Country", name: c.name, aliases: [c.name], iso3: c.iso3 });
  for (const o of spec.organizations)
    graph.addNode(organizationId(o.key), {
      label: "Organization",
      name: o.name,
      aliases: [o.name],
      kind: "government",
    });
  const edge = (source: string, target: string, attributes: EdgeAttributes) =>
    graph.addEdgeWithKey(edgeKey(source, target, attributes), source, target, attributes);
  for (const c of spec.claims) {
    const start = spec.text.indexOf(c.text);
    const id = claimId(article, start, start + c.text.length);
    graph.addNode(id, { label: "Claim", text: c.text, start, end: start + c.text.length, article, date: spec.date });
    edge(c.speaker, id, { type: "SAID" });
    edge(id, article, { type: "IN_ARTICLE" });
    for (const m of c.mentions) edge(id, m, { type: "MENTIONS" });
  }
  for (const r of spec.represents) edge(r.person, r.of, { type: "REPRESENTS", role: r.role });
  for (const r of spec.relations) {
    const start = spec.text.indexOf(r.evidence);
    edge(r.source, r.target, {
      type: r.type,
      polarity: polarityOf(r.type),
      quad: PLOVER[r.type],
      start,
      end: start + r.evidence.length,
      evidence: r.evidence,
      article,
      date: spec.date,
    });
  }
  return graph.export() as GraphJSON;
}

export const CHN = countryId("CHN");
export const RUS = countryId("RUS");
export const USA = countryId("USA");
export const MAO_NING = personId("毛宁");
export const PUTIN = personId("普京");
export const STATE_DEPARTMENT = organizationId("美国国务院");
export const SCO = organizationId("上海合作组织");

/** Traditional script, 2025-01-22. */
export const TRADITIONAL = articleGraph({
  text: "外交部發言人毛寧表示，中國支持俄羅斯與美國進行對話。美國國務院指責中國。",
  title: "外交部例行記者會",
  date: "2025-01-22",
  language: "zh-Hant",
  people: [{ key: "毛宁", name: "毛寧", roles: ["外交部發言人"] }],
  countries: [
    { iso3: "CHN", name: "中國" },
    { iso3: "RUS", name: "俄羅斯" },
    { iso3: "USA", name: "美國" },
  ],
  organizations: [{ key: "美国国务院", name: "美國國務院" }],
  claims: [{ text: "中國支持俄羅斯與美國進行對話", speaker: MAO_NING, mentions: [CHN, RUS, USA] }],
  represents: [{ person: MAO_NING, of: CHN, role: "外交部發言人" }],
  relations: [
    { type: "SUPPORT", source: CHN, target: RUS, evidence: "中國支持俄羅斯與美國進行對話。" },
    { type: "ACCUSE", source: USA, target: CHN, evidence: "美國國務院指責中國。" },
  ],
});

/** Simplified script, 2025-02-01. */
export const SIMPLIFIED = articleGraph({
  text: "俄罗斯总统普京表示，俄罗斯与中国加强合作。毛宁说，中方欢迎上海合作组织扩大。",
  title: "中俄加强合作",
  date: "2025-02-01",
  language: "zh-Hans",
  people: [
    { key: "普京", name: "普京", roles: ["俄罗斯总统"] },
    { key: "毛宁", name: "毛宁", roles: ["发言人"] },
  ],
  countries: [
    { iso3: "CHN", name: "中国" },
    { iso3: "RUS", name: "俄罗斯" },
  ],
  organizations: [{ key: "上海合作组织", name: "上海合作组织" }],
  claims: [
    { text: "俄罗斯与中国加强合作", speaker: PUTIN, mentions: [RUS, CHN] },
    { text: "中方欢迎上海合作组织扩大", speaker: MAO_NING, mentions: [CHN, SCO] },
  ],
  represents: [
    { person: PUTIN, of: RUS, role: "俄罗斯总统" },
    { person: MAO_NING, of: CHN, role: "发言人" },
  ],
  relations: [{ type: "COOPERATE", source: RUS, target: CHN, evidence: "俄罗斯与中国加强合作。" }],
});
