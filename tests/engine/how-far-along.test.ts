// "how far ALONG" (lexicon phrase → "what stage"): an idiom for how advanced something is, which the follow-up
// article tells as "at an advanced stage". Read word by word, "far" (a distance, a word the drafts hardly use)
// weighed as the ask's rarest word and sent it to a fact saying normalization "remains distant".
import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

describe("“how far along” on the drafted follow-up base", () => {
  const engine = followupEngine("drafted");

  test("“far” is not read as a word of the ask", () => {
    const words = engine.analyse("how far along are the security talks?").terms.map((t) => t.word);
    expect(words).not.toContain("far");
  });

  test.each([
    "according to al-sharaa, how far along are the security talks?",
    "how far along did al-sharaa say the security discussions were?",
  ])("is answered with the stage al-Sharaa gave: %s", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toMatch(/^on-sunday-al-sharaa-told/);
  });

  test("a distance asked is still a distance: “how far is quneitra from paris?” is not the stage", () => {
    expect(engine.ask("how far is quneitra from paris?").factIds).not.toContainEqual(
      expect.stringMatching(/^on-sunday-al-sharaa-told/),
    );
  });
});
