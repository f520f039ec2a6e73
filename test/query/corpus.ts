// Everyday Neo4j 5 Cypher, adapted from the idioms of Neo4j's Cypher manual (clauses, functions,
// predicates, subqueries, paths) to this project's schema, with the result Neo4j gives on the store
// of test/query/fixture.ts. The results are reasoned out by hand from that data (listed below),
// following Neo4j's rules: 0-based lists, nulls last in ascending order, column names as written.
//
// The data (3 articles, 16 nodes, 30 relationships):
//   Country CHN 中國 [中國, 中国]   RUS 俄羅斯 [俄羅斯, 俄罗斯]   USA 美國 [美國, 美国]
//   Person 普京 roles [俄罗斯总统]; 毛宁 named 毛寧 [毛寧, 毛宁] roles [外交部發言人, 发言人, 外交部发言人];
//          米勒 roles [美国国务院发言人]
//   Organization 上海合作组织; 美国国务院 named 美國國務院
//   Article cdb2… 外交部例行記者會 2025-01-22 zh-Hant; b971… 中俄加强合作 2025-02-01; 0432… 美方宣布制裁 2025-03-10
//   Claim (id, text, said by, mentions):
//     0432…:12-21 美国将制裁中国企业 米勒 -> CHN, USA          0432…:33-43 中方坚决反对美方制裁 毛宁 -> CHN, USA
//     b971…:10-20 俄罗斯与中国加强合作 普京 -> CHN, RUS        b971…:25-37 中方欢迎上海合作组织扩大 毛宁 -> CHN, 上海合作组织
//     cdb2…:11-25 中國支持俄羅斯與美國進行對話 毛宁 -> CHN, RUS, USA
//   Relations: ACCUSE USA->CHN (01-22), SUPPORT CHN->RUS (01-22), COOPERATE RUS->CHN (02-01),
//              SANCTION USA->CHN, REJECT CHN->USA, REJECT RUS->USA (03-10)
//   REPRESENTS 普京->RUS 俄罗斯总统, 毛宁->CHN 外交部發言人, 米勒->美国国务院 美国国务院发言人
//   SAID 5, MENTIONS 11, IN_ARTICLE 5, REPRESENTS 3, PLOVER 6.

export interface CorpusEntry {
  /** What the query shows, and (in brackets) the manual's section it comes from. */
  name: string;
  query: string;
  params?: Record<string, unknown>;
  columns: string[];
  rows: unknown[][];
  /** Whether the rows come in this order (ORDER BY); otherwise compared as a multiset. */
  ordered?: boolean;
}

const SANCTION_KEY = "SANCTION:Country:USA->Country:CHN@Article:0432085e7f40312f:12";

export const CORPUS: CorpusEntry[] = [
  // ---- the ten from issue #13 that failed on the embedded store ----
  {
    name: "type(r) names a relationship's type [functions: scalar]",
    query: "MATCH (:Country)-[r]->(:Country) RETURN type(r), count(*) ORDER BY type(r)",
    columns: ["type(r)", "count(*)"],
    rows: [
      ["ACCUSE", 1],
      ["COOPERATE", 1],
      ["REJECT", 2],
      ["SANCTION", 1],
      ["SUPPORT", 1],
    ],
    ordered: true,
  },
  {
    name: "shortestPath between two people [patterns: shortest paths]",
    query:
      "MATCH p = shortestPath((a:Person {name: '普京'})-[*..6]-(b:Person {name: '米勒'})) RETURN length(p) AS hops",
    columns: ["hops"],
    rows: [[4]],
  },
  {
    name: "a slice of a collected list [expressions: lists]",
    query:
      "MATCH (c:Country) WITH c ORDER BY c.iso3 WITH collect(c.iso3) AS codes RETURN codes[0..2] AS firstTwo, codes[-1] AS lastOne",
    columns: ["firstTwo", "lastOne"],
    rows: [[["CHN", "RUS"], "USA"]],
  },
  {
    name: "label predicates joined by OR [clauses: WHERE]",
    query: "MATCH (n) WHERE n:Person OR n:Organization RETURN n.name AS name ORDER BY name",
    columns: ["name"],
    rows: [["上海合作组织"], ["普京"], ["毛寧"], ["米勒"], ["美國國務院"]],
    ordered: true,
  },
  {
    name: "startNode and endNode of a relationship [functions: scalar]",
    query: "MATCH ()-[r:ACCUSE]->() RETURN startNode(r).iso3 AS from, endNode(r).iso3 AS to",
    columns: ["from", "to"],
    rows: [["USA", "CHN"]],
  },
  {
    name: "properties(r) as a map [functions: scalar]",
    query: "MATCH (:Country {iso3: 'USA'})-[r:SANCTION]->(:Country) RETURN properties(r) AS p",
    columns: ["p"],
    rows: [
      [
        {
          key: SANCTION_KEY,
          polarity: "conflict",
          quad: "material-conflict",
          start: 12,
          end: 22,
          evidence: "美国将制裁中国企业。",
          article: "Article:0432085e7f40312f",
          date: "2025-03-10",
        },
      ],
    ],
  },
  {
    name: "elementId compares nodes [functions: scalar]",
    query: "MATCH (a:Person), (b:Person) WHERE elementId(a) < elementId(b) RETURN count(*) AS pairs",
    columns: ["pairs"],
    rows: [[3]],
  },
  {
    name: "CALL db.labels() [procedures]",
    query: "CALL db.labels() YIELD label RETURN label ORDER BY label",
    columns: ["label"],
    rows: [["Article"], ["Claim"], ["Country"], ["Organization"], ["Person"]],
    ordered: true,
  },
  {
    name: "coalesce over the first element of a list (0-based) [functions: scalar]",
    query: "MATCH (p:Person) RETURN p.name AS name, coalesce(p.roles[0], '-') AS role ORDER BY name",
    columns: ["name", "role"],
    rows: [
      ["普京", "俄罗斯总统"],
      ["毛寧", "外交部發言人"],
      ["米勒", "美国国务院发言人"],
    ],
    ordered: true,
  },
  {
    name: "a relationship comes back whole: type, ends and properties [clauses: RETURN]",
    query: "MATCH (:Country {iso3: 'USA'})-[r:ACCUSE]->(:Country) RETURN r",
    columns: ["r"],
    rows: [
      [
        {
          type: "ACCUSE",
          source: "Country:USA",
          target: "Country:CHN",
          properties: {
            polarity: "conflict",
            quad: "verbal-conflict",
            start: 26,
            end: 36,
            evidence: "美國國務院指責中國。",
            article: "Article:cdb2bb499ab82eb1",
            date: "2025-01-22",
          },
        },
      ],
    ],
  },
  {
    name: "startNode and endNode of relationships matched in either direction [functions: scalar]",
    query:
      "MATCH (a:Country {iso3: 'CHN'})-[r]-(b:Country) RETURN type(r) AS t, startNode(r).iso3 AS from, endNode(r).iso3 AS to, startNode(r).id = a.id AS outgoing ORDER BY t",
    columns: ["t", "from", "to", "outgoing"],
    rows: [
      ["ACCUSE", "USA", "CHN", false],
      ["COOPERATE", "RUS", "CHN", false],
      ["REJECT", "CHN", "USA", true],
      ["SANCTION", "USA", "CHN", false],
      ["SUPPORT", "CHN", "RUS", true],
    ],
    ordered: true,
  },
  // ---- MATCH, WHERE, RETURN ----
  {
    name: "all nodes of a label, ordered [clauses: MATCH]",
    query: "MATCH (c:Country) RETURN c.iso3 ORDER BY c.iso3",
    columns: ["c.iso3"],
    rows: [["CHN"], ["RUS"], ["USA"]],
    ordered: true,
  },
  {
    name: "count every node [functions: aggregating]",
    query: "MATCH (n) RETURN count(n) AS nodes",
    columns: ["nodes"],
    rows: [[16]],
  },
  {
    name: "count every relationship [functions: aggregating]",
    query: "MATCH ()-[r]->() RETURN count(r) AS relationships",
    columns: ["relationships"],
    rows: [[30]],
  },
  {
    name: "a node by a property map [clauses: MATCH]",
    query: "MATCH (p:Person {name: '普京'}) RETURN p.roles",
    columns: ["p.roles"],
    rows: [[["俄罗斯总统"]]],
  },
  {
    name: "a node returned whole [clauses: RETURN]",
    query: "MATCH (c:Country {iso3: 'RUS'}) RETURN c",
    columns: ["c"],
    rows: [
      [
        {
          id: "Country:RUS",
          label: "Country",
          properties: { id: "Country:RUS", name: "俄羅斯", aliases: ["俄羅斯", "俄罗斯"], iso3: "RUS" },
        },
      ],
    ],
  },
  {
    name: "relationships into a node, by type [clauses: MATCH]",
    query:
      "MATCH (a)-[r]->(b:Country {iso3: 'CHN'}) WHERE a:Country RETURN type(r) AS type, a.iso3 AS from ORDER BY type",
    columns: ["type", "from"],
    rows: [
      ["ACCUSE", "USA"],
      ["COOPERATE", "RUS"],
      ["SANCTION", "USA"],
    ],
    ordered: true,
  },
  {
    name: "STARTS WITH [clauses: WHERE, string matching]",
    query: "MATCH (c:Claim) WHERE c.text STARTS WITH '中' RETURN c.id ORDER BY c.id",
    columns: ["c.id"],
    rows: [["Claim:0432085e7f40312f:33-43"], ["Claim:b971510836eda189:25-37"], ["Claim:cdb2bb499ab82eb1:11-25"]],
    ordered: true,
  },
  {
    name: "CONTAINS [clauses: WHERE, string matching]",
    query: "MATCH (c:Claim) WHERE c.text CONTAINS '合作' RETURN count(c) AS n",
    columns: ["n"],
    rows: [[2]],
  },
  {
    name: "ENDS WITH [clauses: WHERE, string matching]",
    query: "MATCH (p:Person) WHERE p.name ENDS WITH '京' RETURN p.id",
    columns: ["p.id"],
    rows: [["Person:普京"]],
  },
  {
    name: "a regular expression [clauses: WHERE, regular expressions]",
    query: "MATCH (c:Country) WHERE c.name =~ '美.*' RETURN c.iso3 AS iso3",
    columns: ["iso3"],
    rows: [["USA"]],
  },
  {
    name: "IN a list, descending [clauses: WHERE, ORDER BY]",
    query: "MATCH (c:Country) WHERE c.iso3 IN ['CHN', 'USA'] RETURN c.iso3 AS iso3 ORDER BY iso3 DESC",
    columns: ["iso3"],
    rows: [["USA"], ["CHN"]],
    ordered: true,
  },
  {
    name: "a negated pattern predicate [clauses: WHERE, patterns]",
    query: "MATCH (o:Organization) WHERE NOT (o)<-[:REPRESENTS]-() RETURN o.name AS name",
    columns: ["name"],
    rows: [["上海合作组织"]],
  },
  {
    name: "a property no node has reads as null [expressions: properties, null]",
    query: "MATCH (p:Person {name: '普京'}) RETURN p.age AS age, p {.name, .age} AS m",
    columns: ["age", "m"],
    rows: [[null, { name: "普京", age: null }]],
  },
  {
    name: "a comparison with a missing property filters the row out [clauses: WHERE, null]",
    query: "MATCH (p:Person) WHERE p.age > 30 RETURN count(p) AS n",
    columns: ["n"],
    rows: [[0]],
  },
  {
    name: "IS NOT NULL [clauses: WHERE, null]",
    query: "MATCH (a:Article) WHERE a.source IS NOT NULL RETURN count(a) AS n",
    columns: ["n"],
    rows: [[3]],
  },
  {
    name: "a parameter [syntax: parameters]",
    query: "MATCH (c:Country {iso3: $code}) RETURN c.name AS name",
    params: { code: "USA" },
    columns: ["name"],
    rows: [["美國"]],
  },
  {
    name: "string concatenation [expressions: string operators]",
    query: "MATCH (c:Country {iso3: 'CHN'}) RETURN c.iso3 + ':' + c.name AS label",
    columns: ["label"],
    rows: [["CHN:中國"]],
  },
  {
    name: "arithmetic [expressions: mathematical operators]",
    query: "RETURN 7 % 3 AS m, 2 ^ 3 AS p, 7 / 2 AS d, -7 / 2 AS n",
    columns: ["m", "p", "d", "n"],
    rows: [[1, 8, 3, -3]],
  },
  // ---- OPTIONAL MATCH, WITH, UNWIND, ORDER BY, SKIP, LIMIT, UNION ----
  {
    name: "OPTIONAL MATCH gives null where nothing matches [clauses: OPTIONAL MATCH]",
    query:
      "MATCH (o:Organization) OPTIONAL MATCH (p:Person)-[:REPRESENTS]->(o) RETURN o.name AS org, p.name AS person ORDER BY org",
    columns: ["org", "person"],
    rows: [
      ["上海合作组织", null],
      ["美國國務院", "米勒"],
    ],
    ordered: true,
  },
  {
    name: "nulls sort last in ascending order [clauses: ORDER BY]",
    query:
      "MATCH (o:Organization) OPTIONAL MATCH (o)<-[r:REPRESENTS]-() RETURN o.name AS org, r.role AS role ORDER BY role",
    columns: ["org", "role"],
    rows: [
      ["美國國務院", "美国国务院发言人"],
      ["上海合作组织", null],
    ],
    ordered: true,
  },
  {
    name: "OPTIONAL MATCH of a type no relationship has, with coalesce [clauses: OPTIONAL MATCH]",
    query:
      "MATCH (c:Country) OPTIONAL MATCH (c)-[r:AID]->() RETURN c.iso3 AS c, coalesce(type(r), 'none') AS aid ORDER BY c",
    columns: ["c", "aid"],
    rows: [
      ["CHN", "none"],
      ["RUS", "none"],
      ["USA", "none"],
    ],
    ordered: true,
  },
  {
    name: "WITH filters an aggregate [clauses: WITH]",
    query: "MATCH (p:Person)-[:SAID]->(c) WITH p, count(c) AS n WHERE n > 1 RETURN p.name, n",
    columns: ["p.name", "n"],
    rows: [["毛寧", 3]],
  },
  {
    name: "WITH, count and ties broken by a second key [clauses: WITH, ORDER BY]",
    query:
      "MATCH (c:Claim)-[:IN_ARTICLE]->(a:Article) WITH a, count(c) AS claims RETURN a.title AS title, claims ORDER BY claims DESC, title",
    columns: ["title", "claims"],
    rows: [
      ["中俄加强合作", 2],
      ["美方宣布制裁", 2],
      ["外交部例行記者會", 1],
    ],
    ordered: true,
  },
  {
    name: "UNWIND a literal list [clauses: UNWIND]",
    query: "UNWIND [1, 2, 3] AS x RETURN sum(x) AS total",
    columns: ["total"],
    rows: [[6]],
  },
  {
    name: "UNWIND a list property [clauses: UNWIND]",
    query: "MATCH (p:Person {name: '毛寧'}) UNWIND p.roles AS role RETURN role ORDER BY role",
    columns: ["role"],
    rows: [["发言人"], ["外交部发言人"], ["外交部發言人"]],
    ordered: true,
  },
  {
    name: "SKIP and LIMIT [clauses: SKIP, LIMIT]",
    query: "MATCH (c:Country) RETURN c.iso3 AS iso3 ORDER BY iso3 SKIP 1 LIMIT 1",
    columns: ["iso3"],
    rows: [["RUS"]],
  },
  {
    name: "RETURN DISTINCT [clauses: RETURN]",
    query: "MATCH (:Country)-[r]->(:Country) RETURN DISTINCT r.polarity AS polarity ORDER BY polarity",
    columns: ["polarity"],
    rows: [["conflict"], ["cooperation"]],
    ordered: true,
  },
  {
    name: "UNION removes duplicates [clauses: UNION]",
    query: "MATCH (c:Country) RETURN c.name AS name UNION MATCH (o:Organization) RETURN o.name AS name",
    columns: ["name"],
    rows: [["中國"], ["俄羅斯"], ["美國"], ["上海合作组织"], ["美國國務院"]],
  },
  {
    name: "UNION ALL keeps them [clauses: UNION]",
    query:
      "MATCH (:Country {iso3: 'USA'})-[r]->() RETURN type(r) AS t UNION ALL MATCH ()-[r]->(:Country {iso3: 'USA'}) RETURN type(r) AS t",
    columns: ["t"],
    rows: [["ACCUSE"], ["SANCTION"], ["REJECT"], ["REJECT"], ["MENTIONS"], ["MENTIONS"], ["MENTIONS"]],
  },
  // ---- aggregation ----
  {
    name: "count(DISTINCT …) [functions: aggregating]",
    query: "MATCH (c:Claim)-[:MENTIONS]->(n) RETURN count(DISTINCT n) AS mentioned",
    columns: ["mentioned"],
    rows: [[4]],
  },
  {
    name: "size of collect(DISTINCT …) [functions: aggregating]",
    query: "MATCH (:Claim)-[:MENTIONS]->(n:Country) RETURN size(collect(DISTINCT n.iso3)) AS countries",
    columns: ["countries"],
    rows: [[3]],
  },
  {
    name: "min, max, sum, avg [functions: aggregating]",
    query:
      "MATCH (c:Claim) RETURN min(c.start) AS first, max(c.end) AS last, sum(c.end - c.start) AS chars, avg(c.end - c.start) AS mean",
    columns: ["first", "last", "chars", "mean"],
    rows: [[10, 43, 55, 11]],
  },
  {
    name: "grouping keys, ties ordered by name [functions: aggregating]",
    query: "MATCH (a:Country)-[r]->(:Country) RETURN a.iso3 AS country, count(r) AS out ORDER BY out DESC, country",
    columns: ["country", "out"],
    rows: [
      ["CHN", 2],
      ["RUS", 2],
      ["USA", 2],
    ],
    ordered: true,
  },
  {
    name: "incoming relations per country [functions: aggregating]",
    query: "MATCH (:Country)-[r]->(b:Country) RETURN b.iso3 AS target, count(*) AS n ORDER BY n DESC, target",
    columns: ["target", "n"],
    rows: [
      ["CHN", 3],
      ["USA", 2],
      ["RUS", 1],
    ],
    ordered: true,
  },
  {
    name: "aggregates over no rows [functions: aggregating]",
    query: "MATCH (p:Person {name: 'nobody'}) RETURN count(p) AS n, collect(p.name) AS names",
    columns: ["n", "names"],
    rows: [[0, []]],
  },
  {
    name: "types starting with a prefix, counted [functions: scalar]",
    query: "MATCH ()-[r]->() WHERE type(r) STARTS WITH 'RE' RETURN type(r) AS t, count(*) AS n ORDER BY t",
    columns: ["t", "n"],
    rows: [
      ["REJECT", 2],
      ["REPRESENTS", 3],
    ],
    ordered: true,
  },
  // ---- CASE, lists, maps ----
  {
    name: "simple CASE [expressions: conditional]",
    query:
      "MATCH (:Country)-[r]->(:Country) RETURN CASE r.polarity WHEN 'conflict' THEN -1 ELSE 1 END AS sign, count(*) AS n ORDER BY sign",
    columns: ["sign", "n"],
    rows: [
      [-1, 4],
      [1, 2],
    ],
    ordered: true,
  },
  {
    name: "generic CASE [expressions: conditional]",
    query:
      "MATCH (c:Claim) RETURN c.id AS id, CASE WHEN c.end - c.start >= 12 THEN 'long' ELSE 'short' END AS size ORDER BY id",
    columns: ["id", "size"],
    rows: [
      ["Claim:0432085e7f40312f:12-21", "short"],
      ["Claim:0432085e7f40312f:33-43", "short"],
      ["Claim:b971510836eda189:10-20", "short"],
      ["Claim:b971510836eda189:25-37", "long"],
      ["Claim:cdb2bb499ab82eb1:11-25", "long"],
    ],
    ordered: true,
  },
  {
    name: "list comprehension with WHERE and a projection [expressions: lists]",
    query: "MATCH (p:Person {name: '毛寧'}) RETURN [r IN p.roles WHERE r CONTAINS '外交部' | size(r)] AS lengths",
    columns: ["lengths"],
    rows: [[[6, 6]]],
  },
  {
    name: "any() over a list [functions: predicate]",
    query: "MATCH (p:Person) WHERE any(r IN p.roles WHERE r ENDS WITH '发言人') RETURN p.name AS name ORDER BY name",
    columns: ["name"],
    rows: [["毛寧"], ["米勒"]],
    ordered: true,
  },
  {
    name: "none() over a list [functions: predicate]",
    query: "MATCH (p:Person) WHERE none(r IN p.roles WHERE r CONTAINS '发言人') RETURN p.name AS name",
    columns: ["name"],
    rows: [["普京"]],
  },
  {
    name: "all() over a list [functions: predicate]",
    query: "MATCH (c:Country) WHERE all(a IN c.aliases WHERE size(a) <= 2) RETURN c.iso3 AS iso3 ORDER BY iso3",
    columns: ["iso3"],
    rows: [["CHN"], ["USA"]],
    ordered: true,
  },
  {
    name: "isEmpty() [functions: predicate]",
    query: "MATCH (p:Person) WHERE NOT isEmpty(p.roles) RETURN count(p) AS n",
    columns: ["n"],
    rows: [[3]],
  },
  {
    name: "negative and second indexes [expressions: lists]",
    query: "MATCH (p:Person {name: '毛寧'}) RETURN p.roles[-1] AS lastRole, p.roles[1] AS second",
    columns: ["lastRole", "second"],
    rows: [["外交部发言人", "发言人"]],
  },
  {
    name: "indexes out of range are null [expressions: lists]",
    query:
      "MATCH (p:Person {name: '普京'}) RETURN p.roles[3] AS beyond, p.roles[-2] AS before, p.roles[5] IS NULL AS isNull",
    columns: ["beyond", "before", "isNull"],
    rows: [[null, null, true]],
  },
  {
    name: "open-ended slices [expressions: lists]",
    query: "MATCH (p:Person {name: '毛寧'}) RETURN p.roles[1..] AS rest, p.roles[..-1] AS allButLast",
    columns: ["rest", "allButLast"],
    rows: [
      [
        ["发言人", "外交部发言人"],
        ["外交部發言人", "发言人"],
      ],
    ],
  },
  {
    name: "lists joined with +, strings with || [expressions: lists, strings]",
    query:
      "MATCH (p:Person {name: '普京'}) RETURN p.roles + ['总统'] AS roles, [1, 2] + 3 AS appended, p.name || '!' AS text",
    columns: ["roles", "appended", "text"],
    rows: [[["俄罗斯总统", "总统"], [1, 2, 3], "普京!"]],
  },
  {
    name: "head, last and tail of a collected list [functions: list]",
    query:
      "MATCH (c:Country) WITH c ORDER BY c.iso3 WITH collect(c.iso3) AS codes RETURN head(codes) AS first, last(codes) AS final, tail(codes) AS rest",
    columns: ["first", "final", "rest"],
    rows: [["CHN", "USA", ["RUS", "USA"]]],
  },
  {
    name: "range and reverse [functions: list]",
    query: "RETURN range(0, 10, 5) AS r, reverse([1, 2, 3]) AS backwards, size(range(1, 4)) AS n",
    columns: ["r", "backwards", "n"],
    rows: [[[0, 5, 10], [3, 2, 1], 4]],
  },
  {
    name: "labels() of a node, first label by index [functions: list]",
    query: "MATCH (n {id: 'Person:米勒'}) RETURN labels(n) AS labels, labels(n)[0] AS first",
    columns: ["labels", "first"],
    rows: [[["Person"], "Person"]],
  },
  {
    name: "map projection [expressions: maps]",
    query: "MATCH (c:Country {iso3: 'RUS'}) RETURN c {.iso3, .name} AS country",
    columns: ["country"],
    rows: [[{ iso3: "RUS", name: "俄羅斯" }]],
  },
  {
    name: "map literal [expressions: maps]",
    query: "MATCH (c:Country {iso3: 'CHN'}) RETURN {code: c.iso3, aliases: size(c.aliases)} AS m",
    columns: ["m"],
    rows: [[{ code: "CHN", aliases: 2 }]],
  },
  // ---- strings ----
  {
    name: "size() of a string [functions: scalar]",
    query: "MATCH (c:Claim) WHERE size(c.text) > 11 RETURN count(*) AS n",
    columns: ["n"],
    rows: [[2]],
  },
  {
    name: "toUpper, toLower [functions: string]",
    query: "RETURN toUpper('plover') AS up, toLower('ACCUSE') AS low",
    columns: ["up", "low"],
    rows: [["PLOVER", "accuse"]],
  },
  {
    name: "substring counts from 0 [functions: string]",
    query: "MATCH (c:Claim {start: 12}) RETURN substring(c.text, 2, 2) AS s, substring(c.text, 7) AS tail",
    columns: ["s", "tail"],
    rows: [["将制", "企业"]],
  },
  {
    name: "left [functions: string]",
    query: "MATCH (a:Article) RETURN left(a.date, 4) AS year, count(*) AS n",
    columns: ["year", "n"],
    rows: [["2025", 3]],
  },
  {
    name: "right [functions: string]",
    query: "MATCH (a:Article) RETURN right(a.date, 2) AS day ORDER BY day",
    columns: ["day"],
    rows: [["01"], ["10"], ["22"]],
    ordered: true,
  },
  {
    name: "split [functions: string]",
    query: "RETURN split('SAID,MENTIONS', ',') AS types",
    columns: ["types"],
    rows: [[["SAID", "MENTIONS"]]],
  },
  {
    name: "replace [functions: string]",
    query: "MATCH (c:Country {iso3: 'USA'}) RETURN replace(c.name, '國', '国') AS simplified",
    columns: ["simplified"],
    rows: [["美国"]],
  },
  {
    name: "trim [functions: string]",
    query: "RETURN trim('  中國  ') AS t, size(trim('  x ')) AS n",
    columns: ["t", "n"],
    rows: [["中國", 1]],
  },
  {
    name: "toString, toInteger, toFloat [functions: scalar]",
    query: "RETURN toString(42) AS s, toInteger('7') + 1 AS n, toFloat('2.5') * 2 AS f",
    columns: ["s", "n", "f"],
    rows: [["42", 8, 5]],
  },
  {
    name: "string escapes [syntax: literals]",
    query: "RETURN size('a\\tb') AS n, 'it\\'s' AS quoted, '\\u4e2d' AS han",
    columns: ["n", "quoted", "han"],
    rows: [[3, "it's", "中"]],
  },
  // ---- labels and types ----
  {
    name: "label union in a pattern, relationship type union [patterns: label expressions]",
    query: "MATCH (n:Person|Organization)-[:REPRESENTS|SAID]-(m) RETURN count(*) AS n",
    columns: ["n"],
    rows: [[9]],
  },
  {
    name: "label expression with | and NOT in WHERE [patterns: label expressions]",
    query: "MATCH (c:Claim)-[:MENTIONS]->(n) WHERE n:Country|Organization AND NOT n:Country RETURN n.name AS name",
    columns: ["name"],
    rows: [["上海合作组织"]],
  },
  {
    name: "relationship type predicate in WHERE [patterns: label expressions]",
    query:
      "MATCH (a:Country)-[r]->(b:Country) WHERE r:REJECT|SANCTION RETURN a.iso3 AS a, type(r) AS t, b.iso3 AS b ORDER BY a, t",
    columns: ["a", "t", "b"],
    rows: [
      ["CHN", "REJECT", "USA"],
      ["RUS", "REJECT", "USA"],
      ["USA", "SANCTION", "CHN"],
    ],
    ordered: true,
  },
  {
    name: "labels of the end node [functions: scalar]",
    query: "MATCH (:Person {name: '米勒'})-[r:REPRESENTS]->() RETURN labels(endNode(r)) AS l, r.role AS role",
    columns: ["l", "role"],
    rows: [[["Organization"], "美国国务院发言人"]],
  },
  {
    name: "db.relationshipTypes() lists the types in use [procedures]",
    query:
      "CALL db.relationshipTypes() YIELD relationshipType WHERE relationshipType IN ['SAID', 'REJECT', 'AID'] RETURN relationshipType ORDER BY relationshipType",
    columns: ["relationshipType"],
    rows: [["REJECT"], ["SAID"]],
    ordered: true,
  },
  {
    name: "id() joins a node to itself [functions: scalar]",
    query: "MATCH (c:Country {iso3: 'CHN'}) MATCH (d:Country) WHERE id(d) = id(c) RETURN d.iso3 AS iso3",
    columns: ["iso3"],
    rows: [["CHN"]],
  },
  {
    name: "elementId tells two speakers apart [functions: scalar]",
    query:
      "MATCH (p:Person)-[:SAID]->(c:Claim) MATCH (q:Person)-[:SAID]->(c) WHERE elementId(p) <> elementId(q) RETURN count(*) AS n",
    columns: ["n"],
    rows: [[0]],
  },
  // ---- subqueries ----
  {
    name: "EXISTS subquery [subqueries: EXISTS]",
    query:
      "MATCH (p:Person) WHERE EXISTS { MATCH (p)-[:SAID]->(:Claim)-[:MENTIONS]->(:Organization) } RETURN p.name AS name",
    columns: ["name"],
    rows: [["毛寧"]],
  },
  {
    name: "EXISTS with a bare pattern [subqueries: EXISTS]",
    query: "MATCH (c:Country) WHERE EXISTS { (c)-[:SANCTION]->() } RETURN c.iso3 AS iso3",
    columns: ["iso3"],
    rows: [["USA"]],
  },
  {
    name: "COUNT subquery [subqueries: COUNT]",
    query: "MATCH (p:Person) RETURN p.name AS name, COUNT { (p)-[:SAID]->() } AS said ORDER BY said DESC, name",
    columns: ["name", "said"],
    rows: [
      ["毛寧", 3],
      ["普京", 1],
      ["米勒", 1],
    ],
    ordered: true,
  },
  // ---- paths ----
  {
    name: "fixed-length variable pattern [patterns: variable length]",
    query: "MATCH (p:Person {name: '米勒'})-[:SAID|MENTIONS*2]->(c:Country) RETURN c.iso3 AS iso3 ORDER BY iso3",
    columns: ["iso3"],
    rows: [["CHN"], ["USA"]],
    ordered: true,
  },
  {
    name: "variable length, no relationship twice [patterns: variable length]",
    query:
      "MATCH (:Country {iso3: 'RUS'})-[:SUPPORT|COOPERATE|REJECT*1..2]-(c:Country) RETURN DISTINCT c.iso3 AS iso3 ORDER BY iso3",
    columns: ["iso3"],
    rows: [["CHN"], ["RUS"], ["USA"]],
    ordered: true,
  },
  {
    name: "variable length counted: each relationship once per path [patterns: variable length]",
    query: "MATCH (:Country {iso3: 'USA'})-[:REJECT*1..2]-(c) RETURN count(*) AS paths",
    columns: ["paths"],
    rows: [[2]],
  },
  {
    name: "a variable-length relationship variable is a list of relationships [patterns: variable length]",
    query:
      "MATCH (:Person {name: '米勒'})-[r:SAID|MENTIONS*2]->(c:Country {iso3: 'USA'}) RETURN size(r) AS n, [x IN r | type(x)] AS types",
    columns: ["n", "types"],
    rows: [[2, ["SAID", "MENTIONS"]]],
  },
  {
    name: "length and nodes of a path [functions: path]",
    query:
      "MATCH p = (:Person {name: '普京'})-[:SAID]->(:Claim)-[:MENTIONS]->(c:Country) RETURN length(p) AS hops, [n IN nodes(p) | labels(n)[0]] AS kinds, c.iso3 ORDER BY c.iso3",
    columns: ["hops", "kinds", "c.iso3"],
    rows: [
      [2, ["Person", "Claim", "Country"], "CHN"],
      [2, ["Person", "Claim", "Country"], "RUS"],
    ],
    ordered: true,
  },
  {
    name: "relationships of a path [functions: path]",
    query:
      "MATCH p = (:Country {iso3: 'USA'})-[:SANCTION]->(:Country)-[:REJECT]->(:Country) RETURN [r IN relationships(p) | type(r)] AS types",
    columns: ["types"],
    rows: [[["SANCTION", "REJECT"]]],
  },
  {
    name: "allShortestPaths [patterns: shortest paths]",
    query:
      "MATCH p = allShortestPaths((a:Country {iso3: 'RUS'})-[*]-(b:Country {iso3: 'USA'})) RETURN length(p) AS len, count(*) AS paths",
    columns: ["len", "paths"],
    rows: [[1, 1]],
  },
  {
    name: "shortestPath through chosen types [patterns: shortest paths]",
    query:
      "MATCH p = shortestPath((a:Country {iso3: 'RUS'})-[:ACCUSE|SANCTION|SUPPORT*]-(b:Country {iso3: 'USA'})) RETURN [n IN nodes(p) | n.iso3] AS route",
    columns: ["route"],
    rows: [[["RUS", "CHN", "USA"]]],
  },
  {
    name: "ALL SHORTEST, the GQL form [patterns: shortest paths]",
    query:
      "MATCH p = ALL SHORTEST (a:Country {iso3: 'RUS'})-[:ACCUSE|SANCTION|SUPPORT]-+(b:Country {iso3: 'USA'}) RETURN count(p) AS paths",
    columns: ["paths"],
    rows: [[2]],
  },
  // ---- names in either script (issue #13 item 6) ----
  {
    name: "an entity by its Simplified key, whatever script its name is in",
    query: "MATCH (p:Person {id: 'Person:毛宁'}) RETURN p.name AS name",
    columns: ["name"],
    rows: [["毛寧"]],
  },
  {
    name: "an entity by either script among its aliases",
    query: "MATCH (p:Person) WHERE '毛宁' IN p.aliases AND '毛寧' IN p.aliases RETURN p.id AS id",
    columns: ["id"],
    rows: [["Person:毛宁"]],
  },
];
