// The allow-list: a parsed query runs only if every node of its tree is a rule of a read query,
// every function and procedure it calls is listed here, and every range() it builds is bounded.
// Anything else is refused, named as written, whatever spelling (case, comments, backticks) got it
// past the lexer: the parser has already turned the spelling into the construct.
import type { ParserRuleContext, ParseTree, Token } from "antlr4ng";
import { TerminalNode } from "antlr4ng";
import { QueryError } from "./errors.ts";
import { CypherParser, type ExpressionContext, FunctionInvocationContext, ProcedureNameContext } from "./grammar.ts";
import { position } from "./limits.ts";

export const ALLOW_LIMITS = {
  /** Elements of one range() whose bounds are known before the query runs (~600 bytes each in Kuzu). */
  rangeElements: 100_000,
  /** Operands of one chain of operators (a + b + …, AND, OR), postfixes (a[0][1]…) or NOTs: Kuzu parses a chain recursively, 5000 `+` take 8 s. */
  chain: 200,
  /** Rule levels in the tree (a bracket level is some 16): a second bound on nesting, after the text scan. */
  treeDepth: 1_000,
} as const;

/** Grammar rules of read queries (Neo4j 5): clauses, patterns, expressions, names. */
const READ_RULES = new Set([
  // one statement, maybe a UNION of queries
  "statementsOrCommands",
  "statementOrCommand",
  "preparsedStatement",
  "statement",
  "queryWithLocalDefinitions",
  "nextStatement",
  "regularQuery",
  "union",
  "singleQuery",
  "clause",
  "endOfFile",
  // clauses
  "matchClause",
  "hint",
  "expandHintStep",
  "nonEmptyNameList",
  "whereClause",
  "withClause",
  "unwindClause",
  "returnClause",
  "returnBody",
  "returnItems",
  "returnItem",
  "orderBy",
  "orderItem",
  "ascToken",
  "descToken",
  "skip",
  "limit",
  "callClause",
  "procedureName",
  "procedureArgument",
  "procedureResultItem",
  "subqueryClause",
  "subqueryScope",
  // patterns
  "patternList",
  "pattern",
  "anonymousPattern",
  "shortestPathPattern",
  "patternElement",
  "pathPatternPrefix",
  "nonNegativeIntegerSpecification",
  "groupToken",
  "pathToken",
  "pathPatternNonEmpty",
  "quantifier",
  "nodePattern",
  "parenthesizedPath",
  "nodeLabels",
  "nodeLabelsIs",
  "dynamicExpression",
  "dynamicAnyAllExpression",
  "dynamicLabelType",
  "labelType",
  "relType",
  "labelOrRelType",
  "properties",
  "relationshipPattern",
  "leftArrow",
  "arrowLine",
  "rightArrow",
  "pathLength",
  "labelExpression",
  "labelExpression4",
  "labelExpression3",
  "labelExpression2",
  "labelExpression1",
  // expressions
  "expression",
  "expression11",
  "expression10",
  "expression9",
  "expression8",
  "expression7",
  "comparisonExpression6",
  "normalForm",
  "expression6",
  "expression5",
  "expression4",
  "expression3",
  "expression2",
  "postFix",
  "property",
  "dynamicProperty",
  "expression1",
  "literal",
  "caseExpression",
  "caseAlternative",
  "extendedCaseExpression",
  "extendedCaseAlternative",
  "extendedWhen",
  "listComprehension",
  "patternComprehension",
  "reduceExpression",
  "listItemsPredicate",
  "normalizeFunction",
  "trimFunction",
  "patternExpression",
  "shortestPathExpression",
  "parenthesizedExpression",
  "mapProjection",
  "mapProjectionElement",
  "countStar",
  "existsExpression",
  "countExpression",
  "collectExpression",
  "numberLiteral",
  "signedIntegerLiteral",
  "listLiteral",
  "map",
  "stringLiteral",
  "parameter",
  "parameterName",
  "functionInvocation",
  "functionArgument",
  "functionName",
  "namespace",
  "variable",
  "propertyKeyName",
  "type",
  "typePart",
  "typeName",
  "typeNullability",
  "typeListSuffix",
  // names (CypherCmdParser lets keywords of the console and preparser be names too)
  "symbolicNameString",
  "escapedSymbolicNameString",
  "unescapedSymbolicNameString",
  "unescapedSymbolicNameString_",
  "symbolicVariableNameString",
  "escapedSymbolicVariableNameString",
  "unescapedSymbolicVariableNameString",
  "preparserKeyword",
]);

/**
 * Neo4j 5's functions that read their arguments only, on either store (query/functions.ts says
 * how each is written for Kuzu, or why it cannot be) (names compared in lower case, as Neo4j does). */
export const ALLOWED_FUNCTIONS = new Set(
  [
    // aggregating
    "avg collect count max min percentileCont percentileDisc stDev stDevP sum",
    // scalar
    "coalesce elementId endNode head id last length nullIf properties randomUUID size startNode timestamp",
    "toBoolean toBooleanOrNull toFloat toFloatOrNull toInteger toIntegerOrNull type valueType",
    // lists
    "keys labels nodes range relationships reverse tail toBooleanList toFloatList toIntegerList toStringList",
    // predicates
    "all any none single exists isEmpty",
    // mathematics
    "abs ceil floor isNaN rand round sign e exp log log10 sqrt",
    "acos asin atan atan2 cos cot degrees haversin pi radians sin tan",
    // strings
    "btrim left lower ltrim normalize replace right rtrim split substring toLower toString toStringOrNull",
    "toUpper trim upper char_length character_length",
    // temporal and spatial values
    "date datetime localdatetime localtime time duration duration.between duration.inDays duration.inMonths",
    "duration.inSeconds date.truncate datetime.truncate localdatetime.truncate localtime.truncate time.truncate",
    "point point.distance point.withinBBox",
  ]
    .flatMap((line) => line.split(" "))
    .map((name) => name.toLowerCase()),
);

/** Procedures that list the schema, and nothing else. */
export const ALLOWED_PROCEDURES = new Set(
  ["db.labels", "db.relationshipTypes", "db.propertyKeys"].map((n) => n.toLowerCase()),
);

/** What a refused rule is called in messages; other rules are named by their first words. */
const CONSTRUCTS: Record<string, string> = {
  createClause: "CREATE",
  insertClause: "INSERT",
  mergeClause: "MERGE",
  setClause: "SET",
  removeClause: "REMOVE",
  deleteClause: "DELETE",
  foreachClause: "FOREACH",
  loadCSVClause: "LOAD CSV",
  useClause: "USE",
  finishClause: "FINISH",
  filterClause: "FILTER",
  letClause: "LET",
  forListClause: "FOR",
  when: "WHEN … THEN (a conditional query)",
  orderBySkipLimitClause: "ORDER BY, SKIP or LIMIT as a clause of its own",
  searchClause: "SEARCH",
  localDefinition: "DEFINE",
  consoleCommand: "a console command (:…)",
  preparserOption: "EXPLAIN, PROFILE or CYPHER options",
  subqueryInTransactionsParameters: "CALL { … } IN TRANSACTIONS",
  matchMode: "a match mode (REPEATABLE ELEMENTS, DIFFERENT RELATIONSHIPS)",
};

/** Keywords of statements Neo4j's grammar does not have (Kuzu's, SQL's), named when the parser stops at them. */
const FOREIGN_STATEMENTS = new Set([
  "COPY",
  "EXPORT",
  "IMPORT",
  "ATTACH",
  "DETACH",
  "INSTALL",
  "UNINSTALL",
  "LOAD",
  "BEGIN",
  "COMMIT",
  "ROLLBACK",
  "CHECKPOINT",
  "PRAGMA",
  "PROJECT",
  "DROP",
  "ALTER",
  "CREATE",
  "SET",
]);

const READ_ONLY =
  "the console runs read-only queries: MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN, ORDER BY, SKIP, LIMIT, UNION, CALL { … } and EXISTS/COUNT/COLLECT { … } subqueries, the listed functions and db.labels(), db.relationshipTypes(), db.propertyKeys()";

const ruleName = (ctx: ParserRuleContext) => CypherParser.ruleNames[ctx.ruleIndex] ?? `rule ${ctx.ruleIndex}`;

/** The words a construct starts with, as written (comments left out), for messages. */
function firstWords(ctx: ParserRuleContext, tokens: Token[], count = 3): string {
  const words = tokens
    .filter((t) => t.channel === 0 && t.tokenIndex >= (ctx.start?.tokenIndex ?? 0) && t.type !== -1)
    .slice(0, count)
    .map((t) => t.text);
  return words.join(" ");
}

const at = (text: string, token: Token | null | undefined) => position(text, token?.start ?? 0);

/** A whole number known before the query runs: a literal (maybe negative) or a parameter's value. */
function constant(expr: ExpressionContext, params: Record<string, unknown>): number | undefined {
  const text = expr.getText();
  if (/^-?\d+$/.test(text)) return Number(text);
  const value = /^\$\w+$/.test(text) ? params[text.slice(1)] : undefined;
  return typeof value === "number" && Number.isSafeInteger(value) ? value : undefined;
}

/** A bound no larger than a list that exists already: size(…), maybe ± a number. */
const sizeBounded = (expr: ExpressionContext) => /^size\(.*\)([-+]\d+)?$/is.test(expr.getText());

function checkRange(call: FunctionInvocationContext, text: string, params: Record<string, unknown>) {
  const args = call.functionArgument().map((a) => a.expression());
  const [start, end, step] = args.map((a) => constant(a, params));
  const where = `range() at ${at(text, call.start)}`;
  const known = `a number, a parameter, or size(list) ± a number, so that its length is known (at most ${ALLOW_LIMITS.rangeElements})`;
  if (args[0] && start === undefined && !sizeBounded(args[0]))
    throw new QueryError(`${where}: its start must be ${known}`);
  if (args[1] && end === undefined && !sizeBounded(args[1])) throw new QueryError(`${where}: its end must be ${known}`);
  if (args[2] && step === undefined) throw new QueryError(`${where}: its step must be a number or a parameter`);
  if (step === 0) throw new QueryError(`${where}: its step cannot be 0`);
  if (start === undefined || end === undefined) return; // bounded by a list, or the wrong arguments (the database says so)
  const length = Math.max(0, Math.floor((end - start) / (step ?? 1)) + 1);
  if (length > ALLOW_LIMITS.rangeElements)
    throw new QueryError(
      `${where} would hold ${length} numbers; the limit is ${ALLOW_LIMITS.rangeElements} (work in pages with SKIP and LIMIT)`,
    );
}

const functionName = (call: FunctionInvocationContext) => call.functionName().getText().replaceAll("`", "");

/** Operands of the rules that chain operators, postfixes or NOTs (their children that are rules). */
const CHAINS = new Set([
  "expression",
  "expression11",
  "expression10",
  "expression9",
  "expression8",
  "expression6",
  "expression5",
  "expression4",
  "expression2",
]);

/**
 * Throws QueryError naming the first construct of the tree that is not allowed. `tokens` are the
 * stream's tokens (to name constructs as written), `params` the query's parameters (range bounds).
 */
export function checkAllowed(
  tree: ParserRuleContext,
  text: string,
  tokens: Token[],
  params: Record<string, unknown> = {},
): void {
  const stack: [ParseTree, number][] = [[tree, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [ParseTree, number];
    if (node instanceof TerminalNode) continue;
    const ctx = node as ParserRuleContext;
    const name = ruleName(ctx);
    if (!READ_RULES.has(name)) {
      const construct = CONSTRUCTS[name] ?? firstWords(ctx, tokens);
      throw new QueryError(`${construct} (at ${at(text, ctx.start)}) is refused: ${READ_ONLY}`);
    }
    if (name === "preparserKeyword" && ruleName(ctx.parent as ParserRuleContext) !== "unescapedSymbolicNameString")
      throw new QueryError(`${ctx.getText()} (at ${at(text, ctx.start)}) is refused: ${READ_ONLY}`);
    if (depth > ALLOW_LIMITS.treeDepth)
      throw new QueryError(`the query nests deeper than the parser's limit at ${at(text, ctx.start)}; flatten it`);
    if (CHAINS.has(name)) {
      const operands = ctx.children.filter((c) => !(c instanceof TerminalNode)).length;
      const nots = name === "expression9" ? ctx.getChildCount() - 1 : 0;
      if (operands > ALLOW_LIMITS.chain || nots > ALLOW_LIMITS.chain)
        throw new QueryError(
          `an expression at ${at(text, ctx.start)} chains more than ${ALLOW_LIMITS.chain} operands; use a list and a function over it (sum, all, reduce)`,
        );
    }
    if (ctx instanceof FunctionInvocationContext) {
      const called = functionName(ctx);
      if (!ALLOWED_FUNCTIONS.has(called.toLowerCase()))
        throw new QueryError(
          `the function ${called}() (at ${at(text, ctx.start)}) is not on the console's list: ${READ_ONLY}`,
        );
      if (called.toLowerCase() === "range") checkRange(ctx, text, params);
    }
    if (ctx instanceof ProcedureNameContext) {
      const called = ctx.getText().replaceAll("`", "");
      if (!ALLOWED_PROCEDURES.has(called.toLowerCase()))
        throw new QueryError(`the procedure ${called} (at ${at(text, ctx.start)}) is refused: ${READ_ONLY}`);
    }
    for (let i = ctx.getChildCount() - 1; i >= 0; i--) stack.push([ctx.getChild(i) as ParseTree, depth + 1]);
  }
}

/**
 * When the parser stopped on a word that starts a statement Neo4j's Cypher does not have (Kuzu's
 * COPY, ATTACH, a setting `CALL name = value`), the message names it rather than the syntax.
 */
export function foreignStatement(text: string, tokens: Token[], offset: number): string | undefined {
  const visible = tokens.filter((t) => t.channel === 0 && t.type !== -1);
  const index = visible.findIndex((t) => t.start >= offset);
  const word = visible[index]?.text?.toUpperCase();
  const before = visible.slice(Math.max(0, index - 2), index).map((t) => t.text?.toUpperCase());
  if (word === "=" && before[0] === "CALL")
    return `setting a database option (CALL ${visible[index - 1]?.text} = …, at ${at(text, visible[index - 1])}) is refused: ${READ_ONLY}`;
  if (word && FOREIGN_STATEMENTS.has(word)) return `${word} (at ${at(text, visible[index])}) is refused: ${READ_ONLY}`;
  return undefined;
}
