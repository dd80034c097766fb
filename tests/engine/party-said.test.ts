// "Did X say anything about …?" asks X's own word: a fact in which another party reports on X ("X's side was
// led by …, a channel reported") or in which X is only named ("talks between Y and X") is no answer; one in
// which X speaks or keeps silent is. Our own questions, none from the evaluation sets.
import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
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

// "What did X say about …?" asks X's own word as "did X say anything" does (reacting-party.ts): a fact on X's
// fate is no answer, one in which X's government speaks is; a post the ask gives X that the sources give
// otherwise is corrected rather than refused. Our own questions, none from the evaluation sets.
describe("what a party said, on the shipped base", () => {
  const engine = createEngine(loadKnowledgeBase());

  test("refuses a fact in which the party does not speak", () => {
    expect(engine.ask("what has assad said about the contacts with israel?").status).toBe("no_answer");
  });

  test("answers with the word of the party's government", () => {
    const answer = engine.ask("what has al-sharaa's government said about being a threat to israel?");
    expect(answer.status).toBe("answered");
    expect(answer.factIds).toEqual(["syria-no-threat-statement"]);
  });

  test("corrects a post the question takes for granted", () => {
    const answer = engine.ask(
      "since al-dalati is syria's defence minister, what has he said about the meetings?",
    );
    expect(answer.status).toBe("answered");
    expect(answer.parts.map((p) => p.text).join(" ")).toMatch(/governor/);
  });
});

test("corrects a post put before the speaker's name (reviewed follow-up base)", () => {
  const answer = followupEngine("reviewed").ask(
    "what did israeli defence minister ron dermer say about the july talks?",
  );
  expect(answer.status).toBe("answered");
  expect(answer.parts.map((p) => p.text).join(" ")).toMatch(/strategic affairs/);
});
