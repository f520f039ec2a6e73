// A small graph in the shape of graph/schema.ts, with the values that trouble file formats:
// quotes, commas, semicolons outside lists, backslashes, markup, newlines, CJK in ids.
import { createHash } from "node:crypto";
import Graph from "graphology";
import {
  articleId,
  claimId,
  countryId,
  type EdgeAttributes,
  edgeKey,
  type NodeAttributes,
  organizationId,
  PLOVER,
  personId,
  polarityOf,
} from "../../graph/schema.ts";

export function sampleGraph(): Graph<NodeAttributes, EdgeAttributes> {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ type: "directed", multi: true });
  const text = '習近平同普京視頻會晤。\n普京說："中俄關係 <穩定> & 堅韌"，他 \\ 強調, 合作; 共贏。\n';
  const hash = createHash("sha256").update(text).digest("hex");
  const article = articleId(hash);
  graph.addNode(article, {
    label: "Article",
    title: "習近平：以中俄穩定性應對外部不確定性",
    source: "香港文匯報",
    date: "2025-01-22",
    hash,
    language: "zh-Hant",
    text,
    file: "wenweipo-2025-01-22.txt",
  });
  graph.addNode(personId("普京"), { label: "Person", name: "普京", aliases: ["普京", "Putin"], roles: ["俄羅斯總統"] });
  graph.addNode(personId("习近平"), { label: "Person", name: "習近平", aliases: ["習近平", "习近平"], roles: [] });
  graph.addNode(countryId("CHN"), {
    label: "Country",
    name: "中國",
    aliases: ["中國", "中国", 'the "PRC"'],
    iso3: "CHN",
  });
  graph.addNode(countryId("RUS"), { label: "Country", name: "俄羅斯", aliases: ["俄羅斯", "俄'罗斯"], iso3: "RUS" });
  graph.addNode(organizationId("上海合作组织"), {
    label: "Organization",
    name: "上海合作組織",
    aliases: ["上海合作組織", "上合組織"],
    kind: "international",
  });
  const start = text.indexOf("普京說");
  const end = text.indexOf("\n", start);
  const claim = claimId(article, start, end);
  graph.addNode(claim, { label: "Claim", text: text.slice(start, end), start, end, article, date: "2025-01-22" });

  const add = (source: string, target: string, attributes: EdgeAttributes) =>
    graph.addEdgeWithKey(edgeKey(source, target, attributes), source, target, attributes);
  add(personId("普京"), claim, { type: "SAID" });
  add(claim, countryId("CHN"), { type: "MENTIONS" });
  add(claim, article, { type: "IN_ARTICLE" });
  add(personId("普京"), countryId("RUS"), { type: "REPRESENTS", role: "俄羅斯總統" });
  add(personId("习近平"), organizationId("上海合作组织"), { type: "REPRESENTS" });
  for (const [type, at] of [
    ["CONSULT", 0],
    ["COOPERATE", start],
  ] as const) {
    add(countryId("CHN"), countryId("RUS"), {
      type,
      polarity: polarityOf(type),
      quad: PLOVER[type],
      start: at,
      end: at + 10,
      evidence: text.slice(at, at + 10),
      article,
      date: "2025-01-22",
    });
  }
  return graph;
}
