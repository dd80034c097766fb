// A country or union typed as its abbreviation in lower case is a party the sources may lack; chat
// shorthand, pronouns and ordinary words are not.
import { expect, test } from "vitest";
import { isPartyAbbreviation } from "../../src/engine/party-abbreviations.js";

test.each([
  ["uk", true], // United Kingdom: UK is CLDR's alias of the same name
  ["eu", true], // European Union
  ["un", true], // United Nations
  ["uae", true], // United Arab Emirates: three words, its initials alone
  ["nz", true],
  ["UK", true],
  ["us", false], // the pronoun ("tell us"); the country after "the" is a side, read by normalise
  ["rn", false], // "right now", no region's initials
  ["ur", false],
  ["im", false], // Isle of Man, but "I'm" typed without its apostrophe: not in the dictionary in capitals
  ["car", false], // Central African Republic, but an ordinary word
  ["ws", false], // Western Sahara's initials are Samoa's code
  ["france", false], // a name, not an abbreviation (isCountryName reads it)
])("%s → %s", (word, expected) => {
  expect(isPartyAbbreviation(word)).toBe(expected);
});
