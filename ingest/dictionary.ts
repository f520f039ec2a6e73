// Longest-match lookup of many terms in a text, with a character trie: one walk from each
// position, no substrings built along the way. Nodes are keyed by UTF-16 code unit (charCodeAt):
// `text[i]` would allocate a string per character of non-Latin text.

/** Most nodes have one child, kept inline; a Map only for more (fewer objects, fewer cache misses). */
interface TrieNode<T> {
  code: number;
  child: TrieNode<T> | undefined;
  more: Map<number, TrieNode<T>> | undefined;
  value: T | undefined;
}

const node = <T>(): TrieNode<T> => ({ code: -1, child: undefined, more: undefined, value: undefined });

function childOf<T>(n: TrieNode<T>, code: number): TrieNode<T> | undefined {
  return n.code === code ? n.child : n.more?.get(code);
}

export class Dictionary<T> {
  private readonly root: TrieNode<T> = node();
  /** Whether some term starts with a code unit: most positions of a text start none, and this answers faster than the Map. */
  private readonly starts = new Uint8Array(0x10000);

  /** Adds a term; an existing term keeps its first value. */
  add(term: string, value: T): void {
    if (!term) return;
    this.starts[term.charCodeAt(0)] = 1;
    let at = this.root;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let child = childOf(at, code);
      if (!child) {
        child = node();
        if (at.code === -1) {
          at.code = code;
          at.child = child;
        } else {
          at.more ??= new Map();
          at.more.set(code, child);
        }
      }
      at = child;
    }
    if (at.value === undefined) at.value = value;
  }

  get(term: string): T | undefined {
    let at: TrieNode<T> | undefined = this.root;
    for (let i = 0; at && i < term.length; i++) at = childOf(at, term.charCodeAt(i));
    return at?.value;
  }

  /** The longest term starting at `at`, if any. */
  longestAt(text: string, at: number): { term: string; value: T } | undefined {
    if (!this.starts[text.charCodeAt(at)]) return undefined;
    let n: TrieNode<T> | undefined = this.root;
    let end = -1;
    let value: T | undefined;
    for (let i = at; i < text.length; i++) {
      n = childOf(n, text.charCodeAt(i));
      if (!n) break;
      if (n.value !== undefined && asciiBounded(text, at, i + 1 - at)) {
        end = i + 1;
        value = n.value;
      }
    }
    return value === undefined ? undefined : { term: text.slice(at, end), value };
  }

  /** All non-overlapping longest matches, left to right. */
  *scan(text: string, from = 0, to = text.length): Generator<{ start: number; end: number; term: string; value: T }> {
    for (let i = from; i < to; ) {
      const hit = this.longestAt(text, i);
      if (hit && i + hit.term.length <= to) {
        yield { start: i, end: i + hit.term.length, term: hit.term, value: hit.value };
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
