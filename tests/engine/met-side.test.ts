// "Has X met with CHILEAN officials?": the side a yes/no ask claims was met must be a party the fact names (its
// people, "Chile's …", or a person of that side), not a country it only speaks of ("ties between Norway and
// Chile"). And "what did X and Y AGREE on?" wants an agreement, not any outcome ("the meeting marked a pivot").
import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

describe("the side met, and what was agreed, on the shipped base", () => {
  const engine = createEngine(loadKnowledgeBase());

  test.each([
    ["did syria's interim president talk to israeli officials himself?", "israel"],
    ["has israel met with syrian officials?", "syria"],
    ["did trump meet al-sharaa?", undefined],
    ["did the us help israel and syria talk?", undefined],
    // an infinitive tells what another was to do
    ["did the us push syria to talk with israel?", undefined],
  ])("%s: the side met is %s", (question, side) => {
    expect(engine.analyse(question).metSide?.term).toBe(side);
  });

  test.each([
    "did syria's interim president talk to israeli officials himself?",
    "has the syrian interim president ever sat down with the israelis?",
    "what have trump and syria's interim president agreed?",
  ])("refuses %s", (question) => {
    expect(engine.ask(question).status).toBe("no_answer");
  });

  test.each([
    // the side met named by its people, or by a person of that side
    "has israel met with syrian officials?",
    "has trump met syria's president?",
    // the side met named by its bare name beside the other party ("Israel and Syria have begun direct talks")
    "has israel talked with syria?",
    // an agreement told: an approval
    "what did syria agree to hand over?",
  ])("still answers %s", (question) => {
    expect(engine.ask(question).status).toBe("answered");
  });

  test("the side met named by its bare name beside the other party answers", () => {
    expect(engine.ask("has israel talked with syria?").factIds[0]).toBe("talks-direct-israel-syria");
  });
});

// "Which ISRAELI agency …?": the side that qualifies the kind a which-ask wants (ask-parts.ts `kindSideOf`); a
// fact whose only entity of that kind is on no side (the news agency that reported it) does not say which.
describe("a kind qualified by a side, on the shipped base", () => {
  const engine = createEngine(loadKnowledgeBase());

  test.each([
    ["which israeli agency is in charge of the talks for israel?", "israel"],
    ["which news agency reported the talks?", undefined],
  ])("%s: the kind's side is %s", (question, side) => {
    expect(engine.analyse(question).kindSide).toBe(side);
  });

  test("refuses a side's agency of a fact whose only agency reported the talks", () => {
    expect(engine.ask("which israeli agency is in charge of the talks for israel?").status).toBe("no_answer");
  });

  test.each(["which news agency reported the talks?", "which syrian province does al-dalati govern?"])(
    "still answers %s",
    (question) => {
      expect(engine.ask(question).status).toBe("answered");
    },
  );
});
