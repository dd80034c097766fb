import nlp from "compromise";
import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import { FUNCTION_WORDS, isFunctionWord } from "../../src/engine/function-words.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

/** compromise's lexicon classes that hold only function words. */
const CLASSES = ["Conjunction", "Preposition", "Determiner", "Pronoun", "Expression"];
/** Left out on purpose (function-words.ts says why). */
const LEFT_OUT = new Set(["us", "because", "cos", "coz", "cuz"]);

describe("the function words", () => {
  test("are compromise's single words of those classes, less the ones left out on purpose", () => {
    const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
    const lexicon = model.one.lexicon;
    const derived = Object.entries(lexicon)
      .filter(([word]) => /^[a-z]+$/.test(word) && !LEFT_OUT.has(word))
      .filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).some((tag) => CLASSES.includes(tag)))
      .map(([word]) => word)
      .sort();
    expect([...FUNCTION_WORDS].sort()).toEqual(derived);
  });

  test.each([
    ["whether", true],
    ["amid", true],
    ["despite", true],
    ["yeah", true],
    ["because", false],
    ["us", false],
    ["agenda", false],
    ["annex", false],
  ])("%s is a function word: %s", (word, expected) => {
    expect(isFunctionWord(word)).toBe(expected);
  });
});

describe("in the engine, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    ["can you tell me whether syria has detained any militants?", "whether", /Palestinian Islamic Jihad/],
    ["has syria detained militants, amid the talks?", "amid", /Palestinian Islamic Jihad/],
    ["what has israel done militarily amid the talks?", "amid", /gamble/],
  ])(
    "%s: “%s”, which the base never uses, weighs nothing and the question is answered",
    (question, word, answer) => {
      expect(engine.analyse(question).terms.some((t) => t.word === word)).toBe(false);
      const answered = engine.ask(question);
      expect(answered.status).toBe("answered");
      expect(answered.parts.map((part) => part.text).join(" ")).toMatch(answer);
    },
  );

  test("a word the sources lack that is no function word still weighs as the rarest word", () => {
    const old = engine.analyse("how old is al-dalati?").terms.find((t) => t.word === "old");
    expect(old).toMatchObject({ known: false });
    expect(engine.ask("how old is al-dalati?").status).toBe("no_answer");
  });
});
