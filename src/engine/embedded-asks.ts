// A question held inside a statement or a request: "i'd like to know WHO …", "could you spell out WHICH …",
// "i wonder WHETHER …". Pure string work on the question alone; no story wording.

import { TAIL, WH_WORDS } from "./ask-openings.js";
import { alternation, YES_NO_AUXILIARIES } from "./auxiliaries.js";

/**
 * A question inside a statement: "i'm confused about WHAT came out of it", "i'd like to know WHO …", "I'm
 * wondering SINCE WHEN Chile has held it" (a preposition may open the question).
 */
const EMBEDDED_ASK = new RegExp(
  `\\b(?:about|know|knows|wonder(?:ing)?|sure|understand|confused (?:on|as to|by)|curious as to|idea|figure out|find out|clear on|clarify|explain)\\s+((?:(?:since|until|till|from|by|for|to|with|in|on|at)\\s+)?(?:${WH_WORDS})\\b.*)$`,
  "i",
);

/**
 * "Could you spell out WHICH steps …", "would you walk me through WHAT happened": a request whose object is a
 * question; the question is the ask. Not "can you confirm …", which puts a claim to the bot.
 */
export const REQUEST = new RegExp(
  `^(?:can|could|would|will)\\s+(?:you|u)\\s+(?:please\\s+|pls\\s+)?(?!confirm\\b)[\\p{L}]+(?:\\s+(?:out|up|over|down|through|me|us|on))*\\s+(?:exactly\\s+|precisely\\s+)?((?:${WH_WORDS})\\b.*)$`,
  "iu",
);
/**
 * "I want to know WHETHER the governments have said …", "i'm curious IF …": a yes/no question inside a
 * statement. The verb may take a person first: "could you tell ME whether …", "can someone tell US if …".
 */
const WHETHER_ASK =
  /\b(?:know|knows|wonder|wondering|wondered|curious|sure|tell|asking|check|see|understand)(?:\s+(?:me|us))?\s+(?:whether|if)\s+(.+)$/i;
const YES_NO_AUX = new RegExp(`^(?:${alternation(YES_NO_AUXILIARIES)})$`, "i");
/** The subject of an embedded yes/no question is seldom longer than this ("the two governments"). */
const MAX_SUBJECT_WORDS = 5;

/**
 * The yes/no question an embedded "whether" clause stands for, its auxiliary put first: "the two
 * governments have said anything" → "have the two governments said anything", "that's still the case" →
 * "is that still the case". With no auxiliary the clause is kept as it stands.
 */
function invertedYesNo(clause: string): string {
  const words = clause.trim().split(/\s+/);
  for (let k = 0; k < Math.min(words.length, MAX_SUBJECT_WORDS + 1); k++) {
    const word = words[k] ?? "";
    const contracted = /^(that|this|it|he|she|there)['’]s$/i.exec(word);
    if (contracted && k === 0) return ["is", contracted[1], ...words.slice(1)].join(" ");
    if (k > 0 && YES_NO_AUX.test(word)) {
      return [word.toLowerCase(), ...words.slice(0, k), ...words.slice(k + 1)].join(" ");
    }
  }
  return clause.trim();
}

/**
 * "Any security deal signed yet?", "any prisoners released?": a yes/no ask typed without its auxiliary, "any"
 * and a noun of up to four words, then a past participle (and "yet" or a few words after it). Asked with its
 * auxiliary written in, so the participle is the event it claims ("has any security deal been signed yet?"),
 * which a fact must say, as it is when the member types "has". A word after an article or a preposition is
 * a noun's ("any reaction from the United States?", "any word on the need for a deal?"), no participle, and a
 * regular participle has four letters at least, as english.ts isPastParticiple reads it.
 */
const ELIDED_AUXILIARY =
  /^(any(?:one|body|thing)?)((?:\s+[\p{L}\p{N}'’-]+){1,4}?)(?<!\b(?:the|an?|of|on|from|about|for|with|to|in))\s+(\p{L}{2,}ed|made|done|held|given|taken|seen)\b(\s+.*)?\?\s*$/iu;

/** The yes/no ask an "any X VERBed …?" clause stands for, its auxiliary written in; undefined for any other clause. */
export function elidedAuxiliaryAsk(clause: string): string | undefined {
  const match = ELIDED_AUXILIARY.exec(clause.trim());
  if (!match) return undefined;
  const [, any, noun, participle, rest] = match;
  return `has ${any}${noun} been ${participle}${rest ?? ""}?`;
}

/**
 * The question a clause holds inside a statement or request, or undefined when it holds none. `direct`: the
 * message asks a question outright later, in another sentence ("I'm not sure what he did — what role has
 * the US played?"); a question merely mentioned before it is context, and so, anywhere before it, is a
 * "whether" clause that makes no question ("i'm curious if the article backs that up, like did ruritania …?").
 */
export function embeddedAsk(
  text: string,
  typed: string,
  direct: { inSentence: boolean; later: boolean },
): string | undefined {
  const request = REQUEST.exec(text)?.[1];
  if (request !== undefined) return request;
  // Asked outright itself ("…, and i want to know whether X?"), it is the ask whatever follows.
  const outright = text.endsWith("?");
  const wh = EMBEDDED_ASK.exec(text)?.[1];
  if (wh !== undefined) return direct.later && !outright ? undefined : wh;
  const yesNo = WHETHER_ASK.exec(typed)?.[1]?.replace(TAIL, "");
  if (yesNo === undefined || (direct.later && !outright)) return undefined;
  const inverted = invertedYesNo(yesNo);
  return inverted === yesNo.trim() && direct.inSentence && !outright ? undefined : inverted;
}
