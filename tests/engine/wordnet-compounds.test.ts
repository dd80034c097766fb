// A compound noun WordNet lists with one sense ("wire service", "head of state", "City of Light") is read as
// a lemma of its synset or its hyponyms that the base has (wordnet-compounds.ts), never as a hypernym.
import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import {
  type CompoundReading,
  CompoundRelations,
  readCompounds,
  wordnetCompounds,
} from "../../src/engine/wordnet-compounds.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { stubReading } from "./compound-reading-stub.js";

// Sorted, as the extract is (a binary search reads it).
const relations = new CompoundRelations(
  [
    "buffer_zone\t\t",
    "city_of_light\tParis;French_capital\t",
    "head_of_state\tchief_of_state\tchancellor;premier;president;monarch",
    "news_agency\twire_service\tsyndicate",
    "wire_service\tnews_agency;press_agency\tsyndicate",
  ].join("\n"),
);
/** A base that says "president" (often), "premier" (once), "paris" and "news agency", and writes "head of state". */
const baseWords = new Map([
  ["president", 5],
  ["premier", 1],
  ["paris", 3],
  ["news", 2],
  ["agency", 2],
]);
const written = [" news agency ", " head of state "];
const reading = stubReading(baseWords, written);

describe("CompoundRelations.begins: whether a compound begins with the word", () => {
  test.each([
    ["buffer", true],
    ["city", true],
    ["head", true],
    ["news", true], // the first line's
    ["wire", true], // the last line's
    ["zone", false], // a second word only
    ["state", false],
    ["a", false], // before the first line
    ["zzz", false], // after the last
    ["heads", false], // between lines
    ["cit", false], // a line's first word begins with it, but not as a word
    ["buffer_zone", false],
  ])("%s → %s", (word, expected) => {
    expect(relations.begins(word)).toBe(expected);
    expect(relations.begins(word)).toBe(expected);
  });

  test("an empty extract begins nothing", () => {
    expect(new CompoundRelations("").begins("wire")).toBe(false);
  });
});

describe("CompoundRelations.levels: a binary search of the sorted lines", () => {
  test.each([
    ["wire_service", [["news_agency", "press_agency"], ["syndicate"]]],
    ["city_of_light", [["Paris", "French_capital"], []]],
    ["buffer_zone", [[], []]],
    ["head_of_state", [["chief_of_state"], ["chancellor", "premier", "president", "monarch"]]],
    // the first and the last line, and names between or around them
    ["news_agency", [["wire_service"], ["syndicate"]]],
    ["scoop", undefined],
    ["a", undefined],
    ["zzz", undefined],
    ["head", undefined],
  ])("%s → %j", (compound, expected) => {
    expect(relations.levels(compound)).toEqual(expected);
  });

  test("a second lookup gives what the first did (remembered)", () => {
    expect(relations.levels("wire_service")).toEqual(relations.levels("wire_service"));
    expect(relations.levels("scoop")).toBeUndefined();
    expect(relations.levels("scoop")).toBeUndefined();
  });

  test("an empty extract has nothing", () => {
    expect(new CompoundRelations("").levels("wire_service")).toBeUndefined();
  });
});

describe("readCompounds", () => {
  test.each([
    // a synonym the base writes
    ["which wire service broke it", "which news agency broke it"],
    // a proper name's synonym
    ["talks in the city of light", "talks in the paris"],
    // the base writes the compound itself: read as typed
    ["the head of state", "the head of state"],
    // no lemma the base has (and no hypernym is read): as typed
    ["the buffer zone", "the buffer zone"],
    ["the news agency", "the news agency"],
    ["", ""],
  ])("%j → %j", (question, expected) => {
    const words = question === "" ? [] : question.split(" ");
    expect(readCompounds(words, relations, reading).join(" ")).toBe(expected);
  });

  test("a hyponym when no synonym is had, the commoner in the base of two", () => {
    const unwritten: CompoundReading = { ...reading, writesItself: () => false };
    expect(readCompounds(["stopgap", "head", "of", "state"], relations, unwritten)).toEqual([
      "stopgap",
      "president",
    ]);
  });
});

describe("the shipped extract (wordnet/compounds.tsv)", () => {
  test("holds one-sense compounds with their synonyms and hyponyms, and no word of many senses", () => {
    const extract = wordnetCompounds();
    expect(extract.levels("wire_service")?.[0]).toContain("news_agency");
    expect(extract.levels("head_of_state")?.[1]).toContain("president");
    expect(extract.levels("city_of_light")?.[0]).toContain("Paris");
    // the first and the last of its lines
    expect(extract.levels("'s_gravenhage")).toBeDefined();
    expect(extract.levels("zygophyllum_fabago")).toBeDefined();
    expect(extract.levels("scoop")).toBeUndefined();
  });
});

describe("in the engine, on the shipped base", () => {
  const engine = createEngine(loadKnowledgeBase());

  // A hand-written keyword says "head of state"; only the sources' own text keeps a compound as typed.
  test.each([
    "who's the caretaker head of state in syria right now?",
    "who's calling the shots in syria for now, like the temporary head of state?",
  ])("%j is asked as a president, not a side's lead, and al-Sharaa's fact answers", (question) => {
    expect(engine.analyse(question).terms.map((t) => t.word)).toContain("president");
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("al-sharaa-interim-president");
  });
});

describe("in the engine, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test("“the caretaker head of state” is asked as a president, and al-Sharaa's fact answers", () => {
    const analysed = engine.analyse("who's the caretaker head of state in syria right now?");
    expect(analysed.terms.map((t) => t.word)).toContain("president");
    expect(analysed.terms.map((t) => t.word)).not.toContain("state");
    const answer = engine.ask("who's the caretaker head of state in syria right now?");
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("al-sharaa-interim-president");
  });
});
