// Whether a fact says the opposite of a claim by negation: "since the ministry officially CONFIRMED the talks"
// of "Neither the ministry nor the council has officially commented on the meetings", or "since Freedonia
// still HASN'T admitted to any talks" of "Freedonia's news agency acknowledged the talks". Pure string work
// over the two texts and the analyzer's terms; no story wording.

/** Grammatical negation: a clause with one of these says its predicate did not happen. */
const NEGATION = /\b(?:not|never|neither|nor|no|none|nobody|nothing|without)\b|n['’]t\b/i;

/**
 * Where a statement's clauses part: a semicolon or colon, and a contrast ("…, but …", "…, while …",
 * "… whereas …", "… instead of …"). "The talks are NOT peace negotiations; they focus on security" says
 * one thing negated and another not.
 */
const CLAUSE_BREAK = /[;:]|,?\s+(?:but|while|whereas|although|though|instead of|rather than)\s+/i;

/**
 * An aside in brackets ("represented by its security chiefs (not named)") qualifies a word of the clause, not
 * its predicate: its negation says nothing about whether the clause holds.
 */
const ASIDE = /\([^()]*\)/g;

/** A clause must hold this many of the claim's terms to be the one that speaks of it. */
const MIN_SHARED_TERMS = 2;

/**
 * Whether the statement's clause that speaks of the claim (the one that holds most of its terms, at least
 * two) has the other polarity: one negated and the other not. `terms` reads a text's index terms.
 */
export function deniesByNegation(
  statement: string,
  claim: string,
  terms: (text: string) => readonly string[],
): boolean {
  const claimed = new Set(terms(claim));
  let best: string | undefined;
  let most = MIN_SHARED_TERMS - 1;
  for (const clause of statement.replace(ASIDE, " ").split(CLAUSE_BREAK)) {
    const shared = new Set(terms(clause).filter((t) => claimed.has(t))).size;
    if (shared > most) [best, most] = [clause, shared];
  }
  return best !== undefined && NEGATION.test(best) !== NEGATION.test(claim.replace(ASIDE, " "));
}
