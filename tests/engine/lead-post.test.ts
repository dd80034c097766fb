// A side's post claimed to lead the talks is corrected by the fact on who leads that side (lead-post.ts), only
// when that fact does not give the post.
import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

describe("a side's post claimed to lead the talks", () => {
  const engine = createEngine(loadKnowledgeBase());
  test.each([
    // the lead fact gives another post: corrected by it
    ["why is syria's foreign minister the one leading the talks?", "syria-lead-al-dalati", true],
    ["why is syria's foreign minister leading the talks with israel?", "syria-lead-al-dalati", true],
    ["how come israel's defense minister is heading the talks?", "israel-participants-unnamed", true],
    // the lead fact gives that post: nothing to correct
    ["why is syria's senior security official leading the talks?", "syria-lead-al-dalati", false],
  ])("%s → %s (corrected: %s)", (question, factId, corrected) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe(factId);
    expect(answer.parts[0]?.text.startsWith("The sources don't say")).toBe(corrected);
  });
});
