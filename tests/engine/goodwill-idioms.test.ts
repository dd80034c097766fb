import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

// Showing that one "means well" or "plays nice" is showing goodwill, and "the new crowd" in a capital is its new
// government (lexicon phrases): "well", "nice" and "crowd" are words no fact holds, and weighed as the rarest
// they kept the goodwill gestures under the answer line. Our own questions, none from the evaluation sets.
describe("goodwill idioms, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    "what did the new crowd in damascus do to show goodwill?",
    "what did damascus do to show it meant well toward israel?",
    "what has damascus done to show it means well?",
    "what did syria do to play nice with israel?",
  ])("%s is answered with the goodwill gestures", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds).toContain("syria-goodwill-gestures");
  });
});
