// Which part of a statement is a cause and which its effect.
import { expect, test } from "vitest";
import { type CausalSplit, causalSplit, causalSplits } from "../../src/engine/cause-effect.js";

/** The split's parts with their spacing and punctuation at the ends tidied. */
function tidy(split: CausalSplit | null): { cause: string; effect: string } | null {
  const clean = (text: string) =>
    text
      .replace(/\s+/g, " ")
      .replace(/^[\s,:]+|[\s,.:]+$/g, "")
      .replace(/\s+,/g, ",");
  return split && { cause: clean(split.cause), effect: clean(split.effect) };
}

test.each([
  // the connective opens the clause: its cause ends at the comma
  [
    "In response to the storm warnings, the council closed the bridge.",
    { cause: "the storm warnings", effect: "the council closed the bridge" },
  ],
  // the cause after the connective, to the end of the clause
  ["The mill shut down after the flood.", { cause: "the flood", effect: "The mill shut down" }],
  // … or to a clause joined on
  [
    "The road closed after a landslide, and the buses stopped.",
    { cause: "a landslide", effect: "The road closed, and the buses stopped" },
  ],
  // a verb whose subject is the cause
  [
    "The drought created an opening for new crops.",
    { cause: "The drought", effect: "an opening for new crops" },
  ],
  // "X follows Y": Y came first
  ["The vote follows the merger.", { cause: "the merger", effect: "The vote" }],
  ["The council met in the town hall.", null],
  ["The mayor has held office since 1998.", null], // "since" places in time, it gives no cause
])("%s", (statement, split) => {
  expect(tidy(causalSplit(statement))).toEqual(split);
});

test("each clause of a statement tells its own cause", () => {
  const splits = causalSplits("The vote followed unrest: riots broke out after a strike.");
  expect(splits.map((s) => tidy(s)?.cause)).toEqual(["unrest", "a strike"]);
});
