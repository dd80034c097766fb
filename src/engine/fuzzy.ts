// Typo and spelling-variant correction against the knowledge base's own vocabulary: an exact edit distance
// over small buckets of candidate words. Not fuse.js: its candidates, checked by the same edit distance, gave
// the same correction for every typo measured, at many times the build time (docs/fuse.md), and
// its score is not a distance (it would let "league" become "leader").

import { doubleMetaphone } from "double-metaphone";
import { BoundedMemo } from "../shared/bounded-memo.js";
import { commonWordOneEditFrom, isEnglishNotSlip, isVerb, wordClass } from "./english.js";
import { spokenCount } from "./spoken-frequency.js";

/** Words shorter than this are never corrected: at 3–4 letters one edit turns most words into others. */
export const MIN_CORRECTABLE_LENGTH = 5;
/** Two edits are allowed from this length on; below it one ("rashidd" → "rashid"). "currency" is not "current". */
const TWO_EDITS_FROM_LENGTH = 9;

/** The three rows `editDistance` works in, reused by every call and grown when a word is longer. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  // Rows are reused, not allocated per row: the analyser measures many pairs of short words per question.
  if (rows[0].length < cols) rows = [new Int32Array(cols), new Int32Array(cols), new Int32Array(cols)];
  let [prevPrev, prev, current] = rows;
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min(
        (prev[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, (prevPrev[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const done = prevPrev;
    prevPrev = prev;
    prev = current;
    current = done;
  }
  return prev[cols - 1] as number;
}

function allowedEdits(word: string): number {
  if (word.length < MIN_CORRECTABLE_LENGTH) return 0;
  return word.length >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
}

export interface Correction {
  word: string;
  distance: number;
}

/** A sound code shorter than this ("TLT", "XR" are two or three) matches too many words to mean one. */
const MIN_SOUND_CODE = 3;
/** A word that sounds like a known one is that word within this many edits ("marek" is three from "murky"). */
const MAX_SOUND_EDITS = 2;
/** "-tion" (and "-tions") typed as it is said: "-shun", "-shen", "-shon", "-shin". */
const SAID_TION = /sh[aeiou]n(s?)$/;

/** Corrections remembered (typos repeat in a live channel); the cache is cleared when it reaches this size. */
const CACHE_LIMIT = 50_000;

/**
 * Finds the closest known word for a misspelt one: the fewest edits, then one that keeps the first letter,
 * then the commonest in the base. Words are bucketed by length and by first letter, and
 * again by length and last letter: one edit cannot change both ends of a word of five letters or more,
 * so the two buckets together hold every candidate while each stays a few dozen words long on the real
 * base (a few hundred at 10,000 facts).
 */
export class Corrector {
  protected readonly buckets = new Map<string, string[]>();
  private readonly known: ReadonlySet<string>;
  /** How often each word occurs in the base: among equally close words, the commoner one wins. */
  private readonly frequency: ReadonlyMap<string, number>;
  private readonly corrections = new BoundedMemo<string, Correction | null>(CACHE_LIMIT);
  readonly #findWord = (word: string): Correction | null => this.find(word);

  constructor(vocabulary: ReadonlyMap<string, number>) {
    this.frequency = vocabulary;
    this.known = new Set(vocabulary.keys());
    const put = (key: string, word: string) => {
      const list = this.buckets.get(key) ?? [];
      list.push(word);
      this.buckets.set(key, list);
    };
    for (const word of this.known) {
      if (word.length < MIN_CORRECTABLE_LENGTH - 1) continue;
      put(bucketKey(word.length, "first", word[0] ?? ""), word);
      put(bucketKey(word.length, "last", word.at(-1) ?? ""), word);
    }
  }

  /** Known words by their Double Metaphone code, built on the first word that needs it. */
  private soundsMemo: Map<string, string[]> | undefined;

  /**
   * A known word that sounds the same, for a misspelling spelt as it sounds, too far for `correct`
   * ("overthru" → overthrew, "lisence" → license, "feesable" → feasible): the same Double Metaphone code of
   * three sounds or more, the same first letter, and within two edits; the nearest, or null. The caller
   * asks only of words in no dictionary: a real name ("Marek") must not become a base word.
   */
  soundsLike(word: string): string | null {
    if (word.length < MIN_CORRECTABLE_LENGTH) return null;
    const [code] = doubleMetaphone(word);
    if (code.length < MIN_SOUND_CODE) return null;
    // "delegashun", "relashuns": the ending "-tion" typed as it is said is three letters from it, one sound;
    // the edits are counted from the word with its ending spelt.
    const spelt = word.replace(SAID_TION, "tion$1");
    let best: string | null = null;
    let bestDistance = MAX_SOUND_EDITS + 1;
    for (const known of this.sounds().get(code) ?? []) {
      if (known[0] !== word[0]) continue;
      const distance = Math.min(
        editDistance(word, known, MAX_SOUND_EDITS),
        spelt === word ? MAX_SOUND_EDITS + 1 : editDistance(spelt, known, MAX_SOUND_EDITS),
      );
      if (distance < bestDistance) {
        best = known;
        bestDistance = distance;
      }
    }
    return best;
  }

  private sounds(): Map<string, string[]> {
    if (this.soundsMemo) return this.soundsMemo;
    const sounds = new Map<string, string[]>();
    for (const word of this.known) {
      if (word.length < MIN_CORRECTABLE_LENGTH - 1) continue;
      const [code] = doubleMetaphone(word);
      if (code.length < MIN_SOUND_CODE) continue;
      const list = sounds.get(code) ?? [];
      list.push(word);
      sounds.set(code, list);
    }
    this.soundsMemo = sounds;
    return sounds;
  }

  /** The closest known word within the allowed edits, or null. */
  correct(word: string): Correction | null {
    return this.corrections.get(word, this.#findWord);
  }

  /**
   * The known words of one bucket worth measuring against `word`: all of them. A subclass may narrow them
   * (bench/fuse-compare.ts measures fuse.js doing so); the edit distance always decides.
   */
  protected candidates(key: string, _word: string): readonly string[] {
    return this.buckets.get(key) ?? [];
  }

  /** Known words by first letter, last letter and sorted inner letters, built on the first word that needs it. */
  private scrambledMemo: Map<string, string[]> | undefined;

  /**
   * A known word with the same letters, the first and last where they are and the inner ones in another
   * order, two letters apart swapped ("napel" → nepal): a slip too far for `find`'s one edit at five letters.
   */
  private unscrambled(word: string): Correction | null {
    if (!this.scrambledMemo) {
      this.scrambledMemo = new Map();
      for (const known of this.known) {
        if (known.length < MIN_CORRECTABLE_LENGTH) continue;
        const key = scrambleKey(known);
        this.scrambledMemo.set(key, [...(this.scrambledMemo.get(key) ?? []), known]);
      }
    }
    const matches = (this.scrambledMemo.get(scrambleKey(word)) ?? []).filter(
      (known) => known !== word && editDistance(word, known, SCRAMBLE_EDITS) <= SCRAMBLE_EDITS,
    );
    const [only] = matches;
    return matches.length === 1 && only !== undefined ? { word: only, distance: SCRAMBLE_EDITS } : null;
  }

  private find(word: string): Correction | null {
    if (this.known.has(word)) return null;
    const max = allowedEdits(word);
    const found =
      max === 0
        ? this.onlyNearest(word, SHORT_WORD_EDITS, SHORT_WORD_LENGTH)
        : (this.nearest(word, max) ??
          (max === 1 ? (this.unscrambled(word) ?? this.onlyNearest(word, 2, LONGER_SLIP_LENGTH)) : null) ??
          this.byConsonants(word));
    return found && !this.isRealWordKept(word, found.word) ? found : null;
  }

  /**
   * For a word in no dictionary, past the usual edits: the one known word within `edits` that keeps its
   * first letter, when there is only one ("govrnr" → governor, "chle" → chile), and the word is at least
   * `fromLength` long. Two candidates are a guess, and a word a dictionary has is no slip.
   */
  private onlyNearest(word: string, edits: number, fromLength: number): Correction | null {
    if (word.length < fromLength || wordClass(word) !== "unknown" || isEnglishNotSlip(word)) return null;
    // A slip of an ordinary word the base lacks ("betwen") is that word, not a base word two edits off.
    if (commonWordOneEditFrom(word) !== null) return null;
    // Letters left out, the slip that reaches furthest ("govrnr"); not letters moved about ("lerade").
    const within = this.within(word, edits).filter(
      (item) => item[0] === word[0] && (edits === 1 || item.length - word.length === edits),
    );
    const [only] = within;
    return within.length === 1 && only !== undefined ? { word: only, distance: edits } : null;
  }

  /**
   * For a word in no dictionary, past the other slips: the one known word with its first and last letters
   * whose consonants hold the word's in order, with at most one more, within `SOUNDED_EDITS` ("govner",
   * "govener" → governor: a word typed as it is said, its vowels guessed and a consonant left out, too far
   * for one edit and for Double Metaphone, which codes "govner" KFNR and "governor" KFRNR). Only when
   * there is one such word; a slip of an ordinary word ("betwen") is that word, not a base word.
   * Consonants moved about ("lerade", l-r-d of leader's l-d-r) are no such word.
   */
  private byConsonants(word: string): Correction | null {
    if (word.length < MIN_CORRECTABLE_LENGTH || wordClass(word) !== "unknown" || isEnglishNotSlip(word)) {
      return null;
    }
    if (commonWordOneEditFrom(word) !== null) return null;
    const typed = consonantsOf(word);
    if (typed.length < MIN_SOUND_CODE) return null;
    const matches = this.within(word, SOUNDED_EDITS).filter((known) => {
      if (known[0] !== word[0] || known.at(-1) !== word.at(-1) || known.length < word.length) return false;
      const said = consonantsOf(known);
      return said.length - typed.length <= 1 && isSubsequence(typed, said);
    });
    const [only] = matches;
    return matches.length === 1 && only !== undefined
      ? { word: only, distance: editDistance(word, only, SOUNDED_EDITS) }
      : null;
  }

  /** Every known word within `max` edits of `word`. */
  private within(word: string, max: number): string[] {
    return [...new Set([...this.near(word, max)].map((near) => near.word))];
  }

  /**
   * The known words within `max` edits of `word`, with their distance, bucket by bucket (a word in both its
   * first-letter and its last-letter bucket comes twice): the one search `within` and `nearest` share.
   */
  private *near(word: string, max: number): Generator<Correction> {
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const key of [
        bucketKey(length, "first", word[0] ?? ""),
        bucketKey(length, "last", word.at(-1) ?? ""),
      ]) {
        for (const item of this.candidates(key, word)) {
          const distance = editDistance(word, item, max);
          if (distance <= max) yield { word: item, distance };
        }
      }
    }
  }

  /**
   * A real word the base lacks stays itself: "police" is not a slip of "policy", nor "black" of "back".
   * Only a word people seldom say, and far less than the one it is near ("boarder" of border), is taken
   * for a slip.
   */
  private isRealWordKept(word: string, correction: string): boolean {
    if (wordClass(word) !== "common") return false;
    // A verb's participle in -n is that verb: "grown" is "grow", "shown" "show".
    if (isVerb(correction) && (word === `${correction}n` || word === `${correction}en`)) return false;
    const said = spokenCount(word);
    return said >= REAL_WORD_SAID || said * REAL_WORD_RATIO >= spokenCount(correction);
  }

  private nearest(word: string, max: number): Correction | null {
    let best: Correction | null = null;
    let bestFrequency = 0;
    let bestKeepsFirst = false;
    let bestLikely = false;
    for (const { word: item, distance } of this.near(word, max)) {
      const frequency = this.frequency.get(item) ?? 0;
      // People seldom mistype a word's first letter: "sorces" is "sources", not the commoner "forces".
      const keepsFirst = item[0] === word[0];
      // A letter left out or added, two swapped, a neighbouring key or another vowel are the slips
      // people make: "baner" is "banner" (an "n" left out), not "baker" (k for n, keys apart).
      const likely = isLikelySlip(word, item);
      if (
        !best ||
        distance < best.distance ||
        (distance === best.distance &&
          (keepsFirst !== bestKeepsFirst
            ? keepsFirst
            : likely !== bestLikely
              ? likely
              : frequency > bestFrequency))
      ) {
        best = { word: item, distance };
        bestFrequency = frequency;
        bestKeepsFirst = keepsFirst;
        bestLikely = likely;
      }
    }
    return best;
  }
}

/** A word of this length in no dictionary may be a slip of a longer or shorter one by one edit ("chle"). */
const SHORT_WORD_LENGTH = 4;
const SHORT_WORD_EDITS = 1;
/** From this length a word in no dictionary may lack two letters of the only known word near it ("govrnr"). */
const LONGER_SLIP_LENGTH = 6;
/**
 * A dictionary word said fewer than `REAL_WORD_SAID` times in SUBTLEX-US's 51 million words, and
 * `REAL_WORD_RATIO` times less than the word it is near, may be a slip of it ("boarder", 29, of border, 876);
 * "black" (8,565) is never "back", nor "palace" (979) "place".
 */
const REAL_WORD_SAID = 100;
const REAL_WORD_RATIO = 10;

/** QWERTY rows: keys next to each other on a row, or above and below, are hit for one another. */
const KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const VOWEL_LETTERS = "aeiouy";

/** Whether two letters are keys next to each other on a QWERTY keyboard (on a row, or a row apart). */
function neighbouringKeys(a: string, b: string): boolean {
  const at = (letter: string) => {
    const row = KEYBOARD_ROWS.findIndex((keys) => keys.includes(letter));
    return row === -1 ? null : { row, column: (KEYBOARD_ROWS[row] ?? "").indexOf(letter) + row * 0.5 };
  };
  const [p, q] = [at(a), at(b)];
  return p !== null && q !== null && Math.abs(p.row - q.row) <= 1 && Math.abs(p.column - q.column) <= 1;
}

/**
 * Whether one edit from `word` to `known` is a slip people make: a letter left out or added, two swapped,
 * or a letter typed for a neighbouring key or a vowel for another vowel. Not two unrelated letters.
 */
export function isLikelySlip(word: string, known: string): boolean {
  if (word.length !== known.length) return true;
  const differ = [...word].flatMap((letter, i) => (letter === known[i] ? [] : [i]));
  if (differ.length !== 1) return true;
  const i = differ[0] ?? 0;
  const [a, b] = [word[i] ?? "", known[i] ?? ""];
  return neighbouringKeys(a, b) || (VOWEL_LETTERS.includes(a) && VOWEL_LETTERS.includes(b));
}

/** Edits a word typed as it sounds may be from the known word whose consonants it keeps ("govner", governor). */
const SOUNDED_EDITS = 3;

/** A word's consonants in order, a doubled one once: "governor" → gvrnr, "govner" → gvnr. */
function consonantsOf(word: string): string {
  return word.replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
}

/** Whether the letters of `short` stand in `long` in the same order, others between them. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const letter of long) if (letter === short[at]) at++;
  return at === short.length;
}

/** Two inner letters swapped is two edits for the edit distance. */
const SCRAMBLE_EDITS = 2;

/** A word's first and last letters and its inner letters sorted: "napel" and "nepal" → n·aep·l. */
function scrambleKey(word: string): string {
  return `${word[0]}${[...word.slice(1, -1)].sort().join("")}${word.at(-1)}`;
}

function bucketKey(length: number, end: "first" | "last", letter: string): string {
  return `${length}:${end}:${letter}`;
}

/**
 * Edits a word of a multi-word name may be from its spelling there when it sounds the same (one Double
 * Metaphone code) and another word of the name is written exactly: "barak" is two from "barrack".
 */
const HEARD_NAME_EDITS = 2;

function soundsTheSame(word: string, known: string): boolean {
  const [code] = doubleMetaphone(word);
  return code.length >= MIN_SOUND_CODE && code === doubleMetaphone(known)[0];
}

/** Edits a word of a multi-word name may be from its spelling there, when the name's other words match too. */
function phraseEdits(word: string): number {
  if (word.length < 3) return 0;
  return word.length >= 8 ? 2 : 1;
}

/**
 * Misspelt words of a multi-word name, read as that name's words: "jan novk" is Jan Novak, "amad
 * al-rasheed" Ahmad al-Rashid, though "novk" is too short for the corrector and "amad" is another
 * known name (Amad). Every word of the name must be there, in order, each within a few edits and with its
 * first letter, and one word must be exact unless every word has four letters or more: two words agreeing
 * are what makes a short typo safe to undo. A name the base lacks stays unknown ("omar al-rashid" is not
 * Ahmad al-Rashid: "omar" is no slip of "ahmad"), and an ordinary word (`isCommon`: "minister" in "foreign
 * minister") is never made a name's ("Foreign Ministry"). Where two spellings of a name fit, the nearer wins
 * ("ahmed al-rashed" is Ahmed al-Rashid, not Ahmad al-Rashid). `words` and `names` are folded words,
 * stopwords out.
 */
export function namePhraseCorrections(
  words: readonly string[],
  names: ReadonlyArray<readonly string[]>,
  isCommon: (word: string) => boolean = () => false,
): Map<string, string> {
  const matches: Array<{ at: number; name: readonly string[]; total: number }> = [];
  for (const name of names) {
    if (name.length < 2) continue;
    positions: for (let at = 0; at + name.length <= words.length; at++) {
      // Word by word, leaving a position at its first word too far from the name's: most positions fail at
      // their first letter, before any edit distance or dictionary lookup.
      let total = 0;
      let exact = false;
      let heard = false;
      for (let i = 0; i < name.length; i++) {
        const part = name[i] as string;
        const word = words[at + i] ?? "";
        if (word === part) {
          exact = true;
          continue;
        }
        if (word[0] !== part[0]) continue positions;
        const edits = phraseEdits(part);
        if (edits === 0) continue positions;
        // The distance first: it rules out most words, and is cheaper than the dictionary.
        const distance = editDistance(word, part, HEARD_NAME_EDITS);
        if (distance > HEARD_NAME_EDITS || isCommon(word)) continue positions;
        if (distance > edits) {
          if (!soundsTheSame(word, part)) continue positions;
          heard = true;
        }
        total += distance;
      }
      if (!exact && name.some((part) => part.length < 4)) continue;
      // "tom barak": a word spelt as it sounds, further than a slip, is the name's only beside a word of
      // the name written exactly ("tom" of Tom Barrack); "barak" alone stays the name it is.
      if (heard && !exact) continue;
      matches.push({ at, name, total });
    }
  }
  // The nearest name claims its words first; a name written exactly ("ahmad al-rashid") corrects nothing,
  // and leaves no word for another spelling of it ("ahmed al-rashid").
  matches.sort((a, b) => a.total - b.total);
  const claimed = new Set<number>();
  const corrections = new Map<string, string>();
  for (const { at, name } of matches) {
    if (name.some((_, i) => claimed.has(at + i))) continue;
    name.forEach((part, i) => {
      claimed.add(at + i);
      const word = words[at + i];
      if (word !== undefined && word !== part) corrections.set(word, part);
    });
  }
  return corrections;
}
