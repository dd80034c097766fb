import { describe, expect, test } from "vitest";
import { correctMonthNames } from "../../src/engine/question-words.js";

// A misspelt month in a time's place is written right, so the question's time is read from it.
describe("correctMonthNames", () => {
  test.each([
    ["wat happend in suwieda in juli", "wat happend in suwieda in july"],
    ["how long did they talk in agust?", "how long did they talk in august?"],
    ["what happened on 12 agust", "what happened on 12 august"],
    ["the agust 19 meeting", "the august 19 meeting"],
    ["since early septmber", "since early september"],
    ["before febuary", "before february"],
  ])("%s → %s", (question, expected) => {
    expect(correctMonthNames(question)).toBe(expected);
  });

  test.each([
    "what happened in june", // a month already
    "who met in paris", // no month one edit off
    "was it decided by jury", // an English word: no month
    "what did they agree in agreement", // not one edit from a month
    "talks with juli about it", // not in a time's place
  ])("%s is left as it is", (question) => {
    expect(correctMonthNames(question)).toBe(question);
  });
});
