// Descriptions of the entities kb:add adds, in the article's own words, in place of the placeholder a
// curator had to replace: what the article calls a person or body ("Chile's minister for trade affairs,
// Luis Soto"; "Norway's official news agency NTB"), a place by the noun it follows ("Tarapaca province"), a
// credited outlet by the credit line's other name for it ("Kanal 5 (Chilean state TV)"), a country and a
// city by what the name data says they are. The engine reads a person's description to place them on a
// side ("Chile's minister …" → Chile), where the placeholder held the article's title, whose first
// side it put everyone on. An entity the article says nothing about keeps the placeholder, for the curator.
// Pure: entities, sentences and the tagger's word classes in, entities out. Nothing here knows the story.
import { escapeRegExp } from "../../engine/regexp.js";
import { isPlacedPost } from "../placed-posts.js";
import type { Entity } from "../schema.js";
import { nlp } from "./nlp-libraries.js";
import { placeAppositive, placeNoun } from "./place-nouns.js";
import { isPlaceholderDescription } from "./placeholder-descriptions.js";
import { personProfile, placedByLead } from "./profiles.js";
import { roleOf } from "./wording.js";

/** How the tagger read the article's words (draft/facts.ts). */
export interface WordClasses {
  isVerb: (word: string) => boolean;
  isNoun: (word: string) => boolean;
  isTitle: (word: string) => boolean;
}

/** compromise's lexicon: what it knows a name to be ("paris" → City). */
const lexicon = (
  nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } }
).model.one.lexicon;

/** Whether the name data knows a name as a region: a state, a province ("West Virginia", "Ontario"). */
function isRegion(name: string): boolean {
  const known = lexicon[name.toLowerCase()];
  return Array.isArray(known) ? known.includes("Region") : known === "Region";
}

/**
 * "Tarapaca, Chile, …", "Springfield, Illinois, …": the country or region the article writes after a
 * place's name, when it is not one of a list ("Lima, Quito and Bogota", "Lima, Chile, and Peru").
 */
function placeWithin(place: Entity, sentences: readonly string[], known: readonly Entity[]): Entity | null {
  const names = [place.name, ...place.aliases].map(escapeRegExp).join("|");
  for (const outer of known) {
    if (outer.id === place.id || !(outer.kind === "country" || isRegion(outer.name))) continue;
    const outerNames = [outer.name, ...outer.aliases].map(escapeRegExp).join("|");
    const pattern = new RegExp(
      `(?<![\\p{L}-])(?:${names}),\\s+(?:${outerNames})(?:[.;]|,(?!\\s+(?:and|or)\\b))`,
      "u",
    );
    if (sentences.some((s) => pattern.test(s))) return outer;
  }
  return null;
}

/** What a role-like phrase is as a description: its article lower-cased ("The …" → "the …"). */
const asDescription = (role: string) => role.replace(/^(The|A|An)\s/, (w) => w.toLowerCase());

/**
 * The article's words for the entity, or null when it gives none. `known`: the base's entities with the
 * article's, by which a post is placed ("US special envoy": the US is one); `leadOf`: the label of the side
 * a person leads in the drafts, which places a post that names no country.
 */
export function articleDescription(
  entity: Entity,
  sentences: readonly string[],
  words: WordClasses,
  known: readonly Entity[],
  leadOf?: string,
): string | null {
  const spellings = [entity.name, ...entity.aliases];
  switch (entity.kind) {
    case "person": {
      const found = personProfile(entity, sentences, words.isVerb, words.isNoun, words.isTitle);
      // "Foreign Minister" of one who led Norway's side is Norway's, as the profile says (profiles.ts); "Prime
      // Minister" alone: whose is the curator's to write in (kb:review asks, on the profile).
      const profile = found && placedByLead(found, leadOf, known);
      if (!profile?.roles.some((role) => isPlacedPost(role, known))) return null;
      return profile.roles.map(asDescription).join("; ");
    }
    case "country":
      return "a country";
    case "place": {
      // "Tarapaca (also written Tarapacá), a copper-mining province in northern Chile": the article's own line.
      const appositive = placeAppositive(entity, sentences);
      if (appositive) return appositive.description;
      const noun = placeNoun(entity, sentences);
      if (noun) return noun;
      if (lexicon[entity.name.toLowerCase()] === "City") return "a city";
      const within = placeWithin(entity, sentences, known);
      return within ? `a place in ${within.name}` : null;
    }
    default: {
      for (const sentence of sentences) {
        const role = roleOf(sentence, spellings, words.isVerb, words.isNoun);
        // A role is what the body is ("Norway's official news agency"), not another name for it.
        if (role && /\p{Ll}{3,}/u.test(role)) return asDescription(role);
      }
      if (entity.kind !== "outlet") return null;
      // The credit line's bracket, "Kanal 5 (Chilean state TV)": words, not a name.
      const described = entity.aliases.find((a) => /\s\p{Ll}/u.test(a));
      return described ?? "a news outlet";
    }
  }
}

/** The entities with kb:add's placeholder description replaced by the article's words where it has some. */
export function describedFromArticle(
  entities: readonly Entity[],
  sentences: readonly string[],
  words: WordClasses,
  known: readonly Entity[],
  leads: ReadonlyMap<string, string> = new Map(),
): Entity[] {
  return entities.map((entity) => {
    if (!isPlaceholderDescription(entity.description)) return entity;
    const description = articleDescription(entity, sentences, words, known, leads.get(entity.id));
    return description ? { ...entity, description } : entity;
  });
}
