// A count is asked within an event, an agent or a place ("killed BY the strikes", "injured IN the fighting"):
// a fact's figure answers only when the fact holds that scope. Our own questions, none from the evaluation sets.
import { describe, expect, test } from "vitest";
import { askedAttributes } from "../../src/engine/ask-attributes.js";
import { countScopeWords } from "../../src/engine/count-scope.js";
import { createEngine } from "../../src/engine/engine.js";
import { attributesOf } from "../../src/engine/support.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { fact } from "../commands/fixtures.js";
import { followupEngine } from "./followup-engine.js";

describe("countScopeWords", () => {
  test.each([
    [
      "how many people were killed by the strikes on the troops near the city?",
      ["strikes", "troops", "city"],
    ],
    ["how many were injured in the fighting in the province?", ["fighting", "province"]],
    ["how many people died during the riots, according to the monitor?", ["riots"]],
    ["what death toll did the ministry give for the province?", ["province"]],
    ["how many soldiers were killed when the jets struck the base?", ["jets", "struck", "base"]],
    ["how many were hurt in the clashes in total?", ["clashes"]],
    // a phrase before the verb says who is counted, not what they are counted within
    ["how many people in the know did the agency talk to?", []],
    // no count asked, or no scope named
    ["who was killed in the strikes?", []],
    ["how many sources did the agency cite?", []],
  ])("%s → %j", (ask, words) => {
    expect(countScopeWords(ask)).toEqual(words);
  });
});

describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test.each([
    // the toll of the fighting is no toll of the strikes on the troops
    "how many people died in the israeli strikes on syrian troops near suwayda?",
    // the ministry's figure is of the capital, not of the province
    "what casualty figure did the health ministry give for suwayda?",
  ])("refuses a count of another event or place: %s", (question) => {
    expect(engine.ask(question).status).toBe("no_answer");
  });

  test.each([
    "how many people died during the suwayda violence?",
    "how many people were injured by the israeli strikes on damascus?",
  ])("answers a count whose scope the fact holds: %s", (question) => {
    expect(engine.ask(question).status).toBe("answered");
  });
});

test("a count of the seed base keeps its answer", () => {
  const engine = createEngine(loadKnowledgeBase());
  expect(engine.ask("how many sources did reuters rely on for the report?").status).toBe("answered");
});

// "How many PEOPLE …?" wants a number that counts people: "the two countries", "five subjects" or "multiple
// rounds" count other things, and had answered "how many people were on the delegation?".
describe("a count of people", () => {
  test.each([
    ["how many people were on the delegation?", true],
    ["exactly how many persons attended?", true],
    ["how many rounds were there?", false],
    ["how many sources did the agency cite?", false],
  ])("%s asks a head count: %s", (ask, asked) => {
    expect(askedAttributes(ask).has("head-count")).toBe(asked);
  });

  test.each([
    ["The fighting killed at least 1,300 people.", true],
    ["The ministry reported three dead and 34 injured.", true],
    ["The agency cited five sources.", true],
    ["Hundreds of people were killed.", true],
    ["Five Chilean officials attended.", true],
    ["It was the most senior contact between the two countries in 25 years.", false],
    ["The talks covered five subjects.", false],
    ["Multiple rounds of talks have taken place.", false],
  ])("%s counts people: %s", (statement, counted) => {
    expect(attributesOf(fact("f", statement)).has("head-count")).toBe(counted);
  });

  const reviewed = followupEngine("reviewed");
  test.each([
    "how many people sat on israel's delegation at the last paris meeting?",
    "how many people were in the israeli team at the most recent meeting in paris?",
  ])("refuses on the reviewed base a count of two countries: %s", (question) => {
    expect(reviewed.ask(question).status).toBe("no_answer");
  });

  test("refuses on the seed base a count of rounds", () => {
    const engine = createEngine(loadKnowledgeBase());
    expect(engine.ask("how many people show up to each meeting?").status).toBe("no_answer");
  });
});
