// What a place is, as the article says it: the noun its name goes before ("Tarapaca province" → "a
// province"). Its own module, without the tagger, so kb:review's suggestions for names to add
// (entity-suggestions.ts) read it as kb:add's descriptions do (descriptions.ts).
import { escapeRegExp } from "../../engine/regexp.js";
import type { Entity } from "../schema.js";

/** The nouns a place's name goes before to say what it is: "Tarapaca province", "Arica and Tarapaca provinces". */
const PLACE_NOUNS = "province|governorate|region|district|county|state|city|town|village|camp|crossing";

/** "a province" of "Tarapaca province" (or of "Arica and Tarapaca provinces"), or null. */
export function placeNoun(place: Entity, sentences: readonly string[]): string | null {
  const names = [place.name, ...place.aliases].map(escapeRegExp).join("|");
  const pattern = new RegExp(
    `(?<![\\p{L}-])(?:${names})\\s+(?:and\\s+\\p{Lu}[\\p{L}-]*\\s+)?(${PLACE_NOUNS})s?\\b`,
    "u",
  );
  for (const sentence of sentences) {
    const noun = pattern.exec(sentence)?.[1];
    if (noun) return `a ${noun}`;
  }
  return null;
}

/** What the article calls a place where it introduces it, and the noun phrase a reader may name it by. */
export interface PlaceAppositive {
  /** "a copper-mining province in northern Chile": the appositive as written, its article lower-cased. */
  description: string;
  /** "copper-mining province": the appositive's noun phrase, up to its place noun. */
  phrase: string;
}

/**
 * "Tarapaca (also written Tarapacá), a copper-mining province in northern Chile, …": the appositive after a
 * place's name, when it says what kind of place it is (a place noun); null else ("…, an idea Lima rejected").
 */
export function placeAppositive(place: Entity, sentences: readonly string[]): PlaceAppositive | null {
  const names = [place.name, ...place.aliases].map(escapeRegExp).join("|");
  const pattern = new RegExp(
    `(?<![\\p{L}-])(?:${names})(?:\\s+\\([^)]*\\))?,\\s+((?:a|an)\\s+([^,.;()]*?\\b(?:${PLACE_NOUNS}))(?:\\s+(?:in|of|on|near)\\s+[^,.;()]+)?)(?=[,.;])`,
    "u",
  );
  for (const sentence of sentences) {
    const found = pattern.exec(sentence);
    if (found?.[1] && found[2])
      return { description: found[1], phrase: found[2].replace(/^(?:a|an)\s+/, "") };
  }
  return null;
}
