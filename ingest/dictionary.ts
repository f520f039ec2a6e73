// Longest-match lookup of many terms in a text: an index from first character to the term
// lengths starting with it, then one Map lookup per candidate length.

export class Dictionary<T> {
  private readonly terms = new Map<string, T>();
  private readonly lengths = new Map<string, number[]>();

  /** Adds a term; an existing term keeps its first value. */
  add(term: string, value: T): void {
    if (!term || this.terms.has(term)) return;
    this.terms.set(term, value);
    const first = term[0] as string;
    const list = this.lengths.get(first) ?? [];
    if (!list.includes(term.length)) {
      list.push(term.length);
      list.sort((a, b) => b - a);
    }
    this.lengths.set(first, list);
  }

  get(term: string): T | undefined {
    return this.terms.get(term);
  }

  /** The longest term starting at `at`, if any. */
  longestAt(text: string, at: number): { term: string; value: T } | undefined {
    const lengths = this.lengths.get(text[at] as string);
    if (!lengths) return undefined;
    for (const len of lengths) {
      if (at + len > text.length) continue;
      const term = text.slice(at, at + len);
      const value = this.terms.get(term);
      if (value !== undefined && asciiBounded(text, at, len)) return { term, value };
    }
    return undefined;
  }

  /** All non-overlapping longest matches, left to right. */
  *scan(text: string, from = 0, to = text.length): Generator<{ start: number; end: number; term: string; value: T }> {
    for (let i = from; i < to; ) {
      const hit = this.longestAt(text, i);
      if (hit && i + hit.term.length <= to) {
        yield { start: i, end: i + hit.term.length, ...hit };
        i += hit.term.length;
      } else i++;
    }
  }
}

const isAsciiWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/** Latin acronyms (UN, WHO) only match as whole words, not inside "UNESCO" or "SHOW". */
function asciiBounded(text: string, at: number, len: number): boolean {
  const first = text[at];
  const last = text[at + len - 1];
  if (isAsciiWord(first) && isAsciiWord(text[at - 1])) return false;
  if (isAsciiWord(last) && isAsciiWord(text[at + len])) return false;
  return true;
}
