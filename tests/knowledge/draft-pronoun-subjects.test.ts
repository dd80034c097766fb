import { describe, expect, test } from "vitest";
import { subjectOf, withPronounSubjectResolved } from "../../src/knowledge/draft/pronoun-subjects.js";

// A small verb list stands in for the words compromise tags as verbs in an article.
const VERBS = new Set([
  "said",
  "stepped",
  "met",
  "had",
  "been",
  "planned",
  "dismissed",
  "agreed",
  "backed",
  "told",
  "was",
  "signed",
  "opened",
]);
const isVerb = (word: string) => VERBS.has(word.toLowerCase());

describe("subjectOf", () => {
  test.each([
    ["The 19 August meeting had been planned for the previous week.", "The 19 August meeting", false],
    ["On Saturday, the ministry dismissed reports of a deal.", "the ministry", false],
    ["A week before the summit, on 3 May, the envoy met two ministers in Oslo.", "the envoy", false],
    ["Norway, which has a large fleet, said it stepped in to help.", "Norway", false],
    ["The source said both delegations backed the plan.", "both delegations", true],
    ["The rebels and the army agreed on a truce.", "The rebels and the army", true],
  ])("%j → %j", (sentence, text, plural) => {
    expect(subjectOf(sentence, isVerb)).toMatchObject({ text, plural });
  });

  test.each([
    ["They agreed to meet again."],
    ["If the talks fail, nobody knows what follows next in the long and winding region of the north."],
  ])("%j → no subject", (sentence) => {
    expect(subjectOf(sentence, isVerb)).toBeNull();
  });
});

describe("withPronounSubjectResolved", () => {
  test.each([
    [
      "It signed the accord in May.",
      "Norway, which has a large fleet, said it stepped in to help.",
      [],
      "Norway signed the accord in May.",
    ],
    [
      "Its media office called the claims baseless.",
      "On Saturday, the ministry dismissed reports of a deal.",
      [],
      "The ministry's media office called the claims baseless.",
    ],
    [
      "They also agreed on aid.",
      "The source said both delegations backed the plan.",
      [],
      "Both delegations also agreed on aid.",
    ],
    [
      "They agreed to meet again.",
      "The envoy met the two ministers in Oslo.",
      ["Jan Berg", "Ola Nord", "Kari Lund"],
      "Jan Berg, Ola Nord and Kari Lund agreed to meet again.",
    ],
  ])("%j after %j → %j", (statement, before, people, expected) => {
    expect(withPronounSubjectResolved(statement, before, isVerb, people)).toBe(expected);
  });

  test.each([
    // "It" is not a plural subject, nor "They" a single one with no people named.
    ["It was their second meeting.", "The rebels and the army agreed on a truce.", []],
    ["They agreed to meet again.", "The envoy met the minister in Oslo.", ["Jan Berg"]],
    ["The talks resumed.", "The envoy met the minister in Oslo.", []],
  ])("%j after %j → null", (statement, before, people) => {
    expect(withPronounSubjectResolved(statement, before, isVerb, people)).toBeNull();
  });
});
