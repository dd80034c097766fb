import { expect, test } from "vitest";
import { foldText, foldWords, normaliseAlias } from "../../src/shared/fold.js";

const FOLDS = { foldText, normaliseAlias, foldWords };

test.each<[keyof typeof FOLDS, string, string]>([
  ["foldText", "Ragıp Soylu", "ragip soylu"],
  ["foldText", "Hay’at Tahrir al-Sham", "hay'at tahrir al-sham"],
  ["foldText", "“we will not allow”", '"we will not allow"'],
  ["foldText", "Arab–Israeli war — 1967", "arab-israeli war - 1967"],
  ["foldText", "Café ÉLYSÉE", "cafe elysee"],
  ["foldText", "İstanbul", "istanbul"],
  // Spellings of one name are one alias.
  ["normaliseAlias", "al-Sharaa", "al sharaa"],
  ["normaliseAlias", "Al Sharaa", "al sharaa"],
  ["normaliseAlias", "al‑Shara’a", "al sharaa"],
  ["normaliseAlias", "Ragıp  Soylu", "ragip soylu"],
  ["normaliseAlias", "Hay'at_Tahrir", "hayat tahrir"],
  ["normaliseAlias", "  Élysée — Palace ", "elysee palace"],
  // Typed text and facts meet on plain words (autocomplete).
  ["foldWords", "Al-Dalati's role?", "al dalati s role"],
  ["foldWords", "Café, 1967!", "cafe 1967"],
  ["foldWords", "Ragıp", "ragip"],
  ["foldWords", "", ""],
])("%s(%j) = %j", (fold, input, expected) => {
  expect(FOLDS[fold](input)).toBe(expected);
});
