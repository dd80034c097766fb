// Dates in a sentence, resolved to calendar dates against the article's dateline with chrono-node:
// "on Thursday" → the Thursday before the dateline, "Wednesday of last week" → the Wednesday of the week
// before, "last year" → the year before, "13 July" → 13 July of the dateline's year, bare years (1994) too.
// chrono reads the words; the rules below only settle what news style means and chrono leaves open.
import { BoundedMemo } from "../../shared/bounded-memo.js";
import { chrono } from "./chrono-library.js";

type Precision = "day" | "month" | "year";

export interface ResolvedDate {
  /** The words as they stand in the sentence ("on Thursday evening", "13 July", "last year"). */
  text: string;
  index: number;
  /** Sortable date: YYYY-MM-DD, YYYY-MM or YYYY. */
  sort: string;
  precision: Precision;
  /** True when the sentence names no calendar date ("on Thursday", "last year"): worked out from the dateline. */
  relative: boolean;
  /** True when the year (or more) was taken from the dateline rather than written ("13 July"). */
  implied: boolean;
  /**
   * True when every reading of the words gives this date, so a curator has nothing to check: written in
   * full; a day or month whose year can only be the dateline's (near it); a weekday of the week before a
   * dateline in a sentence that tells what happened ("on Saturday"), "last Tuesday" only when the last one
   * and the one of last week are the same day; "last year", "yesterday".
   */
  unambiguous: boolean;
}

const DAY_MS = 86_400_000;
/** Words that say a month without a year lies ahead of the dateline ("would sign in September"). */
const FUTURE_WORDS = /\b(will|would|next|planned|plans?|expected|upcoming|due|set to|later)\b/i;
const BARE_YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
/**
 * Days either side of the dateline within which a day or month written without its year has one year only:
 * "19 August" in an article of 25 August is this year's, but "in December" told in August may be either.
 */
const ONE_YEAR_SPAN_DAYS = 120;
/** Relative words whose date is one day or year whatever the reading ("last week" is a span, "ago" counts). */
/** "Wednesday of last week", "last week's Wednesday": the weekday in the calendar week before the dateline's. */
const OF_LAST_WEEK = /\bof last week\b|\blast week'?s?\b/i;
/** A verb in the past ("was overthrown", "reached"): a clause that tells what happened. */
const PAST_VERB = /\b(?:was|were|had|did|(?!hundred\b)[a-z]{3,}(?<!e)ed)\b/;

/**
 * Whether a clause tells what happened, not what is to come: "after Petrov was overthrown in December", told
 * in July, is last December's, and no reading makes it next December's.
 */
function toldAsPast(clause: string): boolean {
  return PAST_VERB.test(clause) && !FUTURE_WORDS.test(clause);
}
const SINGLE_READING = /^(?:(?:in|on|the)\s+)?(?:last|previous|this) year$|^yesterday$/i;

/**
 * The clause of a sentence that holds the words at `index`, cut at "that", "which", "who", "whether": in "On
 * Saturday, the ministry dismissed reports that the two would sign …", "would" is the reports', not Saturday's.
 */
function clauseAt(sentence: string, index: number): string {
  const cuts = [...sentence.matchAll(/\b(?:that|which|who|whether)\b/gi)].map((m) => m.index ?? 0);
  const start = Math.max(0, ...cuts.filter((c) => c <= index));
  const end = Math.min(sentence.length, ...cuts.filter((c) => c > index));
  return sentence.slice(start, end);
}

function sortable(date: Date, precision: Precision): string {
  const iso = date.toISOString();
  return precision === "day" ? iso.slice(0, 10) : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** Past this many sentences the memo starts afresh (kb:add reads one article: a few hundred). */
const MAX_RESOLVED = 5000;
/** Sentences already read, by reference date: drafting reads a sentence again as the next one's context. */
const resolved = new BoundedMemo<string, readonly ResolvedDate[]>(MAX_RESOLVED);

/** Dates in `sentence`, in order, resolved against `reference` (the dateline, YYYY-MM-DD). */
export function resolveDates(sentence: string, reference: string): ResolvedDate[] {
  const dates = resolved.get(`${reference}\n${sentence}`, () => parseDates(sentence, reference));
  return dates.map((d) => ({ ...d }));
}

function parseDates(sentence: string, reference: string): ResolvedDate[] {
  const ref = new Date(`${reference}T12:00:00Z`);
  const out: ResolvedDate[] = [];
  for (const result of chrono.GB.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const start = result.start;
    let date = start.date();
    const text = result.text.replace(/[,\s]+$/, "");
    // A lone lower-case word is a verb or a noun, not a date: "who sat across", "may", "march on".
    if (/^\p{Ll}+$/u.test(text)) continue;
    // "several hours", "a week before", "last week": spans, not dates. A date names a month, a weekday, a
    // day number or a year, or is "last/this/next year".
    if (
      !/\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\w*|\byear\b/i.test(
        text,
      )
    )
      continue;
    const hasYear = start.isCertain("year");
    const hasMonth = start.isCertain("month");
    const hasDay = start.isCertain("day");
    const weekdayOnly = start.isCertain("weekday") && !hasDay;
    let precision: Precision = hasDay || weekdayOnly ? "day" : hasMonth ? "month" : "year";
    const relativeWords = /\b(last|previous|next|this|ago|yesterday|today|tomorrow)\b/i.test(text);
    let unambiguous = !(relativeWords || weekdayOnly || !hasYear) || SINGLE_READING.test(text);
    if (weekdayOnly) {
      // News tells what happened: "on Thursday" is the Thursday before the dateline, not the next one.
      while (date.getTime() > ref.getTime()) date = new Date(date.getTime() - 7 * DAY_MS);
      const latest = date;
      // "Wednesday of last week": that weekday in the calendar week (Monday first) before the dateline's.
      const weekStart = (d: Date) => Math.floor((d.getTime() / DAY_MS + 3) / 7);
      let ofLastWeek = latest;
      while (weekStart(ofLastWeek) >= weekStart(ref))
        ofLastWeek = new Date(ofLastWeek.getTime() - 7 * DAY_MS);
      if (OF_LAST_WEEK.test(text)) date = ofLastWeek;
      // "last Tuesday" is either; a weekday the dateline's own (today or a week ago?) or in a sentence about
      // what will happen is no date of the week before.
      // "Wednesday of last week" names the week, so it has that one reading.
      const lastMeansEither = /\b(last|previous)\b/i.test(text) && !OF_LAST_WEEK.test(text);
      unambiguous =
        !FUTURE_WORDS.test(clauseAt(sentence, result.index)) &&
        sortable(latest, "day") !== sortable(ref, "day") &&
        (!lastMeansEither || sortable(latest, "day") === sortable(ofLastWeek, "day")) &&
        !/\b(this|next)\b/i.test(text);
    } else if (/^(last|previous) (week)$/i.test(text.replace(/^(on|in|the)\s+/i, ""))) {
      precision = "day";
    } else if (/\b(last|previous) year\b/i.test(text)) {
      precision = "year";
    } else if (
      !hasYear &&
      hasMonth &&
      date.getTime() > ref.getTime() + DAY_MS &&
      !FUTURE_WORDS.test(sentence)
    ) {
      // "after Petrov's fall in December", told in July: the December before.
      date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
    }
    if (!weekdayOnly && !hasYear && hasMonth && !relativeWords)
      unambiguous =
        Math.abs(date.getTime() - ref.getTime()) <= ONE_YEAR_SPAN_DAYS * DAY_MS ||
        (date.getTime() < ref.getTime() && toldAsPast(clauseAt(sentence, result.index)));
    if (!hasMonth && !weekdayOnly && !relativeWords) precision = "year";
    out.push({
      text,
      index: result.index,
      sort: sortable(date, precision),
      precision,
      relative: weekdayOnly || relativeWords,
      implied: weekdayOnly || relativeWords || !hasYear,
      unambiguous,
    });
  }
  // Bare years ("in 2000", "since 1948") that chrono leaves alone.
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const index = match.index ?? 0;
    if (out.some((d) => index >= d.index && index < d.index + d.text.length)) continue;
    out.push({
      text: match[0],
      index,
      sort: match[0],
      precision: "year",
      relative: false,
      implied: false,
      unambiguous: true,
    });
  }
  return out.sort((a, b) => a.index - b.index);
}
