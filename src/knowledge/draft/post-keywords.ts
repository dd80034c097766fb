// "What did the foreign minister warn about?", "what did the interim president tell the visitors?": a
// reader names a person by the post the article gives them ("Chile's foreign minister, Luis Soto, …"), while
// the sentence a draft rests on names them only ("Soto warned that …"). A curator writes the post into such a
// fact; kb:add gives each draft that names a person, and does not say their post itself, that post as a
// keyword, in the article's words less every name in it ("Chile's foreign minister" → "foreign minister"):
// the post, not the country or the person, is what the reader's words are missing. Pure.
import { escapeRegExp } from "../../engine/regexp.js";
import type { DraftFact } from "./draft-fact.js";
import { POST_NOUN } from "./posts.js";
import { isPastRole } from "./profiles.js";

/** A role that holds a post's noun ("foreign minister", "special envoy"), not a description ("one of X's confidants"). */
const HOLDS_POST = new RegExp(`\\b${POST_NOUN}\\b`, "i");

/** A post with its names taken out: the words left over before a removed name ("'s", "of", "to") go too. */
export function postWords(role: string, names: readonly string[]): string {
  let post = role;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const spelt = escapeRegExp(name).replace(/['’]/g, "['’]");
    post = post.replace(new RegExp(`(?<![\\p{L}-])${spelt}(?:['’]s)?(?![\\p{L}])`, "giu"), " ");
  }
  const words = post.split(/\s+/).filter((w) => w !== "");
  // "the US ambassador to Turkey" less its names: "the ambassador to" → "ambassador".
  const dangling = /^(?:the|a|an|of|for|to|in|and|who|also)$/i;
  while (words.length > 0 && dangling.test(words[0] as string)) words.shift();
  while (words.length > 0 && dangling.test(words.at(-1) as string)) words.pop();
  return words.join(" ");
}

/** Whether every word of `post` is already in `text` (case folded): the statement says the post itself. */
function says(text: string, post: string): boolean {
  const had = new Set(text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
  return (post.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).every((w) => had.has(w));
}

/**
 * Each draft whose quotes name one person, whose post the article gives (`posts`: person id → the posts, names
 * taken out; `namedIn`: the entity ids a text names) gets as keywords those of the posts its statement does
 * not say already. Only a person its own sentence names and the draft is about: the lede's people a later
 * sentence of its section is filed under ("the meeting lasted four hours") are no one that sentence calls
 * by name, and one side's lead, drafted from a sentence naming both, is not about the other side's.
 */
export function withPostKeywords(
  facts: readonly DraftFact[],
  posts: ReadonlyMap<string, readonly string[]>,
  namedIn: (text: string) => readonly string[],
  isPerson: (id: string) => boolean,
): void {
  for (const fact of facts) {
    const said = new Set(fact.keywords.map((k) => k.toLowerCase()));
    const people = namedIn(fact.quotes.join(" ")).filter((id) => isPerson(id));
    // A keyword binds to no one: with two people named, one's post would be said of the other too ("what
    // did Chile's foreign minister Soto say?" of a fact on Soto and Peru's foreign minister).
    if (people.length !== 1 || !fact.entities.includes(people[0] as string)) continue;
    const added = (posts.get(people[0] as string) ?? []).filter(
      (post) => !says(fact.statement, post) && !said.has(post),
    );
    if (added.length > 0) fact.keywords = [...new Set([...fact.keywords, ...added])];
  }
}

/**
 * "the US ambassador to Turkey who also serves as Washington's special envoy": a role holding two posts, joined
 * by a relative clause or "and", is each post apart; as one, its joining words ("to who also serves as") were a
 * keyword whose "serves" matched a server's "server".
 */
const JOINED_POSTS = /\s+(?:who|which|and)\s+(?:also\s+)?(?:(?:serves|served|acts|acted|is|was)\s+as\s+)?/i;

/** The posts a person holds now, of the roles the article gives them, names taken out. */
export function currentPosts(roles: readonly string[], names: readonly string[]): string[] {
  return [
    ...new Set(
      roles
        .filter((role) => !isPastRole(role))
        .flatMap((role) => role.split(JOINED_POSTS))
        .filter((post) => HOLDS_POST.test(post))
        .map((post) => postWords(post, names).toLowerCase())
        .filter((post) => post !== ""),
    ),
  ];
}
