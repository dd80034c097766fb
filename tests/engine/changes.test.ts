import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
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
