// The runtime's CLDR region names (Intl.DisplayNames, English): the one list of countries and territories
// that isCountryName (english.ts), isPartyAbbreviation (party-abbreviations.ts) and kb:add's countries
// (knowledge/draft/countries.ts) read. No list of ours: the runtime's data. Asking the runtime pages its
// ICU display-name data into the process for good, so the edge that provides the word lists
// (knowledge/word-data.ts) caches the list in a file and provides it from there; without one, the runtime
// is asked here.

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

let loader: (() => ReadonlyMap<string, string>) | undefined;
let names: ReadonlyMap<string, string> | undefined;

/** Says where the list comes from (the runtime's own list, cached); read on the first `regionNames()`. */
export function provideRegionNames(load: () => ReadonlyMap<string, string>): void {
  loader = load;
}

/** Two-letter region code → its English name ("GB" → "United Kingdom"), for every code the runtime names. */
export function regionNames(): ReadonlyMap<string, string> {
  names ??= loader ? loader() : runtimeRegionNames();
  return names;
}

/** The list as the runtime gives it, asked now: what a provided list must be. */
export function runtimeRegionNames(): ReadonlyMap<string, string> {
  const regions = new Intl.DisplayNames(["en"], { type: "region" });
  const found = new Map<string, string>();
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      const name = regions.of(code);
      if (name && name !== code) found.set(code, name);
    }
  }
  return found;
}
