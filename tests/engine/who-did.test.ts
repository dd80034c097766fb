// A subject question asks the doer of its verb ("who SIGNED the accord?", "who MEDIATED the meeting?"): a
// fact on the same thing that does not say the verb names no one who did it, and is offered as a
// suggestion, never given as the answer. Read on the small town-council base of tests/fixtures/other-story.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { PROJECT_ROOT } from "../knowledge/tmp-kb.js";

const engine = createEngine(loadKnowledgeBase(path.join(PROJECT_ROOT, "tests", "fixtures", "other-story")));

describe("who + a verb", () => {
  test.each([
    // the vote's fact says how the council voted, not who chaired or appealed the vote
    ["who chaired the bridge vote?", "no_answer", []],
    ["who appealed the council vote on the harbour bridge?", "no_answer", []],
    // the verb the fact says
    ["who voted 7 to 2 for the harbour bridge?", "answered", ["council-vote"]],
    ["who speaks for the residents' group?", "answered", ["hale-speaks-for-residents"]],
    ["who chairs the town council?", "answered", ["keller-leads-council"]],
  ])("%s → %s", (question, status, facts) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe(status);
    expect(answer.factIds).toEqual(facts);
  });
});
