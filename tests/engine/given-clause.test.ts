// The event a yes/no or when ask takes as done in a relative clause ("… the areas IT MOVED INTO"), and what the
// ask asks of it: read on the shipped base's terms, table-driven.
import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

const engine = createEngine(loadKnowledgeBase());

describe("givenClause", () => {
  test.each([
    // a yes/no or when ask with a pronoun clause after its noun: what is asked, and what is given
    ["has israel pulled back from the areas it moved into after assad fell?", true],
    ["when did israel reduce its presence in the areas it moved into?", true],
    // no such clause: the ask claims its own event ("since" places it in time)
    ["has israel pulled back from the golan since assad fell?", false],
    // a wh-ask other than when asks something else of the event
    ["what did israel do with the areas it moved into?", false],
    // "it was …" says what something is, no event done
    ["did israel expand in the area where it was strongest?", false],
  ])("%s → %s", (question, expected) => {
    expect(engine.analyse(question).givenClause !== undefined).toBe(expected);
  });
});
