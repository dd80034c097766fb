import { describe, expect, test } from "vitest";
import { Analyzer } from "../../src/engine/normalise.js";
import { PlannedBodies, plannedBodiesIn } from "../../src/engine/planned-bodies.js";
import { followupEngine } from "./followup-engine.js";

// A body a fact tells only as still to be set up ("would set up a joint working group") is not at work: an ask
// that takes it as meeting, run by someone or fallen apart is refused, while one about its making or purpose
// is answered.
describe("plannedBodiesIn", () => {
  test.each([
    [
      "They agreed that the two states would set up a joint committee to watch the truce.",
      ["a joint committee"],
    ],
    ["The ministers agreed to form a panel, which Lund will chair.", ["a panel"]],
    ["Officials will establish the fund in March.", ["the fund"]],
    ["The committee set up in May met twice.", []],
    ["They met in Oslo.", []],
  ])("%s → %j", (text, bodies) => {
    expect(plannedBodiesIn(text)).toEqual(bodies);
  });
});

describe("PlannedBodies.takesAtWork", () => {
  const analyzer = new Analyzer({
    phrases: {},
    synonyms: [],
    stopwords: ["the", "a", "did", "its", "who", "when", "to"],
    generic: [],
  });
  const planned = new PlannedBodies(analyzer);
  const bodies = planned.bodies([
    "They agreed that both states would set up a joint committee to watch the truce.",
  ]);
  const termsOf = (ask: string) => analyzer.terms(ask).map((term) => ({ term }));

  test.each([
    ["when did the joint committee first meet", true],
    ["who will chair the joint committee", true],
    ["why was the joint committee disbanded", true],
    ["what was the joint committee meant to do", false],
    ["did they agree to create a joint committee", false],
    ["when did the ministers meet", false],
  ])("%s → %s", (ask, atWork) => {
    expect(planned.takesAtWork(bodies, termsOf(ask))).toBe(atWork);
  });
});

describe("a planned body on the reviewed follow-up base", () => {
  const engine = followupEngine("reviewed");

  test.each([
    "when did the joint working group meet for the first time?",
    "who leads the joint working group?",
    "has the joint working group held a meeting yet?",
  ])("“%s” is refused for the body's being at work, the Amman agreement offered", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("no_answer");
    expect(answer.suggestions.map((s) => s.factId)).toContain("a-week-before-the-paris-meeting-on");
    expect(answer.parts[0]?.text).toContain("ever set up and at work");
  });

  test("what the working group is for is still answered", () => {
    const answer = engine.ask("what is the joint working group meant to do?");
    expect(answer.status).toBe("answered");
    expect(answer.factIds).toContain("a-week-before-the-paris-meeting-on");
  });
});
