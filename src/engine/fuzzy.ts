// Typo and spelling-variant correction against the knowledge base's own vocabulary. fuse.js proposes
// candidates (it is cheap on a list of single words); an exact edit distance then decides, because
// Fuse's score is not a distance and would let "league" become "leader".
import Fuse from "fuse.js";

/** Words shorter than this are never corrected: at 3–4 letters one edit turns most words into others. */
export const MIN_CORRECTABLE_LENGTH = 5;
/** Two edits are allowed from this length on; below it one ("dalatti" → "dalati"). "currency" is not "current". */
export const TWO_EDITS_FROM_LENGTH = 9;
const CANDIDATES = 8;

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(cols).fill(0);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[cols - 1] ?? 0;
}

export function allowedEdits(word: string): number {
  if (word.length < MIN_CORRECTABLE_LENGTH) return 0;
  return word.length >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
}

export interface Correction {
  word: string;
  distance: number;
}

/**
 * Finds the closest known word for a misspelt one. Words are bucketed by length so that each Fuse
 * instance stays small however large the base grows.
 */
export class Corrector {
  private readonly byLength = new Map<number, Fuse<string>>();
  private readonly known: ReadonlySet<string>;
  /** How often each word occurs in the base: among equally close words, the commoner one wins. */
  private readonly frequency: ReadonlyMap<string, number>;

  constructor(vocabulary: ReadonlyMap<string, number>) {
    this.frequency = vocabulary;
    this.known = new Set(vocabulary.keys());
    const buckets = new Map<number, string[]>();
    for (const word of this.known) {
      if (word.length < MIN_CORRECTABLE_LENGTH - 1) continue;
      const bucket = buckets.get(word.length) ?? [];
      bucket.push(word);
      buckets.set(word.length, bucket);
    }
    for (const [length, list] of buckets) {
      this.byLength.set(
        length,
        new Fuse(list, { includeScore: true, threshold: 0.4, ignoreLocation: true, isCaseSensitive: true }),
      );
    }
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** The closest known word within the allowed edits, or null. */
  correct(word: string): Correction | null {
    const max = allowedEdits(word);
    if (max === 0 || this.known.has(word)) return null;
    let best: Correction | null = null;
    let bestFrequency = 0;
    for (let length = word.length - max; length <= word.length + max; length++) {
      const fuse = this.byLength.get(length);
      if (!fuse) continue;
      for (const { item } of fuse.search(word, { limit: CANDIDATES })) {
        const distance = editDistance(word, item, max);
        if (distance > max) continue;
        const frequency = this.frequency.get(item) ?? 0;
        if (!best || distance < best.distance || (distance === best.distance && frequency > bestFrequency)) {
          best = { word: item, distance };
          bestFrequency = frequency;
        }
      }
    }
    return best;
  }
}
