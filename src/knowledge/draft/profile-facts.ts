// "Who is X?": one profile fact per person the article gives a role, as a curator writes it, unless the
// base's other articles give that profile already. Pure.
import type { Entity } from "../schema.js";
import type { DraftContext } from "./draft-context.js";
import type { DraftFact } from "./draft-fact.js";
import { factId } from "./draft-fact.js";
import { entitiesIn } from "./entities.js";
import { currentPosts } from "./post-keywords.js";
import { personProfile, placedByLead, profileStatement, saidBefore } from "./profiles.js";

/** The words a reader asks what someone is with ("what's Soto's job?"): a profile fact's keywords. */
const PROFILE_WORDS = ["job", "title", "role", "position", "portfolio"];

// "Who is X?": one profile fact per person the article gives a role, as a curator writes it. The words a
// reader asks a person's post with are its keywords.
/** What the article's sentences say a person is (profiles.ts), its words tagged as the drafts tag them. */
function profileIn(ctx: DraftContext, person: Entity) {
  const { allSentences, tagged, isNoun } = ctx;
  return personProfile(
    person,
    allSentences,
    (w) => tagged.verbs.has(w.toLowerCase()),
    isNoun,
    (w) => tagged.titles.has(w.toLowerCase()),
  );
}

export function profileFacts(
  ctx: DraftContext,
  body: string,
  knownStatements: readonly string[] | undefined,
  leads: ReadonlyMap<string, string> = new Map(),
): DraftFact[] {
  const { index, topicWords, fallbackTopic, taken } = ctx;
  const out: DraftFact[] = [];
  const people = entitiesIn(body, index).filter((e) => e.kind === "person");
  for (const person of people) {
    const found = profileIn(ctx, person);
    if (!found || found.quotes.some((q) => ctx.existingQuotes.has(q))) continue;
    // "Foreign Minister" of the one who led Norway's side: Norway's (kb:review checks it with that side).
    const profile = placedByLead(found, leads.get(person.id), ctx.entities);
    const statement = profileStatement(profile);
    if (saidBefore(profile, knownStatements ?? [])) continue;
    const surname = person.aliases
      .filter((a) => person.name.endsWith(` ${a}`) && !/\s/.test(a))
      .sort((a, b) => b.length - a.length)[0];
    const topics = topicWords.filter((t) => t.pattern?.test(statement)).map((t) => t.id);
    out.push({
      id: factId(`${person.name} profile`, taken),
      statement,
      quotes: profile.quotes,
      entities: [...new Set([person.id, ...entitiesIn(profile.roles.join(" "), index).map((e) => e.id)])],
      topics: topics.length > 0 ? topics : [fallbackTopic],
      questions: [...new Set([statement, ...profile.roles.map((r) => `${surname ?? person.name}, ${r}`)])],
      keywords: [...new Set([...PROFILE_WORDS, ...profile.roles])],
      kinds: ["who", "what"],
      reviewed: false,
    });
  }
  return out;
}

/**
 * The posts the article and the base give a person: the article's roles, placed by the side they lead
 * (`lead`, its label) as their profile places them, then the entity's description.
 */
export function postsGiven(ctx: DraftContext, person: Entity, lead?: string): string[] {
  const found = profileIn(ctx, person);
  const roles = found ? placedByLead(found, lead, ctx.entities).roles : [];
  return [...roles, ...person.description.split(/;\s*/)];
}

/**
 * Each person the article gives a post now, by entity id: the posts with every name in them taken out
 * ("Chile's foreign minister" → "foreign minister"), for the drafts that name the person only (post-keywords.ts).
 * Also for a person a base's other article has profiled already: it is this article's sentences that name
 * them bare.
 */
export function postsOfPeople(ctx: DraftContext, body: string): Map<string, string[]> {
  const { index } = ctx;
  const posts = new Map<string, string[]>();
  for (const person of entitiesIn(body, index).filter((e) => e.kind === "person")) {
    const profile = profileIn(ctx, person);
    if (!profile) continue;
    const names = profile.roles
      .flatMap((role) => entitiesIn(role, index))
      .concat(person)
      .flatMap((e) => [e.name, ...e.aliases]);
    const held = currentPosts(profile.roles, names);
    if (held.length > 0) posts.set(person.id, held);
  }
  return posts;
}
