// Which part of a statement tells a cause and which its effect: "Chile reduced its operations IN RESPONSE
// TO the overtures" (cause after the connective), "Petrov's overthrow CREATED an opening" (cause before the
// verb), "the talks FOLLOW Petrov's overthrow" (cause after it). An ask for the cause of something ("why did
// the rebels overthrow Petrov?", "what started the kidnappings?") is answered by a fact that has that something on
// its effect side, not by one that tells what it in turn brought about. Pure string work, no story wording.

/** A statement split at its causal connective. */
export interface CausalSplit {
  cause: string;
  effect: string;
}

/** A connective whose cause comes after it, up to the end of its clause: "after X", "in response to X, …". */
const CAUSE_AFTER =
  /\b(?:after|following|follows?|followed|in response to|in reaction to|because of|because|due to|amid|as a result of|in the wake of|prompted by|triggered by|sparked by|caused by)\b([^.;]*)/i;
/** A verb whose cause is its subject, before it: "X created an opening", "X led to Y". */
const CAUSE_BEFORE =
  /\b(?:created|creates|opened the way|led to|leads to|prompted|prompts|triggered|triggers|sparked|sparks|caused|causes|paved the way|enabled|enables|made possible|resulted in|results in|brought about)\b/i;

/** Where a clause ends: a sentence's end, a colon or semicolon. */
const CLAUSE_END = /(?<=[.;:])\s+/;
/** Where a cause after its connective ends mid-sentence: a clause joined on ("…, and government forces …"). */
const JOINED_CLAUSE = /,\s+(?:and|but|which|while|whereas|who)\b/i;

/**
 * Each clause of a statement split at its first causal connective; clauses that tell no cause are left out.
 * "The July talks FOLLOWED unrest in the north: fighting broke out AFTER a cycle of kidnappings" tells two.
 */
export function causalSplits(statement: string): CausalSplit[] {
  return statement.split(CLAUSE_END).flatMap((clause) => {
    const split = causalSplit(clause);
    return split ? [split] : [];
  });
}

/**
 * A clause split at its first causal connective, or null when it tells no cause. A cause after its
 * connective ends at a comma when the connective opens the clause ("In response to the overtures, Chile
 * …"), else at a clause joined on ("after a cycle of kidnappings, and government forces …").
 */
export function causalSplit(statement: string): CausalSplit | null {
  const after = CAUSE_AFTER.exec(statement);
  const before = CAUSE_BEFORE.exec(statement);
  if (after && (!before || after.index <= before.index)) {
    const opensSentence = statement.slice(0, after.index).trim() === "";
    const rest = after[1] ?? "";
    const cause = opensSentence ? (rest.split(",")[0] ?? rest) : (rest.split(JOINED_CLAUSE)[0] ?? rest);
    const causeEnd = after.index + after[0].length - rest.length + cause.length;
    return { cause, effect: `${statement.slice(0, after.index)} ${statement.slice(causeEnd)}` };
  }
  if (before) {
    return {
      cause: statement.slice(0, before.index),
      effect: statement.slice(before.index + before[0].length),
    };
  }
  return null;
}

/**
 * The verbs that ask what brought something about ("what STARTED the kidnappings?", "what MADE Chile …"):
 * the relation asked, not the event it is asked of. "Fighting broke out" is no start of the kidnappings.
 */
export const CAUSING_VERBS = [
  "started",
  "caused",
  "triggered",
  "sparked",
  "prompted",
  "made",
  "set",
  "led",
  "drove",
  "motivated",
] as const;
