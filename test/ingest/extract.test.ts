import { readFileSync } from "node:fs";
import type { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import {
  articleId,
  countryId,
  isRelation,
  labelOfId,
  NODE_LABELS,
  ORG_KINDS,
  PLOVER,
  polarityOf,
  STATEMENT_EDGE_TYPES,
} from "../../graph/schema.ts";
import { ArticleInputError } from "../../ingest/decode.ts";
import { extract } from "../../ingest/extract.ts";

const FILE = "wenweipo-2025-01-22.txt";
const text = readFileSync(new URL(`../fixtures/sample/${FILE}`, import.meta.url), "utf8");
// the attributes are a union per label; the checks below read them loosely
const graph = extract(text, { file: FILE }) as unknown as MultiDirectedGraph;
const nodes = (label: string) => graph.filterNodes((_, a) => a.label === label);

describe("extract on the sample article", () => {
  it("makes an Article node identified by the text's sha256, with title, language and date", () => {
    const [id] = nodes("Article");
    const a = graph.getNodeAttributes(id as string);
    expect(id).toBe(articleId(a.hash));
    expect(a).toMatchObject({ label: "Article", language: "zh-Hant", date: "2025-01-22", text, file: FILE });
    expect(a.title).toMatch(/^同普京視頻會晤/);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives every node a schema label and an id of that label", () => {
    graph.forEachNode((id, a) => {
      expect(NODE_LABELS).toContain(a.label);
      expect(labelOfId(id)).toBe(a.label);
    });
  });

  it("keeps each claim's text equal to its slice of the article", () => {
    expect(nodes("Claim").length).toBeGreaterThan(20);
    for (const id of nodes("Claim")) {
      const c = graph.getNodeAttributes(id);
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.article).toBe(nodes("Article")[0]);
    }
  });

  it("ties every claim to one speaker, its article, and what it mentions", () => {
    for (const id of nodes("Claim")) {
      const said = graph.inEdges(id).filter((e) => graph.getEdgeAttribute(e, "type") === "SAID");
      expect(said).toHaveLength(1);
      expect(["Person", "Organization", "Country"]).toContain(graph.getNodeAttribute(graph.source(said[0]), "label"));
      expect(graph.outEdges(id).some((e) => graph.getEdgeAttribute(e, "type") === "IN_ARTICLE")).toBe(true);
      const c = graph.getNodeAttributes(id);
      for (const e of graph.outEdges(id).filter((e) => graph.getEdgeAttribute(e, "type") === "MENTIONS")) {
        const target = graph.getNodeAttributes(graph.target(e));
        const names = "aliases" in target ? (target.aliases as string[]) : [];
        expect(names.some((n) => c.text.includes(n)) || target.label === "Country").toBe(true);
        expect(graph.target(e)).not.toBe(graph.source(said[0])); // a speaker is not its own topic
      }
    }
  });

  it("types edges by the schema: statements, and PLOVER relations with evidence", () => {
    graph.forEachEdge((_, e, source, target) => {
      if (isRelation(e)) {
        expect(graph.getNodeAttribute(source, "label")).toBe("Country");
        expect(graph.getNodeAttribute(target, "label")).toBe("Country");
        expect(e.polarity).toBe(polarityOf(e.type));
        expect(e.quad).toBe(PLOVER[e.type]);
        expect(text.slice(e.start, e.end)).toBe(e.evidence);
      } else expect(STATEMENT_EDGE_TYPES).toContain(e.type);
    });
  });

  it("finds the entities with every surface form as alias, in both scripts", () => {
    const putin = graph.getNodeAttributes("Person:普京");
    expect(putin).toMatchObject({ label: "Person", name: "普京" });
    expect(graph.getNodeAttributes("Person:习近平").aliases).toEqual(expect.arrayContaining(["習近平", "习近平"]));
    expect(graph.getNodeAttributes("Organization:世界卫生组织").aliases).toEqual(
      expect.arrayContaining(["世界衛生組織", "世衛組織", "世界卫生组织"]),
    );
    for (const id of nodes("Organization")) expect(ORG_KINDS).toContain(graph.getNodeAttribute(id, "kind"));
    expect(graph.hasNode(countryId("RUS"))).toBe(true);
  });

  it("names an entity by its full name, whatever form the text shows first", () => {
    const g = extract("世衛作用只應加強。王毅外長表示，中方支持世界衛生組織。外交部長王毅指出，合作共贏。");
    expect(g.getNodeAttributes("Organization:世界卫生组织")).toMatchObject({ name: "世界衛生組織" });
    expect(g.getNodeAttributes("Person:王毅")).toMatchObject({ name: "王毅" });
  });

  it("ties people to what they represent, with the role", () => {
    const edge = graph
      .edges("Person:郭嘉昆", "Organization:外交部")
      .find((e) => graph.getEdgeAttribute(e, "type") === "REPRESENTS");
    expect(edge && graph.getEdgeAttribute(edge, "role")).toMatch(/發言人/);
    expect(graph.getNodeAttribute("Person:普京", "roles")).toContain("俄羅斯總統");
    const putin = graph
      .edges("Person:普京", "Country:RUS")
      .find((e) => graph.getEdgeAttribute(e, "type") === "REPRESENTS");
    expect(putin && graph.getEdgeAttribute(putin, "role")).toBe("俄羅斯總統");
  });

  it("is deterministic", () => {
    expect(JSON.stringify(extract(text, { file: FILE }).export())).toBe(JSON.stringify(graph.export()));
  });
});

describe("extract on bad input", () => {
  it("refuses empty and whitespace-only text with a clear error", () => {
    expect(() => extract("")).toThrow(ArticleInputError);
    expect(() => extract(" \n\u3000\t")).toThrow(ArticleInputError);
  });

  it("reads Simplified text into the same ids", () => {
    const g = extract(
      "国家主席习近平同俄罗斯总统普京举行视频会晤。习近平指出，中俄关系不断发展。",
    ) as unknown as MultiDirectedGraph;
    expect(g.hasNode("Person:习近平") && g.hasNode("Person:普京")).toBe(true);
    expect(g.getNodeAttribute(g.filterNodes((_, a) => a.label === "Article")[0] as string, "language")).toBe("zh-Hans");
  });
});
