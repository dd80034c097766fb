import { describe, expect, test } from "vitest";
import { pairsSides } from "../../src/engine/answer-at-time.js";
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

// The pair is read between side words: a hyphenated name or a bare "and" elsewhere pairs nothing.
describe("pairsSides", () => {
  const SIDES: Record<string, string> = {
    freedonia: "f",
    "freedonia's": "f",
    ruritanians: "r",
    ruritania: "r",
  };
  test.each([
    ["where did freedonia and ruritania meet?", true],
    ["where did freedonia meet with the ruritanians?", true],
    ["when did the Freedonia–Ruritania talks start?", true],
    ["when did freedonia-ruritania talks start?", true],
    ["when did Freedonia's al-Rashid visit Ruritania?", false],
    ["when did freedonia's face-to-face talks and ruritania's begin?", true],
    ["when did freedonia meet and talk?", false],
  ])("%s: %s", (ask, paired) => {
    expect(pairsSides(ask, (word) => SIDES[word.replace(/['’]s$/u, "")] ?? SIDES[word])).toBe(paired);
  });
});
