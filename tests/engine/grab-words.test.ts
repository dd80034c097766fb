import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

// To "grab" land is to seize it (the lexicon's occupy group, beside seize and capture): "grab" was a word no
// fact holds. Our own questions, none from the evaluation sets.
describe("grabbing land, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each(["when did israel grab the golan heights?", "in which war did israel grab the golan heights?"])(
    "%s is answered with the occupation since 1967",
    (question) => {
      const answer = engine.ask(question);
      expect(answer.status).toBe("answered");
      expect(answer.factIds[0]).toBe("golan-occupied-since-1967");
    },
  );
});
