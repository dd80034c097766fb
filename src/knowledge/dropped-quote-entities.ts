// What a fact keeps of its entities when the curator drops a joined quote on the edit sheet: an entity only the
// dropped quote named goes with it. The fifth curator trial dropped the Channel 12 quote of a draft and its next
// apply raised a new `handed-on` check for the `channel-12` left on the fact: a second round for one line. Pure.
import { compiledRegExp, escapeRegExp } from "../engine/regexp.js";
import { normaliseAlias } from "../shared/fold.js";

/** An entity's spellings as the sheet's checks read them (review-sheet.ts' entityNames). */
export interface EntitySpellings {
  name: string;
  aliases?: readonly string[];
}

/**
 * `entityIds` without those a dropped quote names that nothing the fact keeps (its statement, its other quotes)
 * names; an entity named by neither (handed on, or the lede's) is the sheet's to judge and stays.
 */
export function entitiesAfterDroppedQuotes(
  entityIds: readonly string[],
  dropped: readonly string[],
  kept: readonly string[],
  spellingsOf: (id: string) => EntitySpellings | undefined,
): string[] {
  const droppedText = normaliseAlias(dropped.join(" "));
  const keptText = normaliseAlias(kept.join(" "));
  return entityIds.filter((id) => {
    const entity = spellingsOf(id);
    if (!entity) return true;
    const names = [entity.name, ...(entity.aliases ?? [])].map(normaliseAlias).filter(Boolean);
    return !names.some((n) => namedIn(droppedText, n)) || names.some((n) => namedIn(keptText, n));
  });
}

/** Whether `text` holds `name` as whole words ("us" is not in "discuss", nor "iran" in "iranian"). */
function namedIn(text: string, name: string): boolean {
  return compiledRegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "u").test(text);
}
