// A drafted statement as a member reads it alone, written as the curator trials rewrote it (curator trial 5: ~20
// of 27 rewrites were these): the year on a date kb:add resolved ("on 13 July" → "on 13 July 2025"), whose a
// title is when the person's own post says it ("Foreign Minister X" → "Norway's Foreign Minister X").
// kb:review reads such words as kb:add's insertions (review-sheet.ts isQuoted), not as a rewrite to check.
// Pure: a statement, the people it names and their posts in, the statement out.
import { allMatches, compiledRegExp } from "../../engine/regexp.js";
import { isPlacedPost } from "../placed-posts.js";
import type { Entity } from "../schema.js";
import { unplacedTitles } from "../vague-wording.js";
import { resolveDates } from "./dates.js";
import { spellingsPattern } from "./wording.js";

/**
 * The statement with each date whose year kb:add took from the dateline written with that year, where every
 * reading gives the one year ("13 July" in an article of 25 July 2025, "overthrown in December" told in
 * August): the review sheet asks for exactly that year otherwise. An ambiguous one is left to the curator.
 */
export function withYearsWritten(statement: string, reference: string): string {
  let out = "";
  let at = 0;
  for (const date of resolveDates(statement, reference)) {
    if (date.relative || !date.implied || !date.unambiguous || date.precision === "year") continue;
    const end = date.index + date.text.length;
    // A year already after it, or in the bracket kb:add wrote after it ("(19 July 2025)").
    if (/^(?:,?\s+\d{4}\b|\s*\([^)]*\d{4}\))/.test(statement.slice(end))) continue;
    out += `${statement.slice(at, end)} ${date.sort.slice(0, 4)}`;
    at = end;
  }
  return out + statement.slice(at);
}

/** A post that opens with its owner ("Norway's foreign minister"): the owner and the post's words. */
const OWNED_POST = /^(\p{Lu}[\p{L}-]*['’]s)\s+(.+)$/u;
/** Words a title and a post may word differently ("Trade Minister", "minister for trade"). */
const JOINING_WORDS = new Set(["for", "of", "the", "and"]);

const titleWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter((w) => w.length > 1 && !JOINING_WORDS.has(w));

/**
 * The owner ("Norway's") of the person's placed post whose words hold every word of `title` ("Foreign
 * Minister" of "Norway's foreign minister", "Trade Affairs Minister" of "Norway's minister for trade
 * affairs"); null when no post of theirs says whose this title is.
 */
export function ownerOfTitle(title: string, posts: readonly string[]): string | null {
  const wanted = titleWords(title);
  for (const post of posts) {
    const owned = OWNED_POST.exec(post.trim());
    if (!owned?.[1] || !owned[2]) continue;
    const held = new Set(titleWords(owned[2].split(/[,;]/)[0] as string));
    if (wanted.length > 0 && wanted.every((w) => held.has(w))) return owned[1];
  }
  return null;
}

/**
 * The statement with the owner written before each title that names no country ("Foreign Minister X" →
 * "Norway's Foreign Minister X") when a post the person holds says whose it is: the same titles kb:review's
 * vague check reads (unplacedTitles), so what it would ask for is written in. `postsOf` gives a person's
 * posts (the article's own roles, the entity's description).
 */
export function withTitlesPlaced(
  statement: string,
  people: readonly Entity[],
  entities: readonly Entity[],
  postsOf: (person: Entity) => readonly string[],
): string {
  let out = statement;
  for (const person of people) {
    const [titled] = unplacedTitles(out, [person], entities);
    if (!titled) continue;
    const title = titled.slice(0, titled.length - nameAfter(titled, person).length).trim();
    const owner = ownerOfTitle(title, postsOf(person));
    if (!owner || !isPlacedPost(`${owner} ${title}`, entities)) continue;
    // "the interim President X": the article's determiner would read "the Norway's …".
    let at = out.indexOf(titled);
    if (at < 0) continue;
    // "interim President X": the post's own lower-case words before the title go after the owner.
    const held = new Set(titleWords(postsOf(person).join(" ")));
    // A whole word only: the "s" of "country's" is no word of the post.
    const wordBefore = (text: string) => /(?:^|\s)(\p{Ll}+)\s+$/u.exec(text);
    for (let word = wordBefore(out.slice(0, at)); word?.[1] && held.has(word[1]); ) {
      at = word.index + word[0].indexOf(word[1]);
      word = wordBefore(out.slice(0, at));
    }
    // A determiner or a possessive ("the country's") says whose it is already.
    if (/(?:\b(?:the|a|an|its|his|her|their)|\p{L}['’]s?)\s+$/iu.test(out.slice(0, at))) continue;
    out = `${out.slice(0, at)}${owner} ${out.slice(at)}`;
  }
  return out;
}

/** The person's name or alias that ends `titled` ("Foreign Minister Luis Soto" → "Luis Soto"). */
function nameAfter(titled: string, person: Entity): string {
  const names = [person.name, ...person.aliases].sort((a, b) => b.length - a.length);
  return names.find((name) => titled.endsWith(` ${name}`)) ?? "";
}

/** A person's spellings as whole words in running text ("al-Soto", "Soto's"), longest first. */
function spellingPattern(spellings: readonly string[]): RegExp {
  return compiledRegExp(`(?<![\\p{L}-])(?:${spellingsPattern(spellings)})(?![\\p{L}])`, "gu");
}

/**
 * The statement with a person it names first by a surname alone ("al-Soto warned …", "Berg's visit") given
 * their full name there ("Luis al-Soto warned …"), when the article gave that name before (`namedBefore`): a
 * member reads the statement alone, and curator trial 7 wrote the given names in by hand. Only the first
 * mention; a statement naming the person in full first is left as it is. kb:review reads the given name as a
 * name's words kb:add writes in (review-sheet.ts quoteWithNamesAdded), the statement still its quote.
 */
export function withFullNames(
  statement: string,
  people: readonly Entity[],
  namedBefore: (person: Entity) => boolean,
): string {
  let out = statement;
  for (const person of people) {
    // A surname the name ends with ("Soto", "al-Soto"), not another spelling of it.
    const surnames = person.aliases.filter((a) => !/\s/.test(a) && person.name.endsWith(` ${a}`));
    if (surnames.length === 0 || !namedBefore(person)) continue;
    const [first] = allMatches(spellingPattern([person.name, ...surnames]), out);
    if (!first || first[0] === person.name || !surnames.includes(first[0])) continue;
    out = `${out.slice(0, first.index)}${person.name}${out.slice(first.index + first[0].length)}`;
  }
  return out;
}
