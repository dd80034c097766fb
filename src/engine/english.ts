// Ordinary English words and names, from the Hunspell en_US dictionary (dictionary-en, the word list
// spell-checkers use): its lower-case entries are common words, its capitalised ones are names. That is
// the line the engine needs for a word its knowledge base has never seen: "footprint" or "regular" is
// a paraphrase to weigh, "Qatar" or "Hezbollah" is a party the sources may not cover at all.
import dictionary from "dictionary-en";

/** The word list as two sets, built on first use: start-up does not wait for 49,000 lines it may never need. */
let lists: { common: Set<string>; proper: Set<string> } | undefined;

function wordLists(): { common: Set<string>; proper: Set<string> } {
  if (lists) return lists;
  const common = new Set<string>();
  const proper = new Set<string>();
  for (const line of new TextDecoder().decode(dictionary.dic).split("\n").slice(1)) {
    const slash = line.indexOf("/");
    const word = slash === -1 ? line.trim() : line.slice(0, slash);
    if (word === "") continue;
    if (/^\p{Lu}/u.test(word)) proper.add(word.toLowerCase());
    else common.add(word);
  }
  lists = { common, proper };
  return lists;
}

/** The word and the forms it may be inflected from ("troops" → troop, "toppled" → topple). */
function baseForms(word: string): string[] {
  const forms = [word];
  const strip = (suffix: string, add = "") => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix))
      forms.push(word.slice(0, -suffix.length) + add);
  };
  strip("s");
  strip("es");
  strip("ies", "y");
  strip("ed");
  strip("d");
  strip("ied", "y");
  strip("ing");
  strip("ing", "e");
  strip("ly");
  strip("er");
  strip("est");
  return forms;
}

export type WordClass = "common" | "name" | "unknown";

/** Whether a lower-case word is ordinary English, a name, or in no dictionary (a typo, slang, a rare name). */
export function wordClass(word: string): WordClass {
  const { common, proper } = wordLists();
  const forms = baseForms(word);
  if (forms.some((form) => common.has(form))) return "common";
  if (forms.some((form) => proper.has(form))) return "name";
  return "unknown";
}
