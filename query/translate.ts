// Neo4j 5 Cypher -> Kuzu 0.11 Cypher, keeping Neo4j's meaning. The accepted parse tree is rewritten
// by replacing the text of the subtrees that differ (functions, list indexes and slices, label
// predicates, shortest paths, procedures...), so the rest of the user's text reaches Kuzu as written.
// What Kuzu cannot do is refused with the nearest form that works (TranslationError).
//
// Facts about Kuzu 0.11.3 this relies on (checked on a real database, see test/query/):
// - lists are 1-based; list_slice(xs, from, to) is inclusive at both ends, -1 is the last element,
//   bounds out of range are clamped; xs[i] out of range is an error, not null, and CASE evaluates
//   both branches, so an index goes through a one-element slice;
// - a node has exactly one label (its table), and (n:A:B) means A or B;
// - result columns are named after Kuzu's internal form of an expression, so every unnamed RETURN
//   item is named after the text the user wrote, as Neo4j names it.

import type { ParserRuleContext, ParseTree } from "antlr4ng";
import { DiplographError } from "../graph/errors.ts";
import { EDGE_TYPES, type EdgeType, NODE_LABELS } from "../graph/schema.ts";
import { ENDPOINTS, edgeProperties, NODE_PROPERTIES } from "../store/layout.ts";
import { functionNamed, PROCEDURES } from "./functions.ts";
import * as G from "./grammar.ts";
import type { ParsedQuery } from "./parse.ts";

/** Names the procedures db.labels() and db.relationshipTypes() list (default: the schema's). */
export interface SchemaNames {
  labels: readonly string[];
  types: readonly string[];
}

/** A construct the embedded store cannot run; the message names the form that works instead. */
export class TranslationError extends DiplographError {
  override name = "TranslationError";
  readonly code = "refused-query";
}

type Kind = "node" | "rel" | "rels" | "path";

const PROPERTY_KEYS = [
  ...new Set([
    "id",
    ...Object.values(NODE_PROPERTIES).flatMap(Object.keys),
    ...EDGE_TYPES.flatMap((t) => Object.keys(edgeProperties(t))),
  ]),
].sort();

/** Kuzu string literal: single quotes, backslash and quote escaped; other characters as they are. */
export const kuzuString = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

const listOf = (names: readonly string[]) => `[${names.map(kuzuString).join(", ")}]`;

/** Words Kuzu's grammar reserves that Neo4j allows as property keys (r.end). */
const KUZU_RESERVED = new Set(
  (
    "add all alter and any as asc ascending attach begin by call case cast checkpoint column comment commit " +
    "contains copy count create cycle database default delete desc descending detach distinct drop else end " +
    "ends exists explain export extension false from glob graph group headers if import in increment install " +
    "is key limit load macro match maxvalue merge minvalue multi_join no node not null on only optional or " +
    "order primary profile project read rel remove rename return rollback sequence set shortest start starts " +
    "table then to trail acyclic transaction true type uninstall union unwind use when where with write xor " +
    "yield single none"
  ).split(" "),
);

/** A property key, backticked where Kuzu reserves the word or it is not a plain name. */
const quoteKey = (name: string) =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !KUZU_RESERVED.has(name.toLowerCase())
    ? name
    : `\`${name.replace(/`/g, "``")}\``;

/** The name a symbolic name stands for (backticks removed). */
const nameOf = (ctx: ParserRuleContext) => {
  const text = ctx.getText();
  return text.startsWith("`") ? text.slice(1, -1).replace(/``/g, "`") : text;
};

/** The value of a Neo4j string literal (its escapes decoded). */
export function stringValue(literal: string): string {
  const body = literal.slice(1, -1);
  const simple: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
  return body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs, (_, e: string) =>
    e.length > 1 ? String.fromCodePoint(Number.parseInt(e.slice(1), 16)) : (simple[e] ?? e),
  );
}

/** The integer a literal expression spells (`2`, `-1`), or undefined. */
function integerLiteral(ctx: ParserRuleContext | null | undefined): number | undefined {
  const text = ctx?.getText();
  return text && /^-?\d{1,9}$/.test(text) ? Number(text) : undefined;
}

/** Neo4j's 0-based index (negative from the end) as Kuzu's 1-based one (negative from the end too). */
function kuzuIndex(index: string, literal: number | undefined, exclusiveEnd: boolean): string {
  if (literal !== undefined)
    return String(literal >= 0 ? (exclusiveEnd ? literal : literal + 1) : exclusiveEnd ? literal - 1 : literal);
  return exclusiveEnd
    ? `(CASE WHEN (${index}) >= 0 THEN (${index}) ELSE (${index}) - 1 END)`
    : `(CASE WHEN (${index}) >= 0 THEN (${index}) + 1 ELSE (${index}) END)`;
}

/** xs[from..to] with Neo4j's meaning (from inclusive, to exclusive, either may be left out). */
export function sliceExpr(
  list: string,
  from?: { text: string; literal?: number },
  to?: { text: string; literal?: number },
) {
  const begin = from ? kuzuIndex(from.text, from.literal, false) : "1";
  const end = to ? kuzuIndex(to.text, to.literal, true) : "-1";
  return `list_slice(${list}, ${begin}, ${end})`;
}

/** xs[i] with Neo4j's meaning: null when i is out of range. */
export function indexExpr(list: string, index: { text: string; literal?: number }) {
  const at = kuzuIndex(index.text, index.literal, false);
  // list_any_value skips nulls and gives a default value (0, '') for an empty list: the element,
  // if it is not null, is the one value of the filtered slice, and the CASE makes the rest null.
  const one = `list_filter(list_slice(${list}, ${at}, ${at}), _x -> _x IS NOT NULL)`;
  return `CASE WHEN size(${one}) = 1 THEN list_any_value(${one}) END`;
}

/** Regular-expression form of a literal string, for regexp_replace (RE2 syntax). */
const regexEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

class Translator {
  private readonly chars: string[];
  /** What each variable is bound to, and the labels (or types) its patterns allow. */
  private readonly kinds = new Map<string, Kind>();
  private readonly labels = new Map<string, Set<string>>();
  /** Relationship variables whose direction a startNode()/endNode() call needs. */
  private readonly directionNeeded = new Set<string>();
  /** The ends, as written, of a relationship matched in either direction. */
  private readonly undirected = new Map<string, { from: string; to: string }>();
  /** Names given to anonymous nodes an undirected relationship's direction is tested against. */
  private readonly generated = new Map<G.NodePatternContext, string>();
  /** Variables first bound by an OPTIONAL MATCH: they may be null. */
  private readonly nullable = new Set<string>();
  /** Text decided for a subtree by an enclosing rewrite. */
  private readonly overrides = new Map<ParserRuleContext, string>();

  constructor(
    text: string,
    private readonly names: SchemaNames,
  ) {
    // ANTLR's character positions count code points.
    this.chars = Array.from(text);
  }

  private source(ctx: ParserRuleContext): string {
    if (!ctx.start || !ctx.stop || ctx.stop.tokenIndex < ctx.start.tokenIndex) return "";
    return this.chars.slice(ctx.start.start, ctx.stop.stop + 1).join("");
  }

  /** The subtree's text with its children's rewrites spliced in. */
  render(node: ParseTree | null | undefined): string {
    if (!node) return "";
    if (!isRule(node)) return node.getText();
    const replaced = this.overrides.get(node);
    if (replaced !== undefined) return replaced;
    return this.rewrite(node) ?? this.splice(node);
  }

  /** The node's own text, each child rule rendered. */
  private splice(node: ParserRuleContext): string {
    const { start, stop } = node;
    if (!start || !stop || stop.tokenIndex < start.tokenIndex) return "";
    let out = "";
    let at = start.start;
    for (const child of node.children) {
      if (!isRule(child) || !child.start || !child.stop || child.stop.tokenIndex < child.start.tokenIndex) continue;
      out += this.chars.slice(at, child.start.start).join("") + this.render(child);
      at = child.stop.stop + 1;
    }
    return out + this.chars.slice(at, stop.stop + 1).join("");
  }

  /** Collects what each variable is bound to, before rendering. */
  scan(node: ParseTree) {
    if (!isRule(node)) return;
    if (node instanceof G.NodePatternContext) {
      const name = node.variable() && nameOf(node.variable() as ParserRuleContext);
      if (name) {
        this.kinds.set(name, "node");
        const expr = node.labelExpression();
        if (expr) this.labels.set(name, this.allowed(expr.labelExpression4(), NODE_LABELS));
      }
    } else if (node instanceof G.RelationshipPatternContext) {
      const name = node.variable() && nameOf(node.variable() as ParserRuleContext);
      if (name) {
        this.kinds.set(name, node.pathLength() ? "rels" : "rel");
        const expr = node.labelExpression();
        if (expr) this.labels.set(name, this.allowed(expr.labelExpression4(), EDGE_TYPES));
      }
    } else if (node instanceof G.PatternElementContext) {
      this.endpoints(node);
    } else if (node instanceof G.PatternContext) {
      const name = node.variable() && nameOf(node.variable() as ParserRuleContext);
      if (name) this.kinds.set(name, "path");
    } else if (node instanceof G.ReturnItemContext) {
      // WITH n AS m: m is what n is.
      const alias = node.variable();
      const from = this.variableOf(node.expression());
      if (alias && from && this.kinds.has(from)) {
        this.kinds.set(nameOf(alias), this.kinds.get(from) as Kind);
        const labels = this.labels.get(from);
        if (labels) this.labels.set(nameOf(alias), labels);
      }
    } else if (node instanceof G.UnwindClauseContext) {
      const call = this.functionOf(node.expression());
      const kind = call === "nodes" ? "node" : call === "relationships" ? "rel" : undefined;
      if (kind) this.kinds.set(nameOf(node.variable()), kind);
    }
    const before = node instanceof G.MatchClauseContext && node.OPTIONAL() ? new Set(this.kinds.keys()) : undefined;
    for (const child of node.children) this.scan(child);
    if (before) for (const name of this.kinds.keys()) if (!before.has(name)) this.nullable.add(name);
  }

  /**
   * A function of a node or relationship that Kuzu answers for a null relationship too (label()
   * of a missing relationship is its table's name): null in, null out, as in Neo4j.
   */
  private nullSafe(arg: ParserRuleContext, text: string, call: string): string {
    const variable = this.variableOf(arg);
    const safe = variable && !this.nullable.has(variable) && this.kinds.get(variable) !== undefined;
    return safe || (variable && this.kinds.get(variable) === "node")
      ? call
      : `CASE WHEN ${text} IS NULL THEN NULL ELSE ${call} END`;
  }

  /**
   * Narrows the labels of a chain's variables by the schema's endpoints: in (c:Country)-[r]->(d),
   * r is a PLOVER relation and d a Country (properties() and n {.*} list their properties only).
   */
  private endpoints(element: G.PatternElementContext) {
    const nodes = element.nodePattern();
    const rels = element.relationshipPattern();
    if (nodes.length !== rels.length + 1) return;
    const labelsOf = (n: G.NodePatternContext) => {
      const variable = n.variable() ? nameOf(n.variable() as ParserRuleContext) : undefined;
      const expr = n.labelExpression();
      const own = expr ? this.allowed(expr.labelExpression4(), NODE_LABELS) : new Set(NODE_LABELS);
      const known = variable ? this.labels.get(variable) : undefined;
      return known ? new Set([...own].filter((l) => known.has(l))) : own;
    };
    for (const [i, rel] of rels.entries()) {
      const [left, right] = [nodes[i] as G.NodePatternContext, nodes[i + 1] as G.NodePatternContext];
      const [from, to] = [labelsOf(left), labelsOf(right)];
      const forward = !!rel.rightArrow() || !rel.leftArrow();
      const backward = !!rel.leftArrow() || !rel.rightArrow();
      const expr = rel.labelExpression();
      const types = expr ? this.allowed(expr.labelExpression4(), EDGE_TYPES) : new Set(EDGE_TYPES);
      const fits = (type: string, a: Set<string>, b: Set<string>) => {
        const ends = ENDPOINTS[type as EdgeType];
        return ends.from.some((l) => a.has(l)) && ends.to.some((l) => b.has(l));
      };
      const possible = [...types].filter((t) => (forward && fits(t, from, to)) || (backward && fits(t, to, from)));
      const variable = rel.variable() ? nameOf(rel.variable() as ParserRuleContext) : undefined;
      if (variable && !rel.pathLength()) this.labels.set(variable, new Set(possible));
      if (variable && forward && backward && this.directionNeeded.has(variable))
        this.undirected.set(variable, { from: this.nameNode(left), to: this.nameNode(right) });
      if (rel.pathLength()) continue;
      // The far ends the possible types allow.
      const ends = (side: "from" | "to") => new Set(possible.flatMap((t) => ENDPOINTS[t as EdgeType][side]));
      for (const [n, own, far] of [
        [
          left,
          from,
          forward && backward ? [...ends("from"), ...ends("to")] : forward ? [...ends("from")] : [...ends("to")],
        ],
        [
          right,
          to,
          forward && backward ? [...ends("from"), ...ends("to")] : forward ? [...ends("to")] : [...ends("from")],
        ],
      ] as const) {
        const name = n.variable() ? nameOf(n.variable() as ParserRuleContext) : undefined;
        if (name) this.labels.set(name, new Set([...own].filter((l) => (far as readonly string[]).includes(l))));
      }
    }
  }

  /** A node pattern's variable, or a name given to it. */
  private nameNode(n: G.NodePatternContext): string {
    const variable = n.variable();
    if (variable) return this.render(variable);
    const name = `_end${this.generated.size + 1}`;
    this.generated.set(n, name);
    return name;
  }

  /** Finds the relationships whose start or end node the query asks for (before scan). */
  findDirectionCalls(node: ParseTree) {
    if (!isRule(node)) return;
    if (node instanceof G.FunctionInvocationContext) {
      const name = node.functionName().getText().toLowerCase();
      const [arg] = node.functionArgument();
      const variable = arg && this.variableOf(arg.expression());
      if ((name === "startnode" || name === "endnode") && variable) this.directionNeeded.add(variable);
    }
    for (const child of node.children) this.findDirectionCalls(child);
  }

  /**
   * startNode(r) / endNode(r). Kuzu answers them from the pattern as written when r was matched in
   * either direction ((a)-[r]-(b): always a), so the stored source is read from the relationship,
   * for a property of the node only (a CASE choosing between two nodes crashes Kuzu when compared).
   */
  private endOf(arg: ParserRuleContext, text: string, start: boolean, property?: string): string {
    const variable = this.variableOf(arg);
    const ends = variable ? this.undirected.get(variable) : undefined;
    const call = `${start ? "start" : "end"}_node(${text})`;
    if (!ends) return property ? `${call}${property}` : call;
    if (!property)
      throw new TranslationError(
        `${start ? "startNode" : "endNode"}(${text}) of a relationship matched in either direction is available ` +
          `on the embedded store for its properties only: ${start ? "startNode" : "endNode"}(${text}).id = a.id, ` +
          "or write the direction: (a)-[r]->(b)",
      );
    const [first, second] = start ? [ends.from, ends.to] : [ends.to, ends.from];
    // The relationship value knows its stored source (internal id), whatever the pattern's direction.
    const outgoing = `struct_extract(${text}, '_src') = id(${ends.from})`;
    return `CASE WHEN ${outgoing} THEN ${first}${property} ELSE ${second}${property} END`;
  }

  /** startNode(r).name / endNode(r).name, when expression1 is such a call and the postfix a property. */
  private endWithProperty(expr: G.Expression1Context, postfix: G.PostFixContext | undefined): string | undefined {
    const call = expr.functionInvocation();
    if (!call || !(postfix instanceof G.PropertyPostfixContext)) return undefined;
    const name = call.functionName().getText().toLowerCase();
    const [arg, more] = call.functionArgument();
    if ((name !== "startnode" && name !== "endnode") || !arg || more) return undefined;
    const text = this.render(arg.expression());
    const property = `.${quoteKey(nameOf(postfix.property().propertyKeyName()))}`;
    return this.nullSafe(arg.expression(), text, this.endOf(arg.expression(), text, name === "startnode", property));
  }

  /** The variable an expression is, if it is only a variable. */
  private variableOf(expr: ParserRuleContext | null): string | undefined {
    const text = expr?.getText();
    return text && /^[A-Za-z_][A-Za-z0-9_]*$|^`[^`]+`$/.test(text) ? nameOf(expr as ParserRuleContext) : undefined;
  }

  /** The lower-case name of the function an expression is a call of, if it is one. */
  private functionOf(expr: ParserRuleContext): string | undefined {
    const call = descend(expr, G.FunctionInvocationContext);
    return call && this.source(call) === this.source(expr) ? call.functionName().getText().toLowerCase() : undefined;
  }

  private rewrite(node: ParserRuleContext): string | undefined {
    if (node instanceof G.FunctionInvocationContext) return this.functionCall(node);
    if (node instanceof G.Expression2Context) return this.postfixes(node);
    if (node instanceof G.Expression7Context) return this.labelPredicate(node);
    if (node instanceof G.Expression6Context) return this.concatenation(node);
    if (node instanceof G.Expression1Context) return this.relationshipList(node);
    if (node instanceof G.NodePatternContext) return this.nodePattern(node);
    if (node instanceof G.RelationshipPatternContext) return this.relationshipPattern(node, undefined);
    if (node instanceof G.PatternContext) return this.pattern(node);
    if (node instanceof G.ReturnClauseContext) return this.returnClause(node);
    if (node instanceof G.CallClauseContext) return this.procedure(node);
    if (node instanceof G.StringLiteralContext) return kuzuString(stringValue(node.getText()));
    // Kuzu reserves words Neo4j allows as property names (r.end): those keys are quoted.
    if (node instanceof G.PropertyKeyNameContext) return quoteKey(nameOf(node));
    if (node instanceof G.ListComprehensionContext) return this.listComprehension(node);
    if (node instanceof G.MapProjectionContext) return this.mapProjection(node);
    if (node instanceof G.PatternExpressionContext)
      return `EXISTS { MATCH ${this.render(node.pathPatternNonEmpty())} }`;
    if (node instanceof G.ExistsExpressionContext || node instanceof G.CountExpressionContext)
      return this.subquery(node);
    if (node instanceof G.ReturnBodyContext) return this.returnBody(node);
    if (node instanceof G.PatternElementContext) return this.element(node, "");
    if (node instanceof G.ShortestPathExpressionContext)
      throw new TranslationError(
        "shortestPath() is available in MATCH only: MATCH p = shortestPath((a)-[*..5]-(b)) RETURN p",
      );
    if (node instanceof G.SubqueryClauseContext)
      throw new TranslationError(
        "CALL { … } subqueries are not available on the embedded store: use COUNT { … }, EXISTS { … }, " +
          "or OPTIONAL MATCH … WITH … collect(…)",
      );
    if (node instanceof G.ReduceExpressionContext)
      throw new TranslationError(
        "reduce() is not available on the embedded store: use UNWIND … WITH sum(…), or collect()",
      );
    if (node instanceof G.PatternComprehensionContext)
      throw new TranslationError(
        "pattern comprehensions are not available on the embedded store: use OPTIONAL MATCH … WITH collect(…), " +
          "or COUNT { … } / EXISTS { … }",
      );
    if (node instanceof G.CollectExpressionContext)
      throw new TranslationError(
        "COLLECT { … } is not available on the embedded store: use OPTIONAL MATCH … WITH collect(…)",
      );
    if (node instanceof G.TrimFunctionContext && (node.BOTH() || node.LEADING() || node.TRAILING() || node.FROM()))
      throw new TranslationError(
        "trim(… FROM …) is not available on the embedded store: use trim(), ltrim() or rtrim()",
      );
    if (node instanceof G.TypeComparisonContext)
      throw new TranslationError("type predicates (IS :: TYPE) are not available on the embedded store");
    if (node instanceof G.ParenthesizedPathContext)
      throw new TranslationError(
        "quantified path patterns ((…){1,3}) are not available on the embedded store: use -[*1..3]-",
      );
    if (node instanceof G.QuantifierContext)
      throw new TranslationError("quantified relationships (-[]->{1,3}) are not available: use -[*1..3]->");
    return undefined;
  }

  // ---- functions ----

  private functionCall(node: G.FunctionInvocationContext): string {
    const written = node.functionName().getText();
    const name = written.toLowerCase();
    const entry = functionNamed(name);
    const argNodes = node.functionArgument().map((a) => a.expression());
    const args = argNodes.map((a) => this.render(a));
    const distinct = node.DISTINCT() ? "DISTINCT " : "";
    if (!entry) throw new TranslationError(`the function ${written}() is not available on the embedded store`);
    if (entry.kind === "refuse")
      throw new TranslationError(`${written}() is not available on the embedded store: use ${entry.instead}`);
    if (entry.kind === "same") return `${written}(${distinct}${args.join(", ")})`;
    if (entry.kind === "rename") return `${entry.to}(${distinct}${args.join(", ")})`;
    const [a = "", b = "", c] = args;
    const arity = (n: number) => {
      if (args.length !== n) throw new TranslationError(`${written}() takes ${n} argument${n === 1 ? "" : "s"}`);
    };
    switch (name) {
      case "type":
        arity(1);
        return this.nullSafe(argNodes[0] as ParserRuleContext, a, `label(${a})`);
      case "startnode":
      case "endnode":
        arity(1);
        return this.nullSafe(
          argNodes[0] as ParserRuleContext,
          a,
          this.endOf(argNodes[0] as ParserRuleContext, a, name === "startnode"),
        );
      case "collect":
        // Kuzu's collect() over no rows is null; Neo4j's is [].
        return `coalesce(collect(${distinct}${args.join(", ")}), [])`;
      case "labels":
        arity(1);
        return this.nullSafe(argNodes[0] as ParserRuleContext, a, `[label(${a})]`);
      case "id":
      case "elementid":
        arity(1);
        return this.identity(argNodes[0] as ParserRuleContext, a);
      case "properties":
        arity(1);
        return this.properties(argNodes[0] as ParserRuleContext, a);
      case "head":
        arity(1);
        return indexExpr(a, { text: "0", literal: 0 });
      case "last":
        arity(1);
        return indexExpr(a, { text: "-1", literal: -1 });
      case "tail":
        arity(1);
        return sliceExpr(a, { text: "1", literal: 1 });
      case "btrim":
        if (args.length !== 1)
          throw new TranslationError("btrim(s, characters) is not available on the embedded store: use trim(s)");
        return `trim(${a})`;
      case "isempty":
        arity(1);
        return `(size(${a}) = 0)`;
      case "reverse":
        arity(1);
        return this.isList(argNodes[0] as ParserRuleContext) ? `list_reverse(${a})` : `reverse(${a})`;
      case "round":
        if (args.length === 1) return `round(${a}, 0)`;
        if (args.length === 2) return `round(${a}, ${b})`;
        throw new TranslationError(
          "round(x, precision, mode) is not available on the embedded store: use round(x, precision)",
        );
      case "substring": {
        // Neo4j counts from 0, Kuzu from 1.
        const from = integerLiteral(argNodes[1]);
        const start = from !== undefined ? String(from + 1) : `(${b}) + 1`;
        if (args.length === 2) return `substring(${a}, ${start}, size(${a}))`;
        arity(3);
        return `substring(${a}, ${start}, ${c})`;
      }
      case "replace": {
        arity(3);
        const search = literalString(argNodes[1]);
        const replacement = literalString(argNodes[2]);
        if (search === undefined || replacement === undefined)
          throw new TranslationError(
            "replace() takes literal strings for its search and replacement on the embedded store " +
              "(or use regexp_replace-free forms: split() and a join)",
          );
        return `regexp_replace(${a}, ${kuzuString(regexEscape(search))}, ${kuzuString(replacement.replace(/\\/g, "\\\\"))}, 'g')`;
      }
    }
    throw new TranslationError(`the function ${written}() is not available on the embedded store`);
  }

  /** id(x) / elementId(x): a node's stored id (what the console shows), else Kuzu's internal id. */
  private identity(arg: ParserRuleContext, text: string) {
    const variable = this.variableOf(arg);
    return variable && this.kinds.get(variable) === "node" ? `${text}.id` : `to_string(id(${text}))`;
  }

  /** properties(x): a map of the schema's properties for the labels x may have. */
  private properties(arg: ParserRuleContext, text: string) {
    const variable = this.variableOf(arg);
    const kind = variable ? this.kinds.get(variable) : undefined;
    if (!variable || (kind !== "node" && kind !== "rel"))
      throw new TranslationError(
        "properties() takes a node or relationship variable of a MATCH on the embedded store: " +
          "MATCH (n:Person) RETURN properties(n)",
      );
    const allowed = [...(this.labels.get(variable) ?? (kind === "node" ? NODE_LABELS : EDGE_TYPES))];
    const keys = new Set<string>(kind === "node" ? ["id"] : []);
    for (const label of allowed)
      for (const key of Object.keys(
        kind === "node"
          ? (NODE_PROPERTIES[label as keyof typeof NODE_PROPERTIES] ?? {})
          : edgeProperties(label as never),
      ))
        keys.add(key);
    if (!keys.size) return "{}";
    return `{${[...keys].map((k) => `${quoteKey(k)}: ${text}.${quoteKey(k)}`).join(", ")}}`;
  }

  /** Whether an expression is a list for certain (to pick list_reverse over string reverse). */
  private isList(expr: ParserRuleContext): boolean {
    const call = this.functionOf(expr);
    if (call)
      return ["collect", "labels", "keys", "nodes", "relationships", "range", "split", "tail", "reverse"].includes(call)
        ? call !== "reverse" || this.isList(descend(expr, G.FunctionArgumentContext)?.expression() as ParserRuleContext)
        : false;
    if (descend(expr, G.ListLiteralContext)?.getText() === expr.getText()) return true;
    if (descend(expr, G.ListComprehensionContext)?.getText() === expr.getText()) return true;
    const postfix = descend(expr, G.Expression2Context);
    const last = postfix?.postFix().at(-1);
    if (postfix && postfix.getText() === expr.getText() && last instanceof G.RangePostfixContext) return true;
    if (postfix && postfix.getText() === expr.getText() && last instanceof G.PropertyPostfixContext) {
      const key = nameOf(last.property().propertyKeyName());
      return Object.values(NODE_PROPERTIES).some((p) => p[key] === "strings");
    }
    const variable = this.variableOf(expr);
    return !!variable && this.kinds.get(variable) === "rels";
  }

  // ---- lists, properties ----

  /** expression1 postFix*: list indexes and slices 0-based, n['key'] as n.key. */
  private postfixes(node: G.Expression2Context): string {
    const [first, ...rest] = node.postFix();
    const end = this.endWithProperty(node.expression1(), first);
    let out = end ?? this.render(node.expression1());
    let at = (end ? first?.stop?.stop : node.expression1().stop?.stop) ?? 0;
    for (const postfix of end ? rest : node.postFix()) {
      const gap = this.chars.slice(at + 1, postfix.start?.start ?? at + 1).join("");
      at = postfix.stop?.stop ?? at;
      if (postfix instanceof G.IndexPostfixContext) {
        const index = postfix.expression();
        const key = literalString(index);
        if (key !== undefined) out = `${out}${gap}.${quoteKey(key)}`;
        else out = indexExpr(out, { text: this.render(index), literal: integerLiteral(index) });
      } else if (postfix instanceof G.RangePostfixContext) {
        const bound = (e: G.ExpressionContext | undefined) =>
          e ? { text: this.render(e), literal: integerLiteral(e) } : undefined;
        out = sliceExpr(out, bound(postfix._fromExp), bound(postfix._toExp));
      } else if (postfix instanceof G.PropertyPostfixContext && this.missing(node.expression1(), postfix, out)) {
        // Neo4j reads a property no node or relationship of the schema has as null; Kuzu's binder refuses it.
        out = "NULL";
      } else out += gap + this.render(postfix);
    }
    return out;
  }

  /** The variable of -[r*1..3]- is Neo4j's list of relationships; in Kuzu, a path-like value. */
  private relationshipList(node: G.Expression1Context): string | undefined {
    const variable = node.variable();
    return variable && this.kinds.get(nameOf(variable)) === "rels" ? `rels(${this.render(variable)})` : undefined;
  }

  /** a + b and a || b: Kuzu's + does not join lists, and it has no ||. */
  private concatenation(node: G.Expression6Context): string | undefined {
    const operands = node.expression5();
    const operators = node.children.filter((c) => !isRule(c)).map((c) => c.getText());
    const joins = operators.some(
      (op, i) =>
        op === "||" ||
        (op === "+" &&
          (this.isList(operands[i] as ParserRuleContext) || this.isList(operands[i + 1] as ParserRuleContext))),
    );
    if (!joins) return undefined;
    let out = this.render(operands[0]);
    let list = this.isList(operands[0] as ParserRuleContext);
    for (const [i, op] of operators.entries()) {
      const operand = operands[i + 1] as ParserRuleContext;
      const text = this.render(operand);
      const isList = this.isList(operand);
      if (op === "-") out = `${out} - ${text}`;
      else if (list && isList) out = `list_concat(${out}, ${text})`;
      else if (list) out = `list_append(${out}, ${text})`;
      else if (isList) out = `list_prepend(${text}, ${out})`;
      else out = `${out} + ${text}`;
      list ||= isList;
    }
    return out;
  }

  /** Whether `v.key` names a property that no label or type the variable may have holds. */
  private missing(base: ParserRuleContext, postfix: G.PropertyPostfixContext | string, rendered: string): boolean {
    const variable = this.variableOf(base);
    if (!variable || rendered !== this.render(base)) return false;
    const kind = this.kinds.get(variable);
    if (kind !== "node" && kind !== "rel") return false;
    const key = typeof postfix === "string" ? postfix : nameOf(postfix.property().propertyKeyName());
    const labels = [...(this.labels.get(variable) ?? (kind === "node" ? NODE_LABELS : EDGE_TYPES))];
    const has = (label: string) =>
      kind === "node"
        ? key === "id" || key in (NODE_PROPERTIES[label as keyof typeof NODE_PROPERTIES] ?? {})
        : key in edgeProperties(label as EdgeType);
    return !labels.some(has);
  }

  private listComprehension(node: G.ListComprehensionContext): string {
    const variable = this.render(node.variable());
    const [list] = node.expression();
    let out = this.render(list);
    if (node._whereExp) out = `list_filter(${out}, ${variable} -> ${this.render(node._whereExp)})`;
    if (node._barExp) out = `list_transform(${out}, ${variable} -> ${this.render(node._barExp)})`;
    return out;
  }

  private mapProjection(node: G.MapProjectionContext): string {
    const subject = this.render(node.variable());
    const entries: string[] = [];
    for (const element of node.mapProjectionElement()) {
      if (element.TIMES()) {
        const map = this.properties(node.variable(), subject);
        if (map !== "{}") entries.push(map.slice(1, -1));
      } else if (element.property()) {
        const key = nameOf((element.property() as G.PropertyContext).propertyKeyName());
        const missing = this.missing(node.variable(), key, subject);
        entries.push(`${quoteKey(key)}: ${missing ? "NULL" : `${subject}.${quoteKey(key)}`}`);
      } else if (element.propertyKeyName())
        entries.push(
          `${this.render(element.propertyKeyName())}: ${this.render(element.expression() as ParserRuleContext)}`,
        );
      else if (element.variable()) {
        const v = this.render(element.variable() as ParserRuleContext);
        entries.push(`${v}: ${v}`);
      }
    }
    return `{${entries.join(", ")}}`;
  }

  // ---- labels ----

  /** The labels (or types) among `universe` a label expression is true of, a node having one label. */
  private allowed(expr: G.LabelExpression4Context, universe: readonly string[]): Set<string> {
    const test = (e: ParserRuleContext, label: string): boolean => {
      if (e instanceof G.LabelExpression4Context) return e.labelExpression3().some((x) => test(x, label));
      if (e instanceof G.LabelExpression3Context) return e.labelExpression2().every((x) => test(x, label));
      if (e instanceof G.LabelExpression2Context)
        return test(e.labelExpression1(), label) !== (e.EXCLAMATION_MARK().length % 2 === 1);
      if (e instanceof G.ParenthesizedLabelExpressionContext) return test(e.labelExpression4(), label);
      if (e instanceof G.AnyLabelContext) return true;
      if (e instanceof G.LabelNameContext) return nameOf(e.symbolicNameString()) === label;
      throw new TranslationError("dynamic labels ($(…)) are not available on the embedded store");
    };
    return new Set(universe.filter((label) => test(expr, label)));
  }

  /** The names a label expression uses that the schema does not have. */
  private unknownNames(expr: ParserRuleContext, universe: readonly string[]): string[] {
    const names: string[] = [];
    const walk = (node: ParseTree) => {
      if (node instanceof G.LabelNameContext) names.push(nameOf(node.symbolicNameString()));
      else if (isRule(node)) for (const child of node.children) walk(child);
    };
    walk(expr);
    return [...new Set(names.filter((n) => !universe.includes(n)))];
  }

  /** x:Label, x:A|B, x IS A… in an expression: label(x) IN [...]. */
  private labelPredicate(node: G.Expression7Context): string | undefined {
    const comparison = node.comparisonExpression6();
    if (!(comparison instanceof G.LabelComparisonContext)) return undefined;
    const subject = node.expression6();
    const variable = this.variableOf(subject);
    const kind = variable ? this.kinds.get(variable) : undefined;
    const allowed = [...this.allowed(comparison.labelExpression4(), kind === "rel" ? EDGE_TYPES : NODE_LABELS)];
    const text = this.render(subject);
    const test =
      allowed.length === 1
        ? `label(${text}) = ${kuzuString(allowed[0] as string)}`
        : `label(${text}) IN ${listOf(allowed)}`;
    if (!allowed.length) return comparison.NOT() ? "true" : "false";
    return comparison.NOT() ? `(NOT ${test})` : `(${test})`;
  }

  /** (n:A|B {…}): Kuzu writes a union of labels as (n:A:B). */
  private nodePattern(node: G.NodePatternContext): string | undefined {
    if (node.WHERE())
      throw new TranslationError(
        "WHERE inside a node pattern is not available on the embedded store: move it to the WHERE of the MATCH",
      );
    const expr = node.labelExpression();
    let text: string | undefined;
    if (expr) {
      const allowed = [...this.allowed(expr.labelExpression4(), NODE_LABELS)];
      if (!allowed.length) {
        const unknown = this.unknownNames(expr.labelExpression4(), NODE_LABELS);
        throw new TranslationError(
          unknown.length
            ? `there is no label ${unknown.join(", ")} in this graph: labels are ${NODE_LABELS.join(", ")}`
            : `(${this.source(node).slice(1, -1)}) matches no node: each node has one label ` +
                `(${NODE_LABELS.join(", ")}); for either of two labels write (n:A|B)`,
        );
      }
      text = this.replaceChild(node, expr, allowed.length === NODE_LABELS.length ? "" : `:${allowed.join(":")}`);
    }
    const generated = this.generated.get(node);
    if (!generated) return text;
    return `(${generated}${(text ?? this.splice(node)).slice(1)}`;
  }

  /** -[r:A|B*1..3]->: types as a union, variable length with Neo4j's no-repeated-relationship rule. */
  private relationshipPattern(
    node: G.RelationshipPatternContext,
    shortest: string | undefined,
    quantifier?: G.QuantifierContext,
  ): string {
    if (node.WHERE())
      throw new TranslationError(
        "WHERE inside a relationship pattern is not available on the embedded store: move it to the WHERE of the MATCH",
      );
    const replacements = new Map<ParserRuleContext, string>();
    const expr = node.labelExpression();
    if (expr) {
      const allowed = [...this.allowed(expr.labelExpression4(), EDGE_TYPES)];
      if (!allowed.length) {
        const unknown = this.unknownNames(expr.labelExpression4(), EDGE_TYPES);
        throw new TranslationError(
          `${unknown.length ? `there is no relationship type ${unknown.join(", ")} in this graph` : `${this.source(expr)} matches no relationship`}: types are ${EDGE_TYPES.join(", ")}`,
        );
      }
      replacements.set(expr, allowed.length === EDGE_TYPES.length ? "" : `:${allowed.join("|")}`);
    }
    const length = node.pathLength();
    const bounds = length ? lengthBounds(length) : quantifier ? quantifierBounds(quantifier) : undefined;
    if (!bounds) {
      if (shortest)
        throw new TranslationError("shortestPath() takes a variable-length relationship: shortestPath((a)-[*..5]-(b))");
      return this.withReplacements(node, replacements);
    }
    // Kuzu needs an upper bound on a variable-length walk; 30 is its own default.
    const range = `${bounds.from ?? "1"}..${bounds.to ?? "30"}`;
    const star = shortest ? `* ${shortest}${bounds.from || bounds.to ? ` ${range}` : ""}` : `* TRAIL ${range}`;
    if (length) replacements.set(length, star);
    const text = this.withReplacements(node, replacements);
    if (length) return text;
    // A quantified relationship, -[:T]-{1,3} or -->+: the range goes inside its brackets.
    const close = text.lastIndexOf("]");
    return close < 0 ? text.replace(/-(>?)$/, `[${star}]-$1`) : `${text.slice(0, close)}${star}${text.slice(close)}`;
  }

  /** p = shortestPath(...) / allShortestPaths(...) / ANY SHORTEST / ALL SHORTEST: Kuzu's SHORTEST. */
  private pattern(node: G.PatternContext): string | undefined {
    const anonymous = node.anonymousPattern();
    const prefix = node.pathPatternPrefix();
    const shortest = anonymous.shortestPathPattern();
    if (!shortest && !prefix) return undefined;
    let mode: string;
    let element: G.PatternElementContext;
    if (shortest) {
      mode = shortest.ALL_SHORTEST_PATHS() ? "ALL SHORTEST" : "SHORTEST";
      element = shortest.patternElement();
    } else {
      const text = (prefix as ParserRuleContext).getText().toUpperCase();
      if (text === "ALLSHORTEST") mode = "ALL SHORTEST";
      else if (text === "ANYSHORTEST" || text === "SHORTEST1") mode = "SHORTEST";
      else if (text === "ALL" || text === "ANY" || text === "ALLPATHS" || text === "WALK" || text === "TRAIL")
        mode = "";
      else
        throw new TranslationError(
          `${this.source(prefix as ParserRuleContext)} is not available: use ANY SHORTEST or ALL SHORTEST`,
        );
      element = anonymous.patternElement() as G.PatternElementContext;
    }
    const rels = element.relationshipPattern();
    if (mode && rels.length !== 1)
      throw new TranslationError("a shortest path has one variable-length relationship: shortestPath((a)-[*..5]-(b))");
    const body = this.element(element, mode);
    const variable = node.variable();
    return variable ? `${this.render(variable)} = ${body}` : body;
  }

  /** A chain of nodes and relationships; -[…]-{1,3} and -[…]-+ become Kuzu's -[…*1..3]-. */
  private element(element: G.PatternElementContext, mode: string): string {
    const children = element.children.filter(isRule);
    const parts = children.map((child, i) => {
      if (child instanceof G.QuantifierContext) return "";
      if (!(child instanceof G.RelationshipPatternContext)) return this.render(child);
      const next = children[i + 1];
      return this.relationshipPattern(child, mode || undefined, next instanceof G.QuantifierContext ? next : undefined);
    });
    let out = "";
    let at = element.start?.start ?? 0;
    for (const [i, child] of children.entries()) {
      if (!child.start || !child.stop) continue;
      out += this.chars.slice(at, child.start.start).join("") + parts[i];
      at = child.stop.stop + 1;
    }
    return out + this.chars.slice(at, (element.stop?.stop ?? at - 1) + 1).join("");
  }

  // ---- clauses ----

  /** EXISTS { (a)-->(b) } and COUNT { … }: Kuzu wants the MATCH written. */
  private subquery(node: G.ExistsExpressionContext | G.CountExpressionContext): string | undefined {
    const patterns = node.patternList();
    if (!patterns) return undefined;
    if (node.matchMode())
      throw new TranslationError("match modes (REPEATABLE ELEMENTS…) are not available on the embedded store");
    return this.replaceChild(node, patterns, `MATCH ${this.render(patterns)}`);
  }

  /**
   * ORDER BY after RETURN or WITH: Kuzu sees only the projected columns after an aggregation and
   * prefers a variable to a column of the same name, so an ORDER BY term that repeats a projected
   * expression names its column, and a column that shadows a variable is spelt out. WITH … ORDER BY
   * needs a SKIP or LIMIT in Kuzu: SKIP 0 keeps the order for a following collect(), as in Neo4j.
   */
  private returnBody(node: G.ReturnBodyContext): string | undefined {
    const order = node.orderBy();
    if (!order) return undefined;
    const items = node.returnItems().returnItem();
    const columns = new Map<string, string>();
    const aliases = new Map<string, G.ReturnItemContext>();
    for (const item of items) {
      const alias = item.variable();
      const column = alias ? nameOf(alias) : this.source(item.expression());
      columns.set(this.source(item.expression()), column);
      if (alias) aliases.set(nameOf(alias), item);
    }
    const replacements = new Map<ParserRuleContext, string>();
    for (const orderItem of order.orderItem()) {
      const expr = orderItem.expression();
      const written = this.source(expr);
      const column = columns.get(written);
      const shadowing = aliases.get(written);
      if (shadowing && this.kinds.has(written) && this.variableOf(shadowing.expression()) !== written)
        replacements.set(expr, `(${this.render(shadowing.expression())})`);
      else if (column !== undefined && !aliases.has(written))
        replacements.set(expr, `\`${column.replace(/`/g, "``")}\``);
    }
    const text = this.withReplacements(node, replacements);
    const inWith = node.parent instanceof G.WithClauseContext;
    return inWith && !node.skip() && !node.limit() ? `${text} SKIP 0` : text;
  }

  /** RETURN: unnamed items are named after their text, as Neo4j names them. */
  private returnClause(node: G.ReturnClauseContext): string {
    const replacements = new Map<ParserRuleContext, string>();
    for (const item of node.returnBody().returnItems().returnItem()) {
      if (item.AS()) continue;
      const expr = item.expression();
      const rendered = this.render(expr);
      const written = this.source(expr);
      replacements.set(
        item,
        rendered === written && this.variableOf(expr) ? rendered : `${rendered} AS \`${written.replace(/`/g, "``")}\``,
      );
    }
    return this.withReplacements(node, replacements);
  }

  /** CALL db.labels() and friends: an UNWIND of the schema's names. */
  private procedure(node: G.CallClauseContext): string {
    const written = this.source(node.procedureName());
    const called = written.replace(/\s|`/g, "").toLowerCase();
    const column = Object.entries(PROCEDURES).find(([name]) => name.toLowerCase() === called)?.[1];
    if (!column)
      throw new TranslationError(
        `the procedure ${written} is not available on the embedded store (db.labels(), db.relationshipTypes() and db.propertyKeys() are)`,
      );
    if (node.procedureArgument().length) throw new TranslationError(`${written}() takes no arguments`);
    const names =
      column === "label" ? this.names.labels : column === "relationshipType" ? this.names.types : PROPERTY_KEYS;
    const items = node.procedureResultItem();
    const yielded = items.length ? items : [];
    let alias = column;
    for (const item of yielded) {
      const [name, as] = item.variable();
      if (nameOf(name as ParserRuleContext) !== column)
        throw new TranslationError(`${written}() yields ${column} only`);
      alias = as ? this.render(as) : column;
    }
    const where = node.whereClause();
    const unwind = `UNWIND ${listOf(names)} AS ${alias}`;
    const standalone = !nextClause(node);
    if (where) return `${unwind} WITH ${alias} ${this.render(where)}${standalone ? ` RETURN ${alias}` : ""}`;
    return standalone ? `${unwind} RETURN ${alias}` : unwind;
  }

  // ---- splicing ----

  /** The node's text with some descendants replaced (the others rendered). */
  private withReplacements(node: ParserRuleContext, replacements: Map<ParserRuleContext, string>): string {
    for (const [child, text] of replacements) this.overrides.set(child, text);
    try {
      return this.splice(node);
    } finally {
      for (const child of replacements.keys()) this.overrides.delete(child);
    }
  }

  private replaceChild(node: ParserRuleContext, child: ParserRuleContext, text: string) {
    return this.withReplacements(node, new Map([[child, text]]));
  }
}

/** The bounds of -[*m..n]- (undefined where left open). */
function lengthBounds(length: G.PathLengthContext): { from?: string; to?: string } {
  const single = length._single?.text;
  if (single) return { from: single, to: single };
  return { from: length._from_?.text, to: length._to?.text };
}

/** The bounds of a quantifier: {m,n}, {m}, + or *. */
function quantifierBounds(quantifier: G.QuantifierContext): { from?: string; to?: string } {
  const text = quantifier.getText();
  if (text === "+") return { from: "1" };
  if (text === "*") return { from: "0" };
  const [from, to] = text.slice(1, -1).split(",");
  return to === undefined ? { from, to: from } : { from: from || "0", to: to || undefined };
}

const isRule = (node: ParseTree): node is ParserRuleContext => "children" in node && "ruleIndex" in node;

/** The first descendant (or the node itself) of a class, following single children only. */
function descend<T extends ParserRuleContext>(
  node: ParserRuleContext | null | undefined,
  type: abstract new (...args: never[]) => T,
): T | undefined {
  let at: ParseTree | null | undefined = node;
  while (at && isRule(at)) {
    if (at instanceof type) return at;
    const rules = at.children.filter(isRule);
    at = rules.length === 1 ? rules[0] : undefined;
  }
  return undefined;
}

/** The string an expression is, when it is a string literal. */
function literalString(expr: ParserRuleContext | null | undefined): string | undefined {
  const literal = descend(expr, G.StringLiteralContext);
  return literal && literal.getText() === expr?.getText() ? stringValue(literal.getText()) : undefined;
}

/** Whether a clause is followed by another in its query. */
function nextClause(node: ParserRuleContext): boolean {
  const clause = node.parent;
  const query = clause?.parent;
  if (!clause || !query) return false;
  const siblings = query.children.filter(isRule);
  return siblings.indexOf(clause as ParserRuleContext) < siblings.length - 1;
}

/** The Kuzu text of an accepted Neo4j query (throws TranslationError for what Kuzu cannot run). */
export function translateForKuzu(
  parsed: ParsedQuery,
  names: SchemaNames = { labels: NODE_LABELS, types: EDGE_TYPES },
): string {
  const translator = new Translator(parsed.text, names);
  translator.findDirectionCalls(parsed.statement);
  translator.scan(parsed.statement);
  return translator.render(parsed.statement).trim();
}
