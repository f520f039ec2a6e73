// Synthetic articles of realistic shape for the store benchmarks: each is the graph extraction
// would make of one article (graph/schema.ts exactly), with people, countries and organizations
// drawn Zipf-like from shared pools so degrees have the long tail of real news.
import { createHash } from "node:crypto";
import Graph from "graphology";
import countries from "i18n-iso-countries";
import zh from "i18n-iso-countries/langs/zh.json" with { type: "json" };
import {
  type ArticleNode,
  articleId,
  type ClaimNode,
  type CountryNode,
  claimId,
  countryId,
  type EdgeAttributes,
  edgeKey,
  ORG_KINDS,
  type OrganizationNode,
  organizationId,
  type PersonNode,
  PLOVER,
  PLOVER_TYPES,
  type PloverType,
  personId,
  polarityOf,
  type RelationEdge,
  type StatementEdge,
} from "../graph/schema.ts";
import { sentences } from "./corpus.ts";
import { intBetween, pick, type Random, seededRandom, zipf } from "./random.ts";

countries.registerLocale(zh);

/** The countries news mentions most come first, so the Zipf draw makes them the hubs. */
const FREQUENT = ["CHN", "USA", "RUS", "JPN", "UKR", "GBR", "FRA", "DEU", "IND", "KOR", "PRK", "ISR", "PSE", "IRN"];
const COUNTRY_POOL = [
  ...FREQUENT,
  ...Object.keys(countries.getAlpha3Codes()).filter((iso3) => !FREQUENT.includes(iso3)),
].map((iso3) => ({ iso3, name: countries.getName(iso3, "zh") ?? iso3 }));

const REAL_ORGS = [
  "外交部",
  "新華社",
  "聯合國",
  "上海合作組織",
  "金磚國家",
  "世界衛生組織",
  "白宮",
  "歐盟",
  "北約",
  "東盟",
];
const SURNAMES = [
  ..."王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董潘袁蔡蔣余于杜葉程魏蘇呂丁任沈",
];
const GIVEN = [..."偉芳娜敏靜麗強磊軍洋勇艷傑娟濤明超秀霞平剛桂英華玉蘭文輝建國志新春紅林海波嘉昆愛雲青鑫"];
const ORG_SUFFIXES = ["委員會", "研究院", "基金會", "協會", "集團", "辦公室", "論壇", "聯盟"];
const ROLES = ["外交部發言人", "總統", "總理", "外長", "大使", "部長", "發言人", "主席", "秘書長", "記者"];

/** `count` distinct names made by `make`; past many collisions a number makes them distinct. */
function uniqueNames(count: number, make: () => string, first: string[] = []): string[] {
  const names = new Set(first.slice(0, count));
  for (let attempt = 0; names.size < count; attempt++) {
    const name = make();
    names.add(attempt < count * 20 ? name : `${name}${attempt}`);
  }
  return [...names];
}

export interface SyntheticOptions {
  articles: number;
  seed?: number;
}

export interface Pools {
  people: string[];
  organizations: string[];
}

function pools(random: Random, articles: number): Pools {
  const personName = () => pick(random, SURNAMES) + pick(random, GIVEN) + (random() < 0.7 ? pick(random, GIVEN) : "");
  const orgName = () => pick(random, SURNAMES) + pick(random, GIVEN) + pick(random, ORG_SUFFIXES);
  return {
    people: uniqueNames(50 + Math.ceil(articles * 0.6), personName),
    organizations: uniqueNames(30 + Math.ceil(articles * 0.3), orgName, REAL_ORGS),
  };
}

const date = (random: Random) => {
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
};

/** Builds article text sentence by sentence, remembering where each sentence starts. */
class TextBuilder {
  text = "";
  add(sentence: string): { start: number; end: number } {
    const start = this.text.length;
    this.text += sentence;
    return { start, end: this.text.length };
  }
}

/**
 * Yields `articles` article graphs (graphology, directed multigraph), deterministic for a seed.
 * Per article: 2-8 people, 2-8 countries, 2-10 organizations, 5-30 claims, 2-12 relations: about the
 * shape extraction gives the sample article (12 people, 9 countries, 16 organizations, 52 claims).
 */
export function* syntheticArticles({ articles, seed = 42 }: SyntheticOptions): Generator<Graph> {
  const random = seededRandom(seed);
  const filler = sentences();
  const { people, organizations } = pools(random, articles);
  const drawPerson = zipf(random, people.length);
  const drawCountry = zipf(random, COUNTRY_POOL.length, 1.3);
  const drawOrg = zipf(random, organizations.length);
  const distinct = (n: number, draw: () => number) => {
    const picked = new Set<number>();
    for (let tries = 0; picked.size < n && tries < n * 10; tries++) picked.add(draw());
    return [...picked];
  };

  for (let n = 0; n < articles; n++) {
    const graph = new Graph<Record<string, unknown>, EdgeAttributes>({ type: "directed", multi: true });
    const addEdge = (source: string, target: string, attributes: EdgeAttributes) => {
      const key = edgeKey(source, target, attributes);
      if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, source, target, attributes);
    };
    const day = date(random);
    const countryIds = distinct(intBetween(random, 2, 8), drawCountry).map((k) => {
      const { iso3, name } = COUNTRY_POOL[k] as { iso3: string; name: string };
      const id = countryId(iso3);
      graph.addNode(id, { label: "Country", name, aliases: [name], iso3 } satisfies CountryNode);
      return { id, name };
    });
    const orgIds = distinct(intBetween(random, 2, 10), drawOrg).map((k) => {
      const name = organizations[k] as string;
      const id = organizationId(name);
      const kind = k < REAL_ORGS.length ? "government" : pick(random, ORG_KINDS);
      graph.addNode(id, { label: "Organization", name, aliases: [name], kind } satisfies OrganizationNode);
      return { id, name };
    });
    const personIds = distinct(intBetween(random, 2, 8), drawPerson).map((k) => {
      const name = people[k] as string;
      const id = personId(name);
      const role = pick(random, ROLES);
      graph.addNode(id, { label: "Person", name, aliases: [name], roles: [role] } satisfies PersonNode);
      const of = random() < 0.8 ? pick(random, countryIds) : pick(random, orgIds);
      return { id, name, role, of };
    });

    // The text: filler sentences from real articles, with claims and relation sentences among them.
    const body = new TextBuilder();
    const title = `${pick(random, countryIds).name}${pick(random, personIds).name}：${pick(random, filler).slice(0, 20)}`;
    body.add(`# ${title}\n\n`);
    const claims: { start: number; end: number; speaker: string; mentions: string[] }[] = [];
    const relations: { start: number; end: number; from: string; to: string; type: PloverType }[] = [];
    const claimCount = intBetween(random, 5, 30);
    const relationCount = intBetween(random, 2, 12);
    for (let s = 0, fillers = intBetween(random, 5, 20); s < fillers + claimCount + relationCount; s++) {
      const kind = random() * (fillers + claimCount + relationCount);
      if (kind < claimCount && claims.length < claimCount) {
        const speaker = pick(random, personIds);
        body.add(`${speaker.role}${speaker.name}表示，`);
        const span = body.add(pick(random, filler));
        const mentions = [pick(random, orgIds).id, ...(random() < 0.4 ? [pick(random, countryIds).id] : [])];
        claims.push({ ...span, speaker: speaker.id, mentions });
      } else if (kind < claimCount + relationCount && relations.length < relationCount) {
        const [a, b] = [pick(random, countryIds), pick(random, countryIds)];
        if (a.id === b.id) continue;
        const span = body.add(`${a.name}與${b.name}${pick(random, filler)}`);
        relations.push({ ...span, from: a.id, to: b.id, type: pick(random, PLOVER_TYPES) });
      } else {
        body.add(pick(random, filler));
      }
      if (random() < 0.3) body.add("\n\n");
    }
    const text = body.text;
    const hash = createHash("sha256").update(text).digest("hex");
    const article = articleId(hash);
    graph.addNode(article, {
      label: "Article",
      title,
      source: "香港文匯報",
      date: day,
      hash,
      language: "zh-Hant",
      text,
      file: `synthetic-${n}.txt`,
    } satisfies ArticleNode);

    for (const p of personIds) addEdge(p.id, p.of.id, { type: "REPRESENTS", role: p.role } satisfies StatementEdge);
    for (const c of claims) {
      const id = claimId(article, c.start, c.end);
      const node: ClaimNode = { label: "Claim", text: text.slice(c.start, c.end), ...c, article, date: day };
      graph.addNode(id, { label: node.label, text: node.text, start: c.start, end: c.end, article, date: day });
      addEdge(c.speaker, id, { type: "SAID" });
      addEdge(id, article, { type: "IN_ARTICLE" });
      for (const m of c.mentions) addEdge(id, m, { type: "MENTIONS" });
    }
    for (const r of relations) {
      addEdge(r.from, r.to, {
        type: r.type,
        polarity: polarityOf(r.type),
        quad: PLOVER[r.type],
        start: r.start,
        end: r.end,
        evidence: text.slice(r.start, r.end),
        article,
        date: day,
      } satisfies RelationEdge);
    }
    yield graph;
  }
}
