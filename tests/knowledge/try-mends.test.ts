// kb:try's findings no statement can mend (try-mends.ts): asked again with the question's own words in the
// statements that would mend it, on the made-up base (made-up-base.ts), through the real engine.
import { afterAll, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { tryArticle } from "../../src/knowledge/try-answers.js";
import { unmendable } from "../../src/knowledge/try-mends.js";
import type { TryQuestion } from "../../src/knowledge/try-questions.js";
import { MADE_UP_ARTICLE, madeUpBase, removeMadeUpBases } from "./made-up-base.js";

afterAll(removeMadeUpBases);

const asked = (text: string, mends: string[]): TryQuestion => ({
  text,
  about: "test",
  names: [],
  expected: mends,
  mends,
});

test("only a finding that fails with its own words in the statements that would mend it is marked", () => {
  const kb = loadKnowledgeBase(madeUpBase());
  // What the article does not say, but a statement saying it would answer: the probe cannot tell (it proves
  // no wording), so it is left to the curator, whom kb:try's advice tells to leave it when the article does not.
  const named = asked("What did Anna Berg say about the appeal's cost?", ["appeal-takes-a-year"]);
  // No number in the article: no statement answers how many, however worded.
  const counted = asked("How many residents signed the appeal?", ["appeal-filed"]);
  const unknown = asked("How many residents signed the petition?", []);
  const tried = tryArticle(createEngine(kb), MADE_UP_ARTICLE, [named, counted, unknown]);
  expect(tried.map((t) => t.verdict)).toEqual(["refused", "refused", "refused"]);
  const marked = unmendable(kb, MADE_UP_ARTICLE, tried);
  expect([...marked].map((q) => q.text)).toEqual(["How many residents signed the appeal?"]);
});

test("nothing flagged, nothing probed", () => {
  const kb = loadKnowledgeBase(madeUpBase());
  expect(unmendable(kb, MADE_UP_ARTICLE, []).size).toBe(0);
});
