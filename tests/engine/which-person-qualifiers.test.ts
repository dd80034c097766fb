// "Which FRENCH minister …?", "which UN official …?": what qualifies the person a "which" ask asks for must be
// held by the fact, or the fact tells of someone else (another side's minister). Our own questions, none from
// the evaluation sets.
import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { whichPersonQualifiers } from "../../src/engine/ask-attributes.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
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

// "which AMERICAN leader …", "who's the person leading ISRAEL'S side?": the side that qualifies the person asked
// for (ask-parts.ts `personSideOf`); a fact whose people are all another side's names no one asked for
// (support-check.ts `namesSomeoneElse`), whatever other capitalised word it holds.
describe("a person of a side, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    "which american leader personally reached out to the new leader in damascus?",
    "which american official got in touch with the new ruler in damascus?",
    "who's the person leading israel's side?",
  ])("refuses another side's person: %s", (question) => {
    expect(engine.ask(question).status).toBe("no_answer");
  });

  test.each([
    ["which us official met al-sharaa?", "trump-engaged-al-sharaa"],
    ["who's the person heading the syrian team?", "syria-lead-al-dalati"],
    ["which syrian official leads the talks?", "syria-lead-al-dalati"],
  ])("answers with that side's person: %s", (question, fact) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe(fact);
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

  // al-Shaibani, who took part, is Syria's foreign minister: the fact names no Israeli official
  test("refuses which officials of a side a fact names only the other side's people for", () => {
    expect(engine.ask("which israeli officials took part in the baku meeting?").status).toBe("no_answer");
  });

  test("answers when the fact holds the qualifier", () => {
    expect(engine.ask("which jordanian minister did al-shaibani meet in amman?").status).toBe("answered");
  });
});
