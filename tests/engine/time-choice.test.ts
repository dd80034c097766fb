// Chronology.apply on hand-made hits over three reports (March, April, June 2026): which fact answers for
// the question's time, which may join it, and which is shown apart as earlier. Only facts that answer the
// ask as asked (the engine's support and kind check, here a set of ids) may answer in another's place.
import { describe, expect, test } from "vitest";
import { Chronology, type TimeContext } from "../../src/engine/chronology.js";
import {
  afterLandmark,
  beforeLandmark,
  landmarkOf,
  withoutLandmark,
  withoutTimeWords,
} from "../../src/engine/landmarks.js";
import { Analyzer } from "../../src/engine/normalise.js";
import type { Hit } from "../../src/engine/search.js";
import { mainClauseOf, type TimeIntent, timeIntentOf } from "../../src/engine/time-intent.js";
import {
  asksOnlyWhen,
  timeLast,
  withoutEarliestWords,
  withoutReportFrame,
  withoutTimesOf,
} from "../../src/engine/time-phrases.js";
import { comparedAsks, sinceWhen } from "../../src/engine/time-spans.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import type { Fact } from "../../src/knowledge/types.js";
import { fact } from "../commands/fixtures.js";

const chronology = new Chronology({
  articles: [
    { id: "march", published: "2026-03-03", reported: null },
    { id: "april", published: "2026-04-20", reported: null },
    { id: "june", published: "2026-06-02", reported: null },
  ] as never,
});

const dated = (id: string, articleId: string, sort: string, side?: string): Fact =>
  fact(id, `${id}.`, {
    articleId,
    timeline: { when: sort, sort, implied: false },
    ...(side ? { side } : {}),
  });

const FACTS = {
  keller: dated("keller-chairs", "march", "2026-03-03", "council"),
  brandt: dated("brandt-chairs", "april", "2026-04-20", "council"),
  vogel: dated("vogel-chairs", "june", "2026-06-02", "council"),
  mayorMarch: dated("mayor-march", "march", "2026-03-03", "mayor"),
  mayorJune: dated("mayor-june", "june", "2026-06-02", "mayor"),
  voteMarch: dated("vote-march", "march", "2026-03-02"),
  budgetJune: dated("budget-june", "june", "2026-06-01"),
  firstVoteToldInJune: dated("first-vote-told-in-june", "june", "2026-02-10"),
  oldBridge: dated("old-bridge", "april", "1990"),
  bridgeApril: dated("bridge-april", "april", "2026-04-18"),
  undatedApril: fact("undated-april", "undated-april.", { articleId: "april" }),
  undatedJune: fact("undated-june", "undated-june.", { articleId: "june" }),
  confirmedFirstTime: fact(
    "confirmed-first-time",
    "The council has, for the first time, confirmed the vote.",
    {
      articleId: "june",
      timeline: { when: "2026-06-01", sort: "2026-06-01", implied: false },
    },
  ),
};
type Name = keyof typeof FACTS;

const hitsOf = (ranked: ReadonlyArray<[Name, number]>): Hit[] =>
  ranked.map(([name, score]) => ({ fact: FACTS[name], coverage: 0, questionMatch: 0, score }));

interface Case {
  what: string;
  intent: TimeIntent | null;
  ranked: Array<[Name, number]>;
  /** The facts that answer the ask as asked (all, when absent). */
  answering?: Name[];
  side?: string;
  leads?: Name[];
  question?: string;
  asksDate?: boolean;
  asksPlace?: boolean;
  answer: Name[];
  earlier: Name[];
}

const CASES: Case[] = [
  {
    what: "no time word: a newer report of the same thing displaces the best, which is shown as earlier",
    intent: null,
    ranked: [
      ["keller", 1],
      ["brandt", 0.95],
    ],
    answer: ["brandt"],
    earlier: ["keller"],
  },
  {
    what: "no time word: a newer report that does not hold what was asked does not displace",
    intent: null,
    ranked: [
      ["keller", 1],
      ["brandt", 0.95],
    ],
    answering: ["keller"],
    answer: ["keller"],
    earlier: [],
  },
  {
    what: "no time word, a date asked: a newer report tells of another event and does not displace",
    intent: null,
    asksDate: true,
    ranked: [
      ["voteMarch", 1],
      ["bridgeApril", 0.95],
    ],
    answer: ["voteMarch"],
    earlier: [],
  },
  {
    what: "no time word: a newer report about another side does not displace",
    intent: null,
    ranked: [
      ["keller", 1],
      ["mayorJune", 0.95],
    ],
    answer: ["keller", "mayorJune"],
    earlier: [],
  },
  {
    what: "now: the newest fact that answers, not a newer one that does not",
    intent: { kind: "latest" },
    ranked: [
      ["keller", 1],
      ["vogel", 0.8],
      ["brandt", 0.7],
    ],
    answering: ["keller", "brandt"],
    answer: ["brandt"],
    earlier: ["keller"],
  },
  {
    what: "now: the displaced best is no 'Earlier' when it does not answer as asked",
    intent: { kind: "latest" },
    ranked: [
      ["keller", 1],
      ["brandt", 0.8],
    ],
    answering: ["brandt"],
    answer: ["brandt"],
    earlier: [],
  },
  {
    what: "now: within the newest report, the best that answers, not a later event of the same report",
    intent: { kind: "latest" },
    ranked: [
      ["keller", 1],
      ["budgetJune", 0.9],
      ["vogel", 0.8],
    ],
    answering: ["keller", "budgetJune", "vogel"],
    answer: ["budgetJune", "vogel"],
    earlier: ["keller"],
  },
  {
    what: "now, a date asked: the newest report's latest event answers",
    intent: { kind: "latest" },
    asksDate: true,
    ranked: [
      ["keller", 1],
      ["budgetJune", 0.9],
      ["vogel", 0.8],
    ],
    answering: ["keller", "budgetJune", "vogel"],
    answer: ["vogel", "budgetJune"],
    earlier: ["keller"],
  },
  {
    what: "now, a place asked: the newest report's latest event answers, as for a date",
    intent: { kind: "latest" },
    asksPlace: true,
    ranked: [
      ["keller", 1],
      ["budgetJune", 0.9],
      ["vogel", 0.8],
    ],
    answering: ["keller", "budgetJune", "vogel"],
    answer: ["vogel", "budgetJune"],
    earlier: ["keller"],
  },
  {
    what: "no time word, a place asked: a newer report still displaces (only 'latest' orders events)",
    intent: null,
    asksPlace: true,
    ranked: [
      ["voteMarch", 1],
      ["bridgeApril", 0.95],
    ],
    answer: ["bridgeApril"],
    earlier: ["voteMarch"],
  },
  {
    what: "now: an older report's fact on a side does not join the newest answer (it would read as current)",
    intent: { kind: "latest" },
    ranked: [
      ["budgetJune", 1],
      ["keller", 0.9],
      ["mayorJune", 0.8],
    ],
    answer: ["budgetJune", "mayorJune"],
    earlier: [],
  },
  {
    what: "on a day of a month: the fact of that day answers, and only that day's facts join it",
    intent: { kind: "period", month: "06", year: null, day: "02" },
    ranked: [
      ["budgetJune", 1],
      ["mayorJune", 0.8],
      ["vogel", 0.7],
    ],
    answer: ["mayorJune", "vogel"],
    earlier: [],
  },
  {
    what: "on a day: an undated fact reported that day did not happen on it, and the day's fact answers",
    intent: { kind: "period", month: "06", year: null, day: "02" },
    ranked: [
      ["budgetJune", 1],
      ["undatedJune", 0.9],
      ["mayorJune", 0.8],
    ],
    answer: ["mayorJune"],
    earlier: [],
  },
  {
    what: "on a day no fact is of: the month's best answers, as for the month alone",
    intent: { kind: "period", month: "06", year: null, day: "20" },
    ranked: [
      ["budgetJune", 1],
      ["mayorJune", 0.8],
    ],
    answer: ["budgetJune", "mayorJune"],
    earlier: [],
  },
  {
    what: "now: a fact scoring far below the best does not answer",
    intent: { kind: "latest" },
    ranked: [
      ["keller", 1],
      ["brandt", 0.4],
    ],
    answer: ["keller"],
    earlier: [],
  },
  {
    what: "first: the earliest event, even told in a later report; facts of other reports do not join",
    intent: { kind: "earliest" },
    ranked: [
      ["voteMarch", 1],
      ["firstVoteToldInJune", 0.7],
      ["budgetJune", 0.65],
    ],
    answer: ["firstVoteToldInJune", "budgetJune"],
    earlier: [],
  },
  {
    what: "first: background from long before the story's first report (1990) is no 'first' of the story",
    intent: { kind: "earliest" },
    ranked: [
      ["bridgeApril", 1],
      ["oldBridge", 0.9],
      ["voteMarch", 0.7],
    ],
    answer: ["voteMarch"],
    earlier: [],
  },
  {
    what: "first: background that is itself the best hit still answers",
    intent: { kind: "earliest" },
    ranked: [
      ["oldBridge", 1],
      ["bridgeApril", 0.9],
    ],
    answer: ["oldBridge", "bridgeApril"],
    earlier: [],
  },
  {
    what: "first of a doing, told by the best as done for the first time: the best answers, no earlier event",
    intent: { kind: "earliest" },
    question: "when did the council first confirm the vote?",
    ranked: [
      ["confirmedFirstTime", 1],
      ["voteMarch", 0.7],
    ],
    answer: ["confirmedFirstTime"],
    earlier: [],
  },
  {
    what: "the first one to do it, told by the best as done for the first time",
    intent: { kind: "earliest" },
    question: "which body was the first to confirm the vote?",
    ranked: [
      ["confirmedFirstTime", 1],
      ["voteMarch", 0.7],
    ],
    answer: ["confirmedFirstTime"],
    earlier: [],
  },
  {
    what: "the first of things (not of the best's doing): the earliest event answers",
    intent: { kind: "earliest" },
    question: "when was the very first vote?",
    ranked: [
      ["confirmedFirstTime", 1],
      ["voteMarch", 0.7],
    ],
    answer: ["voteMarch"],
    earlier: [],
  },
  {
    what: "first reports: the earliest report",
    intent: { kind: "earliest" },
    question: "what did the first reports say?",
    ranked: [
      ["budgetJune", 1],
      ["firstVoteToldInJune", 0.9],
      ["voteMarch", 0.7],
    ],
    answer: ["voteMarch"],
    earlier: [],
  },
  {
    what: "first: a fact that does not answer as asked is passed over",
    intent: { kind: "earliest" },
    ranked: [
      ["brandt", 1],
      ["voteMarch", 0.9],
      ["keller", 0.7],
    ],
    answering: ["brandt", "keller"],
    // Hits of the answer's report stay after it: the engine's support check judges them.
    answer: ["keller", "voteMarch"],
    earlier: [],
  },
  {
    what: "in a month: the fact of that month; another month's fact, of any side, does not join",
    intent: { kind: "period", month: "03", year: null },
    ranked: [
      ["vogel", 1],
      ["mayorJune", 0.95],
      ["keller", 0.9],
      ["mayorMarch", 0.8],
    ],
    answer: ["keller", "mayorMarch"],
    earlier: [],
  },
  {
    what: "in a month no fact is of: the best answers as it would",
    intent: { kind: "period", month: "09", year: null },
    ranked: [
      ["vogel", 1],
      ["brandt", 0.95],
    ],
    answer: ["vogel"],
    earlier: [],
  },
  {
    what: "the last time before: the latest answering event before the one the question is about",
    intent: { kind: "before" },
    ranked: [
      ["bridgeApril", 1],
      ["voteMarch", 0.8],
      ["oldBridge", 0.7],
    ],
    answering: ["bridgeApril", "oldBridge"],
    answer: ["oldBridge"],
    earlier: [],
  },
  {
    what: "the last time before a landmark: the latest answering event before the landmark's date",
    intent: { kind: "before", landmark: "the budget", date: "2026-06-01", last: true },
    ranked: [
      ["voteMarch", 1],
      ["bridgeApril", 0.8],
      ["vogel", 0.7],
    ],
    answer: ["bridgeApril"],
    earlier: [],
  },
  {
    what: "before a landmark, no 'last': the best answers when it is from before the landmark",
    intent: { kind: "before", landmark: "the budget", date: "2026-06-01" },
    ranked: [
      ["voteMarch", 1],
      ["bridgeApril", 0.8],
      ["vogel", 0.7],
    ],
    answer: ["voteMarch"],
    earlier: [],
  },
  {
    what: "before a landmark, no 'last': the best from after it gives way to the best answering from before",
    intent: { kind: "before", landmark: "the budget", date: "2026-06-01" },
    ranked: [
      ["vogel", 1],
      ["bridgeApril", 0.8],
      ["voteMarch", 0.7],
    ],
    answering: ["vogel", "voteMarch"],
    answer: ["voteMarch"],
    earlier: [],
  },
  {
    what: "before a landmark no answering fact precedes: the best answers as it would",
    intent: { kind: "before", landmark: "the first vote", date: "2026-01-01" },
    ranked: [
      ["voteMarch", 1],
      ["bridgeApril", 0.8],
    ],
    answer: ["voteMarch"],
    earlier: [],
  },
  {
    what: "after a landmark: the best answering from after it, though a better hit is from before",
    intent: { kind: "after", landmark: "the vote", date: "2026-03-02" },
    ranked: [
      ["keller", 0.5],
      ["voteMarch", 1],
      ["vogel", 0.8],
      ["bridgeApril", 0.7],
    ].slice(1) as Array<[Name, number]>,
    answer: ["vogel"],
    earlier: [],
  },
  {
    what: "the next time after a landmark: the earliest answering event after it",
    intent: { kind: "after", landmark: "the vote", date: "2026-03-02", next: true },
    ranked: [
      ["voteMarch", 1],
      ["vogel", 0.8],
      ["bridgeApril", 0.7],
    ],
    answer: ["bridgeApril"],
    earlier: [],
  },
  {
    what: "after a landmark: a fact of the landmark's own day answers only when none is later",
    intent: { kind: "after", landmark: "the vote", date: "2026-04-18" },
    ranked: [
      ["bridgeApril", 1],
      ["voteMarch", 0.8],
    ],
    answer: ["bridgeApril"],
    earlier: [],
  },
  {
    what: "after a landmark no answering fact follows: the best answers as it would",
    intent: { kind: "after", landmark: "the budget", date: "2026-06-01" },
    ranked: [
      ["voteMarch", 1],
      ["bridgeApril", 0.8],
    ],
    answer: ["voteMarch"],
    earlier: [],
  },
  {
    what: "a named side's lead now: its newest lead, even one ranked out of the hits; older leads as earlier",
    intent: { kind: "latest" },
    side: "council",
    leads: ["keller", "brandt", "vogel"],
    ranked: [
      ["keller", 1],
      ["brandt", 0.9],
    ],
    answer: ["vogel"],
    earlier: ["brandt", "keller"],
  },
  {
    what: "who led at first, no side named: each side's earliest lead",
    intent: { kind: "earliest" },
    leads: ["keller", "brandt", "vogel", "mayorMarch", "mayorJune"],
    ranked: [
      ["vogel", 1],
      ["voteMarch", 0.9],
      ["mayorJune", 0.8],
    ],
    answer: ["keller", "mayorMarch", "voteMarch"],
    earlier: [],
  },
  {
    what: "who led in a month, no side named: each side's lead of that month, no other month's",
    intent: { kind: "period", month: "06", year: null },
    leads: ["keller", "brandt", "vogel", "mayorMarch", "mayorJune"],
    ranked: [
      ["brandt", 1],
      ["mayorMarch", 0.95],
      ["vogel", 0.9],
      ["mayorJune", 0.85],
    ],
    answer: ["vogel", "mayorJune"],
    earlier: [],
  },
  {
    what: "who led in a month no side's lead is of: the fact of that month, as for any question",
    intent: { kind: "period", month: "06", year: null },
    leads: ["keller", "brandt", "mayorMarch"],
    ranked: [
      ["keller", 1],
      ["budgetJune", 0.9],
      ["mayorMarch", 0.8],
    ],
    answer: ["budgetJune"],
    earlier: [],
  },
];

const idOf = (f: Fact) => f.id;

describe("Chronology.apply", () => {
  test.each(CASES)("$what", (c) => {
    const answering = new Set((c.answering ?? (Object.keys(FACTS) as Name[])).map((n) => FACTS[n]));
    const context: TimeContext = {
      answers: (f) => answering.has(f),
      side: c.side,
      leads: (c.leads ?? []).map((n) => FACTS[n]),
      asksDate: c.asksDate ?? false,
      asksPlace: c.asksPlace ?? false,
    };
    const timed = chronology.apply(hitsOf(c.ranked), c.intent, context, c.question ?? "");
    const best = c.ranked[0]?.[1];
    // The answer takes the best's score: it was chosen among hits scoring close to it.
    expect(timed.hits[0]?.score).toBe(best);
    expect(timed.hits.map((h) => h.fact.id)).toEqual(c.answer.map((n) => FACTS[n].id));
    expect(timed.earlier.map(idOf)).toEqual(c.earlier.map((n) => FACTS[n].id));
  });
});

test.each([
  ["who led the council when the vote first happened?", "who led the council"],
  ["what did the mayor say, when the bridge opened", "what did the mayor say"],
  ["when did the vote happen?", "when did the vote happen?"],
  ["since when has she chaired the council?", "since when has she chaired the council?"],
  ["who chairs the council?", "who chairs the council?"],
])("mainClauseOf(%j) = %j", (ask, main) => {
  expect(mainClauseOf(ask)).toBe(main);
});

test.each([
  ["when did they last meet at this level before?", { kind: "before" }],
  ["before the vote, when was the last time they met?", { kind: "before" }],
  ["who led before the vote?", null],
  ["when did they last meet?", { kind: "latest" }],
  ["who chaired the council at the start?", { kind: "earliest" }],
  ["when did the works start?", null],
  ["who chaired it from the very beginning?", { kind: "earliest" }],
  ["who ran it back when it was just a committee?", { kind: "earliest" }],
  ["who chaired it early on?", { kind: "earliest" }],
  // "back in" before a time asks of the first; before anything else ("back in force") it asks no time.
  ["who chaired it back in the day?", { kind: "earliest" }],
  ["who met back in 2000?", { kind: "earliest" }],
  ["where did they meet back in the 70s?", { kind: "earliest" }],
  ["which old treaty does the council want back in force?", null],
  ["back in the harbour town, who spoke?", null],
])("timeIntentOf(%j)", (question, expected) => {
  expect(timeIntentOf(question)).toEqual(expected);
});

test.each([
  ["who led before the vote?", "the vote"],
  ["before the vote, when was the last time they met?", "the vote"],
  ["what did she do the week before the June budget, and why?", "the June budget"],
  ["what did she do before becoming mayor?", null],
  ["who chaired it before the current council?", null],
  ["who ran it before the new lot took over?", null],
  ["did the vote come before or after the budget?", null],
  ["what was it called before it became a council?", null],
  ["when did they last meet at this level before?", null],
])("beforeLandmark(%j) = %j", (question, landmark) => {
  expect(beforeLandmark(question)).toBe(landmark);
});

test.each([
  ["who chaired it after the vote?", "the vote"],
  ["what did she say in the wake of the June budget?", "the June budget"],
  ["who spoke following the first vote, and why?", "the first vote"],
  ["did the vote come before or after the budget?", null],
  ["what did she do after becoming mayor?", null],
  ["who chaired it after the new lot took over?", null],
  ["what was agreed after that?", null],
  ["what did she say at the following meeting?", null],
])("afterLandmark(%j) = %j", (question, landmark) => {
  expect(afterLandmark(question)).toBe(landmark);
});

test.each([
  ["who led before the vote, and who after the budget?", { direction: "before", landmark: "the vote" }],
  ["after the budget, who led before the vote?", { direction: "after", landmark: "the budget" }],
  ["who chaired it?", null],
])("landmarkOf(%j)", (question, found) => {
  expect(landmarkOf(question)).toEqual(found);
});

test.each([
  ["who chaired it after the June budget?", "who chaired it?"],
  ["in the wake of the vote, what did she say?", "what did she say?"],
])("withoutLandmark(%j) = %j (after)", (ask, rest) => {
  expect(withoutLandmark(ask)).toBe(rest);
});

test.each([
  ["where were the earliest meetings held?", "where were the meetings held?"],
  ["who chaired it initially, and why?", "who chaired it and why?"],
  ["at the very start, who chaired it?", "who chaired it?"],
  ["when did they first meet?", "when did they first meet?"],
  ["earliest?", "earliest?"],
])("withoutEarliestWords(%j) = %j", (ask, rest) => {
  expect(withoutEarliestWords(ask)).toBe(rest);
});

test.each([
  ["what's the newest figure?", true],
  ["and where did the latest one take place?", true],
  ["what about in June?", true],
  ["what's the count now?", true],
  ["what is the latest budget?", false],
  ["who leads now?", false],
  ["what's the figure?", false],
  ["what about before the vote?", false],
])("asksOnlyWhen(%j) = %j", (clause, only) => {
  expect(asksOnlyWhen(clause)).toBe(only);
});

test.each([
  ["what toll was first reported for the riots", "what toll was reported for the riots"],
  ["who chaired the council in March", "who chaired the council"],
  ["who chairs it now", "who chairs it"],
])("withoutTimesOf(%j) = %j", (ask, rest) => {
  expect(withoutTimesOf(ask)).toBe(rest);
});

test.each([
  ["the first Paris talks", "the Paris talks"],
  ["the most recent vote", "the vote"],
  ["the latest", "the latest"],
  ["the budget", "the budget"],
])("withoutTimeWords(%j) = %j", (landmark, rest) => {
  expect(withoutTimeWords(landmark)).toBe(rest);
});

// A clause that is only a landmark is carried to the next ask as its time (null); one with a verb of its
// own is a claim or context, not carried.
test.each([
  ["After the first vote,", true],
  ["before the June budget", true],
  ["in the wake of the bridge vote,", true],
  ["after the council was elected", false],
  ["before the mayor had resigned,", false],
  ["who led?", false],
])("timeLast(%j) carries it to the next ask: %j", (clause, carried) => {
  expect(timeLast(clause) === null).toBe(carried);
});

test("timeLast reads a landmark clause of one long unbroken word in linear time", () => {
  const started = performance.now();
  timeLast(`after the ${"a".repeat(480)}!`);
  expect(timeLast(`after the ${"a".repeat(480)}`)).toBeNull();
  expect(performance.now() - started).toBeLessThan(500);
});

test.each([
  ["how long did the vote take in the newest report?", "how long did the vote take?"],
  ["as of the most recent reports, who chairs the council?", "who chairs the council?"],
  ["who chairs the council now?", "who chairs the council?"],
  ["who chairs the council rn?", "who chairs the council?"],
  ["who is currently chairing it, according to the latest coverage?", "who is chairing it?"],
  ["now?", "now?"],
  ["what did the report say?", "what did the report say?"],
])("withoutReportFrame(%j) = %j", (ask, rest) => {
  expect(withoutReportFrame(ask)).toBe(rest);
});

test("'now' chooses among reports only in a base with reports of more than one date", () => {
  expect(chronology.severalReports).toBe(true);
  const one = new Chronology({
    articles: [{ id: "march", published: "2026-03-03", reported: null }] as never,
  });
  expect(one.severalReports).toBe(false);
});

test.each([
  ["how long have the talks been going on?", "when did the talks first start?"],
  [
    "how long has the council been debating the bridge?",
    "when did the council first start debating the bridge?",
  ],
  ["since when has Keller been chairing it", "when did Keller first start chairing it?"],
  ["how long did the vote take?", null],
  ["how long has Keller been mayor?", null],
])("sinceWhen(%j) = %j", (ask, asked) => {
  expect(sinceWhen(ask)).toBe(asked);
});

test.each<[string, [string, string] | null]>([
  [
    "what changed between March and June in who chairs the council?",
    ["who chairs the council in March?", "who chairs the council in June?"],
  ],
  // what changed in a thing that is no ask of its own is still asked of each time
  [
    "what changed between March and June in the council?",
    ["what changed in the council in March?", "what changed in the council in June?"],
  ],
  ["who chaired it from april to now?", ["who chaired it in april?", "who chaired it now?"]],
  [
    "how long did the March vote take vs the June one?",
    ["how long did the March vote take?", "how long did the June vote take?"],
  ],
  [
    "how long did the March vote take compared to June",
    ["how long did the March vote take", "how long did the June vote take"],
  ],
  [
    "on which dates were the two votes held, the March one and the June one?",
    ["on which dates were the two votes held in March?", "on which dates were the two votes held in June?"],
  ],
  ["who chaired it in April and in June?", ["who chaired it in April?", "who chaired it in June?"]],
  ["who met in Paris and in Baku?", null],
  ["how long did the vote take?", null],
  ["what happened between 2000 and 2025?", null],
  ["who sat between Keller and Brandt?", null],
])("comparedAsks(%j)", (ask, asks) => {
  expect(comparedAsks(ask)).toEqual(asks);
});

test.each([
  ["which day did the council vote before the June budget?", "which day did the council vote?"],
  ["what did the mayor say, the week before the bridge vote?", "what did the mayor say?"],
  ["who chaired it just before the budget, and why?", "who chaired it and why?"],
  ["who chairs the council?", "who chairs the council?"],
])("withoutLandmark(%j) = %j", (ask, rest) => {
  expect(withoutLandmark(ask)).toBe(rest);
});

describe("Chronology.landmarkDate: when the landmark of 'before …' happened", () => {
  test.each<[string, Array<[Name, number]>, TimeIntent | null, string | null]>([
    [
      "the earliest of the events close to the best",
      [
        ["brandt", 1],
        ["keller", 0.9],
        ["vogel", 0.85],
      ],
      null,
      "2026-03-03",
    ],
    [
      "events far below the best do not count",
      [
        ["brandt", 1],
        ["keller", 0.5],
      ],
      null,
      "2026-04-20",
    ],
    [
      "the landmark's own month",
      [
        ["vogel", 1],
        ["brandt", 0.95],
        ["keller", 0.9],
      ],
      { kind: "period", month: "04", year: null },
      "2026-04-20",
    ],
    [
      "the landmark's own 'latest'",
      [
        ["keller", 1],
        ["vogel", 0.9],
        ["brandt", 0.85],
      ],
      { kind: "latest" },
      "2026-06-02",
    ],
    ["no hits: no date", [], null, null],
  ])("%s", (_what, ranked, intent, date) => {
    expect(chronology.landmarkDate(hitsOf(ranked), intent)).toBe(date);
  });
});

describe("the shipped lexicon reads a month's short form as the month", () => {
  const analyzer = new Analyzer(loadKnowledgeBase().lexicon);
  test.each([
    ["aug 12", "12 August"],
    ["sept", "September"],
    ["jul", "July"],
    ["dec", "December"],
  ])("%s ~ %s", (short, long) => {
    expect(analyzer.terms(short).sort()).toEqual(analyzer.terms(long).sort());
  });
});

describe("an earlier lead is shown only when it names someone else", () => {
  const withPeople = new Chronology({
    articles: [
      { id: "march", published: "2026-03-03", reported: null },
      { id: "april", published: "2026-04-20", reported: null },
      { id: "june", published: "2026-06-02", reported: null },
    ] as never,
    entities: [
      { id: "keller", name: "Maria Keller", kind: "person", aliases: ["Keller"] },
      { id: "brandt", name: "Jonas Brandt", kind: "person", aliases: ["Brandt"] },
      { id: "aide", name: "Ada Aide", kind: "person", aliases: [] },
      { id: "council", name: "Town council", kind: "organisation", aliases: [] },
    ] as never,
  });
  const lead = (id: string, articleId: string, statement: string, entities: string[]) =>
    fact(id, statement, { articleId, side: "council", entities });
  const kellerMarch = lead("keller-march", "march", "Maria Keller chairs the council.", [
    "keller",
    "council",
  ]);
  const brandtApril = lead("brandt-april", "april", "Brandt chairs the council since Keller left.", [
    "keller",
    "brandt",
    "council",
  ]);
  const brandtJune = lead("brandt-june", "june", "Jonas Brandt chairs the council, with Ada Aide.", [
    "aide",
    "brandt",
    "council",
  ]);
  const unnamedMarch = lead("unnamed-march", "march", "The council's chair is not named.", ["council"]);

  test.each([
    ["the same person first, later with an aide: a repeat", brandtApril, brandtJune, true],
    ["another person: no repeat", kellerMarch, brandtJune, false],
    ["the older chair, named in passing by the newer fact: no repeat", kellerMarch, brandtApril, false],
    ["no one named: no repeat", unnamedMarch, brandtJune, false],
  ])("%s", (_what, older, newer, repeats) => {
    expect(withPeople.repeats(older, newer)).toBe(repeats);
  });

  test("who leads the council now: April's lead by the same person is left out, March's shown", () => {
    const hits = [brandtJune, brandtApril, kellerMarch].map((f, i) => ({
      fact: f,
      coverage: 0,
      questionMatch: 0,
      score: 1 - i * 0.1,
    }));
    const timed = withPeople.apply(
      hits,
      { kind: "latest" },
      {
        answers: () => true,
        side: "council",
        leads: [kellerMarch, brandtApril, brandtJune],
      },
    );
    expect(timed.hits[0]?.fact.id).toBe("brandt-june");
    expect(timed.earlier.map(idOf)).toEqual(["keller-march"]);
  });
});
