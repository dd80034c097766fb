// `kb:review -- --apply SHEET`: writes an edit sheet's changes (edit-sheet-read.ts) into the article's
// facts.json and the base's entities.json, then checks the base as the bot loads it; a base that no longer
// loads is put back as it was, byte for byte, and its problems named, so an apply never leaves a broken base.
import { readFileSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../shared/atomic-write.js";
import { formatJson } from "./draft/json.js";
import { type EntitySpellings, entitiesAfterDroppedQuotes } from "./dropped-quote-entities.js";
import type { SheetEdits } from "./edit-sheet-read.js";
import { checkKnowledgeBase, formatProblem } from "./loader.js";
import { redrawStatementQuestions } from "./statement-questions.js";

/** What an apply changed, counted for its summary line. */
export interface Applied {
  statements: number;
  dropped: number;
  quotes: number;
  kept: number;
  entityLists: number;
  /** Entities taken off a fact with the dropped quote that alone named them. */
  entitiesWithQuotes: number;
  entitiesChanged: number;
  entitiesAdded: number;
  /** Quotes added to a fact (`add quote:`). */
  quotesAdded: number;
  /** /timeline labels rewritten. */
  timelines: number;
}

interface RawFact {
  id?: unknown;
  statement?: unknown;
  quotes?: unknown;
  entities?: unknown;
  kept?: unknown;
  timeline?: { when?: unknown };
}

interface RawEntity {
  id?: unknown;
  [key: string]: unknown;
}

/** Applies the edits in `dir`; the problems of the base they made, with the files put back, when it does not load. */
export function applyEdits(dir: string, edits: SheetEdits): { applied: Applied; problems: string[] } {
  const factsFile = path.join(dir, "articles", edits.article, "facts.json");
  const entitiesFile = path.join(dir, "entities.json");
  const before = { facts: readFileSync(factsFile, "utf8"), entities: readFileSync(entitiesFile, "utf8") };
  const applied: Applied = {
    statements: 0,
    dropped: 0,
    quotes: 0,
    kept: 0,
    entityLists: 0,
    entitiesWithQuotes: 0,
    entitiesChanged: 0,
    entitiesAdded: 0,
    quotesAdded: 0,
    timelines: 0,
  };
  const rawFacts = JSON.parse(before.facts) as { facts: RawFact[] };
  const rawEntities = JSON.parse(before.entities) as { entities: RawEntity[] };
  // The spellings after the sheet's own entity lines: a name the curator just gave an entity counts.
  const spellings = new Map<unknown, EntitySpellings>([
    ...rawEntities.entities.map((e) => [e.id, e as unknown as EntitySpellings] as const),
    ...edits.entities.map(({ entity }) => [entity.id, entity] as const),
  ]);
  const kept: RawFact[] = [];
  for (const fact of rawFacts.facts) {
    const edit = typeof fact.id === "string" ? edits.facts.get(fact.id) : undefined;
    if (!edit) {
      kept.push(fact);
      continue;
    }
    if (edit.drop) {
      applied.dropped += 1;
      continue;
    }
    if (edit.statement !== fact.statement) {
      fact.statement = edit.statement;
      applied.statements += 1;
    }
    if (edit.dropQuotes.length > 0 && Array.isArray(fact.quotes)) {
      const quotes: unknown[] = fact.quotes;
      const left = quotes.filter((q) => !edit.dropQuotes.includes(String(q)));
      // What was deleted, counted in the file: a quote named twice on the sheet is one quote.
      applied.quotes += quotes.length - left.length;
      fact.quotes = left;
      // An entities line on the sheet is the curator's word on them; else those only the dropped quotes named go.
      if (!edit.entities && Array.isArray(fact.entities)) {
        const ids = fact.entities.map(String);
        const after = entitiesAfterDroppedQuotes(
          ids,
          edit.dropQuotes,
          [edit.statement, ...left.map(String)],
          (id) => spellings.get(id),
        );
        applied.entitiesWithQuotes += ids.length - after.length;
        fact.entities = after;
      }
    }
    if (edit.addQuotes.length > 0 && Array.isArray(fact.quotes)) {
      // Checked verbatim by the reading; the base's check below places each in the article.
      const quotes: unknown[] = fact.quotes;
      const added = edit.addQuotes.filter((q) => !quotes.includes(q));
      fact.quotes = [...quotes, ...added];
      applied.quotesAdded += added.length;
    }
    if (edit.timeline !== undefined && fact.timeline && edit.timeline !== fact.timeline.when) {
      fact.timeline.when = edit.timeline;
      applied.timelines += 1;
    }
    if (edit.entities && JSON.stringify(edit.entities) !== JSON.stringify(fact.entities)) {
      fact.entities = edit.entities;
      applied.entityLists += 1;
    }
    if (edit.keep.length > 0) {
      const old = Array.isArray(fact.kept) ? fact.kept.map(String) : [];
      fact.kept = [...new Set([...old, ...edit.keep])];
      applied.kept += edit.keep.length;
    }
    kept.push(fact);
  }
  rawFacts.facts = kept;
  for (const { entity } of edits.entities) {
    const at = rawEntities.entities.findIndex((e) => e.id === entity.id);
    if (at < 0) {
      rawEntities.entities.push({ ...entity });
      applied.entitiesAdded += 1;
    } else if (
      Object.entries(entity).some(
        ([k, v]) => JSON.stringify(rawEntities.entities[at]?.[k]) !== JSON.stringify(v),
      )
    ) {
      // Keys in the order entities.json holds them, so a diff shows the field that changed.
      rawEntities.entities[at] = { ...rawEntities.entities[at], ...entity };
      applied.entitiesChanged += 1;
    }
  }
  const restore = () => {
    writeFileAtomic(factsFile, before.facts);
    writeFileAtomic(entitiesFile, before.entities);
  };
  let problems: ReturnType<typeof checkKnowledgeBase>["problems"];
  try {
    writeFileAtomic(factsFile, formatJson(rawFacts));
    writeFileAtomic(entitiesFile, formatJson(rawEntities));
    // A rewritten statement's drafted questions follow it, as the next kb:review would do.
    redrawStatementQuestions(dir);
    problems = checkKnowledgeBase(dir).problems;
  } catch (error) {
    // A failed write or redraw must not leave half an apply: both files go back as they were.
    restore();
    throw error;
  }
  if (problems.length > 0) {
    restore();
    return { applied, problems: problems.map(formatProblem) };
  }
  return { applied, problems: [] };
}
