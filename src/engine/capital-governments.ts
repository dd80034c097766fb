// A side's capital named as its government ("what has Oslo offered?"), not as a place ("met in Oslo").
import { TENSE_AUXILIARIES } from "./auxiliaries.js";
import { isVerbForm } from "./english.js";
import { namesGoverningBody } from "./kind-nouns.js";
import { namesPerson } from "./person-nouns.js";

/** Before a capital, these make it a place ("met IN Oslo", "flew TO Santiago"), not its government. */
const LOCATIVE_PREPOSITIONS = new Set([
  "in",
  "at",
  "near",
  "into",
  "from",
  "to",
  "around",
  "outside",
  "inside",
  "over",
  "across",
]);

/** After a capital, these make it an actor: "Oslo HAS made …", "push Oslo TO …", "nudge it TOWARD". */
const ACTOR_FOLLOWERS = new Set([...TENSE_AUXILIARIES, "to", "toward", "towards"]);

/**
 * Whether a capital between these words stands for its government, not the city: "what has Oslo
 * offered", "speaks for Oslo", "leaning on Oslo to …", not "met in Oslo" nor "did Chile bomb
 * Oslo?" (the object of a verb is the place acted on, unless the capital is then made to act: "push
 * Oslo to …"). `holder` is the word before `before`: "the regime IN Oslo" (`governsFromCapital`);
 * `holderGoverns` says the caller read it as a word the lexicon gives for governing or leading ("the new
 * RULERS in Oslo", "the LEADERSHIP in Oslo": WordNet gives "ruler" a measuring stick's sense too, and a
 * plural is no one person, but those who rule from a capital are its government).
 */
export function namesGovernment(
  before: string | undefined,
  after: string | undefined,
  holder?: string,
  holderGoverns = false,
): boolean {
  if (before === "in" && holder !== undefined && (holderGoverns || governsFromCapital(holder))) return true;
  if (before !== undefined && LOCATIVE_PREPOSITIONS.has(before)) return false;
  if (after !== undefined && ACTOR_FOLLOWERS.has(after)) return true;
  return before === undefined || !isVerbForm(before);
}

/**
 * Whether a capital read as its government is what acts in the clause: right after an auxiliary ("what has
 * OSLO offered?", "what did OSLO promise?") or before one or "to" ("OSLO has …", "push OSLO to …"). There the
 * side's facts tell what it did, whether or not they name the city; elsewhere ("speaks for Oslo") the city's
 * own facts are likelier what is asked about.
 */
export function actsAsGovernment(before: string | undefined, after: string | undefined): boolean {
  return (
    (before !== undefined && TENSE_AUXILIARY_WORDS.has(before)) ||
    (after !== undefined && ACTOR_FOLLOWERS.has(after))
  );
}

const TENSE_AUXILIARY_WORDS: ReadonlySet<string> = new Set(TENSE_AUXILIARIES);

/**
 * "The old REGIME in Oslo", "the new STRONGMAN in Oslo": a capital after "in" that follows a governing body or a
 * person (one, not several: "the DIPLOMATS in Oslo and Lima" are people of two places) is where that government
 * sits, so the capital names the side's government. WordNet says which nouns are which (kind-nouns,
 * person-nouns).
 */
function governsFromCapital(holder: string): boolean {
  return namesPerson(holder) || namesGoverningBody(holder);
}
