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
