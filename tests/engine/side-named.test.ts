// The one side an ask names ("the SYRIAN delegation") is not another side's fact's, however many of the ask's
// other words that fact shares ("delegation" read as its participants). On the base without paraphrases, where
// no written question of the fact says which side it is not.
import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

describe("an ask naming one side, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    ["who's heading the syrian delegation", "syria-lead-al-dalati"],
    ["who is heading up the israeli delegation?", "israel-participants-unnamed"],
  ])("%j → %s, not the other side's fact", (question, id) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe(id);
  });
});

describe("the lexicon's idioms for a government's comment (no paraphrases)", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    ["any official statements from either government about this?", "no-official-comment"],
    ["did either government put out any official word on the meetings?", "no-official-comment"],
  ])("%j → %s", (question, id) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds).toContain(id);
  });
});
