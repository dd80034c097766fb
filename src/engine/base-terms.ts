// How the engine reads a base's names and sides, built once per base by AnswerEngine's constructor
// (engine.ts): the terms of its proper names and people, the terms naming each side, the several-word names a
// question may give, and the words typos are corrected to. Pure: no story wording, only the base's own.
import type { Entity, Side, Story } from "../knowledge/types.js";
import { Corrector } from "./fuzzy.js";
import { type Analyzer, words } from "./normalise.js";

/** An entity's name and its aliases: every spelling a question may name it by. */
const spellingsOf = (entity: Entity): string[] => [entity.name, ...entity.aliases];

/**
 * Terms of the capitalised words of the entities' names and aliases ("Luis Soto" → luis, soto), digits and all
 * ("Radio24" → radio24, not radio: the word a question types is the whole name).
 */
export function capitalisedTerms(entities: readonly Entity[], analyzer: Analyzer): Set<string> {
  return new Set(
    entities
      .flatMap(spellingsOf)
      .flatMap((name) => name.match(/\p{Lu}[\p{L}\p{N}'’-]*/gu) ?? [])
      .flatMap((word) => analyzer.terms(word)),
  );
}

/** Canonical term → the side it names ("freedonian" → freedonia, "U.S." → united-states). */
export function sideTermsOf(story: Story, analyzer: Analyzer): Map<string, Side> {
  return new Map(
    story.sides.flatMap((side) =>
      [side.label, ...side.names].flatMap((name) =>
        analyzer.terms(name).map((term): [string, Side] => [term, side.id]),
      ),
    ),
  );
}

/**
 * The names of more than one word, as terms (`names`, longest first: the longest a question gives is read
 * first) and as folded words less stopwords (`nameWords`), each spelling once.
 */
export function multiWordNames(
  entities: readonly Entity[],
  analyzer: Analyzer,
): { names: string[][]; nameWords: string[][] } {
  const names = new Map<string, string[]>();
  const nameWords = new Map<string, string[]>();
  for (const name of entities.flatMap(spellingsOf)) {
    const terms = analyzer.terms(name);
    if (terms.length > 1) names.set(terms.join(" "), terms);
    const folded = words(name).filter((word) => !analyzer.isStopword(word));
    if (folded.length > 1) nameWords.set(folded.join(" "), folded);
  }
  return {
    names: [...names.values()].sort((a, b) => b.length - a.length),
    nameWords: [...nameWords.values()],
  };
}

/**
 * The corrector of a question's typos, over the base's words. Stopwords are kept out of it ("world" must not
 * become "would" and vanish); generic words are in it, so that "artcle" is read as the harmless "article".
 */
export function baseCorrector(
  vocabulary: ReadonlyMap<string, number>,
  generic: Iterable<string>,
  analyzer: Analyzer,
): Corrector {
  const words = new Map([...vocabulary].filter(([word]) => !analyzer.isStopword(word)));
  for (const word of generic) if (!words.has(word)) words.set(word, 1);
  return new Corrector(words);
}
