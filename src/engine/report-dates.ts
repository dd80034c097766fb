// The dates reports were published, shown with an answer: the earlier reports after it, and the report
// date when the question asks when something was reported. Pure.
import { formatSortable } from "../knowledge/dates.js";
import type { Fact } from "../knowledge/types.js";
import type { Chronology } from "./chronology.js";
import { citationsOf, uncited } from "./compose.js";
import type { AnswerPart } from "./types.js";

/** "When was it reported?" asks for the report's date, not the event's. */
const ASKS_REPORT_DATE =
  /\b(when|what date|what day)\b.*\b(report|announc|reveal|disclos|confirm|acknowledg)\w*/i;

/**
 * Adds the earlier facts after the answer, each as its own part with the date it was reported and its own
 * citations: "Earlier (reported 27 May 2025): … [3]".
 */
export function appendEarlier(
  parts: readonly AnswerPart[],
  earlier: readonly Fact[],
  chronology: Chronology,
): AnswerPart[] {
  return [
    ...parts,
    ...earlier.map((fact) => {
      const date = chronology.reported(fact);
      const when = date ? ` (reported ${formatSortable(date)})` : "";
      return { text: `Earlier${when}: ${fact.statement}`, citations: citationsOf(fact) };
    }),
  ];
}

/** The answer, with the date its first fact was reported when the question asks when something was reported. */
export function withReportDate(
  question: string,
  parts: readonly AnswerPart[],
  facts: readonly Fact[],
  chronology: Chronology,
): AnswerPart[] {
  const first = facts[0];
  if (!first || !ASKS_REPORT_DATE.test(question)) return [...parts];
  const date = chronology.reported(first);
  return date ? [...parts, uncited(`(Reported on ${formatSortable(date)}.)`)] : [...parts];
}
