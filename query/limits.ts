// Limits checked on the raw text before any parser sees it: its length, how deep its brackets
// nest, and characters that two parsers could read differently. Kuzu's parser segfaults on a
// list 1000 levels deep and takes seconds on a few hundred; ANTLR's recursive descent would
// overflow Node's stack too. Control and format characters are whitespace to one lexer and not to
// another (Kuzu skips U+001C-U+001F), and look-alikes (full-width letters, ligatures) spell a
// keyword for a reader but not for the lexer: none may reach a parser outside a string.
import { QueryError } from "./errors.ts";

export const QUERY_LIMITS = {
  /** Characters in a query (the API's body schema has the same cap). */
  chars: 20_000,
  /**
   * Brackets, parentheses and braces open at once. Kuzu takes 0.4 s to parse a list 40 deep (16 s
   * at 300, a crash at 1000), and Neo4j's parser, on a broken text, ~1 s for 24 nested `NOT (`.
   */
  depth: 24,
} as const;

/** Characters refused anywhere, strings included: controls (but tab and line breaks), format characters, lone surrogates, line and paragraph separators. */
const NEVER = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const ALLOWED_CONTROLS = new Set(["\t", "\n", "\r"]);
/** Whitespace other than ASCII's, refused outside strings. */
const OTHER_SPACE = /[^\S \t\n\r]/u;

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/** Line and column (1-based) of a character offset, for messages. */
export function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

type State = "code" | "single" | "double" | "backtick" | "line" | "block";
const OPENS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const CLOSES = new Set(Object.values(OPENS));

/**
 * The text's characters with the lexical state each is in (code, a string, a backtick name, a
 * comment), as Neo4j's lexer and Kuzu's read them alike: strings with backslash escapes, backtick
 * names with doubled backticks, // and non-nesting block comments. A surrogate pair is one character.
 */
function* scan(text: string): Generator<{ i: number; c: string; state: State }> {
  let state: State = "code";
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = String.fromCodePoint(text.codePointAt(i) as number);
    const next = text[i + 1];
    yield { i, c, state };
    if (state === "code") {
      if (c === "'") state = "single";
      else if (c === '"') state = "double";
      else if (c === "`") state = "backtick";
      else if (c === "/" && next === "/") state = "line";
      else if (c === "/" && next === "*") {
        state = "block";
        i++;
      }
    } else if (state === "single" || state === "double") {
      if (escaped) escaped = false;
      else if (c === "\\") escaped = true;
      else if (c === (state === "single" ? "'" : '"')) state = "code";
    } else if (state === "backtick") {
      if (c === "`" && next === "`") i++;
      else if (c === "`") state = "code";
    } else if (state === "line") {
      if (c === "\n" || c === "\r") state = "code";
    } else if (c === "*" && next === "/") {
      state = "code";
      i++;
    }
    if (c.length === 2) i++;
  }
}

/**
 * Throws QueryError when the text breaks a limit. The parse tree's own depth is checked again
 * after parsing, so a disagreement between this scan and the parser cannot hide depth.
 */
export function checkLimits(text: string, limits: { chars: number; depth: number } = QUERY_LIMITS): void {
  if (text.length > limits.chars)
    throw new QueryError(`the query is ${text.length} characters long; the limit is ${limits.chars}`);
  let depth = 0;
  for (const { i, c, state } of scan(text)) {
    if (NEVER.test(c) && !ALLOWED_CONTROLS.has(c))
      throw new QueryError(
        `the query holds the invisible character ${codePoint(c)} at ${position(text, i)}; remove it (only tab and line breaks are allowed)`,
      );
    if (state !== "code") continue;
    if (OTHER_SPACE.test(c))
      throw new QueryError(`the query holds the space ${codePoint(c)} at ${position(text, i)}; use a plain space`);
    if (c !== c.normalize("NFKC"))
      throw new QueryError(
        `the query holds ${codePoint(c)} "${c}" at ${position(text, i)}, a look-alike of "${c.normalize("NFKC")}"; write it plainly (outside strings)`,
      );
    if (c in OPENS) {
      if (++depth > limits.depth)
        throw new QueryError(
          `brackets nest more than ${limits.depth} deep at ${position(text, i)}; flatten the query (a list of lists, UNWIND, WITH)`,
        );
    } else if (CLOSES.has(c)) depth = Math.max(0, depth - 1);
  }
}

/**
 * Limits on the text Kuzu gets, a translation of the checked query. Kuzu compiles nested CASE in
 * time exponential in its depth (14 deep: 0.5 s, 20: 14 s, none of it under the query timeout), and a
 * translation that repeats an argument (an index, a substring) doubles the text per level: 12
 * nested substring() calls, 185 characters, became 110 KB that Kuzu compiled for 200 s in 2.3 GB.
 */
export const KUZU_LIMITS = {
  /** CASE … END open at once. */
  caseDepth: 12,
  /** Characters of the translation per character of the query, beyond `extraChars`. */
  growth: 5,
  extraChars: 2_000,
} as const;

export function checkKuzuText(kuzu: string, query: string, limits = KUZU_LIMITS): void {
  const most = limits.growth * query.length + limits.extraChars;
  if (kuzu.length > most)
    throw new QueryError(
      `the query grows to ${kuzu.length} characters when written for the embedded store (at most ${most}): nested indexes, slices or string functions repeat their argument there; nest them less, or name a part with WITH`,
    );
  let depth = 0;
  let word = "";
  const endWord = () => {
    if (word === "CASE" && ++depth > limits.caseDepth)
      throw new QueryError(
        `CASE expressions nest more than ${limits.caseDepth} deep when written for the embedded store (list indexes and slices become CASE there); nest them less, or name a part with WITH`,
      );
    if (word === "END") depth = Math.max(0, depth - 1);
    word = "";
  };
  for (const { c, state } of scan(kuzu)) {
    if (state === "code" && /[\p{L}\p{N}_.]/u.test(c)) word += c.toUpperCase();
    else endWord();
  }
  endWord();
}
