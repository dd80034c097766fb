// A count is asked within an event, an agent or a place ("killed BY the strikes", "injured IN the fighting"):
// a fact's figure answers only when the fact holds that scope. Our own questions, none from the evaluation sets.
import { describe, expect, test } from "vitest";
import { countScopeWords } from "../../src/engine/count-scope.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
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
