import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

// Words for a party keeping silent and for an aid route, on the follow-up bases. "Comment" and "silent" are
// opposites (the lexicon's `opposites`), so "did X comment?" is answered by "X stayed silent" with the opposite
// said; "said a peep", "piped up" are comment; "at all about" is no "all about" (focus). "On the table" is an
// issue in the talks, not a negotiator; a lane or lifeline is a corridor, relief and supplies are aid, a heartland
// is a region. Our own questions, none from the evaluation sets.
describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test.each([
    "did israel comment on the august meeting?",
    "has israel piped up about the paris meeting in august?",
  ])("%s is answered by Israel's silence", (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("israel-stayed-silent-on-the-meeting");
  });

  test("“on the table” in August is the agenda SANA gave", () => {
    const answer = engine.ask("what was on the table in paris in august?");
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("according-to-sana-the-talks-covered-five");
  });

  test("a relief lane into the Druze heartland is the humanitarian corridor Israel proposed", () => {
    const answer = engine.ask("which relief lane into the druze heartland did israel propose?");
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("syrian-sources-told-reuters-that-al-shaibani");
  });
});
