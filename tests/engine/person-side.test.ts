// An ask for people of one side ("the names of the ISRAELI officials") is not answered by a fact that names
// only people the base puts on the other side, nor by a weekday or month its statement capitalises
// ("Thursday", "July"), which is no one's name. Both follow-up bases, whose facts name the people who met.
import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test.each([
    ["what were the names of the Israeli officials who met in Baku on 12 July?", "no_answer"],
    ["what were the names of the Syrian officials who met in Baku on 12 July?", "answered"],
  ])("%s → %s", (question, status) => {
    expect(engine.ask(question).status).toBe(status);
  });
});
