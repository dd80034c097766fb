import { expect, test } from "vitest";
import { headingHoldsForSection } from "../../src/knowledge/draft/headings.js";

// A story of another subject: the rule names no story of the shipped base.
const names = (text: string) => /\b(?:Lima|Berg)\b/.test(text);
const dates = (text: string) => /\b\d{1,2} (?:May|March)\b/.test(text);

test.each([
  // Where, when or what happened: every claim under it is of that track or event.
  ["The Lima track", true],
  ["No signing on 3 May", true],
  ["Quiet channels came first", true],
  // A thing alone: what the first claim under it is, not the ones after it.
  ["The agenda", false],
  ["Security understandings", false],
  ["A bloody week in the north", false],
])("%j holds for its whole section: %s", (heading, expected) => {
  expect(headingHoldsForSection(heading, names, dates)).toBe(expected);
});
