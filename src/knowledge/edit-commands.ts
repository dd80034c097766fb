// `kb:review -- --edit ARTICLE-ID` and `kb:review -- --apply SHEET`: the plain-text edit path of a review
// (edit-sheet.ts writes the sheet, edit-sheet-read.ts reads it back, apply-edits.ts writes the JSON).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../shared/atomic-write.js";
import { plural } from "../shared/plural.js";
import { type Applied, applyEdits } from "./apply-edits.js";
import { EVERY_FACT_HEADING, editSheet, sheetFacts } from "./edit-sheet.js";
import { readEditSheet, type SheetEdits } from "./edit-sheet-read.js";
import { linkAddedEntities } from "./entity-links.js";
import { loadKnowledgeBase } from "./loader.js";
import { openChecks } from "./review-sheet.js";
import type { KnowledgeBase } from "./types.js";

const review = (dir: string) => `npm run --silent kb:review -- --kb ${dir}`;

/** Where `--edit` writes an article's sheet: beside the base's files, never inside the article's folder (which kb:publish copies). */
export const sheetPath = (dir: string, article: string) => path.join(dir, `edit-${article}.txt`);

/** Where `--apply` keeps the sheet as the curator wrote it before rewriting it with what is left. */
export const backupPath = (sheet: string) => `${sheet}.bak`;

/** Whether the sheet's edits would change anything in `kb`: a sheet holding such is not overwritten. */
function changesSomething(edits: SheetEdits, kb: KnowledgeBase): boolean {
  const facts = new Map(kb.facts.map((f) => [f.id, f]));
  const entities = new Map(kb.entities.map((e) => [e.id, e]));
  for (const [id, edit] of edits.facts) {
    const fact = facts.get(id);
    if (!fact || edit.drop || edit.statement !== fact.statement || edit.dropQuotes.length > 0) return true;
    if (edit.keep.some((k) => !(fact.kept ?? []).includes(k))) return true;
    if (edit.entities && edit.entities.join(",") !== fact.entities.join(",")) return true;
    if (edit.addQuotes.length > 0) return true;
    if (edit.timeline !== undefined && edit.timeline !== fact.timeline?.when) return true;
  }
  return edits.entities.some(
    ({ entity }) => JSON.stringify(entity) !== JSON.stringify(entities.get(entity.id) ?? null),
  );
}

/**
 * Writes the article's sheet (`every`: its reviewed facts too, as once no draft is left); 1 when a sheet there
 * holds edits not applied yet (it is left as it is).
 */
export function writeSheet(kb: KnowledgeBase, dir: string, article: string, every = false): number {
  const file = sheetPath(dir, article);
  if (existsSync(file)) {
    const edits = readEditSheet(readFileSync(file, "utf8"), kb);
    if (edits.errors.length > 0 || changesSomething(edits, kb)) {
      process.stderr.write(
        `kb:review: ${file} holds edits not applied yet; left as it is. Apply them: ${review(dir)} --apply ${file}\n` +
          `  (or delete the file for a fresh sheet)\n`,
      );
      return 1;
    }
  }
  writeFileAtomic(file, editSheet(kb, article, `${review(dir)} --apply ${file}`, every));
  const shown = sheetFacts(kb, article, every);
  const drafts = shown.facts.filter((f) => f.reviewed === false).length;
  const what = shown.every
    ? `${plural(shown.facts.length, "fact")} of ${article} (${plural(drafts, "draft")}; a reviewed fact you edit stays reviewed)`
    : `${plural(drafts, "draft")} of ${article}`;
  process.stdout.write(
    `kb:review: ${what} to edit in ${file}\n` + `  then apply it: ${review(dir)} --apply ${file}\n`,
  );
  return 0;
}

function appliedLine(a: Applied): string {
  const parts = [
    [a.statements, "statement rewritten", "statements rewritten"],
    [a.dropped, "draft deleted", "drafts deleted"],
    [a.quotes, "quote deleted", "quotes deleted"],
    [a.quotesAdded, "quote added", "quotes added"],
    [a.timelines, "timeline label rewritten", "timeline labels rewritten"],
    [a.entityLists, "fact's entities changed", "facts' entities changed"],
    [a.entitiesWithQuotes, "entity dropped with its quote", "entities dropped with their quotes"],
    [a.kept, "check kept", "checks kept"],
    [a.entitiesChanged, "entity changed", "entities changed"],
    [a.entitiesAdded, "entity added", "entities added"],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return said.length > 0 ? said.join(", ") : "nothing changed";
}

/** Applies a sheet; 0 when applied, 1 when a line does not read or the base would not load (nothing written). */
export function applySheet(kb: KnowledgeBase, dir: string, file: string): number {
  if (!existsSync(file)) {
    process.stderr.write(`kb:review: no file ${file}\n`);
    return 2;
  }
  const written = readFileSync(file, "utf8");
  const edits = readEditSheet(written, kb);
  if (edits.errors.length > 0) {
    process.stderr.write(
      `kb:review: ${plural(edits.errors.length, "line")} of ${file} to mend; nothing written:\n` +
        edits.errors.map((e) => `  ${e}\n`).join(""),
    );
    return 1;
  }
  const { applied, problems } = applyEdits(dir, edits);
  if (problems.length > 0) {
    process.stderr.write(
      `kb:review: the edits would leave a base the bot refuses; nothing written (${file} kept):\n` +
        problems.map((p) => `  ${p}\n`).join(""),
    );
    return 1;
  }
  // The sheet now shows what is left, so the curator goes on in the same file.
  // An entity added on the sheet goes on the drafts that name it, as the next kb:review would put it.
  const { kb: after } = linkAddedEntities(loadKnowledgeBase(dir), dir);
  // The sheet as the curator wrote it stays beside it: the rewrite shows only what is left, and a curator who
  // wants to see (or redo) what they wrote has it, byte for byte, until the next apply of an edited sheet. A
  // sheet applied again as the last apply wrote it is none of theirs: the .bak they wrote stays.
  const command = `${review(dir)} --apply ${file}`;
  // A sheet of reviewed facts too is rewritten as one.
  const every = written.includes(`\n${EVERY_FACT_HEADING} (`);
  const rewritten = written === editSheet(kb, edits.article, command, every);
  if (!rewritten) writeFileAtomic(backupPath(file), written);
  writeFileAtomic(file, editSheet(after, edits.article, command, every));
  const left = [...openChecks(after, edits.article).values()].flat();
  const fix = left.filter((c) => c.open).length;
  process.stdout.write(
    `kb:review: applied ${file}: ${appliedLine(applied)} (the sheet as you ${rewritten ? "last " : ""}wrote it: ${backupPath(file)})\n` +
      (left.length === 0
        ? `  no check left. Try what members would ask: npm run --silent kb:try -- --kb ${dir} ${edits.article}\n` +
          `  then mark the drafts reviewed: ${review(dir)} --mark-reviewed ${edits.article}\n`
        : `  ${plural(left.length, "check")} left (${fix} FIX, ${left.length - fix} CHECK), shown in ${file}: fix them, or write KEEP for a CHECK you judged right, and apply again\n`),
  );
  return 0;
}
