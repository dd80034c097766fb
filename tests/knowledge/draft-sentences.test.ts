// The clauses kb:add gives a draft as extra questions (src/knowledge/draft/sentences.ts): parts that say
// something, not phrases cut out of one.
import { expect, test } from "vitest";
import { clausesOf } from "../../src/knowledge/draft/sentences.js";

const VERBS = new Set([
  "met",
  "marched",
  "agreed",
  "set",
  "reached",
  "held",
  "said",
  "was",
  "told",
  "talked",
]);
const isVerb = (word: string) => VERBS.has(word.toLowerCase());

test.each<[string, string[]]>([
  // A phrase after "before" is no claim: "the Paris meeting" alone had matched every question on that meeting.
  [
    "A week before the Paris meeting, on 12 August, the minister met his counterpart and they agreed on a plan.",
    ["the minister met his counterpart", "they agreed on a plan."],
  ],
  // The opening phrase is what the sentence is about, and stays: "what is the 1974 agreement?"
  [
    "The 1974 disengagement agreement, reached after the 1973 war, set up a buffer zone.",
    ["The 1974 disengagement agreement", "set up a buffer zone."],
  ],
  // An appositive phrase inside the sentence goes; the clauses with a verb stay.
  [
    "The mayor, a former judge of the high court, said the vote was held and the council agreed.",
    ["said the vote was held", "the council agreed."],
  ],
  // A number's thousands comma is no clause break: "at least 1" had been a drafted question (curator trial 2).
  [
    "The truce has held since July after fighting that monitors said killed at least 1,300 people, and the sides talked.",
    [
      "The truce has held since July",
      "fighting that monitors said killed at least 1,300 people",
      "and the sides talked.",
    ],
  ],
  [
    "Officials said 12,500,000 doses arrived, and the clinic held 2,400 of them.",
    ["Officials said 12,500,000 doses arrived", "and the clinic held 2,400 of them."],
  ],
  // A comma before a number that is no thousands group still breaks: "on 12 August, 1,200 people".
  [
    "The ministers met on 12 August, 1,200 people marched and the police said the march was held peacefully.",
    [
      "The ministers met on 12 August",
      "1,200 people marched",
      "the police said the march was held peacefully.",
    ],
  ],
  // One clause left is the sentence itself: no clauses.
  ["The delegations talked for several hours in a hotel near the river.", []],
])("clausesOf(%j) → %j", (sentence, expected) => {
  expect(clausesOf(sentence, isVerb)).toEqual(expected);
});

test("without a tagger's verbs every part of three words or more is a clause, as before", () => {
  expect(
    clausesOf("A week before the Paris meeting, on 12 August, the minister met his counterpart."),
  ).toEqual(["the Paris meeting", "on 12 August", "the minister met his counterpart."]);
});
