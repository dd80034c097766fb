// Who an ask wants the reaction of: "how did THE US react to the talks?", "what was MACRON's reaction?",
// "the response OF THE EU". A fact that tells a reaction answers only when it is that party's: Chile's
// reduced operations "in response to the diplomatic overtures" are no answer to how the US reacted.
// Pure string work on the ask; the analyser reads the words found as terms.

/**
 * "how did/has/will X react / respond": X, up to six words. One pattern for both readers of a reaction ask:
 * askedAttributes (ask-attributes.ts) marks the ask as one for a reaction with it, this file finds X.
 */
export const HOW_DID_X_REACT =
  /\bhow\s+(?:did|does|do|has|have|had|is|are|was|were|will|would|might|could)\s+((?:[\p{L}'’.-]+\s+){1,6}?)(?:react|reacted|reacting|respond|responded|responding)\b/iu;
/**
 * "did/has X say ANYTHING (about …)", "has X said a peep", "did X comment on …": X, up to six words, whose own
 * word is asked as a reaction is. A fact on what another reported about X ("X's side was led by …, a channel
 * reported") tells nothing X said; one that X stayed silent does. What the article or "they" said is asked of the
 * sources, as for WHAT_DID_X_SAY. One pattern for both readers, as above.
 */
export const DID_X_SAY_ANYTHING =
  /\b(?:did|does|do|has|have|had)\s+(?!(?:the\s+)?(?:article|articles|report|reports|reporting|source|sources|story|piece|it|they|you|agreements?|deals?|plans?|proposals?|statements?|texts?|documents?|communiqu[eé]s?|declarations?|resolutions?)\s)((?:[\p{L}'’.-]+\s+){1,6}?)(?:(?:ever|officially|publicly|actually|really|yet)\s+)?(?:(?:say|said|state|stated|comment|commented|announce|announced|mention|mentioned|put\s+out|issue|issued)\s+(?:anything|something|a\s+(?:peep|word|thing)|much|any\s+(?:\p{L}+\s+)?(?:comment|statement|word))\b|(?:comment|commented)\s+on\b)/iu;
/**
 * "what did/has X say about …", "what does X think of …": X, up to six words, whose word on the matter is
 * asked as a reaction is ("what did the Freedonian envoy say about the vote?" is not answered by the vote).
 * What the article, a report or "they" say about something is no party's word: it asks what the sources say.
 * "What did X's family say (to Y / when …)?" asks X's family's word as much: "say" may end the ask or be said to
 * someone or at a time, or tell what X would do ("what did X say IT WOULD never allow?"); "what EXACTLY did X say".
 */
const WHAT_DID_X_SAY =
  /\bwhat\s+(?:exactly\s+|else\s+)?(?:did|does|do|has|have|had|will|would)\s+(?!(?:the\s+)?(?:article|articles|report|reports|reporting|source|sources|story|piece|it|they|you)\s)((?:[\p{L}'’.-]+\s+){1,6}?)(?:(?:officially|publicly|actually|really)\s+)?(?:(?:say|said|think|thought|make)\s+(?:about|of|on|regarding)\b|(?:say|said)(?:\s+(?:to|when|after)\b|\s+(?:that\s+)?(?:they|it|he|she|we)\s+\p{L}|\s*[?.!]*\s*$))/iu;
/**
 * The words before a possessive, up to four ("X's reaction", "Chile's pledge"). Tried from every letter of
 * an ask, such a run was one of the costliest steps of reading it (docs/evaluation.md, tenth stop, speed),
 * so a possessive pattern is run only when the ask has what follows the possessive (`tail`): the same matches.
 */
const POSSESSOR = String.raw`((?:[\p{L}.-]+\s+){0,3}[\p{L}.-]+)`;

interface PossessivePattern {
  tail: RegExp;
  whole: RegExp;
}

function possessive(tail: string): PossessivePattern {
  return { tail: new RegExp(tail, "iu"), whole: new RegExp(`${POSSESSOR}${tail}`, "iu") };
}

/** "X's reaction / response": the words before the possessive, up to four. */
const POSSESSIVE_REACTION = possessive(
  String.raw`['’]s?\s+(?:(?:official|public|first|initial)\s+)?(?:reactions?|responses?)\b`,
);
/** "the reaction of / from X": X, up to four words. */
const REACTION_OF = /\b(?:reactions?|responses?)\s+(?:of|from|by)\s+((?:[\p{L}'’.-]+\s*){1,4})/iu;

/** A promise's verbs and nouns: who promised is asked as who reacted is ("what did X PLEDGE", "X's VOW"). */
const PROMISE_VERB = "(?:promise|promised|pledge|pledged|vow|vowed|guarantee|guaranteed|assure|assured)";
const PROMISE_NOUN = "(?:pledges?|promises?|assurances?|vows?|guarantees?|commitments?)";
/** "what did X promise", "did X pledge …", "has X vowed …": X, up to six words. */
const X_PROMISED = new RegExp(
  `\\b(?:did|does|do|has|have|had|will|would)\\s+((?:[\\p{L}'’.-]+\\s+){1,6}?)${PROMISE_VERB}\\b`,
  "iu",
);
/** "what pledge did X make", "which assurances has X given": X, up to six words. */
const PROMISE_X_MADE = new RegExp(
  `\\b${PROMISE_NOUN}\\s+(?:did|does|do|has|have|had)\\s+((?:[\\p{L}'’.-]+\\s+){1,6}?)(?:make|made|give|given|offer|offered|provide|provided)\\b`,
  "iu",
);
/** "X's pledge", "Chile's assurances": the words before the possessive, up to four. */
const POSSESSIVE_PROMISE = possessive(String.raw`['’]s?\s+${PROMISE_NOUN}\b`);

/**
 * The words that name who reacted, as the ask gives them (question words, auxiliaries and articles
 * included: the analyser drops what is no term), or null when the ask asks for no one's reaction.
 */
export function reactingPartyOf(ask: string): string | null {
  for (const pattern of [
    HOW_DID_X_REACT,
    WHAT_DID_X_SAY,
    DID_X_SAY_ANYTHING,
    POSSESSIVE_REACTION,
    REACTION_OF,
    X_PROMISED,
    PROMISE_X_MADE,
    POSSESSIVE_PROMISE,
  ]) {
    const whole = pattern instanceof RegExp ? pattern : pattern.tail.test(ask) ? pattern.whole : null;
    const found = whole?.exec(ask)?.[1]?.trim();
    if (found) return found;
  }
  return null;
}

/**
 * Whether an ask wants what a party itself said or put on record ("did X say anything about …", "has X
 * commented on …", "what did X say about …", "what does X think of …"): the party must speak in the answering
 * fact (spoken-by.ts), not only be reported on ("what does the deposed president think of the talks?" is not
 * answered by his overthrow).
 */
export function asksWhatPartySaid(ask: string): boolean {
  return DID_X_SAY_ANYTHING.test(ask) || WHAT_DID_X_SAY.test(ask);
}
