// Where a statement or quote names a party as taking part in what it tells, for kb:try's "where did A and B
// meet?" and "who led A's side?": the sixth curator trial made the Amman meeting's statement clearer for a
// reader ("a week before the Paris meeting with Israel, … in Amman; Israel was not at that meeting"), and
// kb:try then counted that fact as naming Israel and passed the wrong answer it was built to catch. A party
// named only in a clause that denies it ("was not at", "without", "stayed away"), in the time phrase placing another event
// ("before the Paris meeting with Israel") or inside another name ("Israel's Channel 12") takes no part.
import { compiledRegExp, escapeRegExp } from "../engine/regexp.js";

/**
 * The words that deny what a clause tells: "n't" is matched on its own, as in "wasn't", "didn't". Not a
 * closed class of all denial: absence is also told by words that deny nothing grammatically ("with Israel
 * absent", "stayed away", "boycotted", "except Israel"), so a short list of those joins the negations (review
 * 18: each of them counted as taking part). A list rather than a tagger; add to it when a fact needs it.
 */
const NEGATION =
  /(?<![\p{L}\p{N}])(?:not|never|no|neither|nor|without|none|absent|absence|excluding|except|boycott(?:s|ed|ing)?|(?:stay(?:s|ed)?|kept|keeps?) away|(?:declined|refused) to (?:attend|join|take part))(?![\p{L}\p{N}])|n['’]t(?![\p{L}\p{N}])/iu;

/**
 * What places an event in time by another one: from it to the next comma or the clause's end is that other
 * event ("A week before the Paris meeting with Israel, on 12 August, Syria met Jordan").
 */
const TIME_LANDMARK =
  /(?<![\p{L}\p{N}])(?:before|after|ahead of|since|until|following|prior to)(?![\p{L}\p{N}])[^,]*/giu;

/**
 * Clause ends: a sentence's, a semicolon, a colon, a dash set apart, and "but" / "while" / "whereas". Not a
 * comma: an aside set apart by commas ("Israel, however, was not at that meeting") would cut the party from
 * its denial (review 18), so a denial is judged within the whole clause, and a comma only ends a time phrase.
 */
const CLAUSE_END = /[.;:!?]\s+|[;:]|\s[–—-]\s|\s(?:but|while|whereas)\s/iu;

/** A curly apostrophe read as a straight one, so "Israel’s Channel 12" is masked as "Israel's Channel 12". */
const foldApostrophes = (text: string) => text.replace(/’/gu, "'");

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
  const others = [...otherNames].map(foldApostrophes).sort((a, b) => b.length - a.length);
  const unmasked = others.reduce(
    (rest, name) => rest.replace(wordOf(name, "giu"), " "),
    foldApostrophes(text),
  );
  return takingPartClauses(unmasked).some((clause) => words.some((word) => wordOf(word, "iu").test(clause)));
}
