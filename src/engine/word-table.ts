// The engine's English word lists (Hunspell's common words, names and verbs, SUBTLEX-US's spoken counts) held
// as one text and a few typed arrays, looked up through a hash table of typed slots. As sets and a map of strings
// they took several times the memory, and building them from the packages' files left RSS behind (parsing
// garbage the heap never returns); this table is built from its own text with no garbage per word
// (docs/engine.md, figures).
// `serialiseWordTable` writes that text from the derived lists (src/knowledge/word-data.ts caches it in a
// file, so a process reads only it); `WordTable` reads it.

/** First line of the text: a table of another layout is not read as this one. */
export const WORD_TABLE_HEADER = "word-table 1";

const COMMON = 1;
const PROPER = 2;
const VERB = 4;

/** A set of words, as the engine asks of one. */
export interface WordSet {
  has(word: string): boolean;
}

/** The lists a table is written from. */
export interface WordTableLists {
  common: Iterable<string>;
  proper: Iterable<string>;
  verbs: Iterable<string>;
  /** Signed spoken counts (WordData.spoken). */
  spoken: ReadonlyMap<string, number>;
}

/** The lists as the table's text: a header, then `word<TAB>flags<TAB>count` lines in code-unit order. */
export function serialiseWordTable(lists: WordTableLists): string {
  const flags = new Map<string, number>();
  const mark = (words: Iterable<string>, flag: number) => {
    for (const word of words) flags.set(word, (flags.get(word) ?? 0) | flag);
  };
  mark(lists.common, COMMON);
  mark(lists.proper, PROPER);
  mark(lists.verbs, VERB);
  for (const word of lists.spoken.keys()) if (!flags.has(word)) flags.set(word, 0);
  // Sorted, so that the same lists always write the same text.
  const words = [...flags.keys()].filter((word) => !/[\t\n]/.test(word)).sort();
  const lines = words.map((word) => `${word}\t${flags.get(word) ?? 0}\t${lists.spoken.get(word) ?? 0}`);
  return `${WORD_TABLE_HEADER}\n${lines.join("\n")}\n`;
}

/** The word lists, read from `serialiseWordTable`'s text. */
export class WordTable {
  private readonly text: string;
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;
  private readonly flags: Uint8Array;
  private readonly counts: Int32Array;
  /** Entry + 1 by hash slot (0: empty), at most half full: a lookup costs a hash and about one comparison. */
  private readonly slots: Uint32Array;
  readonly common: WordSet;
  readonly proper: WordSet;
  readonly verbs: WordSet;

  constructor(text: string) {
    if (!text.startsWith(`${WORD_TABLE_HEADER}\n`)) throw new Error(`not a ${WORD_TABLE_HEADER} text`);
    let lines = 0;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
    const size = lines - 1;
    this.text = text;
    this.starts = new Uint32Array(size);
    this.ends = new Uint32Array(size);
    this.flags = new Uint8Array(size);
    this.counts = new Int32Array(size);
    let at = WORD_TABLE_HEADER.length + 1;
    for (let i = 0; i < size; i++) {
      const tab = text.indexOf("\t", at);
      const newline = text.indexOf("\n", tab);
      this.starts[i] = at;
      this.ends[i] = tab;
      this.flags[i] = text.charCodeAt(tab + 1) - 48;
      this.counts[i] = readInteger(text, tab + 3, newline);
      at = newline + 1;
    }
    let capacity = 1;
    while (capacity < size * 2) capacity *= 2;
    this.slots = new Uint32Array(capacity);
    for (let i = 0; i < size; i++) {
      let slot = hashOf(text, this.starts[i] ?? 0, this.ends[i] ?? 0) & (capacity - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (capacity - 1);
      this.slots[slot] = i + 1;
    }
    this.common = { has: (word) => this.hasFlag(word, COMMON) };
    this.proper = { has: (word) => this.hasFlag(word, PROPER) };
    this.verbs = { has: (word) => this.hasFlag(word, VERB) };
  }

  /** The word's signed spoken count (WordData.spoken), or undefined when the list lacks it. */
  spoken(word: string): number | undefined {
    const i = this.indexOf(word);
    const count = i === -1 ? 0 : (this.counts[i] ?? 0);
    return count === 0 ? undefined : count;
  }

  private hasFlag(word: string, flag: number): boolean {
    const i = this.indexOf(word);
    return i !== -1 && ((this.flags[i] ?? 0) & flag) !== 0;
  }

  /** The word's entry, or -1: open addressing over `slots`, probed one by one from the word's hash. */
  private indexOf(word: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(word, 0, word.length) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return -1;
      if (this.equalsAt(word, entry - 1)) return entry - 1;
    }
  }

  /** Whether `word` is the table's i-th word. */
  private equalsAt(word: string, i: number): boolean {
    const start = this.starts[i] ?? 0;
    if ((this.ends[i] ?? 0) - start !== word.length) return false;
    for (let k = 0; k < word.length; k++) {
      if (word.charCodeAt(k) !== this.text.charCodeAt(start + k)) return false;
    }
    return true;
  }
}

/** FNV-1a over the UTF-16 code units of text[from, to). */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash >>> 0;
}

/** The integer written in text[from, to), with an optional minus sign. */
function readInteger(text: string, from: number, to: number): number {
  const negative = text.charCodeAt(from) === 45;
  let value = 0;
  for (let k = negative ? from + 1 : from; k < to; k++) value = value * 10 + (text.charCodeAt(k) - 48);
  return negative ? -value : value;
}
