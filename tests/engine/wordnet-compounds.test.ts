// A compound noun WordNet lists with one sense ("wire service", "head of state", "City of Light") is read as
// a lemma of its synset or its hyponyms that the base has (wordnet-compounds.ts), never as a hypernym.
import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import {
  type CompoundReading,
  parseCompounds,
  readCompounds,
  wordnetCompounds,
} from "../../src/engine/wordnet-compounds.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

const relations = parseCompounds(
  [
    "wire_service\tnews_agency;press_agency\tsyndicate",
    "head_of_state\tchief_of_state\tchancellor;premier;president;monarch",
    "city_of_light\tParis;French_capital\t",
    "buffer_zone\t\t",
    "news_agency\twire_service\tsyndicate",
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
const reading: CompoundReading = {
  fold: (lemma) => lemma.toLowerCase().split(/[_\s]+/),
  has: (words) =>
    words.length > 1 ? written.includes(` ${words.join(" ")} `) : baseWords.has(words[0] as string),
  writes: (words) => written.includes(` ${words.join(" ")} `),
  frequency: (words) => words.reduce((sum, w) => sum + (baseWords.get(w) ?? 0), 0),
};

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
    const unwritten: CompoundReading = { ...reading, writes: () => false };
    expect(readCompounds(["stopgap", "head", "of", "state"], relations, unwritten)).toEqual([
      "stopgap",
      "president",
    ]);
  });
});

describe("the shipped extract (wordnet/compounds.tsv)", () => {
  test("holds one-sense compounds with their synonyms and hyponyms, and no word of many senses", () => {
    const extract = wordnetCompounds();
    expect(extract.size).toBeGreaterThan(40_000);
    expect(extract.get("wire_service")?.[0]).toContain("news_agency");
    expect(extract.get("head_of_state")?.[1]).toContain("president");
    expect(extract.get("city_of_light")?.[0]).toContain("Paris");
    expect(extract.has("scoop")).toBe(false);
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
