// Where a statement or quote names a party as taking part in what it tells, for kb:try's "where did A and B
// meet?" and "who led A's side?": the sixth curator trial made the Amman meeting's statement clearer for a
// reader ("a week before the Paris meeting with Israel, … in Amman; Israel was not at that meeting"), and
// kb:try then counted that fact as naming Israel and passed the wrong answer it was built to catch. A party
// named only in a clause that denies it ("was not at", "without"), in the time phrase placing another event
// ("before the Paris meeting with Israel") or inside another name ("Israel's Channel 12") takes no part.
import { compiledRegExp, escapeRegExp } from "../engine/regexp.js";

/**
 * The words that deny what a clause tells: a closed class (English has no other), so a list rather than a
 * tagger; "n't" is matched on its own, as in "wasn't", "didn't".
 */
const NEGATION =
  /(?<![\p{L}\p{N}])(?:not|never|no|neither|nor|without|none)(?![\p{L}\p{N}])|n['’]t(?![\p{L}\p{N}])/iu;

/** What places an event in time by another one: from it to the clause's end is that other event. */
const TIME_LANDMARK =
  /(?<![\p{L}\p{N}])(?:before|after|ahead of|since|until|following|prior to)(?![\p{L}\p{N}]).*$/isu;

/** Clause ends: a sentence's, a semicolon, a colon, a comma, a dash set apart, and "but" / "while" / "whereas". */
const CLAUSE_END = /[.;:!?]\s+|[;:,]|\s[–—-]\s|\s(?:but|while|whereas)\s/iu;

/** The clauses of `text` that can tell a party taking part: no denial, no other event's time phrase. */
export function takingPartClauses(text: string): string[] {
  return text
    .split(CLAUSE_END)
    .filter((clause) => !NEGATION.test(clause))
    .map((clause) => clause.replace(TIME_LANDMARK, ""))
    .filter((clause) => clause.trim() !== "");
}

/**
 * Whether `text` names a party (by one of `words`) taking part in what it tells: in a clause that does not
 * deny it nor place another event, and not as part of one of `otherNames` (names of other things that hold
 * one of its words).
 */
export function namesTakingPart(
  text: string,
  words: readonly string[],
  otherNames: readonly string[] = [],
): boolean {
  const wordOf = (word: string, flags: string) =>
    compiledRegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, flags);
  // Longest first, so "Israel's Channel 12" goes before a shorter name inside it.
  const others = [...otherNames].sort((a, b) => b.length - a.length);
  const unmasked = others.reduce((rest, name) => rest.replace(wordOf(name, "giu"), " "), text);
  return takingPartClauses(unmasked).some((clause) => words.some((word) => wordOf(word, "iu").test(clause)));
}
