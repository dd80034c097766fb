// A reviewed fact must not keep kb:add's drafted questions (its sentence, its clauses, the sentence with
// its verbs in the infinitive): kb:check warns about those, and only those.
import { describe, expect, test } from "vitest";
import { buildFollowupBase } from "../../bench/followups.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { draftedQuestions } from "../../src/knowledge/review-leftovers.js";
import { REAL_KB_DIR } from "./tmp-kb.js";

const QUOTE =
  "Fighting broke out there on 13 July between Druze gunmen and Sunni Bedouin tribes after a cycle of kidnappings, and government forces sent in to restore order were soon drawn into the clashes.";
const STATEMENT = "Fighting broke out in Suwayda on 13 July 2025 between Druze gunmen and Bedouin tribes.";

describe("draftedQuestions", () => {
  test.each([
    ["the sentence itself", QUOTE, true],
    ["a clause of it", "Sunni Bedouin tribes after a cycle of kidnappings", true],
    [
      "a clause, other case and punctuation",
      "and government forces sent in to restore order were soon drawn into the clashes.",
      true,
    ],
    [
      "the sentence with its verbs in the infinitive",
      "Fighting break out there on 13 July between Druze gunmen and Sunni Bedouin tribes after a cycle of kidnappings, and government forces send in to restore order be soon drawn into the clashes.",
      true,
    ],
    ["the statement", STATEMENT, true],
    ["a short piece (three words)", "Sunni Bedouin tribes", false],
    ["a curator's question", "On what date did the Suwayda clashes begin?", false],
    // A curator's question whose words are a piece of the quote: its question word makes it the curator's.
    [
      "a curator's question equal to a piece of the quote",
      "when government forces sent in to restore order",
      false,
    ],
    ["a curator's question sharing most words", "Who was fighting whom in Suwayda on 13 July?", false],
    [
      "a long question on one part of a long quote",
      "Were government forces drawn into the clashes between Druze and Bedouin?",
      false,
    ],
  ])("%s → %s", (_, question, drafted) => {
    const result = draftedQuestions({
      statement: STATEMENT,
      quotes: [{ text: QUOTE }],
      questions: [question],
    });
    expect(result).toEqual(drafted ? [0] : []);
  });

  test.each([
    [
      "a curator's question that is a piece of the quote from its question word",
      "Who had steered Syria's earlier border-security contacts with Israel?",
      [],
    ],
    [
      "kb:add's clause after the split word",
      "had steered Syria's earlier border-security contacts with Israel",
      [0],
    ],
  ])("%s", (_, question, drafted) => {
    const quote =
      "Israeli media reported that al-Shaibani took part together with Ahmad al-Dalati, the Quneitra governor who had steered Syria's earlier border-security contacts with Israel.";
    const statement = "Al-Dalati, the Quneitra governor, had steered Syria's earlier contacts with Israel.";
    expect(draftedQuestions({ statement, quotes: [quote], questions: [question] })).toEqual(drafted);
  });

  test("indexes in order, among curator questions", () => {
    const questions = [
      "Who fought in Suwayda?",
      QUOTE,
      "What set off the violence?",
      "a cycle of kidnappings, and government forces",
    ];
    expect(draftedQuestions({ statement: STATEMENT, quotes: [QUOTE], questions })).toEqual([1, 3]);
  });
});

describe("no reviewed fact keeps drafted questions", () => {
  test("the shipped base", () => {
    const kb = loadKnowledgeBase(REAL_KB_DIR);
    expect(kb.facts.filter((f) => draftedQuestions(f).length > 0).map((f) => f.id)).toEqual([]);
  });

  test("the reviewed follow-up articles, and every draft of the drafted ones is caught", () => {
    for (const variant of ["reviewed", "drafted"] as const) {
      const base = buildFollowupBase(variant);
      const kb = loadKnowledgeBase(base.dir);
      base.remove();
      const followup = kb.facts.filter((f) => base.articleIds.includes(f.articleId));
      expect(followup.length).toBeGreaterThan(40);
      const left = followup.filter((f) => draftedQuestions(f).length > 0).map((f) => f.id);
      expect(left).toEqual(variant === "reviewed" ? [] : followup.map((f) => f.id));
    }
  });
});
