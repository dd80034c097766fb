// The entities a curator added for an article, put on its drafts. kb:review asks for an entity for each name
// the drafts give that the base lacks (with the entry to paste: entity-suggestions.ts); once it is in
// entities.json, kb:review adds its id to every draft whose quotes name it, so the curator edits one file,
// not each fact that names it. Only an entity no fact lists yet, one just added: an entity kb:add left off a
// fact on purpose (another side's people on a side's lead fact; a place inside a person's alias, "the Lima
// governor") is listed on another fact, and stays off.
import { readFileSync } from "node:fs";
import path from "node:path";
import { escapeRegExp } from "../engine/regexp.js";
import { writeFileAtomic } from "../shared/atomic-write.js";
import { plural } from "../shared/plural.js";
import { formatJson } from "./draft/json.js";
import type { Entity, KnowledgeBase } from "./types.js";

/** Entity id → the drafts it was added to. */
export type EntityLinks = Map<string, string[]>;

/**
 * The ids of the entities a text names by a spelling as written (case and all: "US" is not "us"), a hyphen
 * or a space alike.
 */
function namedIn(entities: readonly Entity[]): (text: string) => string[] {
  const patterns = entities.map((entity) => {
    const spellings = [entity.name, ...entity.aliases]
      .map((s) => escapeRegExp(s).replace(/['’]/g, "['’]").replace(/[- ]/g, "[- ]"))
      .join("|");
    return {
      id: entity.id,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${spellings})(?![\\p{L}\\p{N}])`, "u"),
    };
  });
  return (text) => patterns.filter(({ pattern }) => pattern.test(text)).map(({ id }) => id);
}

/** The links to add: for each draft, the entities its quotes name that no fact of the base lists yet. */
export function entityLinks(kb: KnowledgeBase): EntityLinks {
  const links: EntityLinks = new Map();
  const named = namedIn(kb.entities);
  const listed = new Set(kb.facts.flatMap((f) => f.entities));
  for (const fact of kb.facts) {
    if (fact.reviewed !== false) continue;
    for (const id of named(fact.quotes.map((q) => q.text).join(" "))) {
      if (listed.has(id)) continue;
      links.set(id, [...(links.get(id) ?? []), fact.id]);
    }
  }
  return links;
}

/**
 * Adds the links to the articles' facts.json files in `dir` (a file is written only when one of its facts
 * changed) and returns the knowledge base with them.
 */
export function linkAddedEntities(kb: KnowledgeBase, dir: string): { kb: KnowledgeBase; links: EntityLinks } {
  const links = entityLinks(kb);
  if (links.size === 0) return { kb, links };
  const added = new Map<string, string[]>();
  for (const [id, factIds] of links) for (const f of factIds) added.set(f, [...(added.get(f) ?? []), id]);
  for (const article of kb.articles) {
    const file = path.join(dir, "articles", article.id, "facts.json");
    const raw = JSON.parse(readFileSync(file, "utf8")) as {
      facts: Array<{ id: string; entities: string[] }>;
    };
    let touched = false;
    for (const fact of raw.facts) {
      const ids = fact.id === undefined ? undefined : added.get(fact.id);
      if (!ids) continue;
      fact.entities = [...fact.entities, ...ids];
      touched = true;
    }
    if (touched) writeFileAtomic(file, formatJson(raw));
  }
  const facts = kb.facts.map((f) => {
    const ids = added.get(f.id);
    return ids ? { ...f, entities: [...f.entities, ...ids] } : f;
  });
  return { kb: { ...kb, facts }, links };
}

/** What kb:review says of the links it added. */
export function linkedLine(links: EntityLinks): string {
  const each = [...links].map(([id, facts]) => `${id} (${plural(facts.length, "draft")})`);
  return `kb:review: entities added to the drafts that name them: ${each.join(", ")}`;
}
