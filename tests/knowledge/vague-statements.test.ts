// What a member reading a statement alone cannot place, which the third curator trial found only by reading
// every draft: a definite noun nothing in the statement names ("sent troops into the zone"), "the two
// countries" of a statement naming fewer, a month that may be last year's ("overthrown in December").
import { expect, test } from "vitest";
import { vagueDefinites, yearlessMonth } from "../../src/knowledge/review-sheet.js";

const COUNTRIES = ["Norway", "Chile", "United States", "US"];

test.each<[string, string[]]>([
  ["Troops moved into the zone after the government fell.", ["the zone"]],
  ["The ministry said the two countries would sign the agreement.", ["the two countries", "the agreement"]],
  // A US-sponsored deal names no party to it.
  ["Norway said the two countries would sign a US-sponsored deal.", ["the two countries"]],
  ["Norway and Chile said the two countries would sign.", []],
  // Named once with what it is, then "the zone": placed.
  ["A buffer zone was set up; troops later entered the zone.", []],
  ["The 1991 fisheries agreement set quotas.", []],
  ["Officials met in Oslo.", []],
])("vagueDefinites(%j)", (statement, vague) => {
  expect(vagueDefinites(statement, COUNTRIES)).toEqual(vague);
});

test.each<[string, string, string | null]>([
  ["The government was overthrown in December.", "2025-08-25", "December"],
  ["Contacts have run since December.", "2025-07-25", "December"],
  ["The ceasefire has held since mid-December.", "2025-08-25", "December"],
  // The month after the article's is this year's; a month with its year or day is placed.
  ["He will speak in late September.", "2025-08-25", null],
  ["The government was overthrown in December 2024.", "2025-08-25", null],
  ["The government was overthrown in December (8 December 2024).", "2025-08-25", null],
  ["They met on 19 August.", "2025-08-25", null],
  ["The government fell in December.", "2026-01-10", null],
])("yearlessMonth(%j, %s)", (statement, day, month) => {
  expect(yearlessMonth(statement, day)).toBe(month);
});
