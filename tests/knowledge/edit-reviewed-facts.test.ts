// `kb:review -- --edit` once no draft is left, and `--edit --all`: the sixth curator trial, mending a statement
// after going live, got a sheet of "0 drafts" and `--all --edit` refused; on the made-up base (made-up-base.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, expect, test } from "vitest";
import { sheetPath } from "../../src/knowledge/edit-commands.js";
import { EVERY_FACT_HEADING } from "../../src/knowledge/edit-sheet.js";
import { MADE_UP_ARTICLE, madeUpBase, removeMadeUpBases } from "./made-up-base.js";
import { reviewInProcess } from "./review-in-process.js";
import { asArray, asObject, editJson, factById, readJsonFile } from "./tmp-kb.js";

afterAll(removeMadeUpBases);

const FACTS = `articles/${MADE_UP_ARTICLE}/facts.json`;

/** kb:review in this process: its exit code and what it printed. */
const review = reviewInProcess;

/** The made-up base with the facts `ids` (all, when none is given) marked reviewed. */
function reviewedBase(ids?: string[]): string {
  const dir = madeUpBase();
  editJson(dir, FACTS, (data) => {
    for (const fact of asArray(data.facts).map(asObject))
      if (!ids || ids.includes(String(fact.id))) fact.reviewed = true;
  });
  return dir;
}

test("once every fact is reviewed, --edit shows them all, and a statement applied stays reviewed", () => {
  const dir = reviewedBase();
  const { code, out } = review(dir, "--edit", MADE_UP_ARTICLE);
  expect(code).toBe(0);
  expect(out).toContain(`4 facts of ${MADE_UP_ARTICLE} (0 drafts; a reviewed fact you edit stays reviewed)`);
  const file = sheetPath(dir, MADE_UP_ARTICLE);
  const sheet = readFileSync(file, "utf8");
  expect(sheet).toContain(`\n${EVERY_FACT_HEADING} (4, in the article's order)`);
  const statement = "Anna Berg, the residents' group's new chair, said the appeal would take a year.";
  writeFileSync(
    file,
    sheet.replace(/\nappeal-takes-a-year \| [^\n]*/, `\nappeal-takes-a-year | ${statement}`),
  );
  const applied = review(dir, "--apply", file);
  expect(applied.out).toContain(": 1 statement rewritten");
  const fact = factById(readJsonFile(dir, FACTS), "appeal-takes-a-year");
  expect([fact.statement, fact.reviewed]).toEqual([statement, true]);
  // The rewritten sheet still shows the reviewed facts, the new statement among them.
  const rewritten = readFileSync(file, "utf8");
  expect(rewritten).toContain(`\n${EVERY_FACT_HEADING} (4,`);
  expect(rewritten).toContain(`\nappeal-takes-a-year | ${statement}\n`);
});

test("with drafts left, --edit shows the drafts and --edit --all the reviewed facts too", () => {
  const dir = reviewedBase(["keller-met-berg"]);
  expect(review(dir, "--edit", MADE_UP_ARTICLE).code).toBe(0);
  const file = sheetPath(dir, MADE_UP_ARTICLE);
  const drafts = readFileSync(file, "utf8");
  expect(drafts).toContain("\n## Drafts (3, in the article's order)");
  expect(drafts).not.toContain("\nkeller-met-berg | ");
  const { code, out } = review(dir, "--edit", "--all", MADE_UP_ARTICLE);
  expect(code).toBe(0);
  expect(out).toContain(`4 facts of ${MADE_UP_ARTICLE} (3 drafts;`);
  expect(readFileSync(file, "utf8")).toContain("\nkeller-met-berg | ");
});
