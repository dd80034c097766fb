import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

// Territory held or controlled is territory occupied: one synonym group in the lexicon. A fact that says only
// "occupied" (the base without hand-written questions and keywords) answers a member's "held" or "under …
// control"; "annexed" is another thing, and stays unanswered.
describe("held, controlled and occupied territory, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    "how long has israel held the golan?",
    "since what year has israel held the golan?",
    "how long has the golan been under israeli control?",
  ])("%s is answered with the occupation since 1967", (question) => {
    const answered = engine.ask(question);
    expect(answered.status).toBe("answered");
    expect(answered.parts.map((part) => part.text).join(" ")).toMatch(/1967/);
  });

  test("annexing is no occupying: “in what year did israel annex the golan heights?” is refused", () => {
    expect(engine.ask("in what year did israel annex the golan heights?").status).toBe("no_answer");
  });
});
