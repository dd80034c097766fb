import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

// "Where did A and B meet?" asks of a meeting both sides took part in: a hit close to the best that states every
// side the ask pairs (by name, or by a person of that side) answers before one a side was not at (the August
// Amman meeting of Syria, Jordan and the US). Our own questions, none from the evaluation sets.
describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test.each([
    "in august, where did the israelis and syrians meet?",
    "where did syria meet with israel in august?",
  ])("%s is answered by a meeting both sides were at, not the Amman one", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).not.toBe("a-week-before-the-paris-meeting-on");
  });

  test("a pair of which one is no side of the talks is answered as before", () => {
    const answer = engine.ask("where did syria and jordan meet in august?");
    expect(answer.factIds[0]).toBe("a-week-before-the-paris-meeting-on");
  });
});
