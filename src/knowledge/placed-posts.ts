// Whether a person's post says whose it is: "Chile's prime minister", "the US ambassador to Peru" do;
// "Prime Minister" does not. kb:review asks the curator to write in whose (review-sheet.ts), and kb:add keeps
// the placeholder description of a person whose every post is unplaced (draft/descriptions.ts): one module,
// so the two agree on which posts need a country.
import { normaliseAlias } from "../shared/fold.js";
import type { Entity } from "./schema.js";

/** Whether the post names a country or body: a possessive, or the name of an entity that is not a person. */
export function isPlacedPost(post: string, entities: Iterable<Entity>): boolean {
  if (/['’]s\b/.test(post)) return true;
  const text = ` ${normaliseAlias(post)} `;
  for (const entity of entities) {
    if (entity.kind === "person") continue;
    if ([entity.name, ...entity.aliases].some((name) => text.includes(` ${normaliseAlias(name)} `)))
      return true;
  }
  return false;
}

/**
 * Whether a post kb:review may pass as saying whose it is: placed, and its only possessives a name's ("Chile's
 * foreign ministry"), not a noun's with no owner ("head of the ministry's American affairs department": whose
 * ministry? The second curator trial found it passed). kb:add still describes such a person by the post: a
 * placeholder description, the article's title in it, answered a question about another person in the drafted
 * base (fm12-068).
 */
export function namesWhosePost(post: string, entities: Iterable<Entity>): boolean {
  const ownerless = /(?:^|\s)(?:the|its|their|his|her)\s+[\p{Ll}-]+['’]s\b/u.test(post);
  return isPlacedPost(ownerless ? post.replace(/['’]s\b/g, "") : post, entities);
}
