// A side's capital named as its government ("what has Oslo offered?"), not as a place ("met in Oslo").
import { TENSE_AUXILIARIES } from "./auxiliaries.js";
import { isVerbForm } from "./english.js";

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
 * Oslo to …").
 */
export function namesGovernment(before: string | undefined, after: string | undefined): boolean {
  if (before !== undefined && LOCATIVE_PREPOSITIONS.has(before)) return false;
  if (after !== undefined && ACTOR_FOLLOWERS.has(after)) return true;
  return before === undefined || !isVerbForm(before);
}
