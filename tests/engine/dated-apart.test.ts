// A "when" asked of a fact that tells the asked event only in a quoted sentence with no time in it: the date
// the fact gives (its statement's, or another sentence's: "the meetings follow the overthrow … in December")
// is another event's. On the base without paraphrases, where such a fact can come first.
import { expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

test.each([
  "on what date did president trump and ahmed al-sharaa get together?",
  "when did donald trump sit down with al-sharaa?",
])("%s → no_answer: the fact that quotes the meeting dates the overthrow", (question) => {
  const answer = engine.ask(question);
  expect(answer.status).toBe("no_answer");
  expect(answer.factIds).not.toContain("talks-parties-longtime-enemies");
});

test("a when asked of an event the statement tells is still answered from the statement's date", () => {
  const answer = engine.ask("when was assad overthrown?");
  expect(answer.status).toBe("answered");
  expect(answer.factIds).toContain("assad-overthrown-hts-december");
});
