// The asks inside a question and what each wants: pure string work, table-driven.
import { describe, expect, test } from "vitest";
import { correctQuestionWords } from "../../src/engine/question-words.js";

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
