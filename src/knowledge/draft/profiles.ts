// "Who is X?": what the article says each person is, as a curator writes it in a profile fact ("Luis Soto
// is Chile's minister for trade affairs and one of President Rojas's closest confidants."). The article
// gives a person's post in passing ("Chile's minister for trade affairs, Luis Soto, held talks …"),
// inside a sentence about something else, so no sentence's own fact answers "what is Soto's job?" with
// few enough other words. Pure: sentences and a person in, the roles and their quotes out.
// Nothing here knows the story: only English apposition (roleOf, wording.ts).
import { isPlacedPost } from "../placed-posts.js";
import type { Entity } from "../schema.js";
import { possessive } from "./sides.js";
import { roleOf, spellingsPattern } from "./wording.js";

/** At most this many roles in one profile: the first ones the article gives are the ones it leads with. */
const MAX_ROLES = 3;

export interface PersonProfile {
  person: Entity;
  /** What the article calls the person, in its words, in the order it says them ("Chile's minister for …"). */
  roles: string[];
  /** The verbatim parts of sentences that say it: the name with its role ("Chile's minister for …, Luis Soto"). */
  quotes: string[];
}

/** The verbatim span of `sentence` that holds both the role and the person's name, or null. */
function roleSpan(sentence: string, role: string, spellings: readonly string[]): string | null {
  const at = sentence.indexOf(role);
  if (at < 0) return null;
  const name = new RegExp(`(?<![\\p{L}-])(?:${spellingsPattern(spellings)})(?![\\p{L}])`, "gu");
  let best: { start: number; end: number } | null = null;
  for (const match of sentence.matchAll(name)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    // The mention next to the role: right before it ("Name, role") or right after it ("role, Name").
    const gap = start >= at + role.length ? start - (at + role.length) : at - end;
    if (gap >= 0 && gap <= 3 && (best === null || Math.abs(start - at) < Math.abs(best.start - at)))
      best = { start, end };
  }
  if (!best) return null;
  return sentence.slice(Math.min(at, best.start), Math.max(at + role.length, best.end));
}

/** "Norway's then foreign minister": a role the person held at the time told, not now. */
export function isPastRole(role: string): boolean {
  return /\b(?:then|former|ex-|late|onetime|one-time)\b/i.test(role);
}

/**
 * What the article says the person is, from every sentence that names them with a role (an appositive, or
 * a title before the name), each role once, with the part of the sentence it rests on. `isVerb` and
 * `isNoun` say how the tagger read a word (see roleOf), `isTitle` whether it names a post ("Minister",
 * "President"). Null when the article gives the person no role.
 */
export function personProfile(
  person: Entity,
  sentences: readonly string[],
  isVerb: (word: string) => boolean,
  isNoun: (word: string) => boolean,
  isTitle: (word: string) => boolean = () => true,
): PersonProfile | null {
  const spellings = [person.name, ...person.aliases];
  const roles: string[] = [];
  const quotes: string[] = [];
  for (const sentence of sentences) {
    const role = roleOf(sentence, spellings, isVerb, isNoun);
    if (!role || roles.some((r) => r.toLowerCase() === role.toLowerCase())) continue;
    // Capitalised words with no title among them are another name ("Juan" before "Manuel Santos"), not a post.
    const words = role.split(/\s+/);
    if (words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|the)$/.test(w)) && !words.some(isTitle))
      continue;
    const quote = roleSpan(sentence, role, spellings);
    if (!quote) continue;
    roles.push(role);
    quotes.push(quote);
    if (roles.length === MAX_ROLES) break;
  }
  return roles.length > 0 ? { person, roles, quotes } : null;
}

/**
 * The profile with its posts given the side the person leads in the article, when none of them names a
 * country or body ("Foreign Minister" of one who led Norway's side → "Norway's foreign minister"), as a
 * curator writes it in; unchanged when a post is placed already or the person leads no side (`label`: the
 * side's label). `entities`: the base's and the article's, by which a post is placed ("US special envoy").
 */
export function placedByLead(
  profile: PersonProfile,
  label: string | undefined,
  entities: Iterable<Entity>,
): PersonProfile {
  const known = [...entities];
  if (label === undefined || profile.roles.some((role) => isPlacedPost(role, known))) return profile;
  return { ...profile, roles: profile.roles.map((role) => `${possessive(label)} ${role.toLowerCase()}`) };
}

/**
 * The profile's statement: "Luis Soto is Chile's minister for trade affairs and one of President Rojas's
 * closest confidants."; a role held then is told as past ("Per Dahl was Norway's then foreign
 * minister.").
 */
export function profileStatement(profile: PersonProfile): string {
  const now = profile.roles.filter((r) => !isPastRole(r));
  const then = profile.roles.filter(isPastRole);
  const list = (roles: readonly string[]) =>
    roles.length <= 1 ? (roles[0] ?? "") : `${roles.slice(0, -1).join(", ")} and ${roles.at(-1) as string}`;
  const lower = (role: string) => role.replace(/^(The|A|An)\s/, (w) => w.toLowerCase());
  const parts = [
    ...(now.length > 0 ? [`is ${list(now.map(lower))}`] : []),
    ...(then.length > 0 ? [`was ${list(then.map(lower))}`] : []),
  ];
  return `${profile.person.name} ${parts.join("; ")}.`;
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];

/**
 * Whether another fact already says what the profile says: a statement that names the person and holds
 * every word of each of the profile's roles ("Foreign Minister" in "Anna Berg is Norway's foreign
 * minister."). A later article that calls someone by the post an earlier one gave adds nothing a reader asks;
 * a new post ("the new foreign minister") is a new profile.
 */
export function saidBefore(profile: PersonProfile, statements: readonly string[]): boolean {
  const name = profile.person.name.toLowerCase();
  const said = statements.filter((s) => s.toLowerCase().includes(name)).map((s) => new Set(wordsOf(s)));
  return (
    said.length > 0 &&
    profile.roles.every((role) => said.some((words) => wordsOf(role).every((w) => words.has(w))))
  );
}
