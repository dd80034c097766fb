// Helpers for tests that break a copy of the real knowledge base: the checks run on real files on disk,
// the way `npm run kb:check` sees them, not on objects built in memory.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/shared/project-root.js";

export { PROJECT_ROOT };
export const REAL_KB_DIR = path.join(PROJECT_ROOT, "src", "knowledge");
export const ARTICLE_ID = "israel-syria-direct-talks";
export const FACTS_REL = `articles/${ARTICLE_ID}/facts.json`;
export const ARTICLE_META_REL = `articles/${ARTICLE_ID}/article.json`;

/** JSON as it comes off disk; tests poke into it by hand, so it is deliberately loose. */
export type Json = { [key: string]: Json } | Json[] | string | number | boolean | null;
export type JsonObject = { [key: string]: Json };

const made: string[] = [];

/** A fresh copy of the real knowledge base in a temp directory. */
export function copyKnowledgeBase(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kb-test-"));
  cpSync(REAL_KB_DIR, dir, { recursive: true });
  made.push(dir);
  return dir;
}

export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function readJsonFile(dir: string, rel: string): JsonObject {
  return JSON.parse(readFileSync(path.join(dir, rel), "utf8")) as JsonObject;
}

export function writeJsonFile(dir: string, rel: string, value: Json): void {
  writeFileSync(path.join(dir, rel), `${JSON.stringify(value, null, 2)}\n`);
}

/** Edits one JSON file of a knowledge-base copy in place. */
export function editJson(dir: string, rel: string, edit: (data: JsonObject) => void): void {
  const data = readJsonFile(dir, rel);
  edit(data);
  writeJsonFile(dir, rel, data);
}

export function asObject(value: Json | undefined): JsonObject {
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value)) {
    throw new Error(`expected an object, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function asArray(value: Json | undefined): Json[] {
  if (!Array.isArray(value)) throw new Error(`expected an array, got ${JSON.stringify(value)}`);
  return value;
}

/** The fact with this id in a parsed facts.json. */
export function factById(data: JsonObject, id: string): JsonObject {
  const fact = asArray(data.facts)
    .map(asObject)
    .find((f) => f.id === id);
  if (!fact) throw new Error(`no fact ${id}`);
  return fact;
}

export function entityById(data: JsonObject, id: string): JsonObject {
  const entity = asArray(data.entities)
    .map(asObject)
    .find((e) => e.id === id);
  if (!entity) throw new Error(`no entity ${id}`);
  return entity;
}

/** A later article added to a base on disk, as a curator's reviewed files: its text, metadata and facts. */
export function addArticle(
  dir: string,
  article: { id: string; title: string; published: string; text: string; facts: JsonObject[] },
): void {
  const folder = path.join(dir, "articles", article.id);
  mkdirSync(folder);
  writeFileSync(path.join(folder, "article.txt"), article.text);
  const meta = {
    id: article.id,
    title: article.title,
    outlet: null,
    published: article.published,
    url: null,
  };
  writeJsonFile(folder, "article.json", { ...meta, sections: [], attributions: [] });
  writeJsonFile(folder, "facts.json", { article: article.id, facts: article.facts });
}
