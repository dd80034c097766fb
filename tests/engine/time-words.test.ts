// Whether a text of the sources names a month: the check an ask's month is held to when no fact of that
// month answers (answer-at-time.ts). Pure, table-driven.
import { expect, test } from "vitest";
import { isWeekdayName, namesMonth } from "../../src/engine/time-words.js";
import { readSource, sourceFiles } from "../support/source-files.js";

test.each([
  ["The council met on 8 May.", 5, true],
  ["In March the council met again.", 3, true],
  ["The vote is due in Sept.", 9, true],
  ["The council met on 8 May.", 7, false],
  // a modal or a verb that is spelt as a month names none
  ["Talks may resume after the vote.", 5, false],
  ["Protesters march to the council.", 3, false],
  ["", 5, false],
])("%s names month %i: %s", (text, month, names) => {
  expect(namesMonth(text, month)).toBe(names);
});

test.each([
  ["Thursday", true],
  ["saturday", true],
  ["Thurs", false],
  ["Sundays", false],
  ["Monaco", false],
])("%s is a weekday's name: %s", (word, is) => {
  expect(isWeekdayName(word)).toBe(is);
});

/** Two weekdays' or two months' names in a row, as a list or an alternation spells them out. */
const SPELLED_OUT = /monday\W{1,4}tuesday|january\W{1,4}february|jan\(\?:uary\)\?/i;
/** The two places the names are written: the engine's time words and the knowledge base's date format. */
const OWNERS = new Set(["src/engine/time-words.ts", "src/knowledge/dates.ts"]);
const sources = sourceFiles().filter((f) => !OWNERS.has(f));

test.each(sources)("%s asks time-words.ts or dates.ts for weekdays and months", (file) => {
  expect(SPELLED_OUT.test(readSource(file))).toBe(false);
});

test.each([
  ['const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";', true],
  ['["January", "February", "March"]', true],
  ["/^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?)$/i", true],
  ["isMonthName(word) || isWeekdayName(word)", false],
])("%j spells the names out: %j", (line, expected) => {
  expect(SPELLED_OUT.test(line)).toBe(expected);
});
