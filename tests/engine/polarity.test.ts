// Whether a fact says the opposite of a claim by negation: pure string work, table-driven.
import { describe, expect, test } from "vitest";
import { deniesByNegation } from "../../src/engine/polarity.js";

/** Index terms as a test stands them in: lower-case words less a few function words. */
const FUNCTION_WORDS = new Set([
  "the",
  "a",
  "an",
  "on",
  "of",
  "to",
  "has",
  "have",
  "had",
  "its",
  "any",
  "is",
]);
const FUNCTION_AND_NEGATION = new Set([...FUNCTION_WORDS, "not", "neither", "nor", "no", "never", "hasn't"]);
const terms = (text: string) =>
  (text.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).filter((w) => !FUNCTION_AND_NEGATION.has(w));

describe("deniesByNegation", () => {
  test.each([
    // a positive claim, a negated statement about it
    [
      "Neither the council's press office nor the mayor has officially commented on the vote.",
      "the council's press office officially confirmed the vote",
      true,
    ],
    // a negated claim, a positive statement about it
    [
      "The city's paper acknowledged the repairs for the first time.",
      "the city still hasn't acknowledged the repairs",
      true,
    ],
    // both negated, or neither: no contradiction
    ["The council has not commented on the vote.", "the council hasn't commented on the vote", false],
    ["The council approved the budget in May.", "the council approved the budget", false],
    // the negated clause is about something else: the clause that speaks of the claim is positive
    [
      "The talks are not about a merger; they focus on road safety instead.",
      "the talks focus on road safety",
      false,
    ],
    [
      "The talks are not about a merger; they focus on road safety instead.",
      "the talks are about a merger",
      true,
    ],
    // a negation in an aside qualifies a word, not the clause: the claim holds
    [
      "The city was represented at the hearing by its engineers (not named), the paper said.",
      "the city was represented at the hearing by its engineers",
      false,
    ],
    [
      "The city was represented at the hearing by its engineers (not named), the paper said.",
      "the city was not represented at the hearing",
      true,
    ],
    // a statement that shares under two of the claim's terms does not speak of it
    ["Nobody commented.", "the mayor confirmed the vote", false],
  ])("%s / %s", (statement, claim, denies) => {
    expect(deniesByNegation(statement, claim, terms)).toBe(denies);
  });
});
