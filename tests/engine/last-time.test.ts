// "When was THE LAST TIME …" asks when something last happened (lexicon phrase "last time" → "last"): as
// words, "time" was weighed as one of the rarest of the ask and met any fact that says "the second time".
import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

describe("“the last time” on the drafted follow-up base", () => {
  const engine = followupEngine("drafted");

  test("the idiom is read as “last”, not as the word “time”", () => {
    const words = engine
      .analyse("when was the last time the two sides met at this level?")
      .terms.map((t) => t.word);
    expect(words).toContain("last");
    expect(words).not.toContain("time");
  });

  test("a new wording is answered with the last contact at a comparable level", () => {
    const answered = engine.ask(
      "before paris, when was the last time the two countries met at such a senior level?",
    );
    expect(answered.status).toBe("answered");
    expect(answered.factIds).toContain("the-last-contact-at-a-comparable-level");
  });
});
