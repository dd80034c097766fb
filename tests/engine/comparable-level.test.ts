// "this high up", "that high up", "such a lofty tier", "that kind of rank" (lexicon phrases → "comparable
// level"): how senior a contact was, which the July article tells as "the last contact at a comparable level".
// Read word by word, "high" is the lexicon's low/high group and "lofty", "tier", "rank" words no fact has, so
// the asks were refused. Not "this senior" / "that senior": a phrase so common ("that senior official") that
// it cost an answer elsewhere (docs/evaluation.md, sixteenth stop).
import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

describe("how senior a contact was, on the reviewed follow-up base", () => {
  const engine = followupEngine("reviewed");

  test.each([
    "before paris, when did the two countries last have contact at such a lofty tier?",
    "when had officials this high up from both countries last met before july?",
    "which israeli prime minister last met a syrian minister at that kind of rank?",
  ])("is the last contact at a comparable level: %s", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("the-last-contact-at-a-comparable-level");
  });

  test("“high” alone is still read as a word of the ask", () => {
    const words = engine.analyse("how high is mount hermon?").terms.map((t) => t.word);
    expect(words).toContain("high");
  });
});
