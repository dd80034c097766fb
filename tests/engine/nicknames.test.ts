import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";

// "Bibi" is Netanyahu (a lexicon phrase): kb:add's drafted entity for him has no alias, and the nickname was a
// word no fact holds. Our own question, none from the evaluation sets.
describe("a nickname, on the drafted follow-up base", () => {
  const engine = followupEngine("drafted");

  test("“bibi” is read as Netanyahu", () => {
    const answer = engine.ask("what has bibi demanded for southern syria?");
    expect(answer.status).toBe("answered");
    expect(answer.factIds[0]).toBe("prime-minister-benjamin-netanyahu-has-demanded");
  });
});
