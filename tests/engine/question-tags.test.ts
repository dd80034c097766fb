// One list of question tags, read after a claim (premise.ts) and as a clause of its own (asks-in-message.ts):
// each form is a tag both ways (the two copies had drifted: "yep" and "was that true" in one, "shouldn't
// they" in the other).
import { describe, expect, test } from "vitest";
import { QUESTION_TAG, TRAILING_TAG } from "../../src/engine/question-tags.js";

const TAGS = [
  "right?",
  "yep?",
  "yea",
  "isn't he?",
  "shouldn't they?",
  "didnt they",
  "was that true?",
  "is it confirmed?",
  "can u confirm that?",
  "am i right?",
  "or not?",
  "is that still the case?",
  "is this still true?",
];

describe("question tags", () => {
  test.each(TAGS)("“, %s” ends a claim", (tag) => {
    expect(TRAILING_TAG.test(`the envoy went to riga, ${tag}`)).toBe(true);
  });

  test.each(TAGS)("“%s” is a clause of its own", (tag) => {
    expect(QUESTION_TAG.test(tag)).toBe(true);
  });

  test.each([
    // a positive tag is one only after a comma; the end of a question is none
    ["the envoy hasn't gone, has he?", true],
    ["where is it?", false],
    ["what is that?", false],
  ])("%s ends with a tag: %s", (text, tagged) => {
    expect(TRAILING_TAG.test(text)).toBe(tagged);
  });

  test.each(["has it?", "did they?"])("the positive tag “%s” is a clause of its own", (tag) => {
    expect(QUESTION_TAG.test(tag)).toBe(true);
  });

  test.each(["where is it?", "is it in riga?", "who went?", "right of return?"])("“%s” is no tag", (text) => {
    expect(QUESTION_TAG.test(text)).toBe(false);
  });
});
