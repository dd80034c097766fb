// A country or union typed as its abbreviation in lower case ("did the uk comment?", "eu position on the
// talks?", "what part did the uae play?"): a party the sources may not cover, however short. Read from the
// runtime's CLDR region names (regions.ts, as `isCountryName` reads them), not from a list of ours.
// Chat shorthand of two letters ("rn", "ur") is no region's initials; two letters count only when the
// dictionary lists them in capitals as it does UK, EU and UN ("im", Isle of Man, is more often "I'm"); an
// ordinary English word ("car" of the Central African Republic) is read as the word.
import { wordClass } from "./english.js";
import { regionNames } from "./regions.js";

/** Words a region's name holds that its initials leave out: "Bosnia & Herzegovina", "Isle of Man". */
const UNABBREVIATED = /^(?:of|the|and|da|st\.?)$/i;
/** Initials of a name of this many words are its abbreviation in their own right ("UAE", "PNG"). */
const INITIALS_ALONE_WORDS = 3;

let abbreviations: ReadonlySet<string> | undefined;

/**
 * The initials of a region's name of two words or more, lower-case, when they abbreviate it: a name of
 * three words or more ("United Arab Emirates" → uae), or of two whose initials are a region code of that
 * same name ("United Kingdom" → UK, "European Union" → EU, "United Nations" → UN, "New Zealand" → NZ),
 * not those that are another region's code ("Western Sahara" → WS, Samoa's).
 */
function regionAbbreviations(): ReadonlySet<string> {
  if (abbreviations) return abbreviations;
  const regions = regionNames();
  const found = new Set<string>();
  for (const name of regions.values()) {
    const parts = name
      .replace(/[&()–-]/g, " ")
      .split(/\s+/)
      .filter((part) => part !== "" && !UNABBREVIATED.test(part));
    if (parts.length < 2) continue;
    const initials = parts.map((part) => part[0]).join("");
    if (!/^[A-Z]+$/.test(initials)) continue;
    if (parts.length >= INITIALS_ALONE_WORDS || regions.get(initials) === name) {
      found.add(initials.toLowerCase());
    }
  }
  abbreviations = found;
  return found;
}

/** The United States' initials are also the pronoun: never read as a party the base may lack. */
const PRONOUN_US = "us";
/** Abbreviations this short must be listed in the dictionary in capitals ("UK"), not merely absent from it. */
const SHORT_ABBREVIATION_LENGTH = 2;

/**
 * Whether a lower-case word is the abbreviation of a country or union ("uk", "eu", "un", "uae"), and no
 * ordinary English word ("car", "pm") or chat shorthand ("im").
 */
export function isPartyAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  // "tell US", "which us president": the pronoun, or the country normalise reads after "the" (a side).
  if (lower === PRONOUN_US || !regionAbbreviations().has(lower)) return false;
  const kind = wordClass(lower);
  return lower.length <= SHORT_ABBREVIATION_LENGTH ? kind === "name" : kind !== "common";
}
