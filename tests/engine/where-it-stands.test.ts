import { describe, expect, test } from "vitest";
import { readAsks } from "../../src/engine/read-asks.js";
import { timeIntentOf } from "../../src/engine/time-intent.js";
import { followupEngine } from "./followup-engine.js";

// "Where does the deal stand (right now)?" asks how far along something is, no place: asked as "what stage …
// at". "Right now", "as things stand", "as it stands", "as we speak" are "currently" (lexicon phrases: a time
// word no fact says, so "right" is no word of the ask a fact must hold), and "lately", "of late", "as things
// stand" ask for the latest. Our own questions, none from the evaluation sets.
const noSide = () => false;

describe("where something stands", () => {
  test.each([
    ["where does the deal stand now?", /^what stage does the deal at/],
    [
      "so where do things stand with the security arrangement right now?",
      /what stage do things at with the security arrangement/,
    ],
    ["what has the president been saying about where the deal stands?", /about what stage the deal at/],
  ])("%s is asked as a stage", (question, reading) => {
    expect(readAsks(question, noSide).join(" ")).toMatch(reading);
  });

  test.each([
    "where does the neighbour stand on the old accord?",
    "where does it stand in these talks?",
    "where did they meet?",
  ])("%s keeps its where", (question) => {
    expect(readAsks(question, noSide).join(" ")).not.toMatch(/what stage/);
  });

  test.each([
    "what has the president said lately about a deal?",
    "what has the president said of late about a deal?",
    "as things stand, what would a deal rest on?",
  ])("%s asks for the latest", (question) => {
    expect(timeIntentOf(question)).toEqual({ kind: "latest" });
  });
});

describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test.each([
    "so where do things stand with the security arrangement right now?",
    "where does the security arrangement stand these days?",
    "as things stand, what would any understanding with israel rest on?",
    "what has al-sharaa said of late about a deal with israel?",
  ])("%s is answered by al-Sharaa's newest word on the arrangement", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toMatch(/^on-sunday-al-sharaa-told/);
  });
});
