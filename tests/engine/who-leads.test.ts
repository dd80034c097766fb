// "Who HEADS Israel's foreign ministry?": who leads something is told by a fact that answers who-questions, not
// by one that only names the body ("neither Israel's Foreign Ministry nor Syrian government representatives
// have commented"); a fact that tells someone leading still answers.
import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

describe("who leads a body, on the shipped base", () => {
  const engine = createEngine(loadKnowledgeBase());
  const textOf = (question: string) =>
    engine
      .ask(question)
      .parts.map((p) => p.text)
      .join(" ");

  test.each([
    "who heads israel's foreign ministry?",
    "who leads israel's foreign ministry?",
    "who is in charge of israel's foreign ministry?",
    "who runs israel's foreign ministry?",
    "who is running the syrian foreign ministry these days?",
  ])("refuses %s", (question) => {
    expect(engine.ask(question).status).toBe("no_answer");
  });

  test.each([
    ["who leads syria's side in the talks?", "Dalati"],
    ["who heads syria's delegation?", "Dalati"],
    ["who represents israel in the talks?", "not been named"],
    ["who governs quneitra?", "Dalati"],
    ["who is running syria's side?", "Dalati"],
    ["who rules syria now?", "al-Sharaa"],
  ])("answers %s", (question, said) => {
    expect(engine.ask(question).status).toBe("answered");
    expect(textOf(question)).toContain(said);
  });
});
