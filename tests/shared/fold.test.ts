import { describe, expect, test } from "vitest";
import { foldText, foldWords, normaliseAlias } from "../../src/shared/fold.js";

describe("foldText", () => {
  test.each([
    ["Ragıp Soylu", "ragip soylu"],
    ["Hay’at Tahrir al-Sham", "hay'at tahrir al-sham"],
    ["“we will not allow”", '"we will not allow"'],
    ["Arab–Israeli war — 1967", "arab-israeli war - 1967"],
    ["Café ÉLYSÉE", "cafe elysee"],
    ["İstanbul", "istanbul"],
  ])("%s → %s", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe("normaliseAlias: spellings of one name are one alias", () => {
  test.each([
    ["al-Sharaa", "al sharaa"],
    ["Al Sharaa", "al sharaa"],
    ["al‑Shara’a", "al sharaa"],
    ["Ragıp  Soylu", "ragip soylu"],
    ["Hay'at_Tahrir", "hayat tahrir"],
    ["  Élysée — Palace ", "elysee palace"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseAlias(input)).toBe(expected);
  });
});

describe("foldWords: typed text and facts meet on plain words", () => {
  test.each([
    ["Al-Dalati's role?", "al dalati s role"],
    ["Café, 1967!", "cafe 1967"],
    ["Ragıp", "ragip"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(foldWords(input)).toBe(expected);
  });
});
