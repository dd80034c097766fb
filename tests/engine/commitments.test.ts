import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

// A pledge, a promise, an assurance, named as the thing asked: the fact that says a party stated it will not do
// something gives one (`commitment`, support.ts), on the base without hand-written questions too. Whose
// promise is asked as whose reaction is, and a yes/no claim of a promise needs a fact that gives one.
describe("promises, pledges and assurances, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    "what pledge has syria's interim government made?",
    "what was syria's vow?",
    "did syria pledge not to threaten israel?",
  ])("%s is answered with Syria's statement", (question) => {
    const answered = engine.ask(question);
    expect(answered.status).toBe("answered");
    expect(answered.factIds).toContain("syria-no-threat-statement");
  });

  test.each([
    "what did israel promise syria?", // another party's promise
    "did the us guarantee the talks?", // a promise no fact gives
  ])("%s is refused", (question) => {
    expect(engine.ask(question).status).toBe("no_answer");
  });
});
