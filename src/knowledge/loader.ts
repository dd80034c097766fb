// Loads and validates the knowledge base. Every check collects problems instead of throwing, so one run of
// `npm run kb:check` shows an editor everything that is wrong, each pointing at file, fact and field.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { normaliseAlias } from "../shared/fold.js";
import { PROJECT_ROOT } from "../shared/project-root.js";
import {
  type ArticleMeta,
  articleMetaSchema,
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

export interface Problem {
  file: string;
  factId?: string;
  field?: string;
  message: string;
}

export class KnowledgeBaseError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const head = `knowledge base has ${problems.length} problem${problems.length === 1 ? "" : "s"}`;
    super([head, ...problems.map((p) => `  ${formatProblem(p)}`)].join("\n"));
    this.name = "KnowledgeBaseError";
    this.problems = problems;
  }
}

/** The base shipped with the bot; KNOWLEDGE_DIR (read in config.ts) overrides it. */
export const DEFAULT_KNOWLEDGE_DIR: string = path.join(PROJECT_ROOT, "src", "knowledge");

const INTRODUCTION = "Introduction";

export function formatProblem(p: Problem): string {
  const where = [p.factId !== undefined ? `fact "${p.factId}"` : null, p.field ? `field ${p.field}` : null]
    .filter((part) => part !== null)
    .join(", ");
  return where ? `${p.file}: ${where}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Paths in messages are relative to the project root when possible, so they read the same on every machine. */
function displayPath(file: string): string {
  const rel = path.relative(PROJECT_ROOT, file);
  const shown = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
  return shown.split(path.sep).join("/");
}

/** zod paths → `quotes[1]`, `timeline.sort`, the way an editor would look the field up. */
function fieldPath(parts: readonly PropertyKey[]): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function joinField(prefix: string, rest: string): string {
  if (!prefix) return rest;
  if (!rest) return prefix;
  return rest.startsWith("[") ? `${prefix}${rest}` : `${prefix}.${rest}`;
}

type Issue = z.core.$ZodIssue;

/** One zod issue → problems; unknown keys become one problem per key so the field names the key itself. */
function issueProblems(issue: Issue, file: string, prefix: string, factId?: string): Problem[] {
  const base = joinField(prefix, fieldPath(issue.path));
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ file, factId, field: joinField(base, key), message: "unknown field" }));
  }
  // zod says "expected string, received undefined" for a missing field; say it plainly.
  const missing = issue.code === "invalid_type" && /received undefined$/.test(issue.message);
  const message = missing ? `is required (${issue.message.replace(/^Invalid input: /, "")})` : issue.message;
  return [{ file, factId, field: base || undefined, message }];
}

/** Offset of the first JSON syntax error in `text` (a small recursive-descent scan of the JSON grammar). */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new RangeError(String(i));
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i] ?? "")) i++;
  };
  const str = () => {
    i++;
    while (i < text.length) {
      const c = text[i] ?? "";
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\\") i += 2;
      else if (c < " ") fail();
      else i++;
    }
    fail();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === "{") {
          ws();
          if (text[i] !== '"') fail();
          str();
          ws();
          if (text[i] !== ":") fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') {
      str();
      return;
    }
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (number.test(text)) {
      i = number.lastIndex;
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch {
    return Math.min(i, text.length);
  }
  return text.length;
}

/** Reads and parses a JSON file; a missing file or a syntax error becomes a problem with line and column. */
function readJson(file: string, problems: Problem[]): unknown {
  const shown = displayPath(file);
  if (!existsSync(file)) {
    problems.push({ file: shown, message: "file is missing" });
    return undefined;
  }
  const text = readFileSync(file, "utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // V8's wording varies between Node versions (some give no position), so find the position ourselves.
    const raw = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    const pos = jsonErrorOffset(text);
    const before = text.slice(0, pos);
    const line = before.split("\n").length;
    const column = pos - before.lastIndexOf("\n");
    problems.push({
      file: shown,
      message: `invalid JSON at line ${line} column ${column} (position ${pos}): ${raw}`,
    });
    return undefined;
  }
}

function loadEntities(dir: string, problems: Problem[]): Entity[] {
  const file = path.join(dir, "entities.json");
  const shown = displayPath(file);
  const raw = readJson(file, problems);
  if (raw === undefined) return [];
  const top = entityFileSchema.safeParse(raw);
  if (!top.success) {
    for (const issue of top.error.issues) problems.push(...issueProblems(issue, shown, ""));
    return [];
  }
  const entities: Entity[] = [];
  const ids = new Map<string, number>();
  // normalised name/alias → the entity that claimed it first
  const names = new Map<string, { id: string; text: string }>();
  // Position of each loaded entity in the file, for field paths after invalid entries are skipped.
  const indexes: number[] = [];
  top.data.entities.forEach((item, index) => {
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
  const file = path.join(dir, "lexicon.json");
  const raw = readJson(file, problems);
  if (raw === undefined) return null;
  const parsed = lexiconSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...issueProblems(issue, displayPath(file), ""));
    return null;
  }
  return parsed.data;
}

/** story.json: the story's name, scope sentence, sides and topics (everything the bot says about it). */
function loadStory(dir: string, problems: Problem[]): Story | null {
  const file = path.join(dir, "story.json");
  const raw = readJson(file, problems);
  if (raw === undefined) return null;
  const parsed = storySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...issueProblems(issue, displayPath(file), ""));
    return null;
  }
  const story = parsed.data;
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

interface Span {
  id: string;
  source: string;
  url: string | null;
  from: number;
  to: number;
}

interface LoadedArticle {
  article: Article;
  headings: Array<{ name: string; offset: number }>;
  spans: Span[];
}

/** Offset of `line` standing alone on a line of `text`, or -1. */
function lineOffset(text: string, line: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(line, from);
    if (at < 0) return -1;
    const startsLine = at === 0 || text[at - 1] === "\n";
    const end = at + line.length;
    const endsLine = end === text.length || text[end] === "\n" || text.slice(end, end + 2) === "\r\n";
    if (startsLine && endsLine) return at;
    from = at + 1;
  }
}

function loadArticle(folder: string, id: string, problems: Problem[]): LoadedArticle | null {
  const textFile = path.join(folder, "article.txt");
  const metaFile = path.join(folder, "article.json");
  const metaShown = displayPath(metaFile);
  let text: string | null = null;
  if (existsSync(textFile)) text = readFileSync(textFile, "utf8");
  else problems.push({ file: displayPath(textFile), message: "file is missing" });

  const raw = readJson(metaFile, problems);
  if (raw === undefined) return null;
  const parsed = articleMetaSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...issueProblems(issue, metaShown, ""));
    return null;
  }
  const meta: ArticleMeta = parsed.data;
  if (meta.id !== id) {
    problems.push({
      file: metaShown,
      field: "id",
      message: `id "${meta.id}" does not match its folder "${id}"`,
    });
  }
  if (text === null) return null;

  const headings: LoadedArticle["headings"] = [];
  meta.sections.forEach((name, i) => {
    const offset = lineOffset(text, name);
    if (offset < 0) {
      problems.push({
        file: metaShown,
        field: `sections[${i}]`,
        message: `heading "${name}" is not a line of article.txt`,
      });
    } else headings.push({ name, offset });
  });
  headings.sort((a, b) => a.offset - b.offset);

  const spans: Span[] = [];
  meta.attributions.forEach((attribution, i) => {
    const from = text.indexOf(attribution.start);
    if (from < 0) {
      problems.push({
        file: metaShown,
        field: `attributions[${i}].start`,
        message: `"${attribution.start}" not found in article.txt`,
      });
    }
    const endAt = text.indexOf(attribution.end, Math.max(from, 0));
    if (endAt < 0) {
      problems.push({
        file: metaShown,
        field: `attributions[${i}].end`,
        message:
          from >= 0 && text.includes(attribution.end)
            ? `"${attribution.end}" only occurs before the start of the passage`
            : `"${attribution.end}" not found in article.txt`,
      });
    }
    if (from >= 0 && endAt >= 0) {
      spans.push({
        id: attribution.id,
        source: attribution.source,
        url: attribution.url,
        from,
        to: endAt + attribution.end.length,
      });
    }
  });

  return { article: { ...meta, text, file: displayPath(textFile) }, headings, spans };
}

/** Sentences and lines of the article, the candidates for "closest passage". */
function passages(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    // Bullets and 📌 markers are not part of what an editor quotes.
    const trimmed = line.replace(/^\s*(?:[-•]\s+|\p{Extended_Pictographic}\s*)/u, "").trim();
    if (!trimmed) continue;
    out.push(trimmed);
    for (const sentence of trimmed.split(/(?<=[.!?…”])\s+/)) if (sentence !== trimmed) out.push(sentence);
  }
  return out;
}

function bigrams(value: string): Map<string, number> {
  const s = value.toLowerCase().replace(/\s+/g, " ");
  const grams = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice similarity over character bigrams: cheap and good enough to point an editor at the right sentence. */
function similarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

function closestPassage(text: string, quote: string): string {
  let best = "";
  let bestScore = -1;
  for (const candidate of passages(text)) {
    const score = similarity(quote, candidate);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best.length > 160 ? `${best.slice(0, 157)}…` : best;
}

/** Why a near-miss failed, when it is one of the usual typing slips. */
function hint(text: string, quote: string): string {
  const straight = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  if (text.includes(straight(quote)) || straight(text).includes(straight(quote))) {
    return "; check straight versus curly quotes/apostrophes (the text uses ’ “ ”)";
  }
  if (/^\s|\s$/.test(quote)) return "; the quote has leading or trailing spaces";
  if (quote.startsWith("- ") && text.includes(quote.slice(2)))
    return '; quote bullet lines without the leading "- "';
  return "";
}

function resolveQuote(loaded: LoadedArticle, quote: string): Quote | null {
  const { article, headings, spans } = loaded;
  const offset = article.text.indexOf(quote);
  if (offset < 0) return null;
  let section = INTRODUCTION;
  for (const heading of headings) if (heading.offset <= offset) section = heading.name;
  const span = spans.find((s) => offset >= s.from && offset < s.to);
  return {
    text: quote,
    articleId: article.id,
    offset,
    section,
    source: span ? span.source : `${article.title} (section: ${section})`,
    url: span ? span.url : article.url,
    attributionId: span ? span.id : null,
  };
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
  const raw = readJson(file, problems);
  if (raw === undefined) return [];
  const top = factFileSchema.safeParse(raw);
  if (!top.success) {
    for (const issue of top.error.issues) problems.push(...issueProblems(issue, shown, ""));
    return [];
  }
  if (top.data.article !== id) {
    problems.push({
      file: shown,
      field: "article",
      message: `article "${top.data.article}" does not match its folder "${id}"`,
    });
  }
  const facts: Fact[] = [];
  top.data.facts.forEach((item, index) => {
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
    let ok = true;
    if (entityIds) {
      input.entities.forEach((entityId, i) => {
        if (!entityIds.has(entityId)) {
          ok = false;
          problems.push({
            file: shown,
            factId: input.id,
            field: `entities[${i}]`,
            message: `unknown entity id "${entityId}" (not in entities.json)`,
          });
        }
      });
    }
    if (story) {
      const topics = new Set(story.topics.map((t) => t.id));
      input.topics.forEach((topicId, i) => {
        if (topics.has(topicId)) return;
        ok = false;
        problems.push({
          file: shown,
          factId: input.id,
          field: `topics[${i}]`,
          message: `unknown topic "${topicId}" (story.json lists ${[...topics].join(", ")})`,
        });
      });
      if (input.side !== undefined && !story.sides.some((s) => s.id === input.side)) {
        ok = false;
        problems.push({
          file: shown,
          factId: input.id,
          field: "side",
          message: `unknown side "${input.side}" (story.json lists ${story.sides.map((s) => s.id).join(", ") || "none"})`,
        });
      }
    }
    if (!loaded) return;
    const quotes: Quote[] = [];
    input.quotes.forEach((text, i) => {
      const quote = resolveQuote(loaded, text);
      if (quote) {
        quotes.push(quote);
        return;
      }
      ok = false;
      problems.push({
        file: shown,
        factId: input.id,
        field: `quotes[${i}]`,
        message: `not found verbatim in article.txt (closest: "${closestPassage(loaded.article.text, text)}")${hint(loaded.article.text, text)}`,
      });
    });
    if (ok) facts.push({ ...input, articleId: id, quotes });
  });
  return facts;
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
