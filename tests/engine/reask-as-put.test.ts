// A premise's claim asked again (reaskAsPut) is left once its terms are read when it names a party the base
// lacks: the answer as put would at most correct that name (a preface) or refuse, neither of which the
// correction uses. Any other reask is answered exactly as put.
import { describe, expect, test } from "vitest";
import { answerAskAsPut, reaskAsPut } from "../../src/engine/answer-ask.js";
import type { AskSteps } from "../../src/engine/ask-steps.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

const engine = createEngine(loadKnowledgeBase(), { answerMemoSize: 0 });
// The steps are the engine's own (private): the functions under test take them.
const steps = (engine as unknown as { steps: AskSteps }).steps;

describe("reaskAsPut", () => {
  test.each([
    "why did netanyahu sack al-dalati after the talks",
    "did netanyahu sack al-dalati after the talks",
    "did obama meet al-sharaa",
    "why did qatar pay for the meetings",
    "why did syria arrest hamas members",
  ])("%s: names a party the base lacks, so no answer, and none as put either", (reask) => {
    const asPut = answerAskAsPut(steps, reask);
    expect(asPut.status === "answered" && asPut.preface === undefined).toBe(false);
    const left = reaskAsPut(steps, reask);
    expect(left.status).toBe("no_answer");
    expect(left.explanation).toBeUndefined();
  });

  test.each([
    "why did al-dalati lead syria's side",
    "did trump meet al-sharaa",
    "where did israel and syria meet",
    "why did israel strike damascus",
  ])("%s: every party known, answered as put", (reask) => {
    expect(reaskAsPut(steps, reask)).toEqual(answerAskAsPut(steps, reask));
  });
});
