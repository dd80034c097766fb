// "Which HOTEL in Paris …?", "what CHARGES are they facing?": the noun a question word asks a member of, in a
// word the base never uses, is a thing no fact names, however much else of the ask a fact shares. Our own
// questions, none from the evaluation sets.
import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { askedMemberNoun } from "../../src/engine/ask-attributes.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { followupEngine } from "./followup-engine.js";

describe("askedMemberNoun", () => {
  test.each([
    ["which hotel in the capital was it at?", "hotel"],
    ["what charges are they facing?", "charges"],
    ["which rebel militant faction did they detain?", "faction"],
    // a noun phrase ended by a preposition of place, or by a relative "where"
    ["which village near the frontier did they gather in?", "village"],
    ["which suburb outside the capital hosted them?", "suburb"],
    ["what's the name of the village where they gathered?", "village"],
    ["what is the name of the hotel that hosted them?", "hotel"],
    // a kind, an attribute or a post: a fact gives them in its own words
    ["what sort of body did they form?", undefined],
    ["what month was he ousted?", undefined],
    ["what position does he hold?", undefined],
    // a verb, or an auxiliary, after the question word: no noun
    ["what prompted them to scale back?", undefined],
    ["what has the government agreed to?", undefined],
    ["what did they say?", undefined],
    ["who met in the capital?", undefined],
  ])("%s → %s", (ask, noun) => {
    expect(askedMemberNoun(ask)).toBe(noun);
  });
});

describe("on the shipped base", () => {
  const engine = createEngine(loadKnowledgeBase());

  test.each([
    "what penalties do the detained islamic jihad members face?",
    // "near the Golan" is no settlement: which town, village or hamlet is not told
    "which village near the golan did the security chiefs gather in?",
    "what's the name of the hamlet near the golan where the security chiefs met?",
  ])("refuses a member of a thing the base never names: %s", (question) => {
    expect(engine.ask(question).status).toBe("no_answer");
  });

  test.each([
    // an attribute noun, and a noun inside a phrase of the lexicon
    "which month did assad fall in?",
    "what olive branches did damascus extend to israel?",
  ])("answers: %s", (question) => {
    expect(engine.ask(question).status).toBe("answered");
  });
});

describe("a member noun WordNet gives a kind the base's entities are of, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    // "faction", three words after "which", asks for a group: the fact naming one answers
    ["which palestinian militant faction did the new rulers detain?", ["@is:group"]],
    // a place asked ("which region") is the facts that say where, not a kind to name
    ["which region does the governor run?", []],
    // a noun of no kind the base has stays a thing no fact names
    ["which hotel in the capital was it at?", ["hotel"]],
  ])("%s → heads %j", (question, heads) => {
    expect(engine.analyse(question).heads).toEqual(heads);
  });

  test("answers with the fact that names such an entity", () => {
    expect(engine.ask("which palestinian militant faction did the new rulers detain?").status).toBe(
      "answered",
    );
  });
});

test.each(["drafted", "reviewed"] as const)(
  "on the %s follow-up base, which airline is not said",
  (variant) => {
    const engine = followupEngine(variant);
    expect(engine.ask("what airline did al-shaibani fly to paris with?").status).toBe("no_answer");
  },
);
