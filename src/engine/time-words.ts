// The words of time a question is read with: the months' names, words that say which of several events
// ("first", "latest"), words that can be no landmark; and how a text closes up when time words are cut out.
// Pure string work; no story wording.
import { alternation, TENSE_AUXILIARIES } from "./auxiliaries.js";

export const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** A month's name or short form ("july", "sept"), as a regex alternation. */
export const MONTH_NAME =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
/** Every month's name or short form in a text ("on 8 December", "in Dec."), for `match` and `replace`. */
export const MONTH_NAMES_IN_TEXT = new RegExp(`\\b(?:${MONTH_NAME})\\b`, "gi");
/**
 * Whether a text of the sources names the month (1-12) as a month: a written month's name is capitalised,
 * so "talks MAY resume", "they march" name none.
 */
export function namesMonth(text: string, month: number): boolean {
  const short = MONTHS[month - 1];
  return (text.match(MONTH_NAMES_IN_TEXT) ?? []).some(
    (word) => /^\p{Lu}/u.test(word) && word.slice(0, 3).toLowerCase() === short,
  );
}
const WHOLE_MONTH_NAME = new RegExp(`^(?:${MONTH_NAME})$`, "i");
/** Whether a word is a month's name or short form ("march", "sept"): a time, never a typo nor a name. */
export function isMonthName(word: string): boolean {
  return WHOLE_MONTH_NAME.test(word);
}

/** A day of the week's name ("thursday"), as a regex alternation. */
export const WEEKDAY_NAME = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
const WHOLE_WEEKDAY_NAME = new RegExp(`^${WEEKDAY_NAME}$`, "i");
/** Whether a word is the name of a day of the week ("thursday"): capitalised as a name is, yet a time. */
export function isWeekdayName(word: string): boolean {
  return WHOLE_WEEKDAY_NAME.test(word);
}

/**
 * Words that place an event in time ("during the Petrov regime", "since the 1991 war", "in December",
 * "on Thursday"): a fact with one can answer "when" even without a timeline entry.
 */
export const TIME_EXPRESSION = new RegExp(
  `\\b(?:during|since|after|before|until|following|ago|recent(?:ly)?|decades?|years?|months?|weeks?|yesterday|today|last week|${MONTH_NAME}|${WEEKDAY_NAME}|\\d{4})\\b`,
  "i",
);

/** Words that cannot be what a leading "before …" or "since …" places the ask after ("before WHICH …"). */
export const NOT_A_LANDMARK = `(?:who|whom|whose|what|which|when|where|why|how|i|you|we|they|he|she|it|that|this|these|those|all|any|anyone|anything|everything|long|${alternation(TENSE_AUXILIARIES)})`;

/** "first", "latest", "most recent": words that only say which of several, when a landmark is dated. */
export const ORDINAL_TIME_WORDS =
  /\b(?:first|earliest|initial|original|opening|latest|newest|last|most recent|recent|previous|next)\b\s*/gi;

/** A text with words cut out, closed up: no space before punctuation, one between words. */
export function closedUp(text: string): string {
  return text
    .replace(/\s+([?!.,])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
