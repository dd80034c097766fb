// What a second `kb:add` of an article already in the base may add. The curator has reviewed the first
// drafts by then: quotes cut to part of a sentence, profiles rewritten, facts deleted, entities added. Each of
// those changes what the drafting would make of the same text (an entity added gives a new profile fact, a
// trimmed quote frees the rest of its sentence), so comparing drafts with the reviewed facts cannot tell a
// duplicate from news. The text can: a draft is new only when it quotes a passage the article's text did
// not hold the last time it was added (a correction pasted in). Re-running on the same file adds nothing.
// Pure.

interface Quoting {
  quotes: readonly string[];
}

/** The drafts that quote text the previous version of the article did not have (all of them if none). */
export function draftsOfNewText<T extends Quoting>(drafts: readonly T[], previousText: string | null): T[] {
  if (previousText === null) return [...drafts];
  return drafts.filter((draft) => draft.quotes.some((quote) => !previousText.includes(quote)));
}

interface Identified {
  id: string;
}

/**
 * The entities the written drafts need, of those the drafting added: on a re-run the rest were in the text
 * before, so the curator has seen them and either kept them (they are in the base already) or deleted them.
 */
export function entitiesNeeded<E extends Identified>(
  added: readonly E[],
  written: ReadonlyArray<{ entities: readonly string[] }>,
): E[] {
  const used = new Set(written.flatMap((fact) => fact.entities));
  return added.filter((entity) => used.has(entity.id));
}
