// The one door every query goes through (the console, POST /api/cypher, `diplograph query`, exports
// by query): limits on the text, Neo4j's parser, the allow-list. What passes is a ParsedQuery of one
// read-only statement; anything else is a QueryError whose message names what was refused.
import { checkAllowed, foreignStatement } from "./allow.ts";
import { QueryError } from "./errors.ts";
import { checkLimits } from "./limits.ts";
import { oneStatement, type ParsedQuery, parseCypher, syntaxErrorMessage } from "./parse.ts";

export function checkQuery(text: string, params: Record<string, unknown> = {}): ParsedQuery {
  if (typeof text !== "string" || !text.trim()) throw new QueryError("empty Cypher query");
  checkLimits(text);
  const { tree, tokens, errors } = parseCypher(text);
  const all = tokens.getTokens();
  // A refused construct is named even when the text is also broken: a parser that recovered
  // from the error still shows what the text tried to do.
  const [first] = errors;
  if (first) {
    throw new QueryError(
      foreignStatement(text, all, first.offset) ?? refusal(tree, text, all, params) ?? syntaxErrorMessage(text, first),
    );
  }
  checkAllowed(tree, text, all, params);
  return oneStatement(text, { tree, tokens });
}

function refusal(...args: Parameters<typeof checkAllowed>): string | undefined {
  try {
    checkAllowed(...args);
    return undefined;
  } catch (error) {
    if (error instanceof QueryError) return error.message;
    throw error;
  }
}
