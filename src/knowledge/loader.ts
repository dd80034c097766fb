// Loads and validates the knowledge base. Every check collects problems instead of throwing, so one run of
// `npm run kb:check` shows an editor everything that is wrong, each pointing at file, fact and field.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { normaliseAlias } from "../shared/fold.js";
import { type LoadedArticle, loadArticle, resolveQuote } from "./article-file.js";
import { closestPassage, hint } from "./closest-passage.js";
import { readJson } from "./json-file.js";
import { DEFAULT_KNOWLEDGE_DIR } from "./knowledge-dir.js";
import { displayPath, KnowledgeBaseError, type Problem } from "./problems.js";
import {
  type Entity,
  entityFileSchema,
  entitySchema,
  type FactInput,
  factFileSchema,
  factSchema,
  type Lexicon,
  lexiconSchema,
  type Story,
  storySchema,
} from "./schema.js";
import type { Article, Fact, KnowledgeBase, Quote } from "./types.js";
import { issueProblems } from "./zod-issues.js";
// Provides the engine its word lists: every program that loads a base may build an engine from it.
import "./compounds-data.js";
import "./word-data.js";

export { formatProblem, KnowledgeBaseError, type Problem } from "./problems.js";

/**
 * A file of the base read and checked against its schema: its data, or undefined once every problem (a
 * missing file, bad JSON, each schema issue) is collected.
 */
function readChecked<T>(file: string, schema: z.ZodType<T>, problems: Problem[]): T | undefined {
  const raw = readJson(file, problems);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...issueProblems(issue, displayPath(file), ""));
    return undefined;
  }
  return parsed.data;
}

function loadEntities(dir: string, problems: Problem[]): Entity[] {
  const file = path.join(dir, "entities.json");
  const shown = displayPath(file);
  const top = readChecked(file, entityFileSchema, problems);
  if (top === undefined) return [];
  const entities: Entity[] = [];
  const ids = new Map<string, number>();
  // normalised name/alias → the entity that claimed it first
  const names = new Map<string, { id: string; text: string }>();
  // Position of each loaded entity in the file, for field paths after invalid entries are skipped.
  const indexes: number[] = [];
  top.entities.forEach((item, index) => {
    const rawId = (item as { id?: unknown } | null)?.id;
    const label = typeof rawId === "string" ? rawId : undefined;
    const parsed = entitySchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [p] = issueProblems(issue, shown, `entities[${index}]`);
        if (p) problems.push({ ...p, message: label ? `entity "${label}": ${p.message}` : p.message });
      }
      return;
    }
    const entity = parsed.data;
    const seenAt = ids.get(entity.id);
    if (seenAt !== undefined) {
      problems.push({
        file: shown,
        field: `entities[${index}].id`,
        message: `duplicate entity id "${entity.id}" (also entities[${seenAt}])`,
      });
      return;
    }
    ids.set(entity.id, index);
    entities.push(entity);
    indexes.push(index);
  });
  // Names are claimed before aliases, so an alias that repeats another entity's name is the one reported.
  const spellings: Array<{ id: string; text: string; field: string }> = entities.map((entity, i) => ({
    id: entity.id,
    text: entity.name,
    field: `entities[${indexes[i]}].name`,
  }));
  entities.forEach((entity, i) => {
    entity.aliases.forEach((alias, j) => {
      spellings.push({ id: entity.id, text: alias, field: `entities[${indexes[i]}].aliases[${j}]` });
    });
  });
  for (const { id, text, field } of spellings) {
    const key = normaliseAlias(text);
    const other = names.get(key);
    // Variants of one entity's own name (Hay'at / Hay’at) are the point of aliases, not a clash.
    if (other && other.id !== id) {
      problems.push({
        file: shown,
        field,
        message: `entity "${id}": alias "${text}" is already used by entity "${other.id}" ("${other.text}")`,
      });
    } else if (!other) names.set(key, { id, text });
  }
  return entities;
}

function loadLexicon(dir: string, problems: Problem[]): Lexicon | null {
  return readChecked(path.join(dir, "lexicon.json"), lexiconSchema, problems) ?? null;
}

/** story.json: the story's name, scope sentence, sides and topics (everything the bot says about it). */
function loadStory(dir: string, problems: Problem[]): Story | null {
  const file = path.join(dir, "story.json");
  const story = readChecked(file, storySchema, problems);
  if (story === undefined) return null;
  for (const [list, what] of [
    [story.sides, "sides"],
    [story.topics, "topics"],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) {
        problems.push({
          file: displayPath(file),
          field: `${what}[${i}].id`,
          message: `duplicate id "${item.id}"`,
        });
      }
      seen.add(item.id);
    });
  }
  return story;
}

function loadFacts(
  folder: string,
  id: string,
  loaded: LoadedArticle | null,
  entityIds: Set<string> | null,
  story: Story | null,
  seenFacts: Map<string, string>,
  problems: Problem[],
): Fact[] {
  const file = path.join(folder, "facts.json");
  const shown = displayPath(file);
  const top = readChecked(file, factFileSchema, problems);
  if (top === undefined) return [];
  if (top.article !== id) {
    problems.push({
      file: shown,
      field: "article",
      message: `article "${top.article}" does not match its folder "${id}"`,
    });
  }
  const facts: Fact[] = [];
  top.facts.forEach((item, index) => {
    const rawId = (item as { id?: unknown } | null)?.id;
    const factId = typeof rawId === "string" && rawId ? rawId : undefined;
    // Without an id the only way to find the fact is its position in the array.
    const prefix = factId ? "" : `facts[${index}]`;
    const parsed = factSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(...issueProblems(issue, shown, prefix, factId));
      return;
    }
    const input: FactInput = parsed.data;
    const firstFile = seenFacts.get(input.id);
    if (firstFile !== undefined) {
      problems.push({
        file: shown,
        factId: input.id,
        field: "id",
        message: `duplicate fact id (first defined in ${firstFile})`,
      });
      return;
    }
    seenFacts.set(input.id, shown);
    const found = unknownReferences(input, entityIds, story);
    const quotes = loaded ? resolvedQuotes(input.quotes, loaded, found) : [];
    problems.push(...found.map((problem) => ({ file: shown, factId: input.id, ...problem })));
    if (loaded && found.length === 0) facts.push({ ...input, articleId: id, quotes });
  });
  return facts;
}

/** A problem with one field of a fact. */
interface FieldProblem {
  field: string;
  message: string;
}

/** The fact's entities, topics and side that the base lacks (none checked against a file that failed to load). */
function unknownReferences(
  input: FactInput,
  entityIds: Set<string> | null,
  story: Story | null,
): FieldProblem[] {
  const found: FieldProblem[] = [];
  input.entities.forEach((entityId, i) => {
    if (entityIds && !entityIds.has(entityId))
      found.push({
        field: `entities[${i}]`,
        message: `unknown entity id "${entityId}" (not in entities.json)`,
      });
  });
  if (!story) return found;
  const topics = new Set(story.topics.map((t) => t.id));
  input.topics.forEach((topicId, i) => {
    if (!topics.has(topicId))
      found.push({
        field: `topics[${i}]`,
        message: `unknown topic "${topicId}" (story.json lists ${[...topics].join(", ")})`,
      });
  });
  if (input.side !== undefined && !story.sides.some((s) => s.id === input.side)) {
    found.push({
      field: "side",
      message: `unknown side "${input.side}" (story.json lists ${story.sides.map((s) => s.id).join(", ") || "none"})`,
    });
  }
  return found;
}

/** The quotes found verbatim in the article's text; each one not found is added to `found`, with the closest passage. */
function resolvedQuotes(texts: readonly string[], loaded: LoadedArticle, found: FieldProblem[]): Quote[] {
  const quotes: Quote[] = [];
  texts.forEach((text, i) => {
    const quote = resolveQuote(loaded, text);
    if (quote) quotes.push(quote);
    else {
      found.push({
        field: `quotes[${i}]`,
        message: `not found verbatim in article.txt (closest: "${closestPassage(loaded.article.text, text)}")${hint(loaded.article.text, text)}`,
      });
    }
  });
  return quotes;
}

export function checkKnowledgeBase(dir: string = DEFAULT_KNOWLEDGE_DIR): {
  kb: KnowledgeBase | null;
  problems: Problem[];
} {
  const root = path.resolve(dir);
  const problems: Problem[] = [];
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return { kb: null, problems: [{ file: displayPath(root), message: "knowledge directory not found" }] };
  }
  const entitiesProblemsBefore = problems.length;
  const entities = loadEntities(root, problems);
  // If entities.json itself is unreadable, every entity reference would be reported as unknown: skip that.
  const entityFileOk =
    existsSync(path.join(root, "entities.json")) && problems.length === entitiesProblemsBefore;
  const entityIds = entityFileOk || entities.length > 0 ? new Set(entities.map((e) => e.id)) : null;
  const lexicon = loadLexicon(root, problems);
  const story = loadStory(root, problems);

  const articlesDir = path.join(root, "articles");
  const folders = existsSync(articlesDir)
    ? readdirSync(articlesDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  if (folders.length === 0)
    problems.push({ file: displayPath(articlesDir), message: "no article folders found" });

  const articles: Article[] = [];
  const facts: Fact[] = [];
  const seenFacts = new Map<string, string>();
  for (const id of folders) {
    const folder = path.join(articlesDir, id);
    const loaded = loadArticle(folder, id, problems);
    if (loaded) articles.push(loaded.article);
    facts.push(...loadFacts(folder, id, loaded, entityIds, story, seenFacts, problems));
  }

  if (problems.length > 0 || !lexicon || !story) return { kb: null, problems };
  return { kb: { articles, facts, entities, lexicon, story }, problems };
}

export function loadKnowledgeBase(dir?: string): KnowledgeBase {
  const { kb, problems } = checkKnowledgeBase(dir);
  if (!kb) throw new KnowledgeBaseError(problems);
  return kb;
}
