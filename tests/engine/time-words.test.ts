// Whether a text of the sources names a month: the check an ask's month is held to when no fact of that
// month answers (answer-at-time.ts). Pure, table-driven.
import { expect, test } from "vitest";
import { isWeekdayName, namesMonth } from "../../src/engine/time-words.js";

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
