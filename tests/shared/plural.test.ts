import { expect, test } from "vitest";
import { plural } from "../../src/shared/plural.js";

test.each<[number, string, string | undefined, string]>([
  [0, "fact", undefined, "0 facts"],
  [1, "fact", undefined, "1 fact"],
  [2, "drafted fact", undefined, "2 drafted facts"],
  [1, "entity", "entities", "1 entity"],
  [3, "entity", "entities", "3 entities"],
])("plural(%i, %j, %j) → %j", (n, one, many, expected) => {
  expect(plural(n, one, many)).toBe(expected);
});
