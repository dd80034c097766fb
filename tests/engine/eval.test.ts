// Answer quality on the public dev set and on our own held-out set, with the figures printed.
// The dev set is the bar (≥ 95 % answered right, ≥ 95 % abstained, 100 % verbatim quotes);
// the held-out sets were written by others without looking at the facts and guard against over-fitting
// to dev. Which sets are tuned on and which are measured only is listed once, in bench/question-sets.ts;
// docs/evaluation.md has the figures.
import { readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { evaluate, formatReport, readQuestions, withoutParaphrases } from "../../bench/evaluate.js";
import { buildFollowupBase } from "../../bench/followups.js";
import { FOLLOWUP_SETS, SEED_SETS } from "../../bench/question-sets.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

const kb = loadKnowledgeBase();
const engine = createEngine(kb);
const texts = kb.articles.map((a) => a.text);
const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

describe.each([
  ["dev-questions.jsonl", 0.95, 0.95],
  ["heldout-questions.jsonl", 0.85, 0.85],
  ["heldout2-questions.jsonl", 0.8, 0.8],
  ["heldout3-questions.jsonl", 0.8, 0.8],
  ["heldout4-questions.jsonl", 0.75, 0.9],
  ["heldout5-questions.jsonl", 0.85, 0.9],
  ["heldout6-questions.jsonl", 0.75, 0.85],
  ["heldout7-questions.jsonl", 0.7, 0.78],
  ["heldout8-questions.jsonl", 0.7, 0.85],
  ["heldout9-questions.jsonl", 0.7, 0.85],
  ["heldout10-questions.jsonl", 0.7, 0.8],
  ["heldout11-questions.jsonl", 0.75, 0.85],
  ["heldout12-questions.jsonl", 0.75, 0.85],
  ["heldout13-questions.jsonl", 0.75, 0.8],
  ["heldout14-questions.jsonl", 0.7, 0.75],
  ["heldout15-questions.jsonl", 0.7, 0.75],
  ["heldout16-questions.jsonl", 0.7, 0.75],
  ["heldout17-questions.jsonl", 0.7, 0.75],
  ["heldout18-questions.jsonl", 0.7, 0.75],
  ["heldout19-questions.jsonl", 0.7, 0.75],
  ["heldout20-questions.jsonl", 0.7, 0.75],
  ["heldout21-questions.jsonl", 0.7, 0.75],
  ["heldout22-questions.jsonl", 0.7, 0.75],
  ["heldout23-questions.jsonl", 0.7, 0.75],
  ["heldout24-questions.jsonl", 0.7, 0.75],
  ["heldout25-questions.jsonl", 0.7, 0.75],
  ["heldout26-questions.jsonl", 0.7, 0.75],
  ["heldout27-questions.jsonl", 0.7, 0.75],
  ["heldout28-questions.jsonl", 0.7, 0.75],
  ["heldout29-questions.jsonl", 0.7, 0.75],
])("%s", (name, answerBar, abstainBar) => {
  const report = evaluate(engine, readQuestions(fixture(name)), texts);
  console.log(formatReport(name, report));

  test(`at least ${answerBar * 100} % of answerable questions are answered with the required terms`, () => {
    expect(report.answeredRight / report.answerable).toBeGreaterThanOrEqual(answerBar);
  });

  test(`at least ${abstainBar * 100} % of the others get no_answer`, () => {
    expect(report.abstained / report.abstainable).toBeGreaterThanOrEqual(abstainBar);
  });

  test("every quote is verbatim from the article", () => {
    expect(report.quotes).toBeGreaterThan(0);
    expect(report.verbatimQuotes).toBe(report.quotes);
  });
});

// The paraphrase ablation (issue 8): the tuning sets against the base with every fact's questions reduced
// to its statement and its keywords emptied, as kb:add drafts facts. Floors at today's figures less two
// questions (the eighth stop, main at a4bd725: dev 37/38 · 13/13, heldout 90/113 · 49/50, heldout2 60/80,
// heldout3 64/75, heldout4 55/75, heldout5 66/70 · 70/70, heldout6 101/110 · 105/110, heldout7 94 · 104,
// heldout8 93 · 106, heldout9 91 · 101, heldout10 87 · 102, heldout11 83 · 104, heldout12 89 · 104), never
// below the floors before, so a change that leans harder on hand-written paraphrases fails; the target
// (≥ 90 %) is in docs/evaluation.md.
describe("without hand-written paraphrases", () => {
  const ablated = createEngine(withoutParaphrases(kb));
  test.each([
    ["dev-questions.jsonl", 0.94, 0.95],
    ["heldout-questions.jsonl", 0.77, 0.95],
    ["heldout2-questions.jsonl", 0.72, 0.95],
    ["heldout3-questions.jsonl", 0.82, 0.95],
    ["heldout4-questions.jsonl", 0.7, 0.95],
    ["heldout5-questions.jsonl", 0.91, 0.97],
    ["heldout6-questions.jsonl", 0.9, 0.93],
    ["heldout7-questions.jsonl", 0.83, 0.92],
    ["heldout8-questions.jsonl", 0.82, 0.94],
    ["heldout9-questions.jsonl", 0.8, 0.9],
    ["heldout10-questions.jsonl", 0.77, 0.9],
    ["heldout11-questions.jsonl", 0.73, 0.92],
    ["heldout12-questions.jsonl", 0.79, 0.92],
  ])("%s: answered right ≥ %s, abstained ≥ %s", (name, answerBar, abstainBar) => {
    const report = evaluate(ablated, readQuestions(fixture(name)), texts);
    console.log(formatReport(`[ablated] ${name}`, report));
    expect(report.answeredRight / report.answerable).toBeGreaterThanOrEqual(answerBar);
    expect(report.abstained / report.abstainable).toBeGreaterThanOrEqual(abstainBar);
    expect(report.verbatimQuotes).toBe(report.quotes);
  });
});

test("every question set in tests/fixtures is listed in bench/question-sets.ts", () => {
  const files = readdirSync(fixture("")).filter((name) => name.endsWith("-questions.jsonl"));
  const listed = [...SEED_SETS, ...FOLLOWUP_SETS].map((name) => `${name}.jsonl`);
  expect(listed.sort()).toEqual(files.sort());
});

test("no evaluation question is copied into the fact base", () => {
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const questions = new Set(
    [...SEED_SETS.flatMap((set) => readQuestions(fixture(`${set}.jsonl`)))].map((q) => fold(q.q)),
  );
  const copied = kb.facts.flatMap((f) =>
    [...f.questions, ...f.keywords].filter((q) => questions.has(fold(q))),
  );
  expect(copied).toEqual([]);
});

// The follow-up sets over three articles: the shipped base plus both fixture articles drafted by kb:add,
// with no hand edits and after review (bench/followups.ts). Floors at today's figures, so a change that loses ground fails;
// the targets and the current figures are in docs/evaluation.md.
describe.each([
  ["drafted", 0.82, 0.8, 0.7, 0.9],
  ["reviewed", 0.9, 0.9, 0.8, 0.9],
] as const)(
  "follow-up questions on the %s base",
  (variant, fixturesAnswer, fixturesAbstain, tuneAnswer, tuneAbstain) => {
    const base = buildFollowupBase(variant);
    const followups = loadKnowledgeBase(base.dir);
    base.remove();
    const followupEngine = createEngine(followups);
    const followupTexts = followups.articles.map((a) => a.text);

    test.each([
      ["fixtures-questions.jsonl", fixturesAnswer, fixturesAbstain],
      ["followups-tune-questions.jsonl", tuneAnswer, tuneAbstain],
    ])("%s: answered right ≥ %s, abstained ≥ %s, quotes verbatim", (name, answerBar, abstainBar) => {
      const report = evaluate(followupEngine, readQuestions(fixture(name)), followupTexts);
      console.log(formatReport(`[${variant}] ${name}`, report));
      expect(report.answeredRight / report.answerable).toBeGreaterThanOrEqual(answerBar);
      expect(report.abstained / report.abstainable).toBeGreaterThanOrEqual(abstainBar);
      expect(report.verbatimQuotes).toBe(report.quotes);
    });
  },
);

// kb:add drafts short questions of its own (short-questions.ts): none may be an evaluation question either.
test.each(["reviewed", "drafted"] as const)(
  "no follow-up evaluation question is copied into the %s follow-up facts",
  (variant) => {
    const fold = (s: string) =>
      s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
    const questions = new Set(
      FOLLOWUP_SETS.flatMap((name) => readQuestions(fixture(`${name}.jsonl`))).map((q) => fold(q.q)),
    );
    const base = buildFollowupBase(variant);
    const followups = loadKnowledgeBase(base.dir);
    base.remove();
    const copied = followups.facts.flatMap((f) =>
      [...f.questions, ...f.keywords].filter((q) => questions.has(fold(q))),
    );
    expect(copied).toEqual([]);
  },
);
