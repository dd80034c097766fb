// compareSortable (src/knowledge/dates.ts): sortable dates in order, an unknown one first, and the same
// order the runtime's collation (localeCompare) gave before it, which the engine's answers depend on.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compareSortable } from "../../src/knowledge/dates.js";

describe("compareSortable", () => {
  test.each([
    ["1967", "2024-12", -1],
    ["2024-12", "2024-12-05", -1],
    ["2024-12-05", "2025", -1],
    ["2025-05-27", "2025-05-27", 0],
    ["2025-07-24", "2025-07", 1],
    [null, "1967", -1],
    ["1967", null, 1],
    [null, null, 0],
  ] as const)("%s against %s: %i", (a, b, expected) => {
    expect(compareSortable(a, b)).toBe(expected);
  });

  test("orders any strings of digits and hyphens as localeCompare does", () => {
    const sortable = fc.string({ unit: fc.constantFrom(..."0123456789-"), maxLength: 10 });
    fc.assert(
      fc.property(sortable, sortable, (a, b) => {
        expect(compareSortable(a, b)).toBe(Math.sign(a.localeCompare(b)));
      }),
      { numRuns: 5000 },
    );
  });
});
