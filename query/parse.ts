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
  BailErrorStrategy,
  BaseErrorListener,
  CharStream,
  CommonTokenStream,
  ParseCancellationException,
  PredictionMode,
  type RecognitionException,
  type Recognizer,
  type Token,
} from "antlr4ng";
import { QueryError } from "./errors.ts";
import { CypherLexer, CypherParser, type StatementContext, type StatementsOrCommandsContext } from "./grammar.ts";
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
 *
 * ANTLR's usual two stages: SLL prediction first, giving up at the first error, then full LL with
 * error recovery only for a text SLL could not parse. LL alone takes seconds (d³) on a few dozen
 * nested `NOT (` and milliseconds on the same text in SLL; SLL accepts no text LL rejects.
 */
export function parseCypher(text: string): {
  tree: StatementsOrCommandsContext;
  tokens: CommonTokenStream;
  errors: CypherSyntaxError[];
} {
  const fast = parseOnce(text, PredictionMode.SLL);
  if (fast.tree && !fast.errors.length) return fast as ReturnType<typeof parseCypher>;
  return parseOnce(text, PredictionMode.LL) as ReturnType<typeof parseCypher>;
}

function parseOnce(text: string, mode: typeof PredictionMode.SLL | typeof PredictionMode.LL) {
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
  parser.interpreter.predictionMode = mode;
  if (mode === PredictionMode.LL) return { tree: parser.statementsOrCommands(), tokens, errors: listener.errors };
  parser.errorHandler = new BailErrorStrategy();
  try {
    return { tree: parser.statementsOrCommands(), tokens, errors: listener.errors };
  } catch (error) {
    if (error instanceof ParseCancellationException) return { tree: undefined, tokens, errors: listener.errors };
    throw error;
  }
}

export function syntaxErrorMessage(text: string, error: CypherSyntaxError): string {
  // ANTLR lists every token it expected: past a few, the list says nothing to a reader.
  const message = error.message.replace(/ expecting \{([^}]*)\}/, (all, list: string) =>
    list.split(",").length > 6 ? "" : all,
  );
  return `Cypher syntax error at ${position(text, error.offset)}: ${message}`;
}

/** The one statement of a parsed text; throws QueryError for several, or for a console command. */
export function oneStatement(
  text: string,
  { tree, tokens }: { tree: StatementsOrCommandsContext; tokens: CommonTokenStream },
): ParsedQuery {
  const statements = tree.statementOrCommand();
  if (statements.length !== 1)
    throw new QueryError(`one statement at a time (this text holds ${statements.length}, separated by ';')`);
  const statement = statements[0]?.preparsedStatement()?.statement();
  if (!statement) throw new QueryError("a console command (':…') is not a query");
  return { text, tree, statement, tokens };
}

/**
 * Checks the text's limits and parses it as one Neo4j Cypher statement; throws QueryError for a
 * broken limit, a syntax error or several statements. Whether the statement is allowed is
 * query/allow.ts's job: checkQuery (query/check.ts) does both.
 */
export function parseQuery(text: string): ParsedQuery {
  checkLimits(text);
  const parsed = parseCypher(text);
  const [first] = parsed.errors;
  if (first) throw new QueryError(syntaxErrorMessage(text, first));
  return oneStatement(text, parsed);
}
