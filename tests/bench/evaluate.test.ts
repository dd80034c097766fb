// The eval's count of wrong answers with a real citation (the worst thing the bot can do): questions to refuse
// that were answered, and answerable questions answered without the required terms. Real engine, real base.
import { describe, expect, test } from "vitest";
import { type EvalQuestion, evaluate, formatReport, wrongAnswers } from "../../bench/evaluate.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

const kb = loadKnowledgeBase();
const engine = createEngine(kb);
const texts = kb.articles.map((a) => a.text);

const LEADS = "Who leads Syria's side in the talks?";
const OFF_TOPIC = "Who won the football world cup in 1998?";

describe("evaluate counts wrong answers", () => {
  test.each<[string, EvalQuestion, { refusalsAnswered: number; wrongFact: number }]>([
    [
      "answered right",
      { id: "a", q: LEADS, expect: "answer", must: [["Dalati"]] },
      { refusalsAnswered: 0, wrongFact: 0 },
    ],
    [
      "answered with the wrong fact",
      { id: "b", q: LEADS, expect: "answer", must: [["zzznotthere"]] },
      { refusalsAnswered: 0, wrongFact: 1 },
    ],
    [
      "abstained on an answerable question (a lost answer, not a wrong one)",
      { id: "c", q: OFF_TOPIC, expect: "answer", must: [["France"]] },
      { refusalsAnswered: 0, wrongFact: 0 },
    ],
    [
      "a question to refuse answered",
      { id: "d", q: LEADS, expect: "abstain" },
      { refusalsAnswered: 1, wrongFact: 0 },
    ],
    [
      "a question to refuse refused",
      { id: "e", q: OFF_TOPIC, expect: "abstain" },
      { refusalsAnswered: 0, wrongFact: 0 },
    ],
  ])("%s", (_name, question, wrong) => {
    const report = evaluate(engine, [question], texts);
    expect(report.wrong).toEqual(wrong);
    expect(wrongAnswers(report)).toBe(wrong.refusalsAnswered + wrong.wrongFact);
  });

  test("the report line gives the count and its two parts beside the answer rates", () => {
    const questions: EvalQuestion[] = [
      { id: "b", q: LEADS, expect: "answer", must: [["zzznotthere"]] },
      { id: "d", q: LEADS, expect: "abstain" },
      { id: "e", q: OFF_TOPIC, expect: "abstain" },
    ];
    const line = formatReport("set", evaluate(engine, questions, texts));
    expect(line).toMatch(
      /^set: answered right 0\/1 .*abstained 1\/2 .*wrong answers 2 \(1 to refuse, 1 wrong fact\)/,
    );
  });
});
