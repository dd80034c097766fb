// The act a "which" ask asks the undergoer of, put in the passive: "which journalist GOT EXPELLED for …?",
// "which official WAS DETAINED …?". A fact on the same people that does not tell that act names no one it was
// done to. Pure string work on the ask.
import { isVerbForm } from "./english.js";
import { isFunctionWord } from "./function-words.js";

/** The auxiliaries of a passive between the noun and the act ("which journalist GOT expelled"). */
const PASSIVE_AUXILIARIES = new Set(["was", "were", "got", "get", "gets", "is", "are", "been"]);
/** The noun phrase after "which" is at most this many words ("which french career diplomats"). */
const MAX_NOUN_WORDS = 3;
/**
 * A particle after the participle makes a phrasal verb, an idiom a fact words in its own verb ("which faction
 * got ROUNDED UP" of "detained members of …").
 */
const PARTICLES = new Set(["up", "down", "out", "off", "back", "away", "along"]);

/**
 * The act's word, a regular past participle ("expelled", "detained") after a passive auxiliary that follows
 * the noun phrase a "which" (or "what" before a noun) opens with, or undefined: an active "which country
 * BROKERED …" names its doer in words facts often paraphrase, and "which of …" or "what did …" no act here.
 */
export function whichPassiveAct(clause: string): string | undefined {
  const words = clause.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  const [wh, first] = words;
  if ((wh !== "which" && wh !== "what") || first === undefined) return undefined;
  if (isFunctionWord(first) || PASSIVE_AUXILIARIES.has(first)) return undefined;
  for (const [i, word] of words.slice(2, 2 + MAX_NOUN_WORDS).entries()) {
    if (!PASSIVE_AUXILIARIES.has(word)) {
      if (isFunctionWord(word)) return undefined;
      continue;
    }
    const act = words[2 + i + 1];
    const next = words[2 + i + 2];
    if (act === undefined || !act.endsWith("ed") || !isVerbForm(act)) return undefined;
    return next !== undefined && PARTICLES.has(next) ? undefined : act;
  }
  return undefined;
}
