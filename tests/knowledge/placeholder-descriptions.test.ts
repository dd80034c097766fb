// kb:add's placeholder descriptions, written and recognised by one module: whatever a writer writes,
// kb:review knows it for a placeholder; a curator's own line is never taken for one.
import { expect, test } from "vitest";
import {
  creditedOutletDescription,
  isPlaceholderDescription,
  namedInDescription,
} from "../../src/knowledge/draft/placeholder-descriptions.js";

test.each<[string, string]>([
  [
    namedInDescription("Geneva", "Talks resume in Geneva", "2024-03-12"),
    "Geneva, as named in “Talks resume in Geneva” (2024-03-12).",
  ],
  [namedInDescription("Anna Berg", "Ministers meet", null), "Anna Berg, as named in “Ministers meet”."],
  [creditedOutletDescription("Le Monde", "Ministers meet"), "Le Monde, an outlet “Ministers meet” credits."],
])("a writer writes %j", (written, expected) => {
  expect(written).toBe(expected);
  expect(isPlaceholderDescription(written)).toBe(true);
});

test.each([
  "Norway's foreign minister since 2023.",
  "A French daily newspaper.",
  "The city where the talks were held, as named in the agreement.",
  "",
])("a curator's line %j is no placeholder", (description) => {
  expect(isPlaceholderDescription(description)).toBe(false);
});
