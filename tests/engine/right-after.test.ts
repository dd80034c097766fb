// "RIGHT after …", "right before …" (lexicon phrases → "after", "before"): "right" only stresses how soon. As a
// word it is also a word of a name the follow-up base has (the monitor "… for Human Rights"), so a fact that
// did not say it was refused for not naming that monitor.
import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

describe("“right after” on the drafted follow-up base", () => {
  const engine = followupEngine("drafted");

  test.each([
    "how did israel reach the new syrian authorities right after assad was ousted?",
    "right before the paris talks, what happened in suwayda?",
  ])("“right” is not read as a word of the ask: %s", (question) => {
    const words = engine.analyse(question).terms.map((t) => t.word);
    expect(words).not.toContain("right");
  });

  test("an ask placed right after an event is answered as one placed after it", () => {
    const right = engine.ask("how did israel reach the new syrian authorities right after assad was ousted?");
    const plain = engine.ask("how did israel reach the new syrian authorities after assad was ousted?");
    expect(right.status).toBe("answered");
    expect(right.factIds).toEqual(plain.factIds);
    expect(right.factIds).toContain("the-semi-public-meeting-built-on-months");
  });
});
