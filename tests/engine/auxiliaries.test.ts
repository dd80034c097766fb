// The auxiliary verbs: one table, a named subset per rule. Each subset is read by its rule; these check the
// subsets' members and, through the rules, that each rule reads its own subset.
import { describe, expect, test } from "vitest";
import { isQuestion } from "../../src/discord/messages.js";
import { splitAsks } from "../../src/engine/asks-in-message.js";
import {
  ASK_OPENING_AUXILIARIES,
  CLAIM_BASE_AUXILIARIES,
  CLAIM_PARTICIPLE_AUXILIARIES,
  CONTRACTION_STEMS,
  EVENT_PARTICIPLE_AUXILIARIES,
  MESSAGE_OPENING_AUXILIARIES,
  PAST_BE_AUXILIARIES,
  TENSE_AUXILIARIES,
  YES_NO_AUXILIARIES,
} from "../../src/engine/auxiliaries.js";
import { words } from "../../src/engine/normalise.js";
import { predicateWord } from "../../src/engine/predicate.js";
import { questionKindOf } from "../../src/engine/question-kinds.js";
import { mainClauseOf } from "../../src/engine/time-intent.js";

const sorted = (words: Iterable<string>) => [...words].sort();

describe("subsets of the auxiliary table", () => {
  test.each([
    [
      "YES_NO_AUXILIARIES",
      YES_NO_AUXILIARIES,
      "are can could did do does had has have is should was were will would",
    ],
    [
      "ASK_OPENING_AUXILIARIES",
      ASK_OPENING_AUXILIARIES,
      "are arent can could did didnt do does doesnt had has hasnt have havent is isnt should was wasnt were will would",
    ],
    [
      "CLAIM_BASE_AUXILIARIES",
      CLAIM_BASE_AUXILIARIES,
      "can cant could did didnt do does doesnt dont should will wont would",
    ],
    [
      "CLAIM_PARTICIPLE_AUXILIARIES",
      CLAIM_PARTICIPLE_AUXILIARIES,
      "are arent had has hasnt have havent is isnt was wasnt were werent",
    ],
    [
      "EVENT_PARTICIPLE_AUXILIARIES",
      EVENT_PARTICIPLE_AUXILIARIES,
      "had has hasnt have havent was wasnt were werent",
    ],
    ["PAST_BE_AUXILIARIES", PAST_BE_AUXILIARIES, "was were"],
    ["TENSE_AUXILIARIES", TENSE_AUXILIARIES, "are did do does had has have is was were"],
    [
      "CONTRACTION_STEMS",
      CONTRACTION_STEMS,
      "are ca could did do does had has have is must need should was were would",
    ],
    [
      "MESSAGE_OPENING_AUXILIARIES",
      MESSAGE_OPENING_AUXILIARIES,
      "am are can could did do does had has have is may might shall should was were will would",
    ],
  ])("%s", (_name, subset, expected) => {
    expect(sorted(subset)).toEqual(expected.split(" "));
  });
});

describe("each rule reads its subset", () => {
  test.each([
    // yes-no: an auxiliary that opens questions; "need" and "must" seldom do
    ["will syria sign?", "yes-no"],
    ["need they sign?", null],
  ])("questionKindOf(%s) → %s", (question, kind) => {
    expect(questionKindOf(question)).toBe(kind);
  });

  test.each([
    // a typed negation opens an ask after context …
    ["i read it was in may, wasnt it in paris?", ["wasnt it in paris?"]],
    // … a "cant" does not
    ["so who met in paris? cant remember the date", ["who met in paris?"]],
  ])("splitAsks(%s)", (question, asks) => {
    expect(splitAsks(question).map((ask) => ask.toLowerCase())).toEqual(asks);
  });

  test.each([
    ["didnt syria expel them?", "expel"],
    // "shouldnt": an opinion asked, no claim
    ["shouldnt syria expel them?", undefined],
    // a participle after "has": not read
    ["has syria expelled them?", undefined],
  ])("predicateWord(%s) → %s", (ask, verb) => {
    expect(predicateWord(ask, () => false)).toBe(verb);
  });

  test.each([
    ["who led the talks when they started?", "who led the talks"],
    ["did they meet when the truce began?", "did they meet"],
    // a modal: the "when" clause is a condition, not a date
    ["will they meet when the truce holds?", "will they meet when the truce holds?"],
  ])("mainClauseOf(%s) → %s", (ask, main) => {
    expect(mainClauseOf(ask)).toBe(main);
  });

  test.each([
    ["wasnt it", ["wasn", "t", "it"]],
    ["cant say", ["can", "t", "say"]],
    // "wont" is a word (a habit): not read as "won't"
    ["wont", ["wont"]],
  ])("words(%s)", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test.each([
    ["may i ask who leads", true],
    ["shall we begin", true],
    ["maybe later", false],
  ])("isQuestion(%s) → %s", (text, expected) => {
    expect(isQuestion(text)).toBe(expected);
  });
});
