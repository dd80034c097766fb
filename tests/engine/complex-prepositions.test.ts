import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

// "next to" and "adjacent to" are prepositions of place (the lexicon reads them as "border"), not the "next"
// of what comes next: the fact that says one place borders another answers them, on the base without
// hand-written questions too, and a place the sources never put beside it is still refused.
describe("next to, adjacent to: a place beside another, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    "what province lies next to the golan heights?",
    "is quneitra adjacent to the golan?",
    "the province right next to the golan, which one is it?",
  ])("%s is answered with Quneitra bordering the Golan", (question) => {
    const answered = engine.ask(question);
    expect(answered.status).toBe("answered");
    expect(answered.factIds).toContain("quneitra-borders-golan");
  });

  test("a place the sources put beside nothing is refused: “is the golan next to jordan?”", () => {
    expect(engine.ask("is the golan next to jordan?").status).toBe("no_answer");
  });
});

// "In terms of" is a complex preposition, as "about" or "regarding" (the lexicon reads it as "about"): its
// "terms" is no word a fact must hold (the terms of a deal are asked without it: "what are the terms of …").
describe("in terms of: what an ask is about, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    ["what has syria done in terms of goodwill gestures?", "syria-goodwill-gestures"],
    ["how far along are the talks in terms of a peace deal?", "talks-not-peace-or-normalization"],
  ])("%s is answered with %s", (question, factId) => {
    const answered = engine.ask(question);
    expect(answered.status).toBe("answered");
    expect(answered.factIds).toContain(factId);
  });

  test("a party the sources do not name is still refused: “what has jordan done in terms of goodwill gestures?”", () => {
    expect(engine.ask("what has jordan done in terms of goodwill gestures?").status).toBe("no_answer");
  });
});
