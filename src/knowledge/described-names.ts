// Names the drafts give that the base has no entity for, which kb:add adds itself when the article says what
// they are: a place by the noun its name goes before ("Arica and Tarapaca provinces" → place, "a province"),
// an outlet a report is credited to ("first published by El Mercurio" → outlet, "a news outlet").
// kb:review suggested exactly these entries for the curator to paste (entity-suggestions.ts), kind and
// description both from the article, so pasting them was a check with nothing to judge. A name the article
// describes no such way (a people, "Sami herders"; a body, "the UN General Assembly") stays kb:review's
// suggestion, for the curator. Pure.
// The word lists first: kb:review's name reading (capitalisedNames) reads them as its module loads.
import "./word-data.js";
import { escapeRegExp } from "../engine/regexp.js";
import type { DraftFact } from "./draft/draft-fact.js";
import { type SuggestionSource, suggestedEntity } from "./entity-suggestions.js";
import { unnamedNames } from "./review-sheet.js";
import type { Entity } from "./schema.js";

/** The kinds whose suggested entry is the article's own words: a place before its noun, a credited outlet. */
const DESCRIBED_KINDS = new Set<Entity["kind"]>(["place", "outlet"]);

/**
 * The entities for the drafts' unnamed names that the article describes, and the drafts with each on those
 * whose quotes name it.
 */
export function withDescribedNames(
  drafts: readonly DraftFact[],
  known: readonly Entity[],
  source: SuggestionSource,
): { drafts: DraftFact[]; added: Entity[] } {
  const names = unnamedNames(
    drafts.flatMap((d) => d.quotes),
    known,
  );
  const taken = new Set(known.map((e) => e.id));
  const added = names
    .map((name) => suggestedEntity(name, source))
    .filter((e) => DESCRIBED_KINDS.has(e.kind) && !taken.has(e.id));
  if (added.length === 0) return { drafts: [...drafts], added };
  const patterns = added.map((e) => ({
    id: e.id,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(e.name)}(?![\\p{L}\\p{N}])`, "u"),
  }));
  const withNames = drafts.map((draft) => {
    const ids = patterns.filter(({ pattern }) => draft.quotes.some((q) => pattern.test(q))).map((p) => p.id);
    return ids.length > 0 ? { ...draft, entities: [...new Set([...draft.entities, ...ids])] } : draft;
  });
  return { drafts: withNames, added };
}
