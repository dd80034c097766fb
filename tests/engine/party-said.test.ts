// "Did X say anything about …?" asks X's own word: a fact in which another party reports on X ("X's side was
// led by …, a channel reported") or in which X is only named ("talks between Y and X") is no answer; one in
// which X speaks or keeps silent is. Our own questions, none from the evaluation sets.
import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test.each([
    "did israel say anything about the paris meeting in august?",
    "has israel said anything publicly about the august talks?",
  ])("answers with the party's own silence: %s", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.parts.map((p) => p.text).join(" ")).toMatch(/silent|no comment/i);
  });

  test("answers with the party's own agency's word", () => {
    const answer = engine.ask("has syria said anything publicly about the august talks?");
    expect(answer.status).toBe("answered");
    expect(answer.parts.map((p) => p.text).join(" ")).toMatch(/SANA/);
  });
});
