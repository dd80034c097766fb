// "Which Chilean SPYMASTER tagged along …?", "which american COMMANDER-IN-CHIEF sat down with …?": a word the
// base never uses that names a kind of person, at the head of a "which" ask, says the ask wants a person
// (@who), as the lexicon's `asks` words do ("job", "role"); weighed as the rarest word, it outweighed the
// claim the ask puts ("… tagged along with the foreign minister in March"), which a fact does give. Which
// words name a person is WordNet's: wordnet/person-nouns.txt (scripts/wordnet-person-nouns.mjs), every
// common noun all of whose senses are people. Not when the post is all the ask names ("who is the
// SPOKESPERSON for …?"): a base that never says "spokesperson" does not say who is one.
import { providedExtract } from "./provided-extract.js";

const extract = providedExtract(
  (text): ReadonlySet<string> => new Set(text.split("\n").filter((word) => word !== "")),
  new Set<string>(),
);

/** Where the extract is read from (src/knowledge/compounds-data.ts): the engine does no I/O. */
export const providePersonNouns = extract.provide;

/** The words that name a kind of person, and nothing else. */
export const personNouns = extract.read;

/** Whether a folded word names a kind of person and nothing else. A plural is not read as its singular:
 * "which PRISONERS got swapped …" asks about a swap the base never tells, and @who let a fact on the
 * meeting answer it. */
export function namesPerson(word: string): boolean {
  return personNouns().has(word);
}

/** The words right after a person's noun that make the ask only name a post ("which official IS …"). */
const COPULAS = new Set(["is", "was", "are", "were", "s"]);
/** How far before the noun "which" may stand: "which Chilean intelligence SPYMASTER". */
const MAX_WORDS_BEFORE = 3;
/** "who PLAYED middleman", "who ACTED AS go-between": the noun after says what the person asked was. */
const ACTS_AS = new Set(["played", "plays", "acted", "acts", "as"]);

/**
 * Whether the word at `at` of an ask's folded words stands where a "which" ask names the kind of thing it
 * wants ("which [Chilean] X did …"; "who played [the] X …"), and the ask says more of it than that it holds a
 * post ("which X is …").
 */
export function isAskedHead(words: readonly string[], at: number): boolean {
  if (COPULAS.has(words[at + 1] ?? "")) return false;
  for (let back = 1; back <= MAX_WORDS_BEFORE && at - back >= 0; back++) {
    const before = words[at - back] ?? "";
    if (before === "which") return true;
    if (ACTS_AS.has(before) && words.slice(0, at - back).includes("who")) return true;
  }
  return false;
}
