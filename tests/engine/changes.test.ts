import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { wordTermsOfThings } from "../../src/engine/asked-things.js";
import { createEngine } from "../../src/engine/engine.js";
import { Analyzer } from "../../src/engine/normalise.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

// "Has X changed …?", "what changes …": an ask that something changed is answered by a fact that tells a
// change (`change`, support.ts: reduced, scaled back, expanded, a shift …), on the base without hand-written
// questions too; a fact that tells only a state does not say, and is no answer.
describe("asks whether something changed, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test("“has israel changed how often it strikes syria?” is answered with the airstrikes scaled back", () => {
    const answered = engine.ask("has israel changed how often it strikes syria?");
    expect(answered.status).toBe("answered");
    expect(answered.factIds).toContain("israel-scaled-back-airstrikes");
  });

  test("“has syria changed its stance on the golan?” is refused: no fact tells such a change", () => {
    expect(engine.ask("has syria changed its stance on the golan?").status).toBe("no_answer");
  });
});

// On the shipped base one fact says the word ("a dramatic shift … change" in its keywords): it had won
// every "has X changed …?" about something else. A fact that tells a change is found under the word too.
describe("asks whether something changed, on the shipped base", () => {
  const engine = createEngine(loadKnowledgeBase());

  test.each([
    ["has israel changed what its army does in syria?", "israel-reduced-military-operations"],
    ["has the israeli military changed anything in syria?", "israel-reduced-military-operations"],
  ])("“%s” is answered with %s, not the shift in relations", (question, factId) => {
    const answered = engine.ask(question);
    expect(answered.status).toBe("answered");
    expect(answered.factIds).toContain(factId);
    expect(answered.factIds).not.toContain("talks-dramatic-shift-relations");
  });

  test("“has syria changed its stance on the golan?” is still refused", () => {
    expect(engine.ask("has syria changed its stance on the golan?").status).toBe("no_answer");
  });
});

describe("wordTermsOfThings: the lexicon's words for a thing a fact gives, for change alone", () => {
  const analyzer = new Analyzer({
    phrases: {},
    synonyms: [],
    stopwords: [],
    generic: [],
    asks: { change: ["change", "changed"], reaction: ["comment"] },
  });
  test.each([
    [["@change"], ["chang"]],
    [["@reaction"], []],
    [["@where", "@change"], ["chang"]],
    [[], []],
  ])("%j → %j", (things, expected) => {
    expect(wordTermsOfThings(things, analyzer)).toEqual(expected);
  });
});
