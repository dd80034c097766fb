// A compound noun that WordNet lists with one sense ("wire service", "head of state", "Windy City") read
// as a lemma of its synset or of its hyponyms that the base uses ("news agency", "president", Chicago). A
// compound names one thing, so it does not spread over unrelated senses as WordNet's single words did
// (docs/evaluation.md: WordNet synonyms, rejected). A hyponym answers a question that names the kind ("which
// head of state" → a president); a hypernym would not ("a fishing zone" is not any "zone"), so none is read.
import { BoundedMemo } from "../shared/bounded-memo.js";
import { providedExtract } from "./provided-extract.js";

/** Entries each lookup memo keeps before it starts again (a question's words are read several times over). */
const MEMO_LIMIT = 10_000;

/**
 * Whether the line from `start` to `end` sorts before `prefix` (as `<` compares strings: by UTF-16 code
 * units), read in place rather than sliced out: the binary searches compare a dozen lines per lookup.
 */
function lineBefore(text: string, start: number, end: number, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) {
    if (start + i >= end) return true;
    const a = text.charCodeAt(start + i);
    const b = prefix.charCodeAt(i);
    if (a !== b) return a < b;
  }
  return false;
}

/**
 * Binary search over the text's sorted lines: `order` says where the line from `start` to `end` stands
 * against what is sought (below 0: before it; 0: the line sought; above 0: after it).
 */
function findLine(
  text: string,
  order: (start: number, end: number) => number,
): { start: number; end: number } | undefined {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const start = text.lastIndexOf("\n", mid - 1) + 1;
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const place = order(start, end);
    if (place === 0) return { start, end };
    if (place < 0) low = end + 1;
    else high = start;
  }
  return undefined;
}

/**
 * The extract's text (wordnet/compounds.tsv, written by scripts/wordnet-compounds.mjs): one line per compound,
 * sorted, compound TAB synonyms TAB hyponyms, each list ";"-separated. Looked up in place by binary search:
 * no map of every entry to build at start-up or keep (splitting it into lists cost the first question a
 * second on a loaded machine: docs/engine.md, figures), and a question has a handful of word pairs to look up.
 */
export class CompoundRelations {
  constructor(private readonly text: string) {}

  /** Compounds already looked up by `line`, with what it found. */
  private readonly lineMemo = new BoundedMemo<string, string | undefined>(MEMO_LIMIT);

  /** The compound's line after its name ("news_agency;…\tsyndicate"), if the extract has it. */
  line(compound: string): string | undefined {
    return this.lineMemo.get(compound, (c) => this.search(c));
  }

  private search(compound: string): string | undefined {
    const { text } = this;
    const keyEnd = (start: number, end: number) => {
      const tab = text.indexOf("\t", start);
      return tab === -1 || tab > end ? end : tab;
    };
    const line = findLine(text, (start, end) => {
      const key = text.slice(start, keyEnd(start, end));
      return key === compound ? 0 : key < compound ? -1 : 1;
    });
    if (!line) return undefined;
    const tab = keyEnd(line.start, line.end);
    return tab === line.end ? "" : text.slice(tab + 1, line.end);
  }

  /** Words already asked about by `begins` (a question's words are looked at again for each of its reads). */
  private readonly beginsMemo = new BoundedMemo<string, boolean>(MEMO_LIMIT);

  /**
   * Whether some compound begins with this word ("head" → head_of_state): most words of a question begin
   * none, and are then looked up once, not once for each length of compound. Compounds beginning with it are
   * one block of the sorted lines, so a line past the word that does not begin with it has them all before.
   */
  begins(word: string): boolean {
    return this.beginsMemo.get(word, (w) => this.searchPrefix(w));
  }

  /** Pairs already asked about by `beginsPair`, apart from the words: a question has many more pairs. */
  private readonly pairsMemo = new BoundedMemo<string, boolean>(MEMO_LIMIT);

  /** Whether some compound of three words or more begins with these two ("head of" → head_of_state). */
  beginsPair(first: string, second: string): boolean {
    return this.pairsMemo.get(`${first}_${second}`, (pair) => this.searchPrefix(pair));
  }

  private searchPrefix(word: string): boolean {
    const { text } = this;
    const prefix = `${word}_`;
    const line = findLine(text, (start, end) =>
      text.startsWith(prefix, start) ? 0 : lineBefore(text, start, end, prefix) ? -1 : 1,
    );
    return line !== undefined;
  }

  /** A compound's related lemmas, level by level: its synonyms, then its hyponyms. */
  levels(compound: string): string[][] | undefined {
    const line = this.line(compound);
    if (line === undefined) return undefined;
    return line.split("\t").map((level) => level.split(";").filter((lemma) => lemma !== ""));
  }
}

const extract = providedExtract((text) => new CompoundRelations(text), new CompoundRelations(""));

/** Says where the extract's text comes from (src/knowledge/compounds-data.ts: the engine does no I/O). */
export const provideCompounds = extract.provide;

/** The extract, read on first use (the engine's build); an empty one until an edge provides it. */
export const wordnetCompounds = extract.read;

/** The longest compound read: WordNet has a few of five words, none a member would type. */
const MAX_COMPOUND_WORDS = 4;

/** What reading compounds needs of the base. */
export interface CompoundReading {
  /** A lemma's words as the base folds them ("News_agency" → news, agency). */
  fold(lemma: string): string[];
  /** Whether the base has a lemma: a word's term, or several words as it writes them. */
  has(words: readonly string[]): boolean;
  /**
   * Whether the sources' own text (statements, quotes, entity names) writes these words together: then the
   * compound is read as it is. Hand-written questions and keywords do not count (phrase-reader.ts).
   */
  writesItself(words: readonly string[]): boolean;
  /** How often the base says these words: of two lemmas it has, the commoner is read. */
  frequency(words: readonly string[]): number;
  /**
   * Compounds already read, by their words joined with "_", with the lemma each was read as (null: left as
   * typed): a function of the compound and the base, and a question's words are read several times over.
   */
  lemmas?: BoundedMemo<string, readonly string[] | null>;
}

/**
 * The words with each WordNet compound that the base does not write replaced by the first related lemma it
 * has — a synonym, else a hyponym; the commoner in the base at that level. Longest compound first; a
 * compound no lemma of which the base has is left as typed.
 */
export function readCompounds(
  words: readonly string[],
  relations: CompoundRelations,
  reading: CompoundReading,
): string[] {
  if (words.length < 2) return [...words];
  return replaceSpans(words, (at) => compoundAt(words, at, relations, reading));
}

/** A span of words read as a lemma: the lemma's words, and how many words it replaces. */
export interface ReadSpan {
  lemma: readonly string[];
  length: number;
}

/** The words with each span `spanAt` reads, from left to right, replaced by its lemma. */
export function replaceSpans(
  words: readonly string[],
  spanAt: (at: number) => ReadSpan | undefined,
): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const read = spanAt(i);
    if (read) {
      out.push(...read.lemma);
      i += read.length;
    } else out.push(words[i++] as string);
  }
  return out;
}

function compoundAt(
  words: readonly string[],
  at: number,
  relations: CompoundRelations,
  reading: CompoundReading,
): ReadSpan | undefined {
  if (!relations.begins(words[at] as string)) return undefined;
  // A compound of three words or more is looked up only when one begins with the first two: most pairs
  // begin none, and each lookup is a binary search of the extract.
  const next = words[at + 1];
  if (next === undefined) return undefined;
  const longest = relations.beginsPair(words[at] as string, next) ? MAX_COMPOUND_WORDS : 2;
  for (let n = Math.min(longest, words.length - at); n >= 2; n--) {
    const span = words.slice(at, at + n);
    const key = span.join("_");
    const lemma = reading.lemmas
      ? reading.lemmas.get(key, () => lemmaOf(span, key, relations, reading))
      : lemmaOf(span, key, relations, reading);
    if (lemma) return { lemma, length: n };
  }
  return undefined;
}

/** The lemma a compound (`span`, `key` its words joined by "_") is read as, or null when it is left as typed. */
function lemmaOf(
  span: readonly string[],
  key: string,
  relations: CompoundRelations,
  reading: CompoundReading,
): string[] | null {
  const levels = relations.levels(key);
  if (!levels || reading.writesItself(span)) return null;
  for (const level of levels) {
    let best: string[] | undefined;
    for (const lemma of level) {
      const folded = reading.fold(lemma);
      if (folded.length === 0 || folded.join("_") === key || !reading.has(folded)) continue;
      if (!best || reading.frequency(folded) > reading.frequency(best)) best = folded;
    }
    if (best) return best;
  }
  return null;
}
