// Names in an article, matched to entities.json by name and alias, or drafted as new entities. compromise
// finds the people, places and organisations; the rules here only clean what it returns (titles, trailing
// punctuation, possessives) and read the spelling notes news copy carries ("also written Tromso").
import type nlp from "compromise";
import { escapeRegExp } from "../../engine/regexp.js";
import { normaliseAlias } from "../../shared/fold.js";
import type { Entity } from "../schema.js";
import { countriesIn, demonymsOf, isCountry, isDemonym } from "./countries.js";
import { slugOf } from "./entity-ids.js";
import { POST_NOUN } from "./posts.js";

type EntityKind = Entity["kind"];

/** Posts and honorifics written before a name and not part of it. */
const TITLE =
  /^(?:President|Prime Minister|Foreign Minister|Defense Minister|Defence Minister|Minister|Secretary of State|Secretary|Ambassador|Envoy|Sheikh|Governor|General|Gen\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|King|Emir|Crown Prince|Strategic Affairs Minister)\s+/i;
/** Words that qualify a title without naming anyone: "the former President", "acting Minister". */
const TITLE_QUALIFIER = /^(?:the|interim|former|then|acting)$/i;
/** A capitalised possessive ("Kenya's", "Norway’s") or an abbreviation ("UN", "U.S.") before a title. */
const NAMED_QUALIFIER = /^(?:\p{Lu}[\p{L}.-]*['’]s|\p{Lu}(?:\.?\p{Lu})+\.?)$/u;

/** Whether a word before a title says whose the title is (a people, a country's or body's possessive). */
function namesTitleHolder(word: string): boolean {
  return NAMED_QUALIFIER.test(word) || isDemonym(word);
}

/**
 * The name without the titles written before it and their qualifiers: "the former Colombian President Juan
 * Manuel Santos" → "Juan Manuel Santos". A name with no title after its first words is returned as it is.
 */
export function withoutTitles(name: string): string {
  for (let i = 0; i < 3; i++) {
    let rest = name;
    for (let word = /^(\S+)\s+/.exec(rest); word; word = /^(\S+)\s+/.exec(rest)) {
      const qualifier = word[1] as string;
      if (!TITLE_QUALIFIER.test(qualifier) && !namesTitleHolder(qualifier)) break;
      rest = rest.slice(word[0].length);
    }
    const title = TITLE.exec(rest);
    if (!title) break;
    name = rest.slice(title[0].length);
  }
  return name;
}
/** "Tromsø (also written Tromso)", "al-Rashid, whose name also appears as al-Rasheed", "(some outlets spell the name al-Rasheed)". */
const SPELLING_NOTES = [
  /([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)*)\s*\((?:also|sometimes)\s+(?:written|spelled|spelt|known as)\s+([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)*)\)/gu,
  /((?:al-)?[\p{Lu}][\p{L}'’-]+),\s+whose name (?:also )?appears as\s+((?:al-)?[\p{Lu}][\p{L}'’-]+)/gu,
  /((?:al-)?[\p{Lu}][\p{L}'’-]+)\s+\((?:some outlets|others) spell (?:the|his|her) name\s+((?:al-)?[\p{Lu}][\p{L}'’-]+)\)/gu,
];

interface NameMention {
  name: string;
  kind: EntityKind;
}

function clean(raw: string): string {
  const name = raw
    .trim()
    .replace(/[.,;:!?)"”]+$/, "")
    .replace(/^["“(]+/, "")
    .replace(/['’]s$/, "")
    .trim();
  return withoutTitles(name).trim();
}

type Doc = ReturnType<typeof nlp>;

/** A place compromise finds whose last word says it is an institution ("State Department"). */
const INSTITUTION =
  /\b(?:Department|Ministry|Agency|Observatory|News|Council|Assembly|Office|Committee|Agency|Army|Forces)$/;
/** Capitalised words before a surname that are titles, not given names ("Secretary of State Anna Berg"). */
const TITLE_WORD =
  /^(?:State|Secretary|Minister|President|Prime|Foreign|Defen[cs]e|Strategic|Affairs|Interim|Envoy|Ambassador|Governor|General|Sheikh|King|Emir|Mr|Mrs|Ms|Dr)$/;

/**
 * People, places and organisations compromise finds in a parsed text, cleaned, each once. `text` is the
 * text the document was parsed from: a one-word person is looked for there with a given name before it
 * ("Anna Berg" where compromise saw "Berg" and a place "State Anna"), and is dropped if it has none
 * ("Chad's foreign minister" is not a person called Chad).
 */
/** Honorifics written before a person's name. */
const HONORIFICS = "Sheikh|Sheik|Rabbi|Imam|Dr\\.?|General|Gen\\.|Colonel|Col\\.|Judge|Bishop|Father";

export function findNames(doc: Doc, text = ""): NameMention[] {
  const found = new Map<string, NameMention>();
  const add = (raw: string, kind: EntityKind) => {
    let name = clean(raw);
    // One letter, all capitals of a dateline, or a phrase ending in a common word ("Kenyan media",
    // "French capital") is not a name worth an entity.
    name = name.replace(/\s+(?:city|province|region|governorate|area)$/, "");
    const last = name.split(/\s+/).at(-1) ?? "";
    if (name.length < 3 || !/^[\p{Lu}]|^al-/u.test(name) || name === name.toUpperCase()) return;
    if (/^\p{Ll}/u.test(last) && !/^al-/.test(last)) return;
    if (kind === "place" && INSTITUTION.test(name)) kind = "organisation";
    if (kind === "place" && isCountry(name)) kind = "country";
    // "Kenyan Commission for Human Rights": compromise stops at "for".
    const longer = new RegExp(
      `${escapeRegExp(name)}((?: for| of)(?: the)?(?: [\\p{Lu}][\\p{L}'’-]+)+)`,
      "u",
    ).exec(text);
    if (kind === "organisation" && longer?.[1]) name += longer[1];
    const key = normaliseAlias(name);
    if (!found.has(key)) found.set(key, { name, kind });
  };
  const people = (doc.people().out("array") as string[]).map(clean);
  const fullNames: string[] = [];
  for (const person of people) {
    if (/\s/.test(person)) {
      add(person, "person");
      fullNames.push(person);
      continue;
    }
    // A surname alone: a given name written before it somewhere in the text makes it a full name.
    const before = new RegExp(`((?:[\\p{Lu}][\\p{L}'’.-]*\\s+)+)${escapeRegExp(person)}\\b`, "gu");
    for (const match of text.matchAll(before)) {
      const words = (match[1] ?? "").trim().split(/\s+/);
      let start = words.length;
      while (start > 0) {
        const word = words[start - 1] as string;
        if (TITLE_WORD.test(word) || namesTitleHolder(word)) break;
        start--;
      }
      const given = words.slice(start);
      if (given.length > 0 && given.length <= 2) {
        const full = `${given.join(" ")} ${person}`;
        add(full, "person");
        fullNames.push(full);
        break;
      }
    }
  }
  // A person the tagger missed, introduced by a post or an honorific as a curator would read them: "Chad's
  // foreign minister, Abdoulaye Koumba", "Omar al-Rashid, head of the ministry's …", "Sheikh Ali Hamdan".
  const NAME = "((?:\\p{Lu}[\\p{Ll}'’]+[- ]){1,2}(?:al-)?\\p{Lu}[\\p{Ll}'’-]+)";
  for (const pattern of [
    new RegExp(`\\b${POST_NOUN}s?,\\s+${NAME}(?=[,.;)]|\\s+(?:and|said|says|who)\\b)`, "gu"),
    new RegExp(
      `(?:^|[.;]\\s+|\\b(?:and|with|saw|met)\\s+)${NAME},\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${POST_NOUN}\\s+of\\b`,
      "gu",
    ),
    new RegExp(`\\b(?:${HONORIFICS})\\s+${NAME}\\b`, "gu"),
  ]) {
    for (const match of text.matchAll(pattern)) {
      const name = clean(match[1] ?? "");
      if (name.split(/\s+/).length < 2 || fullNames.some((f) => f.includes(name) || name.includes(f)))
        continue;
      add(name, "person");
      fullNames.push(name);
    }
  }
  const givenNames = new Set(fullNames.flatMap((f) => f.split(/\s+/).slice(0, -1)));
  for (const raw of doc.places().out("array") as string[]) {
    // "Shepherdstown, West Virginia" is two places; "State Marco" holds a person's given name.
    for (const part of raw.split(/,\s+/)) {
      if (
        clean(part)
          .split(/\s+/)
          .some((w) => givenNames.has(w))
      )
        continue;
      add(part, "place");
    }
  }
  for (const raw of doc.organizations().out("array") as string[]) add(raw, "organisation");
  // Countries compromise missed ("Chad's foreign minister": Chad read as a given name, and dropped above).
  for (const name of countriesIn(text)) add(name, "country");
  return [...found.values()];
}

/** Pairs of spellings of one name that the article itself gives. */
export function spellingNotes(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const pattern of SPELLING_NOTES) {
    for (const match of text.matchAll(pattern)) {
      if (match[1] && match[2]) pairs.push([match[1], match[2]]);
    }
  }
  return pairs;
}

/** `base`, else `base-2`, `base-3` …: the first id `taken` lacks, which is then taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Entities after drafting: the existing ones (untouched, except for spellings the article adds) and new
 * ones for names the base does not know. A name already known by any of its spellings is not added again;
 * a one-word name that ends a longer new name ("al-Rashid" after "Omar al-Rashid") is its alias.
 */
export function mergeEntities(
  existing: readonly Entity[],
  mentions: readonly NameMention[],
  notes: ReadonlyArray<[string, string]>,
  describe: (name: string) => string,
): { entities: Entity[]; added: Entity[] } {
  const entities = existing.map((e) => ({ ...e, aliases: [...e.aliases] }));
  const owner = new Map<string, Entity>();
  const claim = (spelling: string, entity: Entity) => {
    const key = normaliseAlias(spelling);
    if (!owner.has(key)) owner.set(key, entity);
  };
  for (const entity of entities) for (const s of [entity.name, ...entity.aliases]) claim(s, entity);
  const ids = new Set(entities.map((e) => e.id));
  const added: Entity[] = [];
  // Longer names first, so "Omar al-Rashid" exists before "al-Rashid" is looked at.
  const ordered = [...mentions].sort((a, b) => b.name.split(" ").length - a.name.split(" ").length);
  // The other spelling in "also written Tromso" is an alias, never an entity of its own.
  const variants = new Set(notes.map(([, other]) => normaliseAlias(other)));
  for (const mention of ordered) {
    const key = normaliseAlias(mention.name);
    if (owner.has(key) || variants.has(key)) continue;
    const longer = added.find(
      (e) => e.kind === mention.kind && normaliseAlias(e.name).endsWith(` ${key}`) && key.length >= 4,
    );
    if (longer) {
      longer.aliases.push(mention.name);
      claim(mention.name, longer);
      continue;
    }
    const slug = slugOf(mention.name);
    if (!slug) continue;
    const id = uniqueId(slug, ids);
    const entity: Entity = {
      id,
      name: mention.name,
      kind: mention.kind,
      aliases: [],
      description: describe(mention.name),
    };
    // "al-Rashid" and "Rashid" for "Omar al-Rashid": how a second mention names the person.
    const words = mention.name.split(/\s+/);
    const last = words.at(-1) ?? "";
    if (mention.kind === "person" && words.length >= 2) {
      for (const alias of new Set([last, last.replace(/^al-/i, "")])) {
        if (alias.length >= 4 && !owner.has(normaliseAlias(alias))) {
          entity.aliases.push(alias);
          claim(alias, entity);
        }
      }
    }
    // "Chadian", "Kenyan": how a question names a country's people, as the base's own countries have it.
    if (mention.kind === "country") {
      for (const demonym of demonymsOf(mention.name)) {
        if (owner.has(normaliseAlias(demonym))) continue;
        entity.aliases.push(demonym);
        claim(demonym, entity);
      }
    }
    claim(mention.name, entity);
    entities.push(entity);
    added.push(entity);
  }
  for (const [known, other] of notes) {
    const entity = owner.get(normaliseAlias(known));
    if (!entity || owner.has(normaliseAlias(other))) continue;
    entity.aliases.push(other);
    claim(other, entity);
  }
  return { entities, added };
}

/** "Norway's" and "Norway’s" alike, case folded: how a qualifier before a name is compared. */
function qualifierKey(word: string): string {
  return normaliseAlias(word.replace(/’/g, "'"));
}

/**
 * Every spelling of every entity, longest first, for finding them in a sentence. A spelling that other
 * spellings of the entity qualify ("Foreign Ministry" of "Norway's Foreign Ministry", "Norwegian Foreign
 * Ministry") carries those qualifiers: written after another one ("Chile's foreign ministry") it is not
 * this entity.
 */
export function spellingIndex(
  entities: readonly Entity[],
): Array<{ pattern: RegExp; entity: Entity; qualifiers?: ReadonlySet<string>; folded?: string }> {
  const spellings: Array<{ text: string; entity: Entity; qualifiers?: ReadonlySet<string> }> = [];
  for (const entity of entities) {
    const all = [entity.name, ...entity.aliases];
    for (const text of all) {
      const qualifiers = new Set<string>();
      for (const other of all) {
        const head = other.slice(0, other.length - text.length);
        if (other.length > text.length && other.toLowerCase().endsWith(` ${text.toLowerCase()}`))
          qualifiers.add(qualifierKey(head.trim()));
      }
      spellings.push(qualifiers.size > 0 ? { text, entity, qualifiers } : { text, entity });
    }
  }
  spellings.sort((a, b) => b.text.length - a.text.length);
  return spellings.map(({ text, entity, qualifiers }) => ({
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(text)
        .replace(/['’]/g, "['’]")
        .replace(/[- ]/g, "[- ]")}(?![\\p{L}\\p{N}])`,
      "giu",
    ),
    entity,
    folded: foldedForSearch(text),
    ...(qualifiers ? { qualifiers } : {}),
  }));
}

const namesByIndex = new WeakMap<object, Set<string>>();
/** Every one-word spelling in the index, folded: "Chilean", "Norway" qualify a name written after them. */
function namesOf(index: ReadonlyArray<{ entity: Entity }>): Set<string> {
  let names = namesByIndex.get(index);
  if (!names) {
    names = new Set(
      index.flatMap(({ entity }) =>
        [entity.name, ...entity.aliases].filter((n) => !/\s/.test(n)).map(qualifierKey),
      ),
    );
    namesByIndex.set(index, names);
  }
  return names;
}

/**
 * A text as a spelling's pattern reads it, for a quick test that the spelling may be in it: case folded,
 * hyphens and runs of spaces as one space, curly apostrophes straight (the pattern takes either).
 */
function foldedForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-\s]+/g, " ")
    .replace(/’/g, "'");
}

type SpellingIndex = ReadonlyArray<{
  pattern: RegExp;
  entity: Entity;
  qualifiers?: ReadonlySet<string>;
  folded?: string;
}>;

/** Each index's answers by sentence: drafting asks of one sentence several times (alone, with its context). */
const foundByIndex = new WeakMap<object, Map<string, readonly Entity[]>>();

/** Entities named in a sentence, longest spelling first, each span counted once. */
export function entitiesIn(sentence: string, index: SpellingIndex): Entity[] {
  let cache = foundByIndex.get(index);
  if (!cache) {
    cache = new Map();
    foundByIndex.set(index, cache);
  }
  let found = cache.get(sentence);
  if (!found) {
    found = findEntities(sentence, index);
    cache.set(sentence, found);
  }
  return [...found];
}

function findEntities(sentence: string, index: SpellingIndex): Entity[] {
  const taken: boolean[] = new Array(sentence.length).fill(false);
  const found: Entity[] = [];
  const folded = foldedForSearch(sentence);
  for (const { pattern, entity, qualifiers, folded: spelling } of index) {
    // Most spellings are not in the sentence at all: a substring test spares their regular expressions.
    if (spelling !== undefined && !folded.includes(spelling)) continue;
    pattern.lastIndex = 0;
    for (const match of sentence.matchAll(pattern)) {
      const from = match.index ?? 0;
      const to = from + match[0].length;
      if (taken.slice(from, to).some(Boolean)) continue;
      if (qualifiers) {
        // "Chile's foreign ministry" is not "Norway's Foreign Ministry".
        // Only a possessive or another entity's name qualifies ("The Foreign Ministry said" is no conflict).
        const before = /(\p{Lu}[\p{L}-]*(?:['’]s)?)\s+$/u.exec(sentence.slice(0, from))?.[1];
        const qualifies =
          before !== undefined && (/['’]s$/.test(before) || namesOf(index).has(qualifierKey(before)));
        if (qualifies && !qualifiers.has(qualifierKey(before))) continue;
      }
      for (let i = from; i < to; i++) taken[i] = true;
      if (!found.includes(entity)) found.push(entity);
    }
  }
  return found;
}
