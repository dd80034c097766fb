import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

// "What happened on 12 August?" asks of that day: a fact dated to it answers before the month's others (the
// 19 August meeting's reports), and only that day's facts join it. A claim's day names which event it claims
// and chooses nothing. Our own questions, none from the evaluation sets.
describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test.each(["so what happened on 12 august?", "anything happen on aug 12?"])(
    "%s is answered by the Amman meeting of that day",
    (question) => {
      const answer = engine.ask(question);
      expect(answer.status).toBe("answered");
      expect(answer.factIds).toEqual(["a-week-before-the-paris-meeting-on"]);
    },
  );
});
