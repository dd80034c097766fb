// What a member reading a statement alone cannot place, on every draft including one whose statement is its
// quote (the fourth curator trial found 5 of 25 such one-liners needing a fix that no check named): "the two
// ministers" naming none, a day and month with no year ("on Saturday, 19 July"), a title before a name with no
// country ("Prime Minister X has demanded": whose?), a locative "there" with no place before it. The sentence
// before said which in the article; the reply shows the statement alone.
// Pure: a statement and the names it is read against in, the vague words out.
import { wordClass } from "../engine/english.js";
import { compiledRegExp, escapeRegExp } from "../engine/regexp.js";
import { MONTH_NAMES } from "./dates.js";
import { isPlacedPost } from "./placed-posts.js";
import type { Entity } from "./schema.js";

const MONTHS = MONTH_NAMES.join("|");
/** "19 July" or "July 19" with no year after it, nor in a bracket kb:add wrote after it ("(19 July 2025)"). */
const DAY_MONTH = new RegExp(
  `\\b(?:(\\d{1,2})\\s+(${MONTHS})|(${MONTHS})\\s+(\\d{1,2})(?!\\d))\\b(?!,?\\s+\\d{4})(?!\\s*\\([^)]*\\d{4}\\))`,
  "g",
);

/** Each day and month a statement gives with no year ("19 July"): last year's or this year's? */
export function yearlessDays(statement: string): string[] {
  return [...new Set([...statement.matchAll(DAY_MONTH)].map((m) => m[0]))];
}

/**
 * "there" standing for a place with none named before it in the statement ("Fighting broke out there"); not
 * the "there" of "there is", "there were", nor one kb:add wrote the place in after ("there (in Suwayda)").
 */
export function locativeThere(statement: string, placeNames: readonly string[]): boolean {
  for (const match of statement.matchAll(
    /\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|seems?|appears?)\b)(?!\s*\(in\b)/gi,
  )) {
    const before = statement.slice(0, match.index);
    // "There" opening a sentence is the "there is" kind far more often than a place.
    if (/^There$/.test(match[0]) && /(?:^|[.!?]\s+)$/.test(before)) continue;
    if (!placeNames.some((name) => compiledRegExp(`\\b${escapeRegExp(name)}\\b`, "").test(before)))
      return true;
  }
  return false;
}

/**
 * A capitalised title right before a person's name that says nothing of whose it is ("Prime Minister Benjamin
 * X", "interim President Y"): the title and name as the statement gives them. "Israeli Prime Minister Z", "the
 * US Secretary of State W" and "Chile's President V" are placed.
 */
export function unplacedTitles(
  statement: string,
  people: readonly Entity[],
  entities: Iterable<Entity>,
): string[] {
  const all = [...entities];
  const found: string[] = [];
  for (const person of people) {
    for (const name of [person.name, ...person.aliases]) {
      const at = compiledRegExp(`(?<![\\p{L}-])${escapeRegExp(name)}\\b`, "u").exec(statement)?.index;
      if (at === undefined) continue;
      const before = statement.slice(0, at).split(/\s+/).filter(Boolean);
      // The title: the capitalised ordinary words ("Prime Minister", "Secretary of State") right before it.
      let start = before.length;
      while (start > 0) {
        const word = before[start - 1] as string;
        const titleWord = /^\p{Lu}\p{Ll}+$/u.test(word) && wordClass(word.toLowerCase()) === "common";
        if (!titleWord && !(word === "of" && start < before.length)) break;
        start -= 1;
      }
      if (before[start] === "of") start += 1;
      // The name as the statement gives it, with no title before it: no alias is read again ("Tom Barrack" is
      // no title before "Barrack").
      if (start === before.length) break;
      const title = before.slice(start).join(" ");
      const context = before.slice(Math.max(0, start - 2), start).join(" ");
      // An appositive after the name may say whose ("Sheikh X, the spiritual leader of Chile's Sami").
      const after = /^,\s*([^,.;]+)/.exec(statement.slice(at + name.length))?.[1] ?? "";
      if (!isPlacedPost(`${context} ${title} ${after}`, all)) found.push(`${title} ${name}`);
      break;
    }
  }
  return found;
}

/** "the two X" by the kind of name that would say which: countries for countries, people for ministers. */
const TWO_OF_PEOPLE = new Set(["ministers", "leaders", "men", "officials", "envoys", "presidents"]);

/**
 * "the two ministers" where the statement names fewer than two people ("identified the two ministers"); the
 * definite nouns review-sheet.ts' vagueDefinites reads are the countries' and the place-like ones.
 */
export function vagueTwo(statement: string, people: readonly string[]): string[] {
  const found: string[] = [];
  for (const match of statement.matchAll(/\b[Tt]he two (\p{Ll}+)\b/gu)) {
    if (!TWO_OF_PEOPLE.has(match[1] as string)) continue;
    const named = people.filter((name) => compiledRegExp(`\\b${escapeRegExp(name)}\\b`, "").test(statement));
    if (named.length < 2) found.push(match[0].toLowerCase());
  }
  return found;
}
