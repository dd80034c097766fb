// "Wounded", "hurt" and "injured" are one lexicon synonym group, as "killed" and "dead" are: an article's
// toll of "34 injured" answers "how many got hurt?" and "how many were wounded?" on the drafted base, whose
// facts have no hand-written questions to carry the other words. A toll of another place is still no answer.
import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

describe("words for the injured, on the drafted follow-up base", () => {
  const engine = followupEngine("drafted");

  test.each([
    "how many people were wounded in the capital?",
    "how many got hurt in the strikes on damascus?",
    "how many were injured in damascus?",
  ])("“%s” is answered with the health ministry's toll", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds).toContain("syrias-health-ministry-reported-at-least-three");
  });

  test.each(["how many people were wounded in suwayda?", "how many people were hurt at the paris talks?"])(
    "“%s” is refused: the toll is of the capital",
    (question) => {
      expect(engine.ask(question).status).toBe("no_answer");
    },
  );

  test("the three words are one term", () => {
    const termOf = (word: string) => engine.analyse(`how many were ${word}?`).terms.map((t) => t.term);
    expect(termOf("wounded")).toEqual(termOf("injured"));
    expect(termOf("hurt")).toEqual(termOf("injured"));
  });
});
