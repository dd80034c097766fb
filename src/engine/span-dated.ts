// "On what date did they meet in Riga?" of "… met in Oslo on 3 May, and had also met in Riga in between": the
// fact's exact date is another meeting's; the one asked about is dated only as a span. Pure string work on the
// fact's texts; the caller reads their words as terms.

import { MONTH_NAME } from "./time-words.js";

const MONTH = `(?:${MONTH_NAME})`;
/** A date as the articles write it: "3 May", "May 3", "May", "3 May 2025", "2025". */
const DATE = `(?:(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{4})`;
/**
 * A span of time given instead of a date: "in between", "between the talks of 3 May and 9 June", "between May
 * and July". Not "between Chile and Norway" (no date after "between").
 */
const SPAN = new RegExp(
  `\\bin between\\b|\\bbetween\\s+(?:[^,.;]*?\\s)?${DATE}\\b[^,.;]*?\\band\\s+(?:[^,.;]*?\\s)?${DATE}`,
  "gi",
);
/** A day's date: "3 May", "May 3". */
const DAY_DATE = new RegExp(`\\b\\d{1,2}\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}\\b`, "i");
/** Where a sentence's clauses part: a comma or semicolon before a conjunction, a semicolon, a full stop. */
const CLAUSE_BREAK = /[,;]\s+(?:and|but|while|whereas)\s+|;\s+|\.\s+/i;

/**
 * Whether every clause of the texts that tells `term` dates it only as a span. False when no clause tells it:
 * the fact is then about something else, which the rest of the support check weighs.
 */
export function datedOnlyAsSpan(
  texts: readonly string[],
  term: string,
  termsOf: (text: string) => readonly string[],
): boolean {
  const telling = texts.flatMap((text) => text.split(CLAUSE_BREAK)).filter((c) => termsOf(c).includes(term));
  // A clause with a day's date besides its span dates the event itself ("met in Riga on 3 May, in between …").
  const spanOnly = (clause: string) => {
    const withoutSpans = clause.replace(SPAN, " ");
    return withoutSpans !== clause && !DAY_DATE.test(withoutSpans);
  };
  return telling.length > 0 && telling.every(spanOnly);
}
