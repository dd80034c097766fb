import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

// "Shore up" and "prop up" a truce is consolidating it, as the August article says the joint working group is
// to help Damascus do (WordNet puts the two verbs in one synset; the lexicon reads both, in each form, as
// consolidate): "prop" or "shore" alone is a word no fact holds. Our own questions, none from the evaluation sets.
const GROUP_FACT = {
  drafted: "they-agreed-that-syria-jordan-and-the",
  reviewed: "a-week-before-the-paris-meeting-on",
};

describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test.each([
    "who is shoring up the truce in suwayda?",
    "what was created to prop up the ceasefire in suwayda?",
    "what was set up to shore up the suwayda truce?",
  ])("%s is answered by the joint working group", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe(GROUP_FACT[variant]);
  });
});
