// "What did X do AFTER the August meeting?" with no answer from after it is read as it stands; an answer the
// sources date (or report) before the landmark then tells something else, and the ask is refused with it as
// what the sources do say (answer-ask.ts, Chronology.happenedBefore).
import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

describe("an ask placed after a landmark, on the drafted follow-up base", () => {
  const engine = followupEngine("drafted");

  test.each([
    // The nearest fact is undated, from a report published before the landmark.
    "what did barrack tweet after the august paris talks?",
    "what did barrack tweet after the paris talks in august?",
    // The nearest fact is dated a week before the landmark.
    "did safadi speak to reporters after the august paris talks?",
  ])("refuses %s", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("no_answer");
  });

  test.each([
    ["what did al-sharaa tell arab media after the paris meeting in august?", "advanced stage"],
    ["who did barrack see in amman after the july paris talks?", "Safadi"],
  ])("answers %s from after the landmark", (question, said) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.parts.map((p) => p.text).join(" ")).toContain(said);
  });
});
