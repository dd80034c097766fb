// "What happened in the copper-mining province?": a reader may name a place by what the article calls it
// where it introduces it ("Tarapaca (also written Tarapacá), a copper-mining province in northern Chile"),
// while the later sentences a draft rests on name it only ("Troops later left Tarapaca city"). kb:add
// gives each draft whose quotes name such a place that phrase as a keyword, as it gives a person's post
// (post-keywords.ts). Pure.
import type { Entity } from "../schema.js";
import type { DraftFact } from "./draft-fact.js";
import { placeAppositive } from "./place-nouns.js";

/**
 * Each draft whose quotes name a place the article introduces with an appositive (`namedIn`: the entity ids a
 * text names) gets the appositive's noun phrase as a keyword, unless its statement says it already.
 */
export function withPlaceKeywords(
  facts: readonly DraftFact[],
  places: readonly Entity[],
  sentences: readonly string[],
  namedIn: (text: string) => readonly string[],
): void {
  const phrases = new Map<string, string>();
  for (const place of places) {
    const appositive = placeAppositive(place, sentences);
    if (appositive) phrases.set(place.id, appositive.phrase);
  }
  if (phrases.size === 0) return;
  for (const fact of facts) {
    const named = namedIn(fact.quotes.join(" "));
    const added = named.flatMap((id) => {
      const phrase = phrases.get(id);
      return phrase &&
        fact.entities.includes(id) &&
        !fact.statement.toLowerCase().includes(phrase.toLowerCase())
        ? [phrase]
        : [];
    });
    if (added.length > 0) fact.keywords = [...new Set([...fact.keywords, ...added])];
  }
}
