// A fact's exact date is another event's when the clause telling the asked event dates it only as a span.
import { describe, expect, test } from "vitest";
import { datedOnlyAsSpan } from "../../src/engine/span-dated.js";
import { followupEngine } from "./followup-engine.js";

const termsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

test.each([
  // the asked place is told only in a clause dated "in between" or "between … and …"
  [
    "The talks of 3 May were the second in Oslo, following a round on 9 April, and the pair had also met in Riga in between.",
    "riga",
    true,
  ],
  ["The envoys also met in Riga between their Oslo talks of 9 April and 3 May.", "riga", true],
  ["They met in Riga sometime between March and June 2024.", "riga", true],
  // the clause telling it has its own date, or "between" names parties, not times
  ["The envoys met in Riga on 3 May, after meeting in Oslo in between two rounds.", "riga", false],
  ["Talks between Chile and Norway took place in Riga on 3 May.", "riga", false],
  // the fact does not tell the asked word at all
  ["The envoys met in Oslo in between the rounds.", "riga", false],
])("%s (%s) → %s", (text, term, spanOnly) => {
  expect(datedOnlyAsSpan([text], term, termsOf)).toBe(spanOnly);
});

describe.each(["drafted", "reviewed"] as const)("on the %s follow-up base", (variant) => {
  const engine = followupEngine(variant);

  test("refuses the day of a meeting dated only as between two others", () => {
    expect(engine.ask("which day did al-shaibani and dermer get together in azerbaijan?").status).toBe(
      "no_answer",
    );
  });

  test("answers the day of a meeting the fact dates itself", () => {
    expect(engine.ask("on what day did dermer and al-shaibani meet in paris in august?").status).toBe(
      "answered",
    );
  });
});
