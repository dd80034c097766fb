// Word families: a question's word the base has never seen is read as a word of its family the base has.
import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { WordFamilies } from "../../src/engine/derivation.js";
import { createEngine } from "../../src/engine/engine.js";
import { Analyzer } from "../../src/engine/normalise.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

const analyzer = new Analyzer({ phrases: {}, synonyms: [], stopwords: ["the"], generic: [] });
const baseWords = [
  "diplomatic",
  "political",
  "military",
  "statement",
  "significant",
  "publicly",
  "led",
  "lead",
  "the",
];
const known = new Set(baseWords.flatMap((w) => analyzer.terms(w)));
const families = new WordFamilies(new Map(baseWords.map((w) => [w, 1])), {
  termOf: (word) => analyzer.termOf(word)?.term ?? null,
  isKnownTerm: (term) => known.has(term),
});

describe("WordFamilies.relatedTerm", () => {
  test.each([
    // one family, which Porter keeps apart
    ["diplomacy", "diplomat"],
    ["politician", "polit"],
    ["militarily", "militari"],
    // an agent noun read as its verb
    ["leader", "lead"],
    ["leaders", "lead"],
    // roots too short to name one family: Lancaster's "stat", "sign", "publ"
    ["state", undefined],
    ["signing", undefined],
    ["published", undefined],
    // an -er word whose stem is no verb the base has
    ["power", undefined],
    ["winter", undefined],
    // no family at all
    ["university", undefined],
  ])("%s → %s", (word, expected) => {
    expect(families.relatedTerm(word)).toBe(expected);
  });
});

describe("in the engine, on the base without paraphrases (where the word families matter most)", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    ["is full diplomacy with israel on the cards?", "diplomacy", "diplomat"],
    ["who is the leader of syria's side?", "leader", "lead"],
  ])("%s: “%s” is read as the base's %s", (question, word, term) => {
    expect(engine.analyse(question).terms.find((t) => t.word === word)).toMatchObject({ term, known: true });
  });

  test("a word of no family in the base stays unknown, and weighs as such", () => {
    const analysed = engine.analyse("what university did al-dalati attend?");
    expect(analysed.terms.find((t) => t.word === "university")?.known).toBe(false);
    expect(engine.ask("what university did al-dalati attend?").status).toBe("no_answer");
  });
});

describe("typo correction keeps a common word's first letter", () => {
  const engine = createEngine(loadKnowledgeBase());

  test("“sanctions” is not read as the base's “actions”, while a typo of a word of the base is still read right", () => {
    const sanctions = engine
      .analyse("which sanctions were lifted?")
      .terms.find((t) => t.word === "sanctions");
    expect(sanctions?.known).toBe(false);
    expect(engine.analyse("who is dalatti?").terms.some((t) => t.term === "dalati")).toBe(true);
  });
});
