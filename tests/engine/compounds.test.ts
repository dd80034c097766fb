// Two words written apart that the base writes as one ("air strikes" of "airstrikes") are read as that word.
import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import { closedCompounds } from "../../src/engine/phrase-reader.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

const vocabulary = new Map(
  ["airstrikes", "ceasefire", "anyone", "into", "peace", "talks"].map((w) => [w, 1]),
);
const stopwords = new Set(["any", "one", "in", "to", "the"]);
const analyzer = { isStopword: (word: string) => stopwords.has(word) };

describe("closedCompounds", () => {
  test.each([
    [
      ["the", "air", "strikes"],
      ["the", "airstrikes"],
    ],
    [
      ["cease", "fire", "talks"],
      ["ceasefire", "talks"],
    ],
    // a stopword is never half of a compound: "any one" stays two words, and so does "in to"
    [
      ["any", "one"],
      ["any", "one"],
    ],
    [
      ["in", "to"],
      ["in", "to"],
    ],
    // only a word the base has
    [
      ["peace", "talks"],
      ["peace", "talks"],
    ],
    [
      ["air", "raids"],
      ["air", "raids"],
    ],
    [[], []],
  ])("%j → %j", (words, expected) => {
    expect(closedCompounds(words, vocabulary, analyzer)).toEqual(expected);
  });
});

describe("in the engine, on the base without paraphrases (whose facts write “airstrikes”)", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test("“air strikes” and “air-strikes” are read as the base's airstrikes, and “air” is no claim", () => {
    for (const question of [
      "did Israel scale down its air strikes?",
      "did Israel scale down its air-strikes?",
    ]) {
      const analysed = engine.analyse(question);
      expect(analysed.terms.some((t) => t.word === "air")).toBe(false);
      expect(analysed.terms.some((t) => t.word === "airstrikes" && t.known)).toBe(true);
      expect(analysed.predicates.map((p) => p.word)).not.toContain("air");
    }
  });

  test("so the fact on the reduced airstrikes answers", () => {
    const answer = engine.ask("did Israel scale down its air strikes?");
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("israel-scaled-back-airstrikes");
  });
});
