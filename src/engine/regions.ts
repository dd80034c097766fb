// The runtime's CLDR region names (Intl.DisplayNames, English): the one list of countries and territories
// that isCountryName (english.ts), isPartyAbbreviation (party-abbreviations.ts) and kb:add's countries
// (knowledge/draft/countries.ts) read. No list of ours: the runtime's data.

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

let names: ReadonlyMap<string, string> | undefined;

/** Two-letter region code → its English name ("GB" → "United Kingdom"), for every code the runtime names. */
export function regionNames(): ReadonlyMap<string, string> {
  if (names) return names;
  const regions = new Intl.DisplayNames(["en"], { type: "region" });
  const found = new Map<string, string>();
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      const name = regions.of(code);
      if (name && name !== code) found.set(code, name);
    }
  }
  names = found;
  return found;
}
