// Which words the dictionary (and the runtime's country names) call ordinary English or a country: what
// tells a wrong detail to correct ("Netanyahu" for Trump) from another party or a plain word.
import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import {
  commonWordOneEditFrom,
  isCountryName,
  isMannerAdverb,
  isOftenSaidCommonWord,
  isOrdinaryEnglish,
  isPastParticiple,
  isVerbForm,
  prefixesFromAffix,
  wordClass,
} from "../../src/engine/english.js";
import { namePhraseCorrections } from "../../src/engine/fuzzy.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

// One test of "a verb in any of its forms", read where a word stands in a verb's place (before a capital,
// after a wrong name): only a verb's own endings are undone.
describe("isVerbForm", () => {
  test.each([
    ["bombed", true],
    ["urges", true], // -es read as -s too ("urg" is no verb)
    ["toppled", true],
    ["hurried", true],
    ["stopped", true], // a doubled consonant
    ["running", true],
    ["met", true], // irregular past forms
    ["led", true],
    ["leader", false], // a noun: -er is no verb ending
    ["quickly", false],
    ["militias", false],
    // listed only with a prefix flag ("place/AE…" → replace, displace)
    ["replaced", true],
    ["displaced", true],
    ["reopened", true],
    ["replacement", false],
  ])("%s → %s", (word, expected) => {
    expect(isVerbForm(word)).toBe(expected);
  });
});

describe("prefixesFromAffix", () => {
  test.each([
    ["PFX A Y 1\nPFX A   0     re         .\n", [["A", "re"]]],
    // a prefix that strips letters or takes only some words is not read
    ["PFX X Y 1\nPFX X   y     un         [^a]\n", []],
    ["SFX D Y 1\nSFX D   0     d          e\n", []],
  ])("%j → %j", (affix, expected) => {
    expect([...prefixesFromAffix(affix)]).toEqual(expected);
  });
});

describe("isOrdinaryEnglish", () => {
  test.each([
    ["resign", true], // listed only as "sign" with the re- prefix
    ["reopened", true],
    ["airstrikes", true],
    ["counterterrorism", true], // a compound written as one word
    ["normalisation", true], // a British spelling
    ["netanyahu", false],
    ["hezbollah", false],
    ["daraa", false],
    ["hamas", false],
    ["gantz", false],
  ])("%s → %s", (word, expected) => {
    expect(isOrdinaryEnglish(word)).toBe(expected);
  });
});

describe("wordClass", () => {
  test.each([
    ["led", "common"], // missing from the word list, whose "LED" would make it a name
    ["fled", "common"],
    ["met", "common"],
    ["golan", "name"],
    ["shaibani", "unknown"],
    // British spellings are English (en_GB's word list), not names the story lacks
    ["neighbours", "common"],
    ["summarising", "common"],
    ["apologised", "common"],
    ["colour", "common"],
    ["neighbors", "common"],
    // a comparative or superlative of a word in -y is English, no name ("it" stands for no "earlier")
    ["earlier", "common"],
    ["earliest", "common"],
    ["happier", "common"],
  ])("%s → %s", (word, expected) => {
    expect(wordClass(word)).toBe(expected);
  });
});

describe("a British spelling in a question (the engine on the base without paraphrases)", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  // Our own wordings, not the evaluation's.
  test.each(["who toppled basher al assad?", "when was basher al-asad ousted?"])(
    "a name's rarely said first word misspelt beside the rest of it: %s",
    (question) => {
      const answer = engine.ask(question);
      expect(answer.status).toBe("answered");
      expect(answer.factIds[0]).toBe("assad-overthrown-hts-december");
    },
  );

  test("is no unknown name the sources lack: the fact that covers the rest answers", () => {
    for (const question of ["will syria threaten its neighbours?", "will syria threaten its neighbors?"]) {
      const answer = engine.ask(question);
      expect(answer.status).toBe("answered");
      expect(answer.factIds[0]).toBe("syria-no-threat-statement");
    }
  });
});

describe("isMannerAdverb", () => {
  test.each([
    ["physically", true], // physical
    ["actually", true],
    ["completely", true],
    ["happily", true], // happy
    ["daily", false], // too short to be only a manner
    ["family", false], // no adjective "fami"
    ["golan", false],
  ])("%s → %s", (word, expected) => {
    expect(isMannerAdverb(word)).toBe(expected);
  });
});

describe("isCountryName", () => {
  test.each([
    ["qatar", true],
    ["France", true],
    ["saudi", true], // Saudi Arabia
    ["saudis", true],
    ["egyptians", true],
    ["lebanese", true],
    ["qatari", true],
    ["hamas", false],
    ["netanyahu", false],
    ["isis", false],
    ["druze", false],
    // the dictionary lists them as common words too; typed in lower case they are still countries
    ["china", true],
    ["turkey", true], // countries-list's other name of CLDR's "Türkiye"
    ["turkish", true],
    ["cyprus", true],
    ["table", false],
    ["guard", false],
  ])("%s → %s", (word, expected) => {
    expect(isCountryName(word)).toBe(expected);
  });
});

describe("isPastParticiple", () => {
  test.each([
    ["fired", true],
    ["replaced", true],
    ["held", true],
    ["taken", true],
    ["change", false],
    ["meeting", false],
    ["red", false],
  ])("%s → %s", (word, expected) => {
    expect(isPastParticiple(word)).toBe(expected);
  });
});

describe("commonWordOneEditFrom", () => {
  test.each([
    ["titel", "title"], // two letters swapped
    ["goverment", "government"], // a letter left out
    ["fightin", "fighting"],
    ["sorces", "sources"], // not "forces": the first letter is seldom the slip
    ["negotations", "negotiations"],
    ["manny", "many"], // a letter typed twice
    ["leeder", "leader"], // a vowel typed for another, into a word people often say
    ["secirity", "security"],
    ["isue", "issue"], // four letters: only into a word people often say
    ["stuf", "stuff"],
    ["teh", "the"], // not "tech": the word people say most wins
    ["betwen", "between"], // no compound of "bet" and "Wen" (a name, as people say it)
    // A word the dictionary lists but people seldom say, a slip of one said far more often:
    ["stoped", "stopped"], // "stope" + d, said 2 times
    ["planed", "planned"],
    ["meating", "meeting"], // "meat" + ing, said by no one: a vowel typed for another
  ])("%s → %s", (typo, expected) => {
    expect(commonWordOneEditFrom(typo)).toBe(expected);
  });

  test.each([
    ["title"], // a word already
    ["resign"], // English through a prefix: not "reign"
    ["ceasefire"], // a compound
    ["qatar"], // a name the dictionary lists
    ["hamas"], // a name one changed letter from "hames": changed letters are not undone
    ["netanyahu"], // no word is one edit away
    ["mossad"], // a vowel changed only from six letters into a word people often say: not "mossed"
    ["likud"], // nor at five letters: not "liked"
    ["lapid"], // "lapind" (read as lapin + d) is a word no one says
    ["berri"], // "y" is no vowel a typist confuses: not "berry"
    ["druze"],
    ["hopped"], // listed and said 86 times: "hoped" is said under ten times more
    ["fitting"], // listed and said often: itself
  ])("leaves %s alone", (word) => {
    expect(commonWordOneEditFrom(word)).toBeNull();
  });
});

// A listed word people seldom say may be a misspelt word of a name typed beside the rest of it; an ordinary
// word people say often is never made a name's (question-analysis.ts reads names with this predicate).
describe("isOftenSaidCommonWord", () => {
  test.each([
    ["minister", true],
    ["foreign", true],
    ["stopped", true],
    ["basher", false], // listed, said 16 times
    ["stoped", false], // listed as "stope" + d, said twice
    ["bashar", false], // in no dictionary
  ])("%s → %s", (word, expected) => {
    expect(isOftenSaidCommonWord(word)).toBe(expected);
  });

  const names = [
    ["bashar", "assad"],
    ["foreign", "ministry"],
    ["mark", "holm"],
  ];
  test.each([
    ["who overthrew basher asad", { basher: "bashar", asad: "assad" }],
    ["why is the foreign minister leading", {}], // "minister" is said often: no "Foreign Ministry"
    ["what did marker holm say", {}], // "marker" is said often
  ])("names read with it: %s → %j", (question, expected) => {
    const corrections = namePhraseCorrections(question.split(" "), names, isOftenSaidCommonWord);
    expect(Object.fromEntries(corrections)).toEqual(expected);
  });
});
