// The clauses kb:add gives a draft as extra questions (src/knowledge/draft/sentences.ts): parts that say
// something, not phrases cut out of one.
import { expect, test } from "vitest";
import { clausesOf } from "../../src/knowledge/draft/sentences.js";

const VERBS = new Set(["met", "agreed", "set", "reached", "held", "said", "was", "told", "talked"]);
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
