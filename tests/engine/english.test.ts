// Which words the dictionary (and the runtime's country names) call ordinary English or a country: what
// tells a wrong detail to correct ("Netanyahu" for Trump) from another party or a plain word.
import { describe, expect, test } from "vitest";
import { isCountryName, isOrdinaryEnglish } from "../../src/engine/english.js";

describe("isOrdinaryEnglish", () => {
  test.each([
    ["resign", true], // listed only as "sign" with the re- prefix
    ["reopened", true],
    ["airstrikes", true],
    ["counterterrorism", true], // a compound written as one word
    ["normalisation", true], // a British spelling
    ["netanyahu", false],
    ["hezbollah", false],
    ["daraa", false],
    ["hamas", false],
    ["gantz", false],
  ])("%s → %s", (word, expected) => {
    expect(isOrdinaryEnglish(word)).toBe(expected);
  });
});

describe("isCountryName", () => {
  test.each([
    ["qatar", true],
    ["France", true],
    ["saudi", true], // Saudi Arabia
    ["saudis", true],
    ["egyptians", true],
    ["lebanese", true],
    ["qatari", true],
    ["hamas", false],
    ["netanyahu", false],
    ["isis", false],
    ["druze", false],
  ])("%s → %s", (word, expected) => {
    expect(isCountryName(word)).toBe(expected);
  });
});
