// A post an ask puts before a person's name ("what did the TRADE MINISTER Jan Novak say?"): the claim that the
// person holds it, which the premise corrector may correct when the sources give the person another post
// (premise-correction.ts `correctRole`). Pure string work; the caller says which words name people.
import type { Claim } from "./premise.js";
import { reactingPartyOf } from "./reacting-party.js";

/** Words that open a noun phrase without being part of a post. */
const DETERMINER = /^(?:the|a|an|this|that)$/i;

/** How the caller reads a word: whether it is a word of a person's name, and whether it is a name only. */
export interface NameWords {
  /** A word of a person the base names ("jan", "novak"; also "president" of "interim president"). */
  ofPerson: (word: string) => boolean;
  /** A word that can only be a name, and no side's ("novak", not "president" nor "chile"). */
  onlyName: (word: string) => boolean;
}

/**
 * The claim "NAME is the POST" for the party whose word an ask wants ("what did Chilean trade minister Jan
 * Novak say …"), when its words are a post of one word or more and then a person's name that ends in a word
 * only a name has ("what did the French PRESIDENT say": "president" names no one), or undefined.
 */
export function titledNameClaim(ask: string, { ofPerson, onlyName }: NameWords): Claim | undefined {
  const party = reactingPartyOf(ask);
  if (party === null) return undefined;
  const words = party.split(/\s+/).filter((word) => word !== "" && !DETERMINER.test(word));
  const last = words.at(-1);
  if (last === undefined || !onlyName(last)) return undefined;
  let first = words.length;
  while (first > 0 && ofPerson(words[first - 1] ?? "")) first--;
  if (first === 0 || first === words.length) return undefined;
  return {
    text: `${words.slice(first).join(" ")} is the ${words.slice(0, first).join(" ")}`,
    form: "presupposed",
  };
}
