// A fact's "entities:" line may name an entity the same sheet adds further down: entity lines come last.
import { expect, test } from "vitest";
import { SHEET_HEAD } from "../../src/knowledge/edit-sheet.js";
import { readEditSheet } from "../../src/knowledge/edit-sheet-read.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { REAL_KB_DIR } from "./tmp-kb.js";

const kb = loadKnowledgeBase(REAL_KB_DIR);
const fact = kb.facts[0];

test.each([
  ["an entity added lower on the sheet", "@ new-body | organisation | New Body | a body for the test | ", []],
  ["no such entity anywhere", "", [`no entity "new-body" in entities.json or this sheet`]],
])("entities: naming %s", (_, entityLine, errors) => {
  const sheet = [
    `${SHEET_HEAD}${fact?.articleId}`,
    `${fact?.id} | ${fact?.statement}`,
    `  entities: ${[...(fact?.entities ?? []), "new-body"].join(", ")}`,
    entityLine,
  ].join("\n");
  const read = readEditSheet(sheet, kb);
  expect(read.errors.map((e) => e.replace(/^line \d+ \([^)]*\): /, ""))).toEqual(errors);
});
