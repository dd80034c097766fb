// What kb:review offers for a name the drafts give that the base has no entity for: the entities.json entry
// to paste, its kind and description as the article tells them where it does — a place by the noun its name
// goes before ("Tarapaca province" → place, "a province"), an outlet a report is credited to ("first published
// by X" → outlet), a people or faith by the plural noun it qualifies ("its Sami residents" → other). Anything
// else is an organisation with kb:add's placeholder description, which kb:review then asks the curator to
// write. A curator typed each entry by hand; pasting one and correcting a guess is the quicker check.
// Pure, and without the name finder's libraries: kb:review starts without them.

import { isVerbForm, wordClass } from "../engine/english.js";
import { FUNCTION_WORDS } from "../engine/function-words.js";
import { escapeRegExp } from "../engine/regexp.js";
import { slugOf } from "./draft/entity-ids.js";
import { reportsAsOutlet } from "./draft/outlet-credits.js";
import { placeNoun } from "./draft/place-nouns.js";
import { namedInDescription } from "./draft/placeholder-descriptions.js";
import type { Entity } from "./schema.js";

/** The article an entity is suggested from: its text, title and date, for the placeholder description. */
export interface SuggestionSource {
  text: string;
  title: string;
  published: string | null;
}

/**
 * Whether the article uses the name as a people's or faith's: before a noun it qualifies ("its Sami
 * residents", "Sami herders", "a Sami-majority town"), where a body's name goes before a verb ("the Council
 * meets") or a word that joins ("… in Lima").
 */
function qualifiesPeople(name: string, text: string): boolean {
  const after = new RegExp(`(?<![\\p{L}-])${escapeRegExp(name)}(?:-|\\s+)(\\p{Ll}+)\\b`, "gu");
  for (const [, word = ""] of text.matchAll(after)) {
    if (!FUNCTION_WORDS.has(word) && !isVerbForm(word) && wordClass(word) === "common") return true;
  }
  return false;
}

/** The entities.json entry kb:review suggests for a name, its kind and description guessed from the article. */
export function suggestedEntity(name: string, source: SuggestionSource): Entity {
  const sentences = source.text.split(/\n+/);
  const base: Entity = {
    id: slugOf(name),
    name,
    kind: "organisation",
    aliases: [],
    description: namedInDescription(name, source.title, source.published),
  };
  const noun = placeNoun(base, sentences);
  if (noun) return { ...base, kind: "place", description: noun };
  if (reportsAsOutlet(base, sentences)) return { ...base, kind: "outlet", description: "a news outlet" };
  if (qualifiesPeople(name, source.text)) return { ...base, kind: "other" };
  return base;
}

/** The entry as one line of JSON, as it is pasted into entities.json's list. */
export function entityLine(entity: Entity): string {
  const fields = Object.entries(entity).map(([key, value]) => `"${key}": ${JSON.stringify(value)}`);
  return `{${fields.join(", ")}},`;
}
