// The asks inside a question and what each wants: pure string work, table-driven.
import { describe, expect, test } from "vitest";
import { correctLatestWords, correctQuestionWords } from "../../src/engine/question-words.js";
import { followupEngine } from "./followup-engine.js";

describe("correctQuestionWords", () => {
  test.each([
    ["wher did they meet", "where did they meet"], // cut short: "where", not "when"
    ["so wher were they", "so where were they"],
    ["waht is the golan", "what is the golan"],
    ["whta did trump do", "what did trump do"],
    ["wen did assad fall", "when did assad fall"], // an English word, but first
    ["wich group won", "which group won"],
    ["were they named", "were they named"], // a question already
    ["how did wen meet him", "how did wen meet him"], // an English word inside
    ["hwo leads", "hwo leads"], // as near "who" as "how": left alone
    ["now who leads", "now who leads"], // a word before the question word leads into it
    ["now, why did they meet", "now, why did they meet"],
    ["there were reports", "there were reports"], // a function word opens a statement
    ["then they met", "then they met"],
  ])("%s → %s", (question, expected) => {
    expect(correctQuestionWords(question, (word) => ["there", "then", "the"].includes(word))).toBe(expected);
  });
});

// A misspelt word for "the latest" is read as the word, so that the ask is answered from the latest article
// (time-intent.ts reads the words as typed): "the most recnt meeting" had been answered with July's.
describe("correctLatestWords", () => {
  test.each([
    ["when was the most recnt meeting", "when was the most recent meeting"],
    ["who led at the latst round", "who led at the latest round"],
    ["what is the curent toll", "what is the current toll"],
    ["what happened recntly", "what happened recently"],
    ["a decent laptop", "a decent laptop"], // an English word
    ["the latest round", "the latest round"],
    ["the most recent round", "the most recent round"],
  ])("%s → %s", (question, expected) => {
    expect(correctLatestWords(question)).toBe(expected);
  });

  const engine = followupEngine("drafted");
  test("the latest meeting's lead, the word misspelt, is read from the latest article", () => {
    const answer = engine.ask("who led israel's side at the latst meeting?");
    expect(answer.status).toBe("answered");
    expect(answer.parts.map((p) => p.text).join(" ")).toMatch(/Dermer/);
  });
});
