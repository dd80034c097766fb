// Countries an article names, and what their people are called. compromise misses some countries ("Chad"
// reads as a person's given name) and calls the others places; a curator makes each a `country` entity with
// its demonym as an alias ("Chadian", "Kenyan"), so "which Chadian minister …?" finds the facts that
// name Chad. Which names are countries is data: the `countries-list` package's ISO 3166 names, the
// runtime's CLDR names (engine/regions.ts) and compromise's lexicon, which keeps names the ISO data has
// replaced ("Turkey" for Türkiye). Which demonyms exist is the Hunspell en_US word list (`dictionary-en`),
// read as text and searched for each candidate, so its words are never split into sets (kb:add's
// start-up budget; docs/engine.md, figures).

import { countries } from "countries-list";
import englishWords from "dictionary-en";
import { regionNames } from "../../engine/regions.js";
import { nlp } from "./nlp-libraries.js";

/** Endings a country's name takes for its people: Chad-ian, Kenya-n, Oman-i, Sudan-ese, Turk-ish. */
const DEMONYM_ENDINGS = ["ian", "an", "n", "i", "ese", "ish"];
/** A stem shorter than this is no demonym's ("Ira" of Iran, "Cub" of Cuba would find unrelated names). */
const MIN_STEM_LENGTH = 4;

/** Longest country name looked for, in words ("Bosnia and Herzegovina", "Turks and Caicos Islands"). */
const MAX_NAME_WORDS = 5;

let countryNames: ReadonlySet<string> | undefined;

/** Every country's English name, in lower case: countries-list's and CLDR's. */
function isoCountryNames(): ReadonlySet<string> {
  if (countryNames) return countryNames;
  const names = new Set<string>();
  const regions = regionNames();
  for (const [code, country] of Object.entries(countries)) {
    names.add(country.name.toLowerCase());
    const name = regions.get(code);
    if (name) names.add(name.toLowerCase());
  }
  countryNames = names;
  return names;
}

/** compromise's lexicon: it knows names the ISO data has replaced ("Turkey" for Türkiye). */
const lexicon = (
  nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | undefined> } } }
).model.one.lexicon;

/** Whether a name (as written, any case) is a country's. */
export function isCountry(name: string): boolean {
  const lower = name.toLowerCase();
  return isoCountryNames().has(lower) || lexicon[lower] === "Country";
}

/** The countries a text names, as written there (capitalised words), each once, in order. */
export function countriesIn(text: string): string[] {
  // "Chad's foreign minister": the possessive is not part of the name.
  const words = [...text.matchAll(/[\p{L}'’]+/gu)].map((m) => m[0].replace(/['’]s$/, ""));
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i] as string)) continue;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const name = words.slice(i, i + n).join(" ");
      if (!/^\p{Lu}/u.test(words[i + n - 1] as string) || !isCountry(name)) continue;
      found.add(name);
      i += n - 1;
      break;
    }
  }
  return [...found];
}

let dictionaryText: string | undefined;

/** The en_US word list as one string, "\nWord/FLAGS" a line. */
function dictionary(): string {
  if (dictionaryText === undefined) {
    dictionaryText = `\n${new TextDecoder().decode(englishWords.dic)}`;
  }
  return dictionaryText;
}

/** The word's flags when the word list has it as written ("Chadian" → "MS"), else null. */
function flagsOf(word: string): string | null {
  const text = dictionary();
  let at = text.indexOf(`\n${word}`);
  while (at >= 0) {
    const next = text[at + 1 + word.length];
    if (next === "\n" || next === undefined) return "";
    if (next === "/") {
      const end = text.indexOf("\n", at + 1);
      return text.slice(at + 2 + word.length, end < 0 ? undefined : end);
    }
    at = text.indexOf(`\n${word}`, at + 1);
  }
  return null;
}

/**
 * What the word list calls a country's people, from its one-word name: "Chad" → Chadian, Chadians;
 * "Turkey" → Turkish, Turk, Turks; "Oman" → Omani, Omanis. A name of several words, or
 * one whose forms the word list lacks, has none.
 */
export function demonymsOf(country: string): string[] {
  if (!/^\p{Lu}\p{Ll}+$/u.test(country)) return [];
  const stem = country.replace(/(?:ey|[aeiouy]+)$/, "");
  const candidates = new Set<string>();
  for (const ending of DEMONYM_ENDINGS) candidates.add(country + ending);
  if (stem !== country && stem.length >= MIN_STEM_LENGTH) {
    for (const ending of DEMONYM_ENDINGS) candidates.add(stem + ending);
    // The stem alone is a people's name only beside its "-ish" ("Turk" of Turkish; not "Chin", "Russ").
    if (flagsOf(`${stem}ish`) !== null) candidates.add(stem);
  }
  const out: string[] = [];
  for (const candidate of candidates) {
    const flags = flagsOf(candidate);
    if (flags === null) continue;
    out.push(candidate);
    // Hunspell's S flag: the word takes a plural ("Chadians", "Turks").
    if (/S/.test(flags)) out.push(`${candidate}s`);
  }
  return out;
}

/** Endings a one-word country's name has after the stem its people's name keeps: Syri-a, Turk-ey. */
const COUNTRY_ENDINGS = ["", "a", "e", "i", "o", "y", "ey", "ia"];

/**
 * Whether a capitalised word names a country's people: compromise's lexicon tags it ("Kenyan", "Qatari"), or
 * it is one of a country's demonyms as the word list derives them ("Turkish" of Turkey, "Yemeni").
 */
export function isDemonym(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  if (lexicon[word.toLowerCase()] === "Demonym") return true;
  for (const ending of DEMONYM_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    for (const country of COUNTRY_ENDINGS.map((e) => stem + e)) {
      if (isCountry(country) && demonymsOf(country).includes(word)) return true;
    }
  }
  return false;
}

let capitals: ReadonlyMap<string, string> | undefined;

/**
 * A country's capital, by any of its names (countries-list's capitals: "Kenya" → Nairobi), or null. "In the
 * capital" in a sentence about Kenya is Nairobi, which a reader names.
 */
export function capitalOf(country: string): string | null {
  if (!capitals) {
    const byName = new Map<string, string>();
    const regions = regionNames();
    for (const [code, data] of Object.entries(countries)) {
      if (!data.capital) continue;
      byName.set(data.name.toLowerCase(), data.capital);
      const name = regions.get(code);
      if (name) byName.set(name.toLowerCase(), data.capital);
    }
    capitals = byName;
  }
  return capitals.get(country.toLowerCase()) ?? null;
}
