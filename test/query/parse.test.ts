import type { ParserRuleContext, ParseTree } from "antlr4ng";
import { describe, expect, it } from "vitest";
import { QueryError } from "../../query/errors.ts";
import { ClauseContext, CypherParser } from "../../query/grammar.ts";
import { checkKuzuText, checkLimits, KUZU_LIMITS, QUERY_LIMITS } from "../../query/limits.ts";
import { parseQuery } from "../../query/parse.ts";

const refused = (text: string) => {
  try {
    parseQuery(text);
  } catch (error) {
    expect(error).toBeInstanceOf(QueryError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${JSON.stringify(text)}`);
};

describe("parseQuery", () => {
  it("gives the tree of one statement, read by Neo4j's parser", () => {
    const parsed = parseQuery("MATCH (p:Person)-[:SAID]->(c:Claim) RETURN p.name, count(c) AS n // who speaks");
    expect(parsed.text).toContain("MATCH");
    expect(parsed.tree.ruleIndex).toBe(CypherParser.RULE_statementsOrCommands);
    expect(parsed.statement.ruleIndex).toBe(CypherParser.RULE_statement);
    const clauses: string[] = [];
    const walk = (node: ParseTree) => {
      if (node instanceof ClauseContext)
        clauses.push(CypherParser.ruleNames[(node.getChild(0) as ParserRuleContext).ruleIndex] as string);
      for (let i = 0; i < node.getChildCount(); i++) walk(node.getChild(i) as ParseTree);
    };
    walk(parsed.statement);
    expect(clauses).toEqual(["matchClause", "returnClause"]);
    // The comment is kept in the token stream, off the parser's channel.
    expect(parsed.tokens.getTokens().some((t) => t.text === "// who speaks")).toBe(true);
  });

  it("reports a syntax error with its position", () => {
    expect(refused("MATCH (n RETURN n")).toMatch(/syntax error at line 1, column 10/);
    expect(refused("MATCH (n)\nRETURN n n")).toMatch(/line 2, column 10/);
  });

  it("takes one statement at a time, and no console commands", () => {
    expect(refused("RETURN 1; RETURN 2")).toMatch(/one statement/);
    expect(parseQuery("RETURN 1;").statement).toBeTruthy();
    expect(refused(":param x => 1")).toMatch(/console command/);
  });
});

describe("checkLimits", () => {
  const limit = (text: string) => {
    try {
      checkLimits(text);
      return "";
    } catch (error) {
      expect(error).toBeInstanceOf(QueryError);
      return (error as Error).message;
    }
  };

  it("refuses a long query", () => {
    expect(limit(`RETURN '${"x".repeat(QUERY_LIMITS.chars)}'`)).toMatch(/characters long; the limit is 20000/);
  });

  it("refuses brackets nested too deep, before any parser, counting outside strings and comments only", () => {
    const nested = (n: number) => `RETURN ${"[".repeat(n)}${"]".repeat(n)}`;
    expect(limit(nested(1000))).toMatch(/nest more than 24 deep/);
    expect(limit(`RETURN ${"(".repeat(25)}1${")".repeat(25)}`)).toMatch(/nest more than 24/);
    expect(limit(nested(QUERY_LIMITS.depth))).toBe("");
    expect(limit(`RETURN '${"[".repeat(100)}' /* ${"{".repeat(100)} */ // ${"(".repeat(100)}`)).toBe("");
    expect(limit(`RETURN \`${"(".repeat(100)}\``)).toBe("");
    // An escaped quote does not end the string; a doubled backtick does not end the name.
    expect(limit(`RETURN '\\'${"[".repeat(50)}'`)).toBe("");
    expect(limit(`RETURN \`a\`\`${"[".repeat(50)}\``)).toBe("");
    expect(limit(`RETURN '\\\\' + ${"[".repeat(50)}`)).toMatch(/nest more/);
  });

  it("refuses control and format characters anywhere, even escaped in a string", () => {
    for (const c of [
      "\u001c",
      "\u001f",
      "\u0000",
      "\u007f",
      "\u0085",
      "\u200b",
      "\u200e",
      "\u202e",
      "\ufeff",
      "\u2028",
    ])
      for (const text of [`${c}RETURN 1`, `RETURN '${c}'`, `RETURN '\\${c}'`, `RETURN 1 // ${c}`, `RETURN \`${c}\``])
        expect(limit(text), JSON.stringify(text)).toMatch(/invisible character U\+/);
    expect(limit("MATCH (n)\r\n\tRETURN n")).toBe("");
  });

  it("refuses look-alikes and odd spaces outside strings, not in them", () => {
    expect(limit("ＬＯＡＤ CSV FROM 'x' AS l RETURN l")).toMatch(
      /U\+FF2C "Ｌ" at line 1, column 1, a look-alike of "L"/,
    );
    expect(limit("RETURN 1\u00a0AS x")).toMatch(/space U\+00A0/);
    expect(limit("RETURN ﬁle")).toMatch(/look-alike of "fi"/);
    expect(limit("RETURN 'ＬＯＡＤ\u3000（中方）' AS 外交部")).toBe("");
    expect(limit("MATCH (p:Person {name: '毛寧'}) RETURN p /* 發言人，（） */")).toBe("");
  });
});

describe("checkKuzuText", () => {
  const limit = (kuzu: string, query: string) => {
    try {
      checkKuzuText(kuzu, query);
      return "";
    } catch (error) {
      expect(error).toBeInstanceOf(QueryError);
      return (error as Error).message;
    }
  };
  const cases = (n: number) => `RETURN ${"CASE WHEN true THEN ".repeat(n)}1${" END".repeat(n)} AS x`;

  it("refuses CASE nested deeper than Kuzu compiles quickly, counting words in code only", () => {
    expect(limit(cases(KUZU_LIMITS.caseDepth), cases(KUZU_LIMITS.caseDepth))).toBe("");
    expect(limit(cases(KUZU_LIMITS.caseDepth + 1), cases(KUZU_LIMITS.caseDepth + 1))).toMatch(/nest more than 12 deep/);
    // Flat CASEs, and CASE in strings, comments, names or property keys, do not nest.
    const flat = `RETURN [${"CASE WHEN true THEN 1 END, ".repeat(50)}0]`;
    expect(limit(flat, flat)).toBe("");
    const words = `RETURN '${"CASE ".repeat(20)}' AS \`${"case ".repeat(20)}\`, n.case /* ${"CASE ".repeat(20)} */`;
    expect(limit(words, words)).toBe("");
  });

  it("refuses a translation that grew past its share", () => {
    const query = "RETURN 1 AS x";
    expect(limit("x".repeat(KUZU_LIMITS.growth * query.length + KUZU_LIMITS.extraChars), query)).toBe("");
    expect(limit("x".repeat(KUZU_LIMITS.growth * query.length + KUZU_LIMITS.extraChars + 1), query)).toMatch(
      /grows to 2066 characters when written for the embedded store \(at most 2065\)/,
    );
  });
});
