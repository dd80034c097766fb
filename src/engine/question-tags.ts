// Question tags: what a member puts after a claim to ask whether it is so ("…, right?", "…, isn't he?",
// "…, is that confirmed?", "…, can you confirm?"). One list, read two ways: after a claim in the same
// clause, to take it off the claim (`TRAILING_TAG`, premise.ts), and as a clause of its own, to keep the
// claim before it in the ask (`QUESTION_TAG`, asks-in-message.ts). Two copies of the list had drifted
// ("yep" and "was that" in one only, "shouldn't it" in the other). Pure data: no story wording.
import { alternation, NEGATED_QUESTION_AUXILIARIES, YES_NO_AUXILIARIES } from "./auxiliaries.js";

/** The pronoun of a tag: "isn't HE", "did THEY", "is THAT true". */
const TAG_PRONOUN = "(?:it|he|she|they|we|you|there|that|this)";

/**
 * "…, isn't he?", "…, didn't they?": every auxiliary that opens a question, negated as typed, with or
 * without its apostrophe ("isnt it").
 */
const NEGATIVE_TAG = `(?:${alternation(NEGATED_QUESTION_AUXILIARIES.map((negation) => negation.slice(0, -1)))})['’]?t ${TAG_PRONOUN}`;

/**
 * "…, has it?", "…, did they?": the tag of a negated claim ("chile hasn't eased its strikes, HAS IT?").
 * After a claim only with its comma: the end of a question is no tag ("where is it?").
 */
const POSITIVE_TAG = `(?:${alternation(YES_NO_AUXILIARIES)}) ${TAG_PRONOUN}`;

/** Tags that ask whether what came before is so, whatever was said before them. */
const TAGS = [
  "right",
  "correct",
  "true",
  "yeah",
  "yea",
  "yep",
  "yes",
  "no",
  "innit",
  "or not",
  "am i right",
  "(?:is|was) (?:that|this|it) (?:true|confirmed|right|correct|accurate|real|so)",
  // "…, is that (still) the case?", "…, is that still true?"
  "(?:is|was) (?:that|this|it) (?:still )?(?:the case|true|so)",
  "(?:can|could) (?:you|u) confirm(?: (?:that|this|it))?",
  NEGATIVE_TAG,
];

/** The same tags with single spaces matching any run of spaces. */
function spaced(pattern: string): string {
  return pattern.replaceAll(" ", "\\s+");
}

/** A tag at the end of a claim: "al-rashid governs the north, right?", "… yeah?", "…, has it?" (comma only). */
export const TRAILING_TAG = new RegExp(
  `(?:(?:,\\s*|\\s+)(?:${spaced(TAGS.join("|"))})|,\\s*${spaced(POSITIVE_TAG)})\\s*[?!.]*\\s*$`,
  "i",
);

/**
 * A clause that is only a tag, whose claim is the clause before it: "it was Hale who went, WASN'T IT",
 * "i heard they signed, IS THAT TRUE?", "…, CAN YOU CONFIRM?", "…, HAS IT?".
 */
export const QUESTION_TAG = new RegExp(`^(?:${spaced([...TAGS, POSITIVE_TAG].join("|"))})\\b[\\s?!.]*$`, "i");
