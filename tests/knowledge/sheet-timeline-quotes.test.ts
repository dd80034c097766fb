// The edit sheet's `timeline:` line (how /timeline labels a fact's day: the sixth curator trial found kb:add's
// "last Tuesday (19 August 2025) (date implied)" there, not on the sheet) and `add quote:` (a sentence of the
// article for a fact to cite: its lead fact cited the sentence that did not say who led). On the made-up base.
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, expect, test } from "vitest";
import { sheetPath } from "../../src/knowledge/edit-commands.js";
import { MADE_UP_ARTICLE, madeUpBase, removeMadeUpBases } from "./made-up-base.js";
import { reviewInProcess } from "./review-in-process.js";
import { asObject, factById, readJsonFile } from "./tmp-kb.js";

afterAll(removeMadeUpBases);

const FACTS = `articles/${MADE_UP_ARTICLE}/facts.json`;
const MEETING = "Maria Keller met Anna Berg at the town hall on Thursday.";
const CHAIR = "Anna Berg, the group's new chair, said the appeal would take a year.";

/** kb:review in this process: its exit code and what it printed. */
const review = reviewInProcess;

/** A fresh base's sheet with `from` replaced by `to`, applied: kb:review's exit code and output. */
function applied(from: string, to: string): { dir: string; code: number; out: string } {
  const dir = madeUpBase();
  expect(review(dir, "--edit", MADE_UP_ARTICLE).code).toBe(0);
  const file = sheetPath(dir, MADE_UP_ARTICLE);
  const sheet = readFileSync(file, "utf8");
  expect(sheet).toContain(from);
  writeFileSync(file, sheet.replace(from, to));
  return { dir, ...review(dir, "--apply", file) };
}

test("the sheet shows a dated fact's /timeline label, and a label written there is applied", () => {
  const line = "\n  timeline: Thursday, 9 April 2026\n";
  const { dir, code, out } = applied(line, "\n  timeline: 9 April 2026\n");
  expect([code, out]).toEqual([0, expect.stringContaining(": 1 timeline label rewritten")]);
  expect(asObject(factById(readJsonFile(dir, FACTS), "appeal-filed").timeline)).toMatchObject({
    when: "9 April 2026",
    sort: "2026-04-09",
  });
});

test("a timeline label naming another day than the fact's is refused", () => {
  const line = "\n  timeline: Thursday, 9 April 2026\n";
  const { code, out } = applied(line, "\n  timeline: 9 April 2025\n");
  expect(code).toBe(1);
  expect(out).toContain(
    "(fact appeal-filed, timeline): the label names 2025-04-09, the fact's day is 2026-04-09",
  );
});

const CHAIR_LINE = "\nberg-leads-residents | Anna Berg is the new chair of the residents' group.\n";

test.each<[string, string, string]>([
  [
    "a timeline line under a fact with no /timeline entry",
    "  timeline: April 2026\n",
    "(fact berg-leads-residents, timeline): this fact has no /timeline entry to label",
  ],
  [
    "an added quote the article does not word so",
    "  add quote: Anna Berg chairs the group.\n",
    "(fact berg-leads-residents, quote): not found verbatim in the article",
  ],
  [
    "an added quote that is only a name",
    "  add quote: Anna Berg\n",
    "(fact berg-leads-residents, quote): not a whole sentence of the article",
  ],
  [
    "an added quote cut inside a word",
    "  add quote: eller met Anna Berg at the town hall on Thursday.\n",
    "(fact berg-leads-residents, quote): not a whole sentence of the article",
  ],
])("refused: %s", (_case, line, message) => {
  const { code, out } = applied(CHAIR_LINE, `${CHAIR_LINE}${line}`);
  expect(code).toBe(1);
  expect(out).toContain("1 line of ");
  expect(out).toContain(message);
});

test("an added quote goes on the fact; with it, the fact's one quote may be dropped", () => {
  const from = `\n  quote: ${CHAIR}\n`;
  const dir = madeUpBase();
  expect(review(dir, "--edit", MADE_UP_ARTICLE).code).toBe(0);
  const file = sheetPath(dir, MADE_UP_ARTICLE);
  const sheet = readFileSync(file, "utf8");
  // berg-leads-residents' statement is not its quote: the sheet shows the quote under it.
  const block = sheet.slice(sheet.indexOf("\nberg-leads-residents | "));
  expect(block.slice(0, block.indexOf("\n\n"))).toContain(from.trimEnd());
  writeFileSync(
    file,
    sheet.replace(
      `${CHAIR_LINE}${from.slice(1)}`,
      `${CHAIR_LINE}  drop quote: ${CHAIR}\n  add quote: ${MEETING}\n`,
    ),
  );
  const { code, out } = review(dir, "--apply", file);
  expect([code, out]).toEqual([0, expect.stringContaining("1 quote deleted, 1 quote added")]);
  expect(factById(readJsonFile(dir, FACTS), "berg-leads-residents").quotes).toEqual([MEETING]);
});
