// "Which FRENCH minister …?", "which UN official …?": what qualifies the person a "which" ask asks for must be
// held by the fact, or the fact tells of someone else (another side's minister). Our own questions, none from
// the evaluation sets.
import { describe, expect, test } from "vitest";
import { whichPersonQualifiers } from "../../src/engine/ask-attributes.js";
import { followupEngine } from "./followup-engine.js";

describe("whichPersonQualifiers", () => {
  test.each([
    ["which french minister sat in?", ["french"]],
    ["which un official attended?", ["un"]],
    ["which senior israeli officials were there?", ["senior", "israeli"]],
    // no qualifier, or no person asked for
    ["which minister sat in?", []],
    ["which french city hosted the talks?", []],
    ["who was the french minister?", []],
    ["who were the three envoys at the summit?", ["three"]],
    ["who are the 4 officials?", ["4"]],
    ["who were the envoys at the three talks?", []],
    // a post a possessive gives someone: the word before it says which post
    ["what did chile's defence minister say?", ["defence"]],
    ["what did the rebels' military chief announce?", ["military"]],
    ["what did norway's strategic affairs minister say in june?", ["strategic", "affairs"]],
  ])("%s → %j", (ask, words) => {
    expect(whichPersonQualifiers(ask)).toEqual(words);
  });
});

describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test("refuses a person of a party no fact's people belong to", () => {
    expect(engine.ask("which un official attended the august talks in paris?").status).toBe("no_answer");
  });

  test("refuses who the sources were of a fact on one journalist who reported", () => {
    expect(engine.ask("Who were the five sources Reuters relied on for the May report?").status).toBe(
      "no_answer",
    );
  });

  test.each([
    "what did israel's defence minister say about the paris talks?",
    "what did syria's defence minister tell dermer in july?",
  ])("refuses a post of a party whose fact names another post: %s", (question) => {
    expect(engine.ask(question).status).toBe("no_answer");
  });

  // a one-word head the lexicon reads as a qualified person ("cleric" → spiritual leader) is asked with its
  // qualifier, as the phrase written out is; a meeting with a minister there is no answer
  test.each(["which cleric did barrack meet in amman?", "which spiritual leader did barrack meet in amman?"])(
    "refuses a person of a kind no fact there tells: %s",
    (question) => {
      expect(engine.ask(question).status).toBe("no_answer");
    },
  );

  test("answers when the fact holds the qualifier", () => {
    expect(engine.ask("which jordanian minister did al-shaibani meet in amman?").status).toBe("answered");
  });
});
