import { describe, expect, test } from "vitest";
import { readAsks } from "../../src/engine/read-asks.js";
import { followupEngine } from "./followup-engine.js";

// "X's END of the talks" is X's side of them, and to RUN a side, a team or a delegation is to lead it (not to
// run a country, a government): so a time word chooses among the sides' leads ("at first", "in May") instead
// of any fact on a government. Our own questions, none from the evaluation sets.
const noSide = () => false;

describe("running a side", () => {
  test.each([
    ["who ran norway's end of the negotiations?", /who led norway's side of the negotiations/],
    ["who is running their end of the talks now?", /who is leading their side of the talks/],
    ["who's running point on chile's side lately?", /who's leading chile's side/],
    ["who was running the chilean delegation at first?", /who was leading the chilean delegation/],
    ["which official runs the other team?", /which official leads the other team/],
  ])("%s is read as leading a side", (question, reading) => {
    expect(readAsks(question, noSide).join(" ")).toMatch(reading);
  });

  test.each([
    "who runs the country now?",
    "who ran the government before the revolution?",
    "how long did the talks run?",
    "what happens at the end of the talks?",
  ])("%s keeps its words", (question) => {
    expect(readAsks(question, noSide).join(" ")).not.toMatch(/\blead|\bled\b|side of/);
  });
});

describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test.each([
    "who ran syria's end of the negotiations when they first began?",
    "in may, who was running the syrian side?",
    "who was running syria's team at the outset?",
  ])("%s is answered by the first lead of Syria's side", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("syria-lead-al-dalati");
  });
});
