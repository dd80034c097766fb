import { describe, expect, test } from "vitest";
import { isSpokenCommonWord, spokenCount } from "../../src/engine/spoken-frequency.js";

describe("spokenCount", () => {
  test.each([
    ["the", "tech"], // "teh" is a slip of the first
    ["letter", "leader"],
    ["many", "manny"],
  ])("%s is said more often than %s", (more, less) => {
    expect(spokenCount(more)).toBeGreaterThan(spokenCount(less));
  });

  test("is read in any case, and is 0 for a word no one says", () => {
    expect(spokenCount("The")).toBe(spokenCount("the"));
    expect(spokenCount("lapind")).toBe(0);
  });
});

describe("isSpokenCommonWord", () => {
  test.each([
    ["between", true],
    ["bet", true],
    ["wen", false], // said as a name, "Wen"
    ["manny", false],
    ["syria", false],
    ["qwertyuiop", false],
  ])("%s → %s", (word, expected) => {
    expect(isSpokenCommonWord(word)).toBe(expected);
  });
});
