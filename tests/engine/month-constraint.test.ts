// A month the ask names is a constraint the answer must meet, not a preference: on a base that follows the
// story over three reports, an ask about one month's meetings that no fact of that month answers must not
// be answered with another month's meeting (a wrong answer with a real citation), but refused with that
// fact as a suggestion.
import { describe, expect, test } from "vitest";
import { followupEngine } from "./followup-engine.js";
import { textOf } from "./parts.js";

describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test("a span asked of May's meetings is not answered by July's", () => {
    const answer = engine.ask("how long did the meetings in May go on for?");
    expect(answer.status).toBe("no_answer");
    expect(textOf(answer)).toContain("“May”");
  });

  test("the same ask of July's meeting is answered", () => {
    const answer = engine.ask("how long did the meetings in July go on for?");
    expect(answer.status).toBe("answered");
    expect(textOf(answer)).toContain("four hours");
  });
});
