// A why-ask takes its event for granted and asks what brought it about. A fact that tells the event itself and
// nothing of a reason ("the meeting had been planned for the previous week but was pushed back at short
// notice") says THAT it happened, not why: answered from it, the bot would pass the event off as its reason.
// Our own questions, none from the evaluation sets.
import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";
import { textOf } from "./parts.js";

describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test.each([
    "why did they delay the 19 august paris meeting?",
    // the lexicon's phrase: "put off", like the article's "pushed back", is postponing
    "why did the israelis and syrians put off their 19 august meeting?",
  ])("%s: the postponement, told with no reason, is offered, never given as the answer", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("no_answer");
    expect(textOf(answer)).toContain("don't say what brought it about");
  });
});
