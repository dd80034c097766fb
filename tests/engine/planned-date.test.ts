import { describe, expect, test } from "vitest";
import { timeIntentOf } from "../../src/engine/time-intent.js";
import { followupEngine } from "./followup-engine.js";

// "Originally supposed to be held", "on schedule", "as planned", "always meant to be on the 19th" ask whether a
// meeting kept its date: the plan and its change (the lexicon reads them as planned and rescheduled), not the
// earliest of the events asked about. "Originally" alone, or before a plan that is no date ("originally supposed
// to lead"), still asks of the first. Our own questions, none from the evaluation sets.
test.each([
  ["when was the vote originally supposed to be held?", null],
  ["was the summit initially scheduled for another week?", null],
  ["was the meeting always meant to be on the 3rd?", null],
  ["who chaired the council originally?", { kind: "earliest" }],
  ["who was originally supposed to chair the council?", { kind: "earliest" }],
  ["when was the committee first set up?", { kind: "earliest" }],
])("timeIntentOf(%j)", (question, expected) => {
  expect(timeIntentOf(question)).toEqual(expected);
});

describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test.each([
    "when was the august meeting originally meant to take place?",
    "did the august talks go ahead as planned?",
    "was the 19 august meeting initially scheduled for another day?",
  ])("%s is answered by the meeting pushed back from the week before", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds).toContain("the-19-august-meeting-had-been-planned");
  });

  test("a lead originally meant is still the first lead, not a change of date", () => {
    const answer = engine.ask("who was originally supposed to lead syria's side?");
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("syria-lead-al-dalati");
  });
});
