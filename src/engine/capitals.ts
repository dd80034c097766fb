// A capital standing for its country's government: "what good-faith moves has OSLO made?", "who speaks
// for Oslo at the table?" ask about Norway, and a fact that says "Norway detained …" answers them though it
// never names the city. Which city is which country's capital is the `countries-list` package's data (ISO
// 3166 countries with their capitals), not a list kept here.
import { countries } from "countries-list";
import type { Side } from "../knowledge/schema.js";

/** "Washington D.C.": the capital as people name it, without the district's letters. */
const DISTRICT_SUFFIX = /\s+D\.?\s?C\.?$/u;

/** A side's country's capital: its term ("oslo"), as people write it ("oslo"), and the side. */
interface SideCapital {
  term: string;
  name: string;
  side: Side;
}

/**
 * The capitals of the story's sides' countries: a country is a side's when every term of its name (or of
 * one of its other names) names that side ("Norway" → norway; "United States Virgin Islands" is no side).
 * A capital whose term already names the side ("Washington" read as America by the lexicon) is left out:
 * it needs no standing in.
 */
function sideCapitalsOf(
  termsOf: (text: string) => string[],
  sideOf: ReadonlyMap<string, Side>,
): SideCapital[] {
  const found: SideCapital[] = [];
  for (const country of Object.values(countries)) {
    if (!country.capital) continue;
    const names = [country.name, ...(country.alias ?? [])];
    const side = names
      .map((name) => termsOf(name).map((term) => sideOf.get(term)))
      .find((sides) => sides.length > 0 && sides.every((s) => s !== undefined && s === sides[0]))?.[0];
    if (side === undefined) continue;
    const name = country.capital.replace(DISTRICT_SUFFIX, "");
    const terms = termsOf(name);
    if (terms.length !== 1 || sideOf.has(terms[0] as string)) continue;
    found.push({ term: terms[0] as string, name: name.toLowerCase(), side });
  }
  return found;
}

/** The terms of the capitals of the story's sides' countries, each with its side (`sideCapitalsOf`). */
export function sideCapitals(
  termsOf: (text: string) => string[],
  sideOf: ReadonlyMap<string, Side>,
): Map<string, Side> {
  return new Map(sideCapitalsOf(termsOf, sideOf).map(({ term, side }) => [term, side]));
}

/**
 * "The NORWEGIAN CAPITAL", "Norway's capital": each term that names a side ("norway", read from "Norwegian"
 * too) with its country's capital as people write it ("oslo"), a side of one country only.
 */
export function capitalNamesOfSides(
  termsOf: (text: string) => string[],
  sideOf: ReadonlyMap<string, Side>,
): Map<string, string> {
  const capitals = sideCapitalsOf(termsOf, sideOf);
  const names = new Map<string, string>();
  for (const [term, side] of sideOf) {
    const ofSide = [...new Set(capitals.filter((c) => c.side === side).map((c) => c.name))];
    if (ofSide.length === 1) names.set(term, ofSide[0] as string);
  }
  return names;
}

/** Every country's capital as folded words ("washington", "oslo"), one-word capitals only. */
const CAPITAL_WORDS: ReadonlySet<string> = new Set(
  Object.values(countries).flatMap((country) => {
    const name = (country.capital ?? "").replace(DISTRICT_SUFFIX, "").toLowerCase();
    return name === "" || /\s/.test(name) ? [] : [name];
  }),
);

/**
 * Whether a typed word is a country's capital ("held in WASHINGTON"): a place, though the lexicon may read
 * it as its country's side (Washington → America).
 */
export function isCapitalWord(word: string): boolean {
  return CAPITAL_WORDS.has(word.toLowerCase());
}

/** Every country's one-word name, folded, with its one-word capital: "france" → "paris". */
const CAPITAL_OF_COUNTRY: ReadonlyMap<string, string> = new Map(
  Object.values(countries).flatMap((country) => {
    const name = country.name.toLowerCase();
    const capital = (country.capital ?? "").replace(DISTRICT_SUFFIX, "").toLowerCase();
    return /^\p{L}+$/u.test(name) && /^\p{L}+$/u.test(capital) ? [[name, capital] as const] : [];
  }),
);

/** The capital of a country named in one word, folded ("france" → "paris"); undefined for any other word. */
export function capitalOfCountry(word: string): string | undefined {
  return CAPITAL_OF_COUNTRY.get(word);
}
