// Whether a clause opens an ask: the words that open a question (a question word, an auxiliary, an
// imperative), what may be put before them, and the chatter around an ask that is no part of it. Pure
// string work on the question alone; no story wording.

import { ASK_OPENING_AUXILIARIES, alternation, TENSE_AUXILIARIES } from "./auxiliaries.js";
import { isPastParticiple, isVerbForm } from "./english.js";

/** Words that open a question or an ask inside one. */
export const WH_WORDS = "who|whom|whose|what|whats|when|where|why|how|which";
export const AUX_WORDS = alternation(ASK_OPENING_AUXILIARIES);
/** Imperatives people use instead of a question ("tell me who leads", "explain the border issue"). */
const IMPERATIVES = "tell|explain|describe|give|list|summarise|summarize|show|remind";

export const OPENS_ASK = new RegExp(`^(?:${WH_WORDS}|${AUX_WORDS}|${IMPERATIVES})\\b`, "i");
/**
 * A subject before the verb says it is no fronted ask: "back in spring EVERYONE was saying …" states,
 * "back in may had either side commented" asks.
 */
const SUBJECT_PRONOUN =
  "(?:i|we|you|he|she|they|it|everyone|everybody|someone|somebody|nobody|people|anyone|anybody)";

/**
 * A time, place or source put first, before the question word or verb: "back in may HAD either side
 * commented", "in which month DID the Front take power", "after the strikes DID ruritania pull back",
 * "… but according to the reporting COULD the talks widen?".
 */
const FRONTED_ASK = new RegExp(
  `^(?:back\\s+|way\\s+)?(?:in|on|during|after|before|by|since|at|until|from|for|as of|so far|according to)\\s+(?:(?!${SUBJECT_PRONOUN}\\b)[\\p{L}\\p{N}'’-]+\\s+){1,3}?((?:${WH_WORDS}|${AUX_WORDS})\\b.*)$`,
  "iu",
);

const TENSE_AUXILIARY = new RegExp(`^(?:${alternation(TENSE_AUXILIARIES)})$`, "i");

/**
 * "was overthrown", "were held", "was running": an auxiliary and its participle with no subject between
 * them. After a time phrase ("after the mayor WAS OUSTED, …") it makes the clause a subordinate one of time,
 * not a time phrase before an ask ("after the strikes DID ruritania pull back").
 */
export function opensWithVerbGroup(text: string): boolean {
  const [auxiliary = "", next = ""] = text.toLowerCase().split(/\s+/);
  return (
    TENSE_AUXILIARY.test(auxiliary) && (isPastParticiple(next) || (next.endsWith("ing") && isVerbForm(next)))
  );
}

/**
 * A question word whose subject is the asker, with no auxiliary between: "at least from WHAT I remember",
 * "from what we were told". A free relative, the asker's hedge; a fronted ask inverts ("from what date DID …").
 */
const ASKERS_FREE_RELATIVE = new RegExp(`^(?:${WH_WORDS})\\s+(?:i|we)(?:['’]\\p{L}+)?\\b`, "iu");

/** A fronted ask: a time or place, then the question word or auxiliary that opens the ask itself. */
function opensFrontedAsk(clause: string): boolean {
  const asked = FRONTED_ASK.exec(clause)?.[1];
  return asked !== undefined && !opensWithVerbGroup(asked) && !ASKERS_FREE_RELATIVE.test(asked);
}

const HAS_WH = new RegExp(`\\b(?:${WH_WORDS})\\b`, "i");

/**
 * An adverb in -ly (five letters or more: not "only", "July"), which may stand between a question word and
 * its auxiliary ("where PHYSICALLY did they meet") or before the question word ("but PHYSICALLY where have
 * they been happening"), as "exactly" and "actually" do: it qualifies the ask, it does not end it.
 */
export const LY_ADVERB = "\\p{L}{3,}ly";
/** A question word after an adverb of the ask: "physically where have they …", "exactly how many …". */
const ADVERB_FIRST = new RegExp(`^${LY_ADVERB}\\s+(?:${WH_WORDS})\\b`, "iu");

/**
 * Words that lead into an ask without being part of it ("ok so", "yo bot real quick", "like", "but").
 * Stripped from the start of a clause before deciding whether it asks something.
 */
export const LEAD_IN = new RegExp(
  `^(?:(?:${[
    "o+k+(?:a+y+)?|k+|so+|but|and|or|well|he+y+a?|hi+|hello+|yo+|ayo+|oi+|sup|bot|pls|plz|please|quick(?:ly)?|real",
    "q|question|sorry|also|like|um+|uh+|hm+|btw|lol+|lmao|ngl|tbh|fr|then|anyway|anyways|basically|honestly|just",
    "wait|right|guys|folks|all|everyone|y'?all|bro|bru+h+|dude|mate|one more|another one|follow[ -]?up|gm|morning|evening",
    "(?:dumb|stupid|silly|noob|random|quick|serious|genuine|honest|simple|real) (?:q|qs|question)",
    "good (?:morning|afternoon|evening|day)|hiya|howdy|greetings|thanks|thank you|ty|sanity check",
    // "can you tell me who …", "does anyone know where …": the ask is what follows.
    "(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody)(?: please| pls)? (?:tell|remind|explain to|let)(?: me| us)?(?: know)?",
    "(?:does|do) (?:anyone|anybody|someone|u|you) know|any(?:one|body) know|i (?:wanna|want to|would like to|d like to) know",
    "i(?:'m| am|m)? (?:just )?(?:curious|wondering)|i was wondering|wondering|curious",
  ].join("|")})\\b[\\s,!.:;—–-]*)+`,
  "i",
);

/**
 * Chatter after an ask ("has ruritania eased off OR NAH", "who leads LOL", "… THO?"): left out, its closing
 * "?" kept. Not "right" or "correct": they put a claim to the bot (`isVerification`).
 */
export const TAIL =
  /(?:[\s,]+(?:or\s+(?:nah|naw|nope|not|no|what|something)|lol+|lmao|haha+|hah|tho|pls|plz|please|thx|thanks|thank you|ty|tia|bro|dude|fam|guys|folks|y'?all|ngl|tbh|fr|idk))+(?=[\s?!.]*$)/i;

/**
 * A question word after "that's", "this is", "it was": a free relative, no question ("at least that's
 * WHAT it felt like", "this is WHERE it gets murky").
 */
const FREE_RELATIVE = new RegExp(
  `\\b(?:that|this|it|which)(?:['’]s|\\s+(?:is|was))\\s+(?:just\\s+|exactly\\s+)?(?:${WH_WORDS})\\b`,
  "i",
);
/** "What I want to know IS: who …": a question word opening a clause that ends on its verb frames an ask. */
const PSEUDO_CLEFT = new RegExp(`^(?:${WH_WORDS})\\b.*\\b(?:is|was)[\\s:]*$`, "i");

/** Whether a clause (lead-in removed) asks something. */
export function asksSomething(clause: string): boolean {
  if (PSEUDO_CLEFT.test(clause)) return false;
  if (OPENS_ASK.test(clause)) return true;
  if (FREE_RELATIVE.test(clause)) return false;
  return (
    opensFrontedAsk(clause) || ADVERB_FIRST.test(clause) || (HAS_WH.test(clause) && clause.endsWith("?"))
  );
}

const OPENING = new RegExp(`^(?:${WH_WORDS}|${AUX_WORDS})\\b\\s*`, "i");

export function stripOpening(ask: string): string {
  return ask.replace(OPENING, "");
}
