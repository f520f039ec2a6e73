// An opencc-js conversion with the same dictionaries, the same matching and the same result, but
// faster on whole articles: opencc-js tries a dictionary match at every character, in each of its
// four passes, and gathers the pieces in arrays; most characters start no dictionary word, so a
// table of the code units that do lets each pass skip the others. test/ingest/opencc.test.ts checks
// the result against opencc-js.
import * as OpenCC from "opencc-js";

type Dict = string | readonly (readonly [string, string])[];

interface Config {
  normalizationChain?: readonly (readonly Dict[])[];
  segmentation: Dict | readonly Dict[];
  conversionChain: readonly (readonly Dict[])[];
}

interface TrieNode {
  next: Map<number, TrieNode>;
  value?: string;
}

/** Ideographic description characters (⿰...) take 2 or 3 components, which opencc-js steps over as one unit. */
function idsArity(code: number): number {
  if (code >= 0x2ff0 && code <= 0x2ff1) return 2;
  if (code >= 0x2ff2 && code <= 0x2ff3) return 3;
  return code >= 0x2ff4 && code <= 0x2fff ? 2 : 0;
}

const width = (text: string, at: number) => ((text.codePointAt(at) as number) > 0xffff ? 2 : 1);

/** End of the ideographic description sequence at `at`, or 0 if there is none. */
function idsEnd(text: string, at: number): number {
  const arity = idsArity(text.codePointAt(at) as number);
  if (arity === 0) return 0;
  let i = at + width(text, at);
  for (let k = 0; k < arity; k++) {
    if (i >= text.length) return 0;
    i = idsEnd(text, i) || i + width(text, i);
  }
  return i;
}

/** One dictionary group of opencc-js: its trie, and which code units start a word. */
class Pass {
  private readonly root: TrieNode = { next: new Map() };
  private readonly starts = new Uint8Array(0x10000);

  constructor(group: readonly Dict[]) {
    // as opencc-js loads a group: the last dictionary first, so the first one's entries win
    for (const dict of [...group].reverse())
      for (const [source, target] of typeof dict === "string" ? dict.split("|").map((e) => e.split(" ")) : dict)
        this.add(source as string, target as string);
  }

  private add(source: string, target: string): void {
    this.starts[source.charCodeAt(0)] = 1;
    let node = this.root;
    for (const ch of source) {
      const code = ch.codePointAt(0) as number;
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    node.value = target;
  }

  /** Whether opencc-js would step over `at` by one code unit, unmatched. */
  private skips(code: number): boolean {
    return !this.starts[code] && (code < 0xd800 || code > 0xdfff) && (code < 0x2ff0 || code > 0x2fff);
  }

  /** The longest word at `at`: its end and replacement. */
  private match(text: string, at: number): { end: number; value: string } | undefined {
    let node: TrieNode | undefined = this.root;
    let found: { end: number; value: string } | undefined;
    for (let i = at; i < text.length; ) {
      const code = text.codePointAt(i) as number;
      i += code > 0xffff ? 2 : 1;
      node = node.next.get(code);
      if (!node) break;
      if (node.value !== undefined) found = { end: i, value: node.value };
    }
    return found;
  }

  /** Where the unit at `at`, unmatched, ends. */
  private step(text: string, at: number): number {
    if (this.skips(text.charCodeAt(at))) return at + 1;
    const ids = idsEnd(text, at);
    return ids > at ? ids : at + width(text, at);
  }

  /** The word starting at `at`, if any. */
  private wordAt(text: string, at: number): { end: number; value: string } | undefined {
    return this.skips(text.charCodeAt(at)) ? undefined : this.match(text, at);
  }

  /** opencc-js's `convert`: each word replaced, the rest copied. */
  convert(text: string): string {
    let out = "";
    let copied = 0;
    for (let i = 0; i < text.length; ) {
      const m = this.wordAt(text, i);
      if (m) {
        out += text.slice(copied, i) + m.value;
        i = copied = m.end;
      } else i = this.step(text, i);
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  /** opencc-js's `segment`, as [start, end) pairs: each word, and each run between words. */
  *segments(text: string): Generator<[number, number]> {
    let run = -1;
    for (let i = 0; i < text.length; ) {
      const m = this.wordAt(text, i);
      if (m) {
        if (run >= 0) yield [run, i];
        run = -1;
        yield [i, m.end];
        i = m.end;
      } else {
        if (run < 0) run = i;
        i = this.step(text, i);
      }
    }
    if (run >= 0) yield [run, text.length];
  }
}

/** The converter of opencc-js's preset `name` (hk2s: Hong Kong to Simplified). */
export function converter(name: string): (text: string) => string {
  const config = (OpenCC.Locale.configs as unknown as Record<string, Config>)[name];
  if (!config) throw new Error(`unknown OpenCC config ${name}`);
  const normalize = (config.normalizationChain ?? []).map((group) => new Pass(group));
  const { segmentation } = config;
  // opencc-js reads an array of string dictionaries as a group, anything else as one dictionary
  const segmenter = new Pass(
    Array.isArray(segmentation) && segmentation.every((d) => typeof d === "string")
      ? (segmentation as readonly Dict[])
      : [segmentation as Dict],
  );
  const chain = config.conversionChain.map((group) => new Pass(group));
  return (input) => {
    const text = normalize.reduce((t, pass) => pass.convert(t), input);
    let out = "";
    for (const [start, end] of segmenter.segments(text)) {
      let piece = text.slice(start, end);
      for (const pass of chain) piece = pass.convert(piece);
      out += piece;
    }
    return out;
  };
}
