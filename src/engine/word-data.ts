// The English word lists the engine reads (Hunspell's words and names, SUBTLEX-US's spoken counts), as data
// handed to it: the engine does no I/O. The edge that reads them (src/knowledge/word-data.ts) provides a
// loader; the engine calls it once, when it is built (AnswerEngine's constructor), so that no member's
// question pays for reading them, and a program that never builds an engine never reads them.

import type { WordSet } from "./word-table.js";

/** What the engine knows of English words, all lower case (a WordTable, word-table.ts). */
export interface WordData {
  /** Hunspell en_US and en_GB entries written in lower case: ordinary words ("border", "neighbours"). */
  common: WordSet;
  /** Hunspell entries written capitalised: names ("qatar", "oslo"). */
  proper: WordSet;
  /** Common words Hunspell inflects as verbs ("expel", "bomb"). */
  verbs: WordSet;
  /**
   * SUBTLEX-US count (51 million words of film and TV subtitles) of a word an ordinary word can be read
   * from: negative when the list holds the word capitalised ("Wen", "Manny": said as a name); undefined
   * for a word no one says.
   */
  spoken(word: string): number | undefined;
}

let loader: (() => WordData) | undefined;
let data: WordData | undefined;

/**
 * Says where the word lists come from. Read on the first `wordData()` (the engine's build), once per
 * process; a loader provided later replaces the lists only if none were read yet.
 */
export function provideWordData(load: () => WordData): void {
  loader = load;
}

/** The word lists, read now if they were not (the engine's build reads them). */
export function wordData(): WordData {
  if (data) return data;
  if (!loader) {
    throw new Error(
      "The engine's word lists were not provided: import src/knowledge/word-data.js (it provides them) before building an engine",
    );
  }
  data = loader();
  return data;
}

/** Whether the word lists have been read (they are read once per process). */
export function wordDataLoaded(): boolean {
  return data !== undefined;
}
