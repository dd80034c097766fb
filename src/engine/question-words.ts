// Misspelt question words written right, so that what a question asks is read from it. Pure string work;
// no story wording.

import { OPENS_ASK, WH_WORDS } from "./ask-openings.js";
import { wordClass } from "./english.js";
import { editDistance } from "./fuzzy.js";

/** The words that open a question, as people misspell them: "wher", "wen", "waht", "whta". */
const QUESTION_WORD_TARGETS = ["who", "what", "when", "where", "which", "whose", "why", "how"];
/** A first word followed by a question word leads into the ask ("now, who …"); it does not open it. */
const BEFORE_ASK = new RegExp(`^\\W*[\\p{L}'’]+[\\s,]+(?:${WH_WORDS})\\b`, "iu");

/**
 * The question with misspelt question words written right ("wher did they meet" → "where did they
 * meet"), so that what it asks (a place, a date) is read from it. A word is taken for a question word when
 * it is one edit from exactly one of them (or the start of exactly one) and is no English word, or is the question's first word
 * ("wen did Brandt fall": "wen" is a word, but no question opens with it) and no function word (`isFunctionWord`:
 * "there", "then", "that" open statements).
 */
export function correctQuestionWords(
  question: string,
  isFunctionWord: (word: string) => boolean = () => false,
): string {
  let first = true;
  // "Now, who leads …?", "now why …": a word before the question word is no misspelt one.
  const beforeAsk = BEFORE_ASK.test(question);
  return question.replace(/[\p{L}'’]+/gu, (token) => {
    const atStart = first;
    first = false;
    const word = token.toLowerCase();
    if (word.length < 3 || word.length > 6 || QUESTION_WORD_TARGETS.includes(word)) return token;
    // "There were reports …", "Then they met …": a function word opens statements; it is no slip of "where".
    if (atStart && isFunctionWord(word)) return token;
    // "Were …?" is a question already, one edit from "where" or not.
    if ((!atStart || OPENS_ASK.test(word) || beforeAsk) && wordClass(word) === "common") return token;
    const near = QUESTION_WORD_TARGETS.filter((target) => editDistance(word, target, 1) <= 1);
    // "wher" is one edit from "when" and "where": a word cut short is the likelier slip.
    const cut = near.filter((target) => target.startsWith(word));
    const [chosen] = near.length === 1 ? near : cut.length === 1 ? cut : [];
    return chosen ?? token;
  });
}

/** The months' full names, the targets of a misspelt one. */
const FULL_MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** A word that puts a time after it ("in juli", "on 12 agust", "early septmber"), last before a word. */
const TIME_BEFORE =
  /\b(?:in|on|of|since|by|until|till|before|after|during|early|late|mid|last|next|this|\d{1,2}(?:st|nd|rd|th)?)\s+$/i;
/** A day's number after a word ("agust 12"). */
const DAY_AFTER = /^\s+\d{1,2}(?:st|nd|rd|th)?\b/i;

/**
 * The question with misspelt months written right ("what happened in suwayda in juli" → "in july"), so that
 * its time is read from it (time-intent.ts reads only months' names): a word in no dictionary, in a time's
 * place (after "in", "on", "early", a day's number … or before a day's number), one edit from exactly one
 * month's full name and with its first letter. Not a name ("in Marc's view") nor an English word ("by
 * jury").
 */
export function correctMonthNames(question: string): string {
  return question.replace(/\p{L}{4,}/gu, (word, at: number) => {
    const placed =
      TIME_BEFORE.test(question.slice(0, at)) || DAY_AFTER.test(question.slice(at + word.length));
    return placed ? (soleSlipOf(word, FULL_MONTH_NAMES) ?? word) : word;
  });
}

/**
 * The one word of `targets` that `word`, in no dictionary, is a slip of: one edit from it, with its first
 * letter. Undefined for a target itself, an English word or a name the dictionary knows, or no single target.
 */
function soleSlipOf(word: string, targets: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  if (targets.includes(lower) || wordClass(lower) !== "unknown") return undefined;
  const near = targets.filter((t) => t[0] === lower[0] && editDistance(lower, t, 1) <= 1);
  return near.length === 1 ? near[0] : undefined;
}

/** The words that ask for the latest state of things (time-intent.ts), the targets of a misspelt one. */
const LATEST_WORDS = ["recent", "recently", "latest", "lately", "newest", "current", "currently", "nowadays"];

/**
 * The question with misspelt words for "the latest" written right ("the most recnt meeting" → "most recent"),
 * so that what it asks of time is read from it: time-intent.ts reads the words as typed, and a slip let the
 * ask be answered with an earlier article's fact though the fuzzy match had read the word. A word of five
 * letters or more in no dictionary, one edit from exactly one of them and with its first letter; not an English
 * word ("decent", "relay") nor a name the dictionary knows.
 */
export function correctLatestWords(question: string): string {
  return question.replace(/\p{L}{5,}/gu, (word) => soleSlipOf(word, LATEST_WORDS) ?? word);
}
