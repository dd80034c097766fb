// A subject question asks the doer of its verb ("who SIGNED the accord?", "who MEDIATED the meeting?"): a
// fact on the same thing that does not say the verb names no one who did it, and is offered as a
// suggestion, never given as the answer. Read on the small town-council base of tests/fixtures/other-story.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { whichPassiveAct } from "../../src/engine/which-did.js";
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

describe("which + a passive", () => {
  // "which … was SUED?": the fact on the group's spokesman tells no suit, so it names no one sued
  test.each([
    ["which residents' group spokesman was sued?", "no_answer", []],
    ["which bridge was voted for by the council?", "answered", ["council-vote"]],
  ])("%s → %s", (question, status, facts) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe(status);
    expect(answer.factIds).toEqual(facts);
  });

  test.each([
    ["which journalist got deported over the story?", "deported"],
    ["which official was detained for talking?", "detained"],
    ["what ministers were sacked last week?", "sacked"],
    // a phrasal verb is an idiom facts word in their own verb
    ["which faction got rounded up by the police?", undefined],
    // an active verb, an adjective before the noun, "which of", "what did": no passive act
    ["which country brokered the contacts?", undefined],
    ["which detained members were released?", "released"],
    ["which of them was arrested?", undefined],
    ["what did the mayor say?", undefined],
    ["which country is hosting the talks?", undefined],
  ])("%s → %s", (ask, act) => {
    expect(whichPassiveAct(ask)).toBe(act);
  });
});

// "Who APPOINTED …?": a fact that tells the act only as a passive naming no doer ("was appointed governor") says
// no one who did it (ask-parts.ts `doerVerbOf`, statement-terms.ts `tellsDoerOf`). On the shipped base.
describe("who + a verb told with no doer", () => {
  const shipped = createEngine(loadKnowledgeBase());

  test("reads the past verb whose doer a who-ask asks", () => {
    expect(shipped.analyse("who appointed the governor of quneitra province?").doerVerb).toBeDefined();
    expect(shipped.analyse("who is the governor of quneitra province?").doerVerb).toBeUndefined();
  });

  test.each([
    ["who appointed the governor of quneitra province?", "no_answer"],
    // a passive with its "by", an active verb
    ["who overthrew the assad government?", "answered"],
    ["who detained palestinian islamic jihad members?", "answered"],
    ["who confirmed the security chiefs' meetings to the journalist?", "answered"],
  ])("%s → %s", (question, status) => {
    expect(shipped.ask(question).status).toBe(status);
  });
});
