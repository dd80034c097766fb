// The question-kind table: how a question's kind is read from its wording, which facts answer a kind, and
// that the schema and the ranking take their kinds and factors from the table alone.
import { describe, expect, test } from "vitest";
import { ASKED_THINGS } from "../../src/engine/asked-things.js";
import {
  claimsEvent,
  givesThing,
  kindsOfFact,
  mismatchFactor,
  QUESTION_KIND_TABLE,
  QUESTION_KINDS,
  type QuestionKind,
  questionKindOf,
  takesPremise,
} from "../../src/engine/question-kinds.js";
import { lexiconSchema, questionKind } from "../../src/knowledge/schema.js";
import type { Fact } from "../../src/knowledge/types.js";
import { fact as factOf } from "../commands/fixtures.js";

/** A question of each kind (and of none), as the analyser must read it: every kind of the table has one. */
const KIND_OF_QUESTION: ReadonlyArray<readonly [string, QuestionKind | null]> = [
  ["Who leads Syria's side?", "who"],
  ["When did it start", "when"],
  ["Since when has Israel held the Golan?", "when"],
  ["where do they meet", "where"],
  ["Why did Israel scale back?", "why"],
  ["How many sources?", "how-many"],
  ["How has Israel changed course?", "how"],
  ["Did Trump meet al-Sharaa?", "yes-no"],
  ["What is HTS?", "what"],
  ["quneitra", null],
  ["", null],
  // A span of time asked as a number is a "when"; any other count is a "how many".
  ["How many years has Israel held the Golan?", "when"],
  ["How much money, and how many years?", "when"],
  ["How many people attended when they met?", "how-many"],
  ["How much time passed between the two votes?", "when"],
  ["How much money did the council spend?", "how-many"],
  // An amount a verb of change takes asks whether it changed, not for a number.
  ["Has the council changed how much it spends on roads?", "how"],
  ["has the mayor cut how many buses run at night?", "how"],
  ["How much has the council cut its spending?", "how-many"],
  ["What day did the vote happen?", "when"],
  // A month asked for is a time, as a year or a day is: "month" is no thing a fact must name.
  ["In what month was the vote held?", "when"],
  ["which month did they meet", "when"],
  ["Which region are the talks in?", "where"],
  // A country that did something is the actor asked for, not a place.
  ["Which country brokered the secret contacts?", "what"],
  ["which country was nudging the council toward a deal?", "what"],
  ["Which country was it in?", "where"],
  ["Which country did the envoy fly to?", "where"],
  ["Is it true they met in Baku?", "yes-no"],
  ["Island talks: what happened?", "what"],
  ["Who met, and why?", "why"],
];

describe("questionKindOf", () => {
  test.each(KIND_OF_QUESTION)("%j → %s", (input, expected) => {
    expect(questionKindOf(input)).toBe(expected);
  });

  test("every kind of the table has a question above: a new row comes with its test row", () => {
    expect(new Set(KIND_OF_QUESTION.flatMap(([, kind]) => kind ?? []))).toEqual(new Set(QUESTION_KINDS));
  });
});

const fact = (fields: Partial<Fact>): Fact =>
  factOf("a-fact", "Delegations met.", { questions: ["did delegations meet"], ...fields });

describe("kindsOfFact", () => {
  test.each([
    ["declared", { kinds: ["why"] }, ["why", "yes-no"]],
    ["from its own questions", { questions: ["where do they meet"] }, ["where"]],
    ["a side's lead answers who", { side: "syria" }, ["who", "yes-no"]],
    [
      "a timeline entry answers when",
      { timeline: { when: "27 May 2025", sort: "2025-05-27", implied: false } },
      ["when", "yes-no"],
    ],
    ["a time expression answers when", { statement: "They have met since December." }, ["when", "yes-no"]],
    // The same words of time as a fact's attributes (time-words.ts' TIME_EXPRESSION): a weekday, "yesterday".
    ["a weekday answers when", { statement: "They met on Thursday." }, ["when", "yes-no"]],
    ["yesterday answers when", { statement: "The envoys spoke yesterday." }, ["when", "yes-no"]],
    ["a yes-no question of its own", {}, ["yes-no"]],
    // It still names a country: a "which country" ask read as where finds it as before.
    ["“which country brokered …” of its own", { questions: ["which country brokered the deal"] }, ["where"]],
  ])("%s", (_, fields, expected) => {
    expect([...kindsOfFact(fact(fields as Partial<Fact>))].sort()).toEqual([...expected].sort());
  });
});

describe("the table is the one source", () => {
  test("the schema accepts exactly the table's kinds", () => {
    expect(questionKind.options).toEqual(Object.keys(QUESTION_KIND_TABLE));
    expect(questionKind.safeParse("how-old").success).toBe(false);
    for (const kind of QUESTION_KINDS) expect(questionKind.parse(kind)).toBe(kind);
  });

  test.each([
    ["when", 0.45],
    ["where", 0.45],
    ["how-many", 0.45],
    ["who", 0.8],
    ["why", 0.8],
    ["what", 1],
    ["how", 1],
    ["yes-no", 1],
  ] as const)("a fact that does not answer %s keeps %d of its score", (kind, factor) => {
    expect(mismatchFactor(kind)).toBe(factor);
  });

  test("asks that take an event for granted carry a premise to correct", () => {
    expect(QUESTION_KINDS.filter(takesPremise).sort()).toEqual(["how", "when", "why", "yes-no"]);
    expect(takesPremise(null)).toBe(false);
  });

  test("asks that claim an event happened want its verb said (yes/no and why; how and when describe it)", () => {
    expect(QUESTION_KINDS.filter(claimsEvent).sort()).toEqual(["why", "yes-no"]);
    expect(claimsEvent(null)).toBe(false);
  });

  test("the things a lexicon's `asks` may name are the kinds the table marks `thing`, and the attributes", () => {
    expect(QUESTION_KINDS.filter(givesThing).sort()).toEqual(["how-many", "when", "where", "who", "why"]);
    expect([...ASKED_THINGS].sort()).toEqual(
      [
        "how-many",
        "when",
        "where",
        "who",
        "why",
        "reaction",
        "commitment",
        "change",
        "cause",
        "future",
        "exchange",
      ].sort(),
    );
    expect(lexiconSchema.shape.asks.safeParse({ where: ["venue"] }).success).toBe(true);
    expect(lexiconSchema.shape.asks.safeParse({ what: ["thing"] }).success).toBe(false);
  });
});

test("the lexicon names an askedPhrases key that is not a phrase (it would be silently ignored)", () => {
  const lexicon = { phrases: { "on the agenda": "issue" }, synonyms: [], stopwords: [], generic: [] };
  expect(lexiconSchema.safeParse({ ...lexicon, askedPhrases: { "on the agenda": "focus" } }).success).toBe(
    true,
  );
  const wrong = lexiconSchema.safeParse({ ...lexicon, askedPhrases: { "on the table": "focus" } });
  expect(wrong.success).toBe(false);
  expect(wrong.error?.issues[0]?.message).toContain('"on the table"');
  expect(wrong.error?.issues[0]?.path).toEqual(["askedPhrases", "on the table"]);
});
