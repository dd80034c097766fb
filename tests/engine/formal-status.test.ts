import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

// "Technically" and "on paper" at war is formally at war (lexicon phrases): the July article's "Israel and Syria
// have formally remained in a state of war since 1948" answers, not "decades of hostility", which gives no year.
// Our own questions, none from the evaluation sets.
describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test.each([
    "since what year have the two countries been technically at war?",
    "how long have the two been at war on paper?",
  ])("%s is answered by the formal state of war", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("israel-and-syria-have-formally-remained-in");
  });
});
