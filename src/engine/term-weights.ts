// How much each word of a question weighs in the search: a generic word little, an unknown name more, the
// words of a multi-word name as one thing, and the two sides of an "or" as alternatives.
import type { QueryTerm } from "./search.js";

/** Weight of a word the lexicon calls generic ("exactly", "currently", "stuff"), known to the base or not. */
export const GENERIC_WORD_WEIGHT = 0.3;

/** A capitalised unknown word inside a question is most likely a name the story does not contain. */
export const UNKNOWN_NAME_FACTOR = 1.5;

/**
 * Floor for a known word's weight. The story's sides are named in nearly every fact, so their IDF is close
 * to zero, yet "Who leads NORWAY's side?" and "Who leads CHILE's side?" must not get the same answer.
 */
export const MIN_KNOWN_WEIGHT = 0.25;

/** Each extra word of a multi-word name adds this share of its rarest word's weight. */
const NAME_EXTRA_WORD_SHARE = 0.25;

/** Unknown words this short ("u", "n", "ur") are chat shorthand, not a topic the story lacks. */
export const SHORTHAND_MAX_LENGTH = 2;

/**
 * "Ahmad al-Rashid" is one thing asked about, not two: the words of a multi-word name share the
 * weight of its rarest word. Otherwise a full name outweighs the word that carries the question
 * ("How OLD is Ahmad al-Rashid?") and the bot answers what was not asked.
 */
export function shareNameWeights(byTerm: Map<string, QueryTerm>, names: readonly string[][]): void {
  const grouped = new Set<string>();
  for (const name of names) {
    if (!isWholeAndUngrouped(name, byTerm, grouped)) continue;
    const parts = name.map((t) => byTerm.get(t) as QueryTerm);
    const total = Math.max(...parts.map((p) => p.weight)) * (1 + NAME_EXTRA_WORD_SHARE * (parts.length - 1));
    const share = total / parts.length;
    for (const part of parts) {
      part.weight = share;
      grouped.add(part.term);
    }
  }
}

/**
 * Whether every word of a name is a known term of the question not yet in another name's group: a loop,
 * not a callback, since it runs for every multi-word name of the base on every reading.
 */
function isWholeAndUngrouped(
  name: readonly string[],
  byTerm: ReadonlyMap<string, QueryTerm>,
  grouped: ReadonlySet<string>,
): boolean {
  for (const t of name) if (grouped.has(t) || !byTerm.get(t)?.known) return false;
  return true;
}

/**
 * "Are they talking directly or through go-betweens?", "are the talks about land or about security?":
 * the words after the last "or" are one alternative, and the word just before it the other; a fact
 * answers by covering either (search.ts). Only when each side has a word that weighs: "… or not" and
 * "… or nah" offer none.
 */
export function markAlternatives(
  byTerm: Map<string, QueryTerm>,
  beforeOr: string | undefined,
  afterOr: ReadonlySet<string>,
): void {
  const first = beforeOr === undefined ? undefined : byTerm.get(beforeOr);
  if (!first || afterOr.has(first.term) || first.weight <= GENERIC_WORD_WEIGHT) return;
  const second = [...afterOr].flatMap((term) => {
    const q = byTerm.get(term);
    return q && q.weight > GENERIC_WORD_WEIGHT ? [q] : [];
  });
  if (second.length === 0) return;
  first.alternative = 1;
  for (const q of second) q.alternative = 2;
}
