import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

// "broke the story", "broke the news", "broke this" are a newsroom's "reported" (lexicon phrases): the Reuters
// fact answers them on the base without hand-written questions. And an adverb in -ly names no thing asked:
// "ORIGINALLY" shares its stem with the lexicon's "origin" (what brought something about), but asks for none.
describe("news idioms and adverbs, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test("“what agency broke the story on the israel-syria talks?” is answered with the Reuters report", () => {
    const answered = engine.ask("what agency broke the story on the israel-syria talks?");
    expect(answered.status).toBe("answered");
    expect(answered.factIds).toContain("source-reuters-five-sources");
  });

  test("“did al jazeera break the story?” is refused: a name the sources lack", () => {
    expect(engine.ask("did al jazeera break the story?").status).toBe("no_answer");
  });

  test.each([
    ["what were the origins of the talks?", true],
    ["where was dalati originally based?", false],
  ])("%s asks for what brought something about: %s", (question, asksCause) => {
    const terms = engine.analyse(question).terms.map((t) => t.term);
    expect(terms.includes("@cause")).toBe(asksCause);
  });
});
