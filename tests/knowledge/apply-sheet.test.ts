// `kb:review -- --apply SHEET` on a made-up base (made-up-base.ts: no kb:add wording): the sheet as the curator
// wrote it is kept as SHEET.bak, every file is written whole (no temporary file left), and a `drop quote:`
// line written twice deletes one quote (it had counted twice, and refused a two-quote fact as "every quote
// dropped").
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { backupPath, sheetPath } from "../../src/knowledge/edit-commands.js";
import { MADE_UP_ARTICLE, madeUpBase, removeMadeUpBases } from "./made-up-base.js";
import { reviewInProcess } from "./review-in-process.js";
import { factById, readJsonFile } from "./tmp-kb.js";

afterAll(removeMadeUpBases);

const FACTS = `articles/${MADE_UP_ARTICLE}/facts.json`;

/** kb:review in this process: its exit code and what it printed. */
const review = reviewInProcess;

/** A fresh base and its article's sheet, each line under fact `id` passed through `edit` (others as written). */
function editedSheet(
  id: string,
  edit: (line: string) => string[],
): { dir: string; file: string; text: string } {
  const dir = madeUpBase();
  expect(review(dir, "--edit", MADE_UP_ARTICLE).code).toBe(0);
  const file = sheetPath(dir, MADE_UP_ARTICLE);
  let current = "";
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line) => {
      current = /^[a-z0-9-]+ \| /.test(line) ? (line.split(" | ")[0] ?? "") : line === "" ? "" : current;
      return current === id ? edit(line) : [line];
    });
  const text = lines.join("\n");
  writeFileSync(file, text);
  return { dir, file, text };
}

const JOINED = "  quote: The residents' group filed its appeal at the district court on Thursday.";

test("a drop quote: line written twice deletes the quote once, and the entity only it named", () => {
  const { dir, file } = editedSheet("appeal-takes-a-year", (line) =>
    line === JOINED ? [`  drop ${line.trim()}`, `  drop ${line.trim()}`] : [line],
  );
  const { code, out } = review(dir, "--apply", file);
  expect(out).toContain(": 1 quote deleted, 1 entity dropped with its quote");
  expect(code).toBe(0);
  const fact = factById(readJsonFile(dir, FACTS), "appeal-takes-a-year");
  expect(fact.quotes).toEqual(["Anna Berg, the group's new chair, said the appeal would take a year."]);
  // No handed-on check left to raise on the next round.
  expect(fact.entities).toEqual(["anna-berg"]);
  const sheet = readFileSync(file, "utf8");
  const block = sheet.slice(
    sheet.indexOf("\nappeal-takes-a-year | "),
    sheet.indexOf("\n\n", sheet.indexOf("\nappeal-takes-a-year | ")),
  );
  expect(block).toContain("appeal-takes-a-year | ");
  expect(block).not.toContain("handed-on");
});

test.each<[string, (line: string) => string[], string[]]>([
  [
    "the statement as rewritten names it",
    (line) =>
      line.startsWith("appeal-takes-a-year | ")
        ? ["appeal-takes-a-year | Anna Berg said the appeal at the district court would take a year."]
        : line === JOINED
          ? [`  drop ${line.trim()}`]
          : [line],
    ["anna-berg", "district-court"],
  ],
  [
    "an entities line on the sheet says which stay",
    (line) => (line === JOINED ? [`  drop ${line.trim()}`, "  entities: anna-berg, district-court"] : [line]),
    ["anna-berg", "district-court"],
  ],
])("a dropped quote's entity stays when %s", (_case, edit, entities) => {
  const { dir, file } = editedSheet("appeal-takes-a-year", edit);
  expect(review(dir, "--apply", file).code).toBe(0);
  expect(factById(readJsonFile(dir, FACTS), "appeal-takes-a-year").entities).toEqual(entities);
});

test("--apply keeps the sheet as written in SHEET.bak, rewrites the sheet, and leaves no temporary file", () => {
  const statement = "Anna Berg, the residents' group's new chair, said the appeal would take a year.";
  const { dir, file, text } = editedSheet("appeal-takes-a-year", (line) =>
    line.startsWith("appeal-takes-a-year | ") ? [`appeal-takes-a-year | ${statement}`] : [line],
  );
  const { code, out } = review(dir, "--apply", file);
  expect(code).toBe(0);
  expect(out).toContain(`(the sheet as you wrote it: ${backupPath(file)})`);
  expect(readFileSync(backupPath(file), "utf8")).toBe(text);
  expect(factById(readJsonFile(dir, FACTS), "appeal-takes-a-year").statement).toBe(statement);
  expect(readFileSync(file, "utf8")).toContain(`\nappeal-takes-a-year | ${statement}\n`);
  for (const folder of [dir, path.join(dir, "articles", MADE_UP_ARTICLE)])
    expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
});

test("a sheet applied again as the last apply wrote it keeps the curator's SHEET.bak", () => {
  const statement = "Anna Berg, the residents' group's new chair, said the appeal would take a year.";
  const { dir, file, text } = editedSheet("appeal-takes-a-year", (line) =>
    line.startsWith("appeal-takes-a-year | ") ? [`appeal-takes-a-year | ${statement}`] : [line],
  );
  expect(review(dir, "--apply", file).code).toBe(0);
  const rewritten = readFileSync(file, "utf8");
  const { code, out } = review(dir, "--apply", file);
  expect(code).toBe(0);
  expect(out).toContain(`(the sheet as you last wrote it: ${backupPath(file)})`);
  expect(readFileSync(backupPath(file), "utf8")).toBe(text);
  expect(readFileSync(file, "utf8")).toBe(rewritten);
});

test("a sheet with a line that does not read writes nothing: no SHEET.bak, the sheet as it was", () => {
  const { dir, file, text } = editedSheet("appeal-takes-a-year", (line) =>
    line === JOINED ? [line, "  this line reads as nothing"] : [line],
  );
  const before = readFileSync(path.join(dir, FACTS), "utf8");
  expect(review(dir, "--apply", file).code).toBe(1);
  expect(existsSync(backupPath(file))).toBe(false);
  expect(readFileSync(file, "utf8")).toBe(text);
  expect(readFileSync(path.join(dir, FACTS), "utf8")).toBe(before);
});
