import { describe, expect, test } from "vitest";
import { words } from "../../src/engine/normalise.js";
import { questionKindOf } from "../../src/engine/question-kinds.js";

// "whos", "wheres", "hows": a question word's "'s" typed without its apostrophe is taken off as "'s" is, so
// the word still asks what it asks. "Whats" is left as it was (the stopwords and openings read it already).
describe("a question word's 's typed without its apostrophe", () => {
  test.each([
    ["whos ragip soylus source", ["who", "ragip", "soylus", "source"]],
    ["wheres the meeting", ["where", "the", "meeting"]],
    ["hows it going", ["how", "it", "going"]],
    ["whens the next round", ["when", "the", "next", "round"]],
    ["whys he there", ["why", "he", "there"]],
    ["whats the plan", ["whats", "the", "plan"]],
    // Only the whole word: "whose" and "however" are words of their own.
    ["whose idea was it", ["whose", "idea", "was", "it"]],
    ["however they met", ["however", "they", "met"]],
  ])("%s", (input, expected) => {
    expect(words(input)).toEqual(expected);
  });

  test.each([
    ["whos tom barak?", "who"],
    ["wheres dalati based?", "where"],
    ["whens the next round?", "when"],
    ["whys israel holding back?", "why"],
  ])("%s asks %s", (input, kind) => {
    expect(questionKindOf(input)).toBe(kind);
  });
});
