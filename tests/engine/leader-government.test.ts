// "the sharaa government", "the sharra goverment": a leader's name before the body they lead stands for that
// body, as "sharaa's government" does; a fact on the body need not repeat the name, but must be that
// leader's side's body (ask-parts.ts `possessorsOf`, support-check.ts `bodyOfNameIn`).
import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { followupEngine } from "./followup-engine.js";

describe("a leader's name before a body on the shipped base", () => {
  const engine = createEngine(loadKnowledgeBase());
  const possessed = (question: string) => [...engine.analyse(question).possessors.values()];

  test.each([
    ["what did the sharaa government promise?", 1],
    ["what did the sharra goverment say about being a threat?", 1],
    ["what did sharaa's government promise?", 1],
    // a common word before the body is no leader's name
    ["what did the interim government promise?", 0],
    // nor a noun after the name that is no body
    ["what did the sharaa interview say?", 0],
  ])("%j reads %i body", (question, bodies) => {
    expect(possessed(question)).toHaveLength(bodies);
  });

  test.each([
    "what did the sharaa government promise?",
    "wat did the sharra goverment say about israel bein a threat",
  ])("%j is answered with the government's statement", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds).toContain("syria-no-threat-statement");
  });
});

describe("another side's leader on the drafted follow-up base", () => {
  const engine = followupEngine("drafted");

  test.each([
    "what did the netanyahu government say about being a threat?",
    "what did netanyahu's government say about being a threat?",
  ])("%j is not answered with the other side's government", (question) => {
    expect(engine.ask(question).status).toBe("no_answer");
  });
});
