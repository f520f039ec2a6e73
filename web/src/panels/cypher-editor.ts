// A CodeMirror 6 editor for Cypher: highlighting, completion and linting from @neo4j-cypher/language-support
// (the parser Neo4j's own tools use), offline. Ctrl/Cmd+Enter runs the query.
import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { type Diagnostic, linter } from "@codemirror/lint";
import { EditorState, type Extension, RangeSetBuilder } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView, keymap, ViewPlugin, type ViewUpdate } from "@codemirror/view";
import {
  autocomplete,
  type DbSchema,
  highlightSyntax,
  lintCypherQuery,
  type Neo4jFunction,
  type Neo4jProcedure,
} from "@neo4j-cypher/language-support";
import { EDGE_TYPES, NODE_LABELS } from "../../../graph/schema.ts";
import { FUNCTIONS, PROCEDURES } from "../../../query/functions.ts";

const AGGREGATING = new Set(["count", "collect", "sum", "avg", "min", "max"]);

/**
 * Neo4j's functions the console runs on either store (query/functions.ts): completion offers them,
 * and the linter flags the others (rand(), apoc.*) before the query is sent.
 */
const functions = Object.fromEntries(
  Object.entries(FUNCTIONS)
    .filter(([, f]) => f.kind !== "refuse")
    .map(([name]): [string, Neo4jFunction] => [
      name,
      {
        name,
        category: AGGREGATING.has(name) ? "Aggregating" : "Scalar",
        description: "Neo4j's function, on either store",
        isBuiltIn: true,
        argumentDescription: [],
        returnDescription: "ANY",
        signature: `${name}(…)`,
        aggregating: AGGREGATING.has(name),
        isDeprecated: false,
      },
    ]),
);

const procedures = Object.fromEntries(
  Object.entries(PROCEDURES).map(([name, column]): [string, Neo4jProcedure] => {
    return [
      name,
      {
        name,
        description: `The ${column}s in use`,
        mode: "READ",
        worksOnSystem: false,
        argumentDescription: [],
        returnDescription: [{ name: column, description: column, type: "STRING", isDeprecated: false }],
        signature: `${name}() :: (${column} :: STRING)`,
        admin: false,
        option: { deprecated: false },
      },
    ];
  }),
);

const SCHEMA: DbSchema = {
  labels: [...NODE_LABELS],
  relationshipTypes: [...EDGE_TYPES],
  propertyKeys: [
    "id",
    "name",
    "aliases",
    "roles",
    "iso3",
    "kind",
    "title",
    "source",
    "date",
    "text",
    "start",
    "end",
    "article",
    "polarity",
    "quad",
    "evidence",
    "role",
    "language",
  ],
  functions: { "CYPHER 5": functions, "CYPHER 25": functions },
  procedures: { "CYPHER 5": procedures, "CYPHER 25": procedures },
};

function decorations(doc: string): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const token of highlightSyntax(doc)) {
    const from = token.position.startOffset;
    if (token.tokenType === "none" || token.length === 0) continue;
    builder.add(from, from + token.length, Decoration.mark({ class: `cy-${token.tokenType}` }));
  }
  return builder.finish();
}

const highlighting = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorations(view.state.doc.toString());
    }
    update(update: ViewUpdate) {
      if (update.docChanged) this.decorations = decorations(update.state.doc.toString());
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

// Completion item kinds (LSP numbers) to CodeMirror's icon types.
const KINDS: Record<number, string> = { 3: "function", 6: "variable", 10: "property", 14: "keyword", 12: "constant" };

function complete(context: CompletionContext): CompletionResult | null {
  const word = context.matchBefore(/[\w$]*/);
  if (!word || (word.from === word.to && !context.explicit)) return null;
  const items = autocomplete(context.state.doc.toString(), SCHEMA, {
    caretPosition: context.pos,
    manual: context.explicit,
  });
  return {
    from: word.from,
    options: items.map((item) => ({
      label: item.label,
      type: KINDS[item.kind ?? 14] ?? "text",
      detail: item.detail,
      apply: item.insertText ?? item.label,
    })),
  };
}

const lint = linter((view): Diagnostic[] => {
  const doc = view.state.doc.toString();
  if (!doc.trim()) return [];
  return lintCypherQuery(doc, SCHEMA).diagnostics.map((d) => ({
    from: Math.min(d.offsets.start, doc.length),
    to: Math.min(Math.max(d.offsets.end, d.offsets.start), doc.length),
    severity: d.severity === 1 ? "error" : "warning",
    message: typeof d.message === "string" ? d.message : d.message.value,
  }));
});

export interface CypherEditor {
  view: EditorView;
  getText(): string;
  setText(text: string): void;
  focus(): void;
}

export function createCypherEditor(
  parent: HTMLElement,
  text: string,
  onRun: () => void,
  onChange: (text: string) => void,
): CypherEditor {
  const extensions: Extension[] = [
    history(),
    keymap.of([
      {
        key: "Mod-Enter",
        run: () => {
          onRun();
          return true;
        },
        preventDefault: true,
      },
      ...defaultKeymap,
      ...historyKeymap,
    ]),
    highlighting,
    autocompletion({ override: [complete] }),
    lint,
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ "aria-label": "Cypher query", "data-testid": "cypher-input" }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
  ];
  const view = new EditorView({ parent, state: EditorState.create({ doc: text, extensions }) });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText: (value) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } }),
    focus: () => view.focus(),
  };
}
