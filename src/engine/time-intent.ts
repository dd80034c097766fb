// What a question asks of time: the latest, the earliest, a month, or the last event before a landmark; and
// the part of an ask that says what is asked, without a clause that only dates it. Pure string work.
import { alternation, TENSE_AUXILIARIES } from "./auxiliaries.js";
import { MONTH_NAME, MONTHS } from "./time-words.js";

export type TimeIntent =
  | { kind: "latest" }
  | { kind: "earliest" }
  /**
   * "The last time … before", "before Lisbon, when was the last …", "which day … before the July talks": the
   * latest event before a landmark. `landmark` is what the question names after "before" ("the July talks");
   * `date` is when the landmark happened, once the engine has found it (else the best hit's event is used).
   * With a landmark, `last` ("the last time … before Lisbon") asks for the latest event before it; without,
   * the best that answers from before it is the answer ("the secret contacts before Lisbon").
   */
  | { kind: "before"; landmark?: string; date?: string; last?: boolean }
  /**
   * "What did they agree after the Oslo meeting?", "who led Freedonia's side after the first Lisbon talks?": an
   * answer from after a dated landmark. With `next` ("when did they next meet after …", "the first time
   * after …") the earliest answering event after it; without, the best that answers from after it.
   */
  | { kind: "after"; landmark: string; date: string; next?: boolean }
  /**
   * A month (01–12), with a year when the question gives one, and a day (01–31) when it names one ("on 12
   * August", "on Aug 12"): the facts of that day answer before the rest of the month's.
   */
  | { kind: "period"; month: string; year: string | null; day?: string };

const LATEST =
  /\b(now|rn|currently|current|latest|still|these days|nowadays|most recent(ly)?|recently|lately|of late|today|any ?more|yet|at present|as (?:things|it) stands?|so far|newest|last (time|round|meeting|talks?|met|meet\w*|talk\w*|spoke)|(talk|met|meet)\w* last)\b/i;
/**
 * "Back in May", "back in the day", "back in 2000": "back in" before a time, not "back in force" or "back in
 * Oslo" (a place: the ask is not about the first of anything).
 */
const BACK_IN_TIME = `back in(?=\\s+(?:the\\s+)?(?:day|days|spring|summer|autumn|fall|winter|early|late|mid|'?\\d{2,4}s?|${MONTH_NAME})\\b|\\s*[?!.,]*$)`;
/**
 * The first of something: "originally", "at the start", "when the talks began". Not "began" in a clause of
 * "since", "after" or "once" ("has Chile cut its strikes SINCE THE TALKS BEGAN?"), which asks of the time from
 * then on.
 */
const EARLIEST = new RegExp(
  `\\b(first|originally|original|initially|at first|in the beginning|earliest|${BACK_IN_TIME}|back when|(?<!\\b(?:since|after|once)\\b[^,.?!;]{0,40})began|(?:at|from) the (?:very )?(?:start|beginning|outset)|to begin with|early on|in the early days)\\b`,
  "i",
);
/**
 * "Was it originally supposed to be held then?", "first planned for", "always meant to be on the 19th": the
 * plan before a change of schedule, not the earliest of the events asked about.
 */
const PLANNED_AT_FIRST =
  /\b(?:originally|initially|first|always)\s+(?:planned|scheduled|slated|(?:supposed|meant|set|due|expected|intended)\s+to\s+(?:happen|take place|be held|be on|go ahead))\b/gi;
/** "The last time … before", "before Lisbon, when did they last …": before the event asked about. */
const LAST_BEFORE =
  /\b(last|latest|most recent)\b.*\b(before|prior to)\b|\b(before|prior to)\b.*\b(last|latest|most recent)\b/i;
/**
 * "…how long did the meeting last?": the verb at the end of a "how long" question (group 1: what comes before
 * it, kept). Not a look-behind for "how long", which is tried from every letter of the question.
 */
const LAST_AS_VERB = /(\bhow long\b.*?)\blast\W*$/i;

const MONTH_WORD = new RegExp(
  `\\b(?:in|(on)|during|of|from|back in|the)\\s+(?:(\\d{1,2})\\s+)?(${MONTH_NAME})\\.?(?:\\s+(\\d{1,2}))?(?:,?\\s+(\\d{4}))?\\b`,
  "i",
);
/**
 * "Who led Freedonia's side WHEN THE TALKS FIRST STARTED?": a "when" clause after another question word dates
 * what is asked; it does not ask for a date. (Not "since when", nor a question that opens with "when".)
 */
const TIME_CLAUSE = new RegExp(
  `^(\\W*(?:who|whom|whose|what|which|where|why|how|${alternation(TENSE_AUXILIARIES)})\\b.*?)\\s*,?\\s+(?<!since\\s)when\\b.*$`,
  "is",
);

/** "When was the last time … before Lisbon?": the latest event before the landmark, not any. */
export function asksLastBefore(question: string): boolean {
  return LAST_BEFORE.test(question);
}

/** What a question asks of time, if anything ("before" a landmark: see `beforeLandmark`). */
export function timeIntentOf(question: string): TimeIntent | null {
  const month = MONTH_WORD.exec(question);
  if (month?.[3]) {
    const index = MONTHS.indexOf(month[3].slice(0, 3).toLowerCase());
    // A day asked after "on" ("what happened ON 12 August?"); "the 12 August meeting" names which meeting.
    const day = month[1] ? (month[2] ?? month[4]) : undefined;
    if (index >= 0)
      return {
        kind: "period",
        month: String(index + 1).padStart(2, "0"),
        year: month[5] ?? null,
        ...(day !== undefined && Number(day) >= 1 && Number(day) <= 31 ? { day: day.padStart(2, "0") } : {}),
      };
  }
  if (LAST_BEFORE.test(question)) return { kind: "before" };
  if (EARLIEST.test(question.replace(PLANNED_AT_FIRST, " "))) return { kind: "earliest" };
  // "How long did the meeting last?": "last" is the verb, not "the last meeting".
  if (LATEST.test(question.replace(LAST_AS_VERB, "$1"))) return { kind: "latest" };
  return null;
}

/**
 * The part of an ask that says what is asked, without a "when …" clause that only dates it: "who led
 * Freedonia's side when the talks first started?" asks who, not when (the clause still gives the time).
 */
export function mainClauseOf(ask: string): string {
  return TIME_CLAUSE.exec(ask)?.[1] ?? ask;
}
