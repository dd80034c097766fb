// "What started the kidnappings in Suwayda?" asks the cause of the kidnappings; a fact saying "fighting broke
// out in Suwayda … after a cycle of kidnappings" tells the kidnappings as a cause, not as an effect. The
// place named on its effect side is the ask's setting, not what is asked of, so it does not make that fact
// explain the kidnappings (support-check.ts `givesCauseOf`); the cause of the fighting is still told.
import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

describe("a cause asked of an event in a named place, on the drafted follow-up base", () => {
  const engine = followupEngine("drafted");

  test("what started the kidnappings is not answered by what they started", () => {
    const answer = engine.ask("what started the kidnappings in suwayda in the first place?");
    expect(answer.status).toBe("no_answer");
  });

  test("what started the fighting there is answered", () => {
    const answer = engine.ask("what started the fighting in suwayda?");
    expect(answer.status).toBe("answered");
    expect(answer.factIds).toContain("fighting-broke-out-there-on-13-july");
  });
});
