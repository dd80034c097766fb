// One list of region names, read from the runtime, for both the country and the abbreviation readers.
import { expect, test } from "vitest";
import { isCountryName } from "../../src/engine/english.js";
import { isPartyAbbreviation } from "../../src/engine/party-abbreviations.js";
import { regionNames } from "../../src/engine/regions.js";

test.each([
  ["GB", "United Kingdom"],
  ["QA", "Qatar"],
  ["AE", "United Arab Emirates"],
])("%s is %s", (code, name) => {
  expect(regionNames().get(code)).toBe(name);
});

test("holds no code the runtime cannot name", () => {
  for (const [code, name] of regionNames()) expect(name).not.toBe(code);
});

test.each([
  ["qatar", true],
  ["egyptians", true],
  ["table", false],
])("isCountryName(%s) → %s", (word, expected) => {
  expect(isCountryName(word)).toBe(expected);
});

test.each([
  ["uk", true],
  ["uae", true],
  ["car", false],
])("isPartyAbbreviation(%s) → %s", (word, expected) => {
  expect(isPartyAbbreviation(word)).toBe(expected);
});
