// A query parsed once, by Neo4j's own Cypher parser, after the limits on its text.
//
// ParsedQuery is the shape the rest of query/ works on (the allow-list here, the Kuzu translation
// in translate.ts): keep it stable.
//   text       the query as given; it passed checkLimits (length, nesting, characters)
//   tree       the ANTLR parse tree of the whole text, rule `statementsOrCommands` of Neo4j's grammar
//   statement  the one statement in it (rule `statement`); console commands (`:param`), EXPLAIN,
//              PROFILE and `CYPHER` options sit above it in `tree` and are refused by the allow-list
//   tokens     the token stream the tree was read from (comments and spaces on the hidden
//              channel), for antlr4ng's TokenStreamRewriter or to emit the query token by token
import {
  type ATNSimulator,
  BaseErrorListener,
  CharStream,
  CommonTokenStream,
  type RecognitionException,
  type Recognizer,
  type Token,
} from "antlr4ng";
import { QueryError } from "./errors.ts";
import {
  CypherLexer,
  CypherParser,
  type PreparsedStatementContext,
  type StatementContext,
  type StatementsOrCommandsContext,
} from "./grammar.ts";
import { checkLimits, position } from "./limits.ts";

export interface ParsedQuery {
  text: string;
  tree: StatementsOrCommandsContext;
  statement: StatementContext;
  tokens: CommonTokenStream;
}

export interface CypherSyntaxError {
  /** Character offset in the text. */
  offset: number;
  message: string;
}

class Collect extends BaseErrorListener {
  readonly errors: CypherSyntaxError[] = [];
  constructor(private readonly lineStarts: number[]) {
    super();
  }
  override syntaxError<S extends Token, T extends ATNSimulator>(
    _recognizer: Recognizer<T>,
    offending: S | null,
    line: number,
    column: number,
    message: string,
    _e: RecognitionException | null,
  ): void {
    const offset = offending?.start ?? (this.lineStarts[line - 1] ?? 0) + column;
    this.errors.push({ offset, message });
  }
}

/**
 * The tree Neo4j's parser builds, with the syntax errors it met (it recovers from them, so the tree
 * still shows what the text was trying to do, for the allow-list to name). Limits are not checked here.
 */
export function parseCypher(text: string): {
  tree: StatementsOrCommandsContext;
  tokens: CommonTokenStream;
  errors: CypherSyntaxError[];
} {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const listener = new Collect(lineStarts);
  const lexer = new CypherLexer(CharStream.fromString(text));
  lexer.removeErrorListeners();
  lexer.addErrorListener(listener);
  const tokens = new CommonTokenStream(lexer);
  const parser = new CypherParser(tokens);
  parser.removeErrorListeners();
  parser.addErrorListener(listener);
  return { tree: parser.statementsOrCommands(), tokens, errors: listener.errors };
}

export function syntaxErrorMessage(text: string, error: CypherSyntaxError): string {
  return `Cypher syntax error at ${position(text, error.offset)}: ${error.message}`;
}

/** The statements of a tree; console commands (`:param`) count as statements without a body. */
export function statementsOf(tree: StatementsOrCommandsContext): (PreparsedStatementContext | null)[] {
  return tree.statementOrCommand().map((s) => s.preparsedStatement());
}

/**
 * Checks the text's limits and parses it as one Neo4j Cypher statement; throws QueryError for a
 * broken limit, a syntax error or several statements. Whether the statement is allowed is
 * query/allow.ts's job: checkQuery (query/check.ts) does both.
 */
export function parseQuery(text: string): ParsedQuery {
  checkLimits(text);
  const { tree, tokens, errors } = parseCypher(text);
  const [first] = errors;
  if (first) throw new QueryError(syntaxErrorMessage(text, first));
  const statements = statementsOf(tree);
  if (statements.length !== 1)
    throw new QueryError(`one statement at a time (this text holds ${statements.length}, separated by ';')`);
  const statement = statements[0]?.statement();
  if (!statement) throw new QueryError("a console command (':…') is not a query");
  return { text, tree, statement, tokens };
}
