// A date of a coarser period that holds another ("2025-07" and "2025-07-13") orders neither first: a toll
// reported for July did not come before the fighting of 13 July, so "when did the fighting FIRST start?"
// keeps the fact that dates its start to the day (chronology.ts `compareEvents`). Our own questions, none
// from the evaluation sets.
import { describe, expect, test } from "vitest";
import { Chronology, compareEvents } from "../../src/engine/chronology.js";
import type { Hit } from "../../src/engine/search.js";
import type { Fact } from "../../src/knowledge/types.js";
import { fact } from "../commands/fixtures.js";
import { followupEngine } from "./followup-engine.js";

describe("compareEvents", () => {
  test.each([
    ["2025-07", "2025-07-13", 0],
    ["2025-07-13", "2025-07", 0],
    ["2025", "2025-03-02", 0],
    ["2025-06", "2025-07-13", -1],
    ["2025-07-14", "2025-07-13", 1],
    ["2025-07-13", "2025-08", -1],
  ] as const)("%s against %s orders %i", (a, b, order) => {
    expect(Math.sign(compareEvents(a, b))).toBe(order);
  });
});

describe("the first of a month-dated fact and a day-dated one", () => {
  const chronology = new Chronology({
    articles: [{ id: "july", published: "2026-07-25", reported: null }] as never,
  });
  const happened = (id: string, when: string): Fact =>
    fact(id, `${id}.`, { articleId: "july", happened: when });
  const hit = (f: Fact, score: number): Hit => ({ fact: f, coverage: 0, questionMatch: 0, score });
  const onTheDay = happened("clashes-began-on-the-13th", "2026-07-13");
  const inTheMonth = happened("toll-of-the-month", "2026-07");
  const answersAll = { answers: () => true };

  test("the day-dated best stays first: the month holds its day", () => {
    const timed = chronology.apply(
      [hit(onTheDay, 1), hit(inTheMonth, 0.8)],
      { kind: "earliest" },
      answersAll,
    );
    expect(timed.hits[0]?.fact).toBe(onTheDay);
  });

  test("a month before the day still comes first", () => {
    const june = happened("talks-of-june", "2026-06");
    const timed = chronology.apply([hit(onTheDay, 1), hit(june, 0.8)], { kind: "earliest" }, answersAll);
    expect(timed.hits[0]?.fact).toBe(june);
  });
});

describe("on the reviewed follow-up base", () => {
  const engine = followupEngine("reviewed");

  test.each([
    "when did the suwayda fighting first break out?",
    "so when did the fighting in suwayda first begin?",
  ])("%s is answered by the day the fighting broke out", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("fighting-broke-out-there-on-13-july");
  });
});
