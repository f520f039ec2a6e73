// The one conformance suite every store passes (Kuzu always, Neo4j when NEO4J_URI is set): the
// behaviour the server and the web app rely on, asserted on the same hand-built graphs.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GraphJSON } from "../../graph/api.ts";
import type { Backend, Run } from "../../store/backend.ts";
import { CypherStore } from "../../store/cypher-store.ts";
import { type Store, StoreInputError } from "../../store/store.ts";
import { CHN, MAO_NING, PUTIN, RUS, SCO, SIMPLIFIED, STATE_DEPARTMENT, TRADITIONAL, USA } from "./fixtures.ts";

export interface StoreUnderTest {
  /** A backend over an empty database. */
  open(): Promise<Backend>;
  /** Write statements the console must refuse, beyond CREATE/MERGE/SET/DELETE/REMOVE. */
  dialectWrites: string[];
}

const CONSOLE = { timeoutMs: 5000, rowLimit: 100 };
const clone = (g: GraphJSON): GraphJSON => structuredClone(g);
const ids = (g: GraphJSON) => g.nodes.map((n) => n.key).sort();
const edgeTypes = (g: GraphJSON) => [...new Set(g.edges.map((e) => e.attributes?.type as string))].sort();

/** A backend whose write transactions (and bulk writes) fail at their `failAt`-th statement. */
function failingAt(backend: Backend, failAt: number): Backend {
  const failing = (run: Run): Run => {
    let n = 0;
    return async (query, params) => {
      if (++n === failAt) throw new Error(`injected failure at statement ${n}`);
      return run(query, params);
    };
  };
  const { bulk } = backend;
  return {
    dialect: backend.dialect,
    read: backend.read,
    readOnly: (q, p, o) => backend.readOnly(q, p, o),
    nodesByKeys: (keys) => backend.nodesByKeys(keys),
    close: () => backend.close(),
    write: (work) => backend.write((run) => work(failing(run))),
    bulkFrom: backend.bulkFrom,
    ...(bulk && {
      bulk: <T>(work: (run: Run, scratch: string) => Promise<T>) =>
        bulk.call(backend, (run, scratch) => work(failing(run), scratch)) as Promise<T>,
    }),
  };
}

export function conformance(name: string, subject: StoreUnderTest) {
  describe(`${name}: ingest`, () => {
    let backend: Backend;
    let store: Store;
    beforeEach(async () => {
      backend = await subject.open();
      store = new CypherStore(backend);
    });
    afterEach(() => store.close());

    it("writes an article's graph and reports what it added", async () => {
      const result = await store.ingest(TRADITIONAL);
      expect(result).toMatchObject({ created: true, nodesAdded: TRADITIONAL.nodes.length });
      expect(result.relationshipsAdded).toBe(TRADITIONAL.edges.length);
      const stats = await store.stats();
      expect(stats.articles).toBe(1);
      expect(stats.nodes).toEqual({ Article: 1, Person: 1, Country: 3, Organization: 1, Claim: 1 });
      expect(stats.relationships).toEqual({
        SAID: 1,
        MENTIONS: 3,
        IN_ARTICLE: 1,
        REPRESENTS: 1,
        SUPPORT: 1,
        ACCUSE: 1,
      });
    });

    it("is idempotent: the same article again changes nothing", async () => {
      await store.ingest(TRADITIONAL);
      const before = await store.stats();
      const again = await store.ingest(clone(TRADITIONAL));
      expect(again).toMatchObject({ created: false, nodesAdded: 0, relationshipsAdded: 0 });
      expect(await store.stats()).toEqual(before);
    });

    it("resolves entities across articles and scripts, unioning aliases and roles", async () => {
      await store.ingest(TRADITIONAL);
      const second = await store.ingest(SIMPLIFIED);
      // 毛宁, China and Russia exist; the article, 普京, the SCO and two claims are new.
      expect(second.nodesAdded).toBe(5);
      expect(second.merged?.sort()).toEqual([CHN, MAO_NING, RUS].sort());
      // The REPRESENTS edge 毛宁 -> China exists already; the other nine are new.
      expect(second.relationshipsAdded).toBe(SIMPLIFIED.edges.length - 1);
      const stats = await store.stats();
      expect(stats.nodes.Person).toBe(2);
      expect(stats.nodes.Country).toBe(3);
      expect(stats.relationships.REPRESENTS).toBe(2);
      const mao = await store.node(MAO_NING);
      expect(mao?.properties.name).toBe("毛寧");
      expect(mao?.properties.aliases).toEqual(expect.arrayContaining(["毛寧", "毛宁"]));
      expect(mao?.properties.roles).toEqual(expect.arrayContaining(["外交部發言人", "发言人"]));
      const china = await store.node(CHN);
      expect(china?.properties.aliases).toEqual(expect.arrayContaining(["中國", "中国"]));
    });

    it("ingests many articles in one call, like one by one", async () => {
      const results = await store.ingestMany([TRADITIONAL, SIMPLIFIED, clone(TRADITIONAL)]);
      expect(results.map((r) => r.created)).toEqual([true, true, false]);
      expect(results[0]).toMatchObject({
        nodesAdded: TRADITIONAL.nodes.length,
        relationshipsAdded: TRADITIONAL.edges.length,
      });
      expect(results[1]).toMatchObject({ nodesAdded: 5, relationshipsAdded: SIMPLIFIED.edges.length - 1 });
      expect(results[1]?.merged?.sort()).toEqual([CHN, MAO_NING, RUS].sort());
      const oneByOne = new CypherStore(await subject.open());
      try {
        await oneByOne.ingest(TRADITIONAL);
        await oneByOne.ingest(SIMPLIFIED);
        expect(await store.stats()).toEqual(await oneByOne.stats());
        expect(await store.node(MAO_NING)).toEqual(await oneByOne.node(MAO_NING));
      } finally {
        await oneByOne.close();
      }
      expect(await store.ingestMany([SIMPLIFIED])).toMatchObject([{ created: false }]);
    });

    it("refuses a batch holding an invalid graph, naming it, writing nothing", async () => {
      const bad = clone(SIMPLIFIED);
      bad.edges.push({ key: "x", source: CHN, target: "Country:FRA", attributes: { type: "SAID" } });
      await expect(store.ingestMany([TRADITIONAL, bad])).rejects.toThrow(/article 2 of 2: .*Country:FRA/);
      expect((await store.stats()).articles).toBe(0);
    });

    it("keeps names and list items verbatim: quotes, commas, brackets, backslashes, spaces", async () => {
      const graph = clone(TRADITIONAL);
      const odd = [' "Mao, Ning" ', "[毛]", "a\\b", "x'y", "毛寧"];
      Object.assign(graph.nodes.find((n) => n.key === MAO_NING)?.attributes ?? {}, {
        name: 'Mao "N", [1]',
        aliases: odd,
      });
      await store.ingest(graph);
      const mao = await store.node(MAO_NING);
      expect(mao?.properties.name).toBe('Mao "N", [1]');
      expect([...((mao?.properties.aliases as string[]) ?? [])].sort()).toEqual(['Mao "N", [1]', ...odd].sort());
    });

    it("stores entities whose lists are empty", async () => {
      const graph = clone(TRADITIONAL);
      Object.assign(graph.nodes.find((n) => n.key === MAO_NING)?.attributes ?? {}, { roles: [] });
      await store.ingest(graph);
      expect((await store.node(MAO_NING))?.properties.roles).toEqual([]);
      await store.ingest(SIMPLIFIED);
      expect((await store.node(MAO_NING))?.properties.roles).toEqual(["发言人"]);
    });

    it("ingests all or nothing: a failure at any statement leaves the store unchanged", async () => {
      await store.ingest(TRADITIONAL);
      const before = await store.stats();
      let failAt = 1;
      for (; ; failAt++) {
        const failing = new CypherStore(failingAt(backend, failAt));
        try {
          await failing.ingest(SIMPLIFIED);
          break; // no failure left to inject: every statement ran
        } catch (error) {
          expect((error as Error).message).toContain("injected failure");
        }
        expect(await store.stats()).toEqual(before);
        expect(await store.node(PUTIN)).toBeNull();
        expect((await store.node(MAO_NING))?.properties.aliases).toEqual(["毛寧"]);
      }
      expect(failAt).toBeGreaterThan(5);
      expect((await store.stats()).articles).toBe(2);
    });

    const text = TRADITIONAL.nodes[0]?.attributes?.text as string;
    const broken: [string, (g: GraphJSON) => unknown][] = [
      ["not a graph", () => "hello"],
      ["a node without id", (g) => g.nodes.push({ key: "", attributes: { label: "Person", name: "x" } })],
      ["an unknown label", (g) => g.nodes.push({ key: "Ship:x", attributes: { label: "Ship", name: "x" } })],
      [
        "a label not matching the id",
        (g) => g.nodes.push({ key: "Person:x", attributes: { label: "Country", name: "x" } }),
      ],
      ["a missing required property", (g) => g.nodes.push({ key: "Person:x", attributes: { label: "Person" } })],
      [
        "claim offsets outside the text",
        (g) =>
          Object.assign(g.nodes.find((n) => n.key.startsWith("Claim:"))?.attributes ?? {}, { end: text.length + 5 }),
      ],
      [
        "claim text not the slice",
        (g) => Object.assign(g.nodes.find((n) => n.key.startsWith("Claim:"))?.attributes ?? {}, { text: "別的話" }),
      ],
      [
        "an unknown relationship type",
        (g) => g.edges.push({ key: "x", source: CHN, target: RUS, attributes: { type: "LIKES" } }),
      ],
      [
        "an edge to a missing node",
        (g) => g.edges.push({ key: "x", source: CHN, target: "Country:FRA", attributes: { type: "SAID" } }),
      ],
      [
        "an edge between wrong labels",
        (g) => g.edges.push({ key: "x", source: CHN, target: RUS, attributes: { type: "SAID" } }),
      ],
      [
        "relation evidence not the slice",
        (g) =>
          Object.assign(g.edges.find((e) => e.attributes?.type === "SUPPORT")?.attributes ?? {}, {
            evidence: "不是原文",
          }),
      ],
      [
        "a hash that does not match the id",
        (g) => Object.assign(g.nodes[0]?.attributes ?? {}, { hash: "0".repeat(64) }),
      ],
    ];
    for (const [what, breakIt] of broken)
      it(`refuses ${what} with StoreInputError, writing nothing`, async () => {
        const graph = clone(TRADITIONAL);
        const replaced = breakIt(graph);
        const input = typeof replaced === "string" ? replaced : graph;
        await expect(store.ingest(input as GraphJSON)).rejects.toBeInstanceOf(StoreInputError);
        expect((await store.stats()).nodes).toEqual({ Article: 0, Person: 0, Country: 0, Organization: 0, Claim: 0 });
      });
  });

  describe(`${name}: reads`, () => {
    let store: Store;
    let articleA: string;
    let articleB: string;
    beforeAll(async () => {
      store = new CypherStore(await subject.open());
      articleA = (await store.ingest(TRADITIONAL)).article;
      articleB = (await store.ingest(SIMPLIFIED)).article;
    });
    afterAll(() => store?.close());

    it("searches names and aliases in both scripts", async () => {
      // Seen only in Simplified, asked in Traditional, and the other way round.
      expect((await store.search("上海合作組織", { limit: 5 })).map((h) => h.id)).toEqual([SCO]);
      expect((await store.search("美国国务院", { limit: 5 })).map((h) => h.id)).toEqual([STATE_DEPARTMENT]);
      const mao = await store.search("毛宁", { limit: 5 });
      expect(mao[0]).toMatchObject({ id: MAO_NING, label: "Person", name: "毛寧" });
      expect(mao[0]?.degree).toBeGreaterThan(0);
      expect((await store.search("俄", { limit: 5, labels: ["Person"] })).map((h) => h.id)).toEqual([]);
      expect((await store.search("  ", { limit: 5 })).length).toBe(0);
    });

    it("ranks exact matches first, then by degree", async () => {
      const hits = await store.search("中", { limit: 10 });
      expect(hits.map((h) => h.id)).toContain(CHN);
      const degrees = hits.map((h) => h.degree);
      expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
      expect((await store.search("中國", { limit: 1 }))[0]?.id).toBe(CHN);
    });

    it("gives node details: roles, claims with evidence in context, degree", async () => {
      const mao = await store.node(MAO_NING);
      expect(mao?.label).toBe("Person");
      expect(mao?.roles).toContainEqual({ role: "外交部發言人", of: { id: CHN, name: "中國" } });
      expect(mao?.claims.map((c) => c.text).sort()).toEqual(
        ["中方欢迎上海合作组织扩大", "中國支持俄羅斯與美國進行對話"].sort(),
      );
      for (const claim of mao?.claims ?? []) {
        expect(claim.context.slice(claim.contextStart, claim.contextStart + claim.text.length)).toBe(claim.text);
        expect(claim.speaker?.id).toBe(MAO_NING);
        expect([articleA, articleB]).toContain(claim.article.id);
      }
      expect(mao?.degree).toBe(3); // two SAID, one REPRESENTS (stated in both articles)
      const claim = await store.node(mao?.claims[0]?.id as string);
      expect(claim?.claims).toHaveLength(1);
      expect([mao?.said, mao?.mentioned]).toEqual([2, 0]);
      // A title is listed once, tied to its country, not again on its own.
      expect(mao?.roles.filter((r) => r.role === "外交部發言人")).toHaveLength(1);
      const russia = await store.node(RUS);
      expect(russia?.claims.length).toBe(2); // mentioned twice
      expect([russia?.said, russia?.mentioned]).toEqual([0, 2]);
      // Pages of the claims that mention it, most recent first.
      const pages = [
        ...(await store.claims(RUS, { of: "mentioned", skip: 0, limit: 1 })),
        ...(await store.claims(RUS, { of: "mentioned", skip: 1, limit: 1 })),
      ];
      expect(pages.map((c) => c.id)).toEqual(russia?.claims.map((c) => c.id));
      expect(await store.claims(RUS, { of: "mentioned", skip: 2, limit: 1 })).toEqual([]);
      expect(await store.claims(RUS, { of: "said", skip: 0, limit: 10 })).toEqual([]);
      expect(await store.node("Person:nobody")).toBeNull();
      expect(await store.node("nonsense")).toBeNull();
    });

    it("lists articles and returns one with its text and claims", async () => {
      const list = await store.articles();
      expect(list.map((a) => a.id)).toEqual([articleB, articleA]); // newest first
      expect(list.map((a) => a.claims)).toEqual([2, 1]);
      const a = await store.article(articleA);
      expect(a?.article.text).toBe(TRADITIONAL.nodes[0]?.attributes?.text);
      expect(a?.claims.map((c) => c.text)).toEqual(["中國支持俄羅斯與美國進行對話"]);
      expect(await store.article("Article:0000000000000000")).toBeNull();
    });

    it("tells which content hashes are stored (the same id with another hash is not)", async () => {
      const hash = (g: GraphJSON) => g.nodes[0]?.attributes?.hash as string;
      const sameId = `${hash(TRADITIONAL).slice(0, 16)}${"0".repeat(48)}`;
      const unknown = "f".repeat(64);
      expect(await store.storedHashes([hash(TRADITIONAL), hash(SIMPLIFIED), sameId, unknown])).toEqual(
        new Set([hash(TRADITIONAL), hash(SIMPLIFIED)]),
      );
      expect(await store.storedHashes([])).toEqual(new Set());
    });

    it("expands neighbourhoods with filters and a cap", async () => {
      const all = await store.neighbours([CHN], { depth: 1, limit: 100 });
      expect(ids(all)).toEqual(expect.arrayContaining([CHN, RUS, USA, MAO_NING]));
      expect(all.nodes.find((n) => n.key.startsWith("Article:"))).toBeUndefined(); // two hops away
      for (const e of all.edges) expect([e.source, e.target]).toContain(CHN);
      const support = all.edges.find((e) => e.attributes?.type === "SUPPORT");
      expect(support).toMatchObject({ source: CHN, target: RUS });
      expect(support?.attributes).toMatchObject({
        polarity: "cooperation",
        evidence: "中國支持俄羅斯與美國進行對話。",
        date: "2025-01-22",
      });

      const conflict = await store.neighbours([CHN], {
        depth: 1,
        limit: 100,
        types: ["SUPPORT", "ACCUSE", "COOPERATE"],
        polarity: ["conflict"],
      });
      expect(ids(conflict)).toEqual([CHN, USA]);
      expect(edgeTypes(conflict)).toEqual(["ACCUSE"]);

      // Statement edges have no polarity: a polarity filter keeps them.
      const mentions = await store.neighbours([CHN], {
        depth: 1,
        limit: 100,
        types: ["MENTIONS"],
        polarity: ["conflict"],
      });
      expect(mentions.nodes.filter((n) => n.key.startsWith("Claim:"))).toHaveLength(3);

      const countries = await store.neighbours([CHN], { depth: 1, limit: 100, labels: ["Country"] });
      expect(ids(countries)).toEqual([CHN, RUS, USA]);

      const february = await store.neighbours([CHN], { depth: 1, limit: 100, labels: ["Country"], from: "2025-02-01" });
      expect(edgeTypes(february)).toEqual(["COOPERATE"]);
      const january = await store.neighbours([CHN], { depth: 1, limit: 100, to: "2025-01-31", types: ["MENTIONS"] });
      expect(january.nodes.filter((n) => n.key.startsWith("Claim:"))).toHaveLength(1);

      const onlyB = await store.neighbours([RUS], { depth: 2, limit: 100, articles: [articleB] });
      expect(ids(onlyB)).toContain(articleB);
      expect(ids(onlyB)).not.toContain(articleA);
      expect(onlyB.edges.some((e) => e.attributes?.article === articleA)).toBe(false);

      const two = await store.neighbours([MAO_NING], { depth: 2, limit: 100 });
      expect(ids(two)).toEqual(expect.arrayContaining([articleA, articleB, RUS, USA, SCO]));
      // Pages of an expansion: what was shown is excluded, the cap counts only new nodes.
      const firstPage = await store.neighbours([CHN], { depth: 1, limit: 2, types: ["MENTIONS"] });
      const shown = ids(firstPage).filter((id) => id !== CHN);
      expect(shown).toHaveLength(1);
      const nextPage = await store.neighbours([CHN], { depth: 1, limit: 100, types: ["MENTIONS"], exclude: shown });
      expect(ids(nextPage)).not.toContain(shown[0]);
      expect(
        ids(nextPage)
          .filter((id) => id !== CHN)
          .sort(),
      ).toEqual(
        ids(mentions)
          .filter((id) => id !== CHN && id !== shown[0])
          .sort(),
      );
      const capped = await store.neighbours([MAO_NING], { depth: 3, limit: 4 });
      expect(capped.nodes).toHaveLength(4);
      expect(ids(capped)).toContain(MAO_NING);
      for (const e of capped.edges) expect(ids(capped)).toEqual(expect.arrayContaining([e.source, e.target]));
    });

    it("gives neighbours the same properties as whole nodes and relationships (rebuilt ones included)", async () => {
      const hood = await store.neighbours([CHN], { depth: 2, limit: 100 });
      const whole = await store.subgraph(ids(hood));
      const nodes = new Map(whole.nodes.map((n) => [n.key, n.attributes]));
      const edges = new Map(whole.edges.map((e) => [e.key, e]));
      expect(hood.nodes.some((n) => n.key.startsWith("Claim:"))).toBe(true);
      for (const n of hood.nodes) expect(n.attributes, n.key).toEqual(nodes.get(n.key));
      for (const e of hood.edges) expect(e, e.key).toEqual(edges.get(e.key));
    });

    it("returns the subgraph among given nodes", async () => {
      const g = await store.subgraph([CHN, RUS, USA, "Person:nobody"]);
      expect(ids(g)).toEqual([CHN, RUS, USA]);
      expect(edgeTypes(g)).toEqual(["ACCUSE", "COOPERATE", "SUPPORT"]);
      expect(g.edges).toHaveLength(3);
      expect((await store.subgraph([])).nodes).toEqual([]);
    });

    it("gives an overview of the highest-degree nodes", async () => {
      const g = await store.overview({ limit: 3 });
      expect(g.nodes).toHaveLength(3);
      expect(ids(g)).toContain(CHN); // the best connected
      const countries = await store.overview({ limit: 10, labels: ["Country"], types: ["SUPPORT"] });
      expect(ids(countries)).toEqual([CHN, RUS, USA]);
      expect(edgeTypes(countries)).toEqual(["SUPPORT"]);
      // Filtered by article or date, an entity whose claims and relations are all filtered out leaves the view.
      const ofA = ids(await store.overview({ limit: 100, articles: [articleA] }));
      expect(ofA).toEqual(expect.arrayContaining([articleA, MAO_NING, CHN, RUS, USA]));
      expect(ofA).not.toContain(PUTIN); // his REPRESENTS edge to Russia does not hold him
      expect(ofA).not.toContain(SCO);
      const february = ids(await store.overview({ limit: 100, from: "2025-02-01" }));
      expect(february).toEqual(expect.arrayContaining([articleB, PUTIN, SCO, CHN, RUS]));
      expect(february).not.toContain(USA);
      expect(ids(await store.overview({ limit: 100 }))).toEqual(expect.arrayContaining([PUTIN, SCO, USA]));
    });

    it("counts relations per country pair for the diplomatic map, with speakers and filters", async () => {
      const map = await store.countryMap({ speakers: 10 });
      expect(map.countries.map((c) => c.id)).toEqual([CHN, RUS, USA]);
      expect(map.countries[0]?.name).toBe("中國");
      expect(map.pairs).toEqual([
        { source: CHN, target: RUS, type: "SUPPORT", count: 1 },
        { source: RUS, target: CHN, type: "COOPERATE", count: 1 },
        { source: USA, target: CHN, type: "ACCUSE", count: 1 },
      ]);
      expect(map.speakers).toEqual([
        { id: MAO_NING, name: "毛寧", country: CHN, role: "外交部發言人", claims: 2 },
        { id: PUTIN, name: "普京", country: RUS, role: "俄罗斯总统", claims: 1 },
      ]);
      expect((await store.countryMap({ speakers: 1 })).speakers.map((s) => s.id)).toEqual([MAO_NING]);
      const later = await store.countryMap({ speakers: 0, from: "2025-01-23", polarity: ["cooperation"] });
      expect(later).toEqual({
        countries: [
          { id: CHN, name: "中國" },
          { id: RUS, name: "俄羅斯" },
        ].sort((a, b) => a.id.localeCompare(b.id)),
        pairs: [{ source: RUS, target: CHN, type: "COOPERATE", count: 1 }],
        speakers: [],
      });
      const conflict = await store.countryMap({ speakers: 0, articles: [articleA], types: ["ACCUSE", "SUPPORT"] });
      expect(conflict.pairs.map((p) => p.type)).toEqual(["SUPPORT", "ACCUSE"]);
    });

    it("lists a country pair's relations both ways, dated, with evidence, article and speaker", async () => {
      const pair = await store.countryPair(RUS, CHN);
      expect(pair?.a).toEqual({ id: RUS, name: "俄羅斯" });
      expect(pair?.relations.map((r) => [r.type, r.source, r.target, r.date])).toEqual([
        ["SUPPORT", CHN, RUS, "2025-01-22"],
        ["COOPERATE", RUS, CHN, "2025-02-01"],
      ]);
      const [support] = pair?.relations ?? [];
      expect(support).toMatchObject({
        polarity: "cooperation",
        evidence: "中國支持俄羅斯與美國進行對話。",
        article: { id: articleA, title: "外交部例行記者會", date: "2025-01-22" },
        speaker: { id: MAO_NING, name: "毛寧" },
      });
      const text = ((await store.article(articleA))?.article.text as string) ?? "";
      expect(text.slice(support?.start, support?.end)).toBe(support?.evidence);
      expect((await store.countryPair(RUS, CHN, { to: "2025-01-31" }))?.relations).toHaveLength(1);
      expect((await store.countryPair(CHN, "Country:XXX"))?.relations).toBeUndefined();
      expect(await store.countryPair(CHN, MAO_NING)).toBeNull();
    });

    it("finds a shortest path", async () => {
      const path = await store.shortestPath(PUTIN, USA, { maxDepth: 4 });
      expect(path.nodes.map((n) => n.key)).toContain(PUTIN);
      expect(path.nodes.map((n) => n.key)).toContain(USA);
      expect(path.edges).toHaveLength(path.nodes.length - 1);
      expect(path.nodes.length).toBe(4); // 普京 -> Russia -> China or a claim -> the USA
      expect((await store.shortestPath(PUTIN, "Person:nobody", { maxDepth: 4 })).nodes).toEqual([]);
    });

    it("answers read-only Cypher with rows and the graph in them", async () => {
      const result = await store.cypher(
        "MATCH (a:Country)-[r]->(b:Country) WHERE a.id = $id RETURN a, r, b.name AS name ORDER BY name",
        { id: CHN },
        CONSOLE,
      );
      expect(result.columns).toEqual(["a", "r", "name"]);
      expect(result.rows).toHaveLength(1);
      expect(result.rows[0]?.[0]).toMatchObject({ id: CHN, label: "Country" });
      expect(result.rows[0]?.[1]).toMatchObject({
        type: "SUPPORT",
        source: CHN,
        properties: { polarity: "cooperation" },
      });
      expect(result.rows[0]?.[2]).toBe("俄羅斯");
      expect(ids(result.graph)).toEqual([CHN, RUS]); // r's far end joins the graph
      expect(result.graph.edges).toHaveLength(1);
      const both = await store.cypher("MATCH (a:Country)-[r:SUPPORT]->(b:Country) RETURN a, r, b", {}, CONSOLE);
      expect(both.graph.edges.map((e) => e.key)).toEqual([`SUPPORT:${CHN}->${RUS}@${articleA}:11`]);
      expect(JSON.parse(JSON.stringify(both.rows))).toEqual(both.rows);
      // Relationships returned without their ends still name them, and the graph holds the ends.
      const alone = await store.cypher("MATCH (:Country)-[r:ACCUSE]->(:Country) RETURN r", {}, CONSOLE);
      expect(alone.rows[0]?.[0]).toMatchObject({ type: "ACCUSE", source: USA, target: CHN });
      expect(ids(alone.graph)).toEqual([CHN, USA]);
      expect(alone.graph.edges).toHaveLength(1);
    });

    it("caps the rows it returns", async () => {
      const result = await store.cypher("MATCH (n) RETURN n.id AS id", {}, { timeoutMs: 5000, rowLimit: 3 });
      expect(result.rows).toHaveLength(3);
      expect(result.truncated).toBe(true);
    });

    it("stops a query at its timeout", async () => {
      // a filter on every row: a count over a bare cross product is computed without its rows (factorised)
      const slow =
        "UNWIND range(1, 5000) AS x UNWIND range(1, 5000) AS y WITH x, y WHERE (x * y) % 7 = 3 RETURN sum(x) AS n";
      await expect(store.cypher(slow, {}, { timeoutMs: 1, rowLimit: 10 })).rejects.toBeInstanceOf(StoreInputError);
    });

    it("reports syntax errors with the database's message", async () => {
      await expect(store.cypher("MATCH (n RETURN n", {}, CONSOLE)).rejects.toBeInstanceOf(StoreInputError);
      await expect(store.cypher("", {}, CONSOLE)).rejects.toBeInstanceOf(StoreInputError);
    });

    const writes = () => [
      "CREATE (n:Person {id: 'Person:intruder', name: 'x'})",
      `MERGE (n:Person {id: 'Person:intruder'})`,
      `MATCH (n:Person {id: '${MAO_NING}'}) SET n.name = 'changed'`,
      `MATCH (n:Person {id: '${MAO_NING}'}) REMOVE n.name`,
      `MATCH (c:Claim) DETACH DELETE c`,
      `MATCH (:Person)-[r:REPRESENTS]->() DELETE r`,
      ...subject.dialectWrites,
    ];
    it("refuses every kind of write, leaving the store unchanged", async () => {
      const before = await store.stats();
      const mao = await store.node(MAO_NING);
      for (const query of writes()) {
        await expect(store.cypher(query, {}, CONSOLE), query).rejects.toBeInstanceOf(StoreInputError);
        // The console still works after a refused write.
        expect((await store.cypher("MATCH (n:Person) RETURN count(n) AS n", {}, CONSOLE)).rows).toEqual([[2]]);
      }
      expect(await store.stats()).toEqual(before);
      expect(await store.node(MAO_NING)).toEqual(mao);
    });
  });
}
