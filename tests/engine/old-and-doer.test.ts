import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { followupEngine } from "./followup-engine.js";

// "Old" only says a thing is from before (the lexicon's generic words): "the old regime", "an old agreement" ask
// of the regime and the agreement. "Back into force" is to restore; "restore order" is no revival. And "what
// did X do …?" asks what X itself did (ask-parts.ts `doerSideOf`): a fact on the thing X acted on that never
// names X does not answer it.
describe("“old”, on the shipped base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test("“old” weighs as a generic word", () => {
    const old = engine.analyse("which group toppled the old regime?").terms.find((t) => t.word === "old");
    expect(old?.weight ?? 0).toBeLessThanOrEqual(0.3);
  });

  test("an old regime's fall is answered by the fact on who overthrew it", () => {
    const answer = engine.ask("which islamist group toppled the old regime in syria?");
    expect(answer.status).toBe("answered");
    expect(answer.factIds).toContain("hts-islamist-forces");
  });
});

describe("on the reviewed follow-up base", () => {
  const engine = followupEngine("reviewed");

  test("an old agreement brought back into force is the 1974 accord on the August agenda", () => {
    const answer = engine.ask("which old agreement does syria want brought back into force?");
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("according-to-sana-the-talks-covered-five");
  });

  // "A war monitor" is a monitoring group; "bloodletting" is killing: the newest toll answers "the latest".
  test.each([
    "what's the latest body count the war monitor gives for the fighting in suwayda?",
    "how many died in the bloodletting in suwayda, per the latest count?",
  ])("%s is answered with the newest toll, the earlier one shown apart", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("suwayda-death-toll-1300");
  });

  test.each([
    ["what did israel do about the buffer zone?", "israel"],
    ["what did the accord do?", undefined],
    ["what did israel say about the accord?", undefined],
  ])("%s: the doer side is %s", (question, side) => {
    expect(engine.analyse(question).claimedSide?.term).toBe(side);
  });

  test("what Israel did about the 1974 accord is not answered by the accord's own terms", () => {
    const answer = engine.ask("after the regime fell, what did israel do about the old 1974 arrangement?");
    expect(answer.factIds).not.toContain("that-accord-reached-after-the-1973-war");
  });
});
