// Time-aware answers. Every fact knows when it was reported (its article's date) and, when the article
// dates it, when it happened. A question asking for "now", "currently", "latest", "still" is answered by
// the most recent of the facts that answer it about as well; "first", "originally", "in May" by the
// matching time. When facts reported at different dates answer the same thing, the newer one answers
// and the older one is shown apart as what was reported earlier — never merged into one statement.
// Pure: the engine hands in its ranked hits and gets them back reordered, with the earlier facts.
import { formatSortable } from "../knowledge/dates.js";
import { articleDate, type Fact, type KnowledgeBase } from "../knowledge/types.js";
import { alternation, TENSE_AUXILIARIES } from "./auxiliaries.js";
import { citationsOf, uncited } from "./compose.js";
import type { Hit } from "./search.js";
import type { AnswerPart } from "./types.js";

export type TimeIntent =
  | { kind: "latest" }
  | { kind: "earliest" }
  /**
   * "The last time … before", "before Paris, when was the last …", "which day … before the July talks": the
   * latest event before a landmark. `landmark` is what the question names after "before" ("the July talks");
   * `date` is when the landmark happened, once the engine has found it (else the best hit's event is used).
   * With a landmark, `last` ("the last time … before Paris") asks for the latest event before it; without,
   * the best that answers from before it is the answer ("the secret contacts before Paris").
   */
  | { kind: "before"; landmark?: string; date?: string; last?: boolean }
  /**
   * "What did they agree after the Amman meeting?", "who led Syria's side after the first Paris talks?": an
   * answer from after a dated landmark. With `next` ("when did they next meet after …", "the first time
   * after …") the earliest answering event after it; without, the best that answers from after it.
   */
  | { kind: "after"; landmark: string; date: string; next?: boolean }
  /** A month (01–12), with a year when the question gives one. */
  | { kind: "period"; month: string; year: string | null };

/**
 * A hit this close to the best may answer instead of it when its time fits the question better. Tuned on
 * tests/fixtures/fixtures-questions.jsonl and followups-tune-questions.jsonl.
 */
const TIME_RATIO = 0.6;
/** With no time word, a newer report of the same thing answers if it scores this close to the best. */
const NEWER_REPORT_RATIO = 0.9;
/**
 * "Who leads Syria's side now / at first?": every fact about that side's lead is a candidate, as long as
 * it scores this share of the best (the side's facts answer that question, whatever their wording).
 */
const SIDE_TIME_RATIO = 0.5;
/** A landmark's hits this close to its best name it too ("the Paris talks": July's meeting and August's). */
const LANDMARK_RATIO = 0.8;
/** At most this many earlier reports are shown after an answer. */
const MAX_EARLIER = 2;
/** "When was it reported?" asks for the report's date, not the event's. */
const ASKS_REPORT_DATE =
  /\b(when|what date|what day)\b.*\b(report|announc|reveal|disclos|confirm|acknowledg)\w*/i;
/** "Were they named in the first reports?": "first" of the reports, not of the events. */
const OF_REPORTS = /\b(report(s|ed|ing)?|news|coverage|announc\w*)\b/i;

const LATEST =
  /\b(now|currently|current|latest|still|these days|nowadays|most recent(ly)?|recently|today|any ?more|yet|at present|so far|newest|last (time|round|meeting|talks?|met|meet\w*|talk\w*|spoke)|(talk|met|meet)\w* last)\b/i;
const EARLIEST =
  /\b(first|originally|original|initially|at first|in the beginning|earliest|back in|back when|began|(?:at|from) the (?:very )?(?:start|beginning|outset)|to begin with|early on|in the early days)\b/i;
/** "The last time … before", "before Paris, when did they last …": before the event asked about. */
const LAST_BEFORE =
  /\b(last|latest|most recent)\b.*\b(before|prior to)\b|\b(before|prior to)\b.*\b(last|latest|most recent)\b/i;
/** "…how long did the meeting last?": the verb at the end of a "how long" question. */
const LAST_AS_VERB = /(?<=\bhow long\b.*)\blast\W*$/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** A month's name or short form ("july", "sept"), as a regex alternation. */
export const MONTH_NAME =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
/** Every month's name or short form in a text ("on 8 December", "in Dec."), for `match` and `replace`. */
export const MONTH_NAMES_IN_TEXT = new RegExp(`\\b(?:${MONTH_NAME})\\b`, "gi");
const WHOLE_MONTH_NAME = new RegExp(`^(?:${MONTH_NAME})$`, "i");
/** Whether a word is a month's name or short form ("march", "sept"): a time, never a typo nor a name. */
export function isMonthName(word: string): boolean {
  return WHOLE_MONTH_NAME.test(word);
}
const MONTH_WORD = new RegExp(
  `\\b(?:in|on|during|of|from|back in|the)\\s+(?:(\\d{1,2})\\s+)?(${MONTH_NAME})\\.?(?:\\s+(\\d{1,2}))?(?:,?\\s+(\\d{4}))?\\b`,
  "i",
);
/**
 * "Who led Syria's side WHEN THE TALKS FIRST STARTED?": a "when" clause after another question word dates
 * what is asked; it does not ask for a date. (Not "since when", nor a question that opens with "when".)
 */
const TIME_CLAUSE = new RegExp(
  `^(\\W*(?:who|whom|whose|what|which|where|why|how|${alternation(TENSE_AUXILIARIES)})\\b.*?)\\s*,?\\s+(?<!since\\s)when\\b.*$`,
  "is",
);

/** Words that cannot be what a leading "before …" or "since …" places the ask after ("before WHICH …"). */
const NOT_A_LANDMARK = `(?:who|whom|whose|what|which|when|where|why|how|i|you|we|they|he|she|it|that|this|these|those|all|any|anyone|anything|everything|long|${alternation(TENSE_AUXILIARIES)})`;
/**
 * "… before the July talks", "prior to the Paris meeting", "the week before …": what the ask places itself
 * before, up to the end of its clause. Not "before it became …", "before which …" (no landmark), "before or after …".
 */
function landmarkPattern(words: string): RegExp {
  return new RegExp(
    `(?:\\b(?:the|a|one|two|three|\\d+)\\s+(?:days?|weeks?|months?|nights?)\\s+|\\b(?:shortly|just|right|long|soon)\\s+)?\\b(?:${words})\\s+(?!${NOT_A_LANDMARK}\\b|or\\b|\\p{L}+ing\\b)([\\p{L}\\p{N}'’ -]+?)\\s*(?:[?!.,;:]|\\s+(?:and|or|but|so)\\s|$)`,
    "iu",
  );
}
const BEFORE_LANDMARK = landmarkPattern("before|prior to|ahead of");
/**
 * "… after the Amman meeting", "in the wake of the July talks", "following the first round": what the ask places
 * itself after. Not "before or after …" (which asks the order), "after it", "after which", "after meeting …".
 */
const AFTER_LANDMARK = landmarkPattern("(?<!\\bor\\s+)after|following(?=\\s+the\\b)|in the wake of");
/** "When did they NEXT meet after …", "the FIRST time after …": the earliest event after the landmark. */
const NEXT_AFTER = /\b(?:next|first|soonest|earliest)\b/i;
/**
 * "Who ran Syria before the current government?": a holder of a post, not an event; what it asks is who
 * held it before, which no report's date tells.
 */
const HOLDER = /^(?:the\s+)?(?:current|present|new|old|former|previous|incoming|outgoing)\b/i;
/**
 * A time phrase that opens a clause: "in May,", "back in May", "before Paris,", "since then", "at first",
 * "these days", "now". It says when the ask is about, so it stays with the ask.
 */
const LEADING_TIME = new RegExp(
  `^(?:(?:back\\s+)?(?:in|during|by|since|until|around)\\s+(?:early\\s+|late\\s+|mid-?\\s*)?(?:${MONTH_NAME}|\\d{4}|then|the beginning|the start)\\b(?:\\s+\\d{4})?|(?:before|after|since|until|prior to)\\s+(?:the\\s+)?(?!${NOT_A_LANDMARK}\\b)[\\p{L}\\p{N}'’-]+|at first|at the (?:start|beginning|time)|originally|initially|these days|nowadays|now|currently|today|so far|back then|as of now)\\b[\\s,]*`,
  "iu",
);

/**
 * "After the first Paris meeting,", "before the July talks": a clause that is nothing but a landmark of a few
 * words with no verb of its own (not "since Israel has stepped up its strikes", a claim).
 */
const LANDMARK_CLAUSE = new RegExp(
  `^(?:before|after|prior to|following|in the wake of)\\s+the\\s+(?!(?:[\\p{L}\\p{N}'’-]+\\s+)*(?:${alternation(TENSE_AUXILIARIES)})\\b)[\\p{L}\\p{N}'’-]+(?:\\s+[\\p{L}\\p{N}'’-]+){0,3}[\\s,]*$`,
  "iu",
);

/**
 * "Back in May, had either government commented?" → "had either government commented back in May?": a
 * clause that opens with a time phrase is an ask with its time, read with the time after it (so what opens
 * it is the question word). `null` when the clause is nothing but a time phrase ("in May," before the
 * ask): the caller carries it to the next ask. Any other clause comes back as it was.
 */
export function timeLast(clause: string): string | null {
  // "After the first Paris meeting, who …": a clause that is only a landmark is the next ask's time.
  if (LANDMARK_CLAUSE.test(clause)) return null;
  const lead = LEADING_TIME.exec(clause);
  if (!lead) return clause;
  const rest = clause.slice(lead[0].length).trim();
  if (rest === "" || /^[?!.]+$/.test(rest)) return null;
  return withTime(rest, lead[0]);
}

/** The ask with a time phrase added at its end, before its closing punctuation. */
export function withTime(ask: string, time: string): string {
  const phrase = time.replace(/[\s,]+$/, "").trim();
  const [, body = ask, end = ""] = /^(.*?)([?!.]*)$/s.exec(ask.trim()) ?? [];
  return `${body} ${phrase}${end}`;
}

/** "When was the last time … before Paris?": the latest event before the landmark, not any. */
export function asksLastBefore(question: string): boolean {
  return LAST_BEFORE.test(question);
}

/**
 * What "… before the July talks?" places the ask before ("the July talks"), if anything. The engine makes it
 * the ask's time when it names a dated event (else the ask is read with `timeIntentOf` as it stands).
 */
export function beforeLandmark(question: string): string | null {
  const landmark = BEFORE_LANDMARK.exec(question)?.[1] ?? null;
  return landmark !== null && !HOLDER.test(landmark) ? landmark : null;
}

/** What "… after the Amman meeting?" places the ask after ("the Amman meeting"), if anything. */
export function afterLandmark(question: string): string | null {
  const landmark = AFTER_LANDMARK.exec(question)?.[1] ?? null;
  return landmark !== null && !HOLDER.test(landmark) ? landmark : null;
}

/** The landmark an ask places itself before or after, whichever it names first. */
export function landmarkOf(question: string): { direction: "before" | "after"; landmark: string } | null {
  const before = beforeLandmark(question);
  const after = afterLandmark(question);
  if (before === null && after === null) return null;
  const at = (pattern: RegExp) => pattern.exec(question)?.index ?? Number.POSITIVE_INFINITY;
  if (after !== null && (before === null || at(AFTER_LANDMARK) < at(BEFORE_LANDMARK))) {
    return { direction: "after", landmark: after };
  }
  return { direction: "before", landmark: before as string };
}

/** "When did they next meet after the July talks?": the earliest event after the landmark, not any. */
export function asksNextAfter(question: string): boolean {
  return NEXT_AFTER.test(withoutLandmark(question));
}

/** What a question asks of time, if anything ("before" a landmark: see `beforeLandmark`). */
export function timeIntentOf(question: string): TimeIntent | null {
  const month = MONTH_WORD.exec(question);
  if (month?.[2]) {
    const index = MONTHS.indexOf(month[2].slice(0, 3).toLowerCase());
    if (index >= 0)
      return { kind: "period", month: String(index + 1).padStart(2, "0"), year: month[4] ?? null };
  }
  if (LAST_BEFORE.test(question)) return { kind: "before" };
  if (EARLIEST.test(question)) return { kind: "earliest" };
  // "How long did the meeting last?": "last" is the verb, not "the last meeting".
  if (LATEST.test(question.replace(LAST_AS_VERB, ""))) return { kind: "latest" };
  return null;
}

/**
 * "How long have the talks been going on?", "since when has Israel been talking to Syria?": a span up to
 * now, whose answer is when it began (not how long one meeting lasted). Subject, then what it has been doing.
 */
const SPAN_TO_NOW =
  /\b(?:how long|since when)\s+(?:have|has)\s+(.+?)\s+been\s+((?:[\p{L}-]+ing|going on|underway|ongoing)\b[^?!.]*?)\s*([?!.]*)$/iu;
/** "going on", "happening", "underway", "ongoing": nothing more than that it goes on. */
const GOES_ON = /^(?:going(?: on)?|happening|underway|ongoing|running|continuing)$/i;

/**
 * "How long have the talks been going on?" → "when did the talks first start?": a span up to now asks when it
 * began; null for any other ask ("how long did the meeting last?" asks a duration).
 */
export function sinceWhen(ask: string): string | null {
  const found = SPAN_TO_NOW.exec(ask);
  if (!found?.[1] || !found[2]) return null;
  const [, subject, doing, end] = found;
  const what = GOES_ON.test(doing.trim()) ? "" : ` ${doing.trim()}`;
  return `${ask.slice(0, found.index)}when did ${subject} first start${what}${end || "?"}`;
}

/** "between May and August", "from July to now": the two times an ask compares. */
const BETWEEN_TIMES = new RegExp(
  `\\s*,?\\b(?:between|from)\\s+(${MONTH_NAME})\\s+(?:and|to|until|till)\\s+(${MONTH_NAME}|now|today)\\b,?`,
  "i",
);
/** "how long did the July meeting last vs the August one?": the second time after the ask with the first. */
const VERSUS_TIME = new RegExp(
  `^(.*?\\b(${MONTH_NAME})\\b.*?)\\s*,?\\s+(?:vs\\.?|versus|compared (?:to|with))\\s+(?:the\\s+|in\\s+)?(${MONTH_NAME})(?:\\s+(?:one|ones|meeting|talks|round))?\\s*([?!.]*)$`,
  "i",
);

/** "…, the July one and the August one?", "… in July and in August?": two times the ask is asked of, at its end. */
const BOTH_TIMES = new RegExp(
  `^(.*?\\S)\\s*,?\\s+(?:both\\s+)?(?:the|in)\\s+(${MONTH_NAME})(?:\\s+(?:one|meeting|talks|round))?\\s+and\\s+(?:the|in)\\s+(${MONTH_NAME})(?:\\s+(?:one|meeting|talks|round))?\\s*([?!.]*)$`,
  "i",
);

/** A text with words cut out, closed up: no space before punctuation, one between words. */
function closedUp(text: string): string {
  return text
    .replace(/\s+([?!.,])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * "What changed between May and August …?", "how long did the July meeting last vs the August one?": the
 * ask as asked of each time, the earlier time first, or null when the ask compares no two times. Each is
 * answered on its own; the newer answer answers and the older is shown apart as earlier, never merged.
 */
export function comparedAsks(ask: string): [string, string] | null {
  const between = BETWEEN_TIMES.exec(ask);
  if (between?.[1] && between[2]) {
    const rest = closedUp(`${ask.slice(0, between.index)} ${ask.slice(between.index + between[0].length)}`);
    const second = /^(now|today)$/i.test(between[2]) ? between[2] : `in ${between[2]}`;
    return [withTime(rest, `in ${between[1]}`), withTime(rest, second)];
  }
  const both = BOTH_TIMES.exec(ask.trim());
  if (both?.[1] && both[2] && both[3]) {
    const [, rest, first, second, end = ""] = both;
    return [withTime(`${rest}${end}`, `in ${first}`), withTime(`${rest}${end}`, `in ${second}`)];
  }
  const versus = VERSUS_TIME.exec(ask.trim());
  if (versus?.[1] && versus[2] && versus[3]) {
    const [, first, month, other, end = ""] = versus;
    const at = first.toLowerCase().lastIndexOf(month.toLowerCase());
    const second = `${first.slice(0, at)}${other}${first.slice(at + month.length)}`;
    return [`${first}${end}`, `${second}${end}`];
  }
  return null;
}

/**
 * "In the newest report", "as of the most recent reports", "according to the latest coverage": which report is
 * asked about, not what. Its words ("report") would rank facts about reports; its time stays the ask's.
 */
const REPORT_FRAME =
  /\s*,?\s*\b(?:in|as of|according to|per|from)\s+(?:the\s+)?(?:newest|latest|most recent|last|current|freshest)\s+(?:reports?|reporting|articles?|news|coverage|updates?)\b\s*,?/i;

/** "now", "currently", "these days": when the ask is about, which says nothing of what it is about. */
const NOW_WORDS =
  /\s*,?\s*\b(?:right now|as of (?:now|today)|now|currently|nowadays|these days|at present|at the moment)\b\s*,?/gi;

/**
 * The ask without the words that only say "the latest": a report frame ("how long did they talk for in the
 * newest report?" → "… talk for?") and "now", "currently" (a fact saying "Syria is now run by …" is not the
 * newer for it). The time stays the ask's (`timeIntentOf` read it first).
 */
export function withoutReportFrame(ask: string): string {
  const found = REPORT_FRAME.exec(ask);
  const rest = found ? `${ask.slice(0, found.index)} ${ask.slice(found.index + found[0].length)}` : ask;
  const bare = closedUp(rest.replace(NOW_WORDS, " "));
  // Nothing left but punctuation: the ask was its time words; keep it as it was.
  return /\p{L}/u.test(bare) ? bare : ask;
}

/**
 * "earliest", "initially", "at the very start": when the ask is about, as "now" is for the latest. Not "first",
 * which is also what a fact says ("the first ministerial meeting", "for the first time").
 */
const EARLIEST_WORDS =
  /\s*,?\s*\b(?:earliest|initially|originally|at first|(?:at|from) the (?:very )?(?:start|beginning|outset)|in the (?:very )?beginning|to begin with|early on|in the early days)\b\s*,?/gi;

/**
 * The ask without the words that only say "the earliest" ("where were the earliest meetings held?" → "where
 * were the meetings held?"): a base that does not use the word would weigh it as one the sources lack. The
 * time stays the ask's (`timeIntentOf` read it first).
 */
export function withoutEarliestWords(ask: string): string {
  const bare = closedUp(ask.replace(EARLIEST_WORDS, " "));
  return /\p{L}/u.test(bare) ? bare : ask;
}

/**
 * The ask without the "before …" landmark its time intent read ("which day did Israel hit Damascus before the
 * July talks?" → "which day did Israel hit Damascus?"): the landmark says when, not what is asked about.
 */
export function withoutLandmark(ask: string): string {
  const direction = landmarkOf(ask)?.direction;
  if (direction === undefined) return ask;
  const found = (direction === "after" ? AFTER_LANDMARK : BEFORE_LANDMARK).exec(ask);
  if (!found?.[1]) return ask;
  const start = found.index;
  const end = start + found[0].indexOf(found[1]) + found[1].length;
  const rest = `${ask.slice(0, start).replace(/[\s,]+$/, "")} ${ask.slice(end).replace(/^\s*,/, "")}`;
  return rest
    .replace(/\s+([?!.])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Words that say nothing of what is asked about, beside a time word: the question word and auxiliary, an
 * article, "one" or "figure" standing for what was asked before, and "take place" / "happen".
 */
const ONLY_WHEN_FILLER = new RegExp(
  `\\b(?:who|whom|whose|what|which|when|where|how|why|${alternation(TENSE_AUXILIARIES)}|the|a|an|and|but|so|then|about|as of|at|in|on|one|ones|figure|figures|number|count|tally|total|version|update|take place|took place|taking place|happen|happened|happening)\\b`,
  "gi",
);

/**
 * "…, and what's the newest figure?", "…, and where did the latest one take place?": an ask that says only
 * when, and so asks again what the ask before it asked, at its own time.
 */
export function asksOnlyWhen(clause: string): boolean {
  const intent = timeIntentOf(clause);
  if (intent === null || intent.kind === "before") return false;
  const rest = clause
    .replace(/['’]s\b/g, " ")
    .replace(ORDINAL_TIME_WORDS, " ")
    .replace(MONTH_NAMES_IN_TEXT, " ")
    .replace(
      /\b(?:now|currently|these days|today|so far|yet|still|any ?more|at first|originally|initially)\b/gi,
      " ",
    )
    .replace(ONLY_WHEN_FILLER, " ");
  return !/\p{L}/u.test(rest);
}

/**
 * What an ask asked about, for an ask that says only when: its words less its time words ("what death toll
 * was first reported for the fighting" → "what death toll was reported for the fighting").
 */
export function withoutTimesOf(ask: string): string {
  return closedUp(
    ask
      .replace(ORDINAL_TIME_WORDS, " ")
      .replace(new RegExp(`\\b(?:in|on|during|of|from|back in)\\s+(?:${MONTH_NAME})\\b`, "gi"), " ")
      .replace(/\b(?:now|currently|these days|today|so far|at first|originally|initially)\b/gi, " "),
  );
}

/** "first", "latest", "most recent": words that only say which of several, when a landmark is dated. */
const ORDINAL_TIME_WORDS =
  /\b(?:first|earliest|initial|original|opening|latest|newest|last|most recent|recent|previous|next)\b\s*/gi;

/**
 * A landmark without the words that say which of its events ("the first Paris talks" → "the Paris talks"):
 * `timeIntentOf` reads them; as words they would rank facts saying "for the first time".
 */
export function withoutTimeWords(landmark: string): string {
  const rest = closedUp(landmark.replace(ORDINAL_TIME_WORDS, ""));
  // "the latest": nothing left but an article, so the landmark is its time word; it stays as it was.
  return /\p{L}/u.test(rest.replace(/\b(?:the|a|an)\b/gi, "")) ? rest : landmark;
}

/**
 * The part of an ask that says what is asked, without a "when …" clause that only dates it: "who led
 * Syria's side when the talks first started?" asks who, not when (the clause still gives the time).
 */
export function mainClauseOf(ask: string): string {
  return TIME_CLAUSE.exec(ask)?.[1] ?? ask;
}

interface TimedHits {
  hits: Hit[];
  /** Older facts that answered the same thing, newest first: shown as what was reported earlier. */
  earlier: Fact[];
}

/** What the engine knows of the ask beyond its ranked hits. */
export interface TimeContext {
  /**
   * Whether a fact answers the ask as asked: it supports every name and attribute asked and answers the
   * kind of question. Only such a fact may answer in another's place for its time: a newer report that
   * does not hold what was asked never displaces one that does.
   */
  answers(fact: Fact): boolean;
  /** "Who leads Syria's side …?": the side named, when the ask is about one side's lead. */
  side?: string | undefined;
  /**
   * When the ask is about who leads: the facts on the lead (of `side`, or of every side). A time word
   * then chooses among them, even one whose wording ranked it out of the hits.
   */
  leads?: readonly Fact[];
  /**
   * The ask asks when something happened: with no time word, a newer report tells of another event, not
   * of a change to the same one, so it does not displace the best.
   */
  asksDate?: boolean;
}

/** Orders sortable dates (YYYY-MM-DD …); an unknown date sorts first. */
function compareDates(a: string | null, b: string | null): number {
  return (a ?? "").localeCompare(b ?? "");
}

export class Chronology {
  private readonly reportedOf = new Map<string, string | null>();
  /** The names (name and aliases) of each entity that is a person. */
  private readonly people: ReadonlyMap<string, readonly string[]>;

  constructor(kb: Pick<KnowledgeBase, "articles"> & Partial<Pick<KnowledgeBase, "entities">>) {
    for (const article of kb.articles) this.reportedOf.set(article.id, articleDate(article));
    this.people = new Map(
      (kb.entities ?? [])
        .filter((e) => e.kind === "person")
        .map((e) => [e.id, [e.name, ...e.aliases].map((n) => n.toLowerCase())]),
    );
  }

  /**
   * The person a fact is first of all about: of its people, the one its statement names first ("… was led
   * by Foreign Minister Asaad al-Shaibani, accompanied by … Hussein Salameh" → al-Shaibani; "Brandt chairs
   * the council since Keller stepped down" → Brandt). Null when its statement names none of its people.
   */
  private leadPerson(fact: Fact): string | null {
    const statement = fact.statement.toLowerCase();
    let found: string | null = null;
    let at = Number.POSITIVE_INFINITY;
    for (const id of fact.entities) {
      for (const name of this.people.get(id) ?? []) {
        const index = statement.indexOf(name);
        if (index >= 0 && index < at) [found, at] = [id, index];
      }
    }
    return found;
  }

  /**
   * Whether an older fact only repeats what a newer one says of a side's lead: both are first of all about
   * the same person (al-Shaibani led Syria's side in July, and again in August). Shown as "Earlier", it
   * would read as a change that did not happen. A fact naming no one (Israel's participants "not named") is
   * never a repeat.
   */
  repeats(older: Fact, newer: Fact): boolean {
    const person = this.leadPerson(older);
    return person !== null && person === this.leadPerson(newer);
  }

  /**
   * Whether the base holds reports of more than one date: only then does "now" choose among them. In a base
   * of one report, "now" is a word of the ask like any other ("what does Syria have now" ~ "Syria is now …").
   */
  get severalReports(): boolean {
    return new Set(this.reportedOf.values()).size > 1;
  }

  /** When the fact was reported: its article's date. */
  reported(fact: Fact): string | null {
    return this.reportedOf.get(fact.articleId) ?? null;
  }

  /** When what it tells happened, if dated; else when it was reported. */
  happened(fact: Fact): string | null {
    return fact.timeline?.sort ?? fact.happened ?? this.reported(fact);
  }

  /**
   * Whether what the fact tells happened on the date or after it: "what did Barrack post after the July
   * meeting?" is answered by his post "that night", the meeting's own day.
   */
  happenedFrom(fact: Fact, date: string): boolean {
    return compareDates(this.happened(fact), date) >= 0;
  }

  /** Whether the two facts come from reports of different dates (so one may supersede the other). */
  differInReport(a: Fact, b: Fact): boolean {
    return (this.reported(a) ?? "") !== (this.reported(b) ?? "");
  }

  /** Whether `a` is newer than `b` for "now": a later report, or within one report a later event. */
  isNewer(a: Fact, b: Fact): boolean {
    const byReport = compareDates(this.reported(a), this.reported(b));
    return byReport > 0 || (byReport === 0 && compareDates(this.happened(a), this.happened(b)) > 0);
  }

  /**
   * Whether `a` is earlier than `b` for "first": an earlier event, or the same day reported earlier. For
   * "the first reports", an earlier report.
   */
  private isEarlier(a: Fact, b: Fact, ofReports: boolean): boolean {
    if (ofReports) return compareDates(this.reported(a), this.reported(b)) < 0;
    const byEvent = compareDates(this.happened(a), this.happened(b));
    return byEvent < 0 || (byEvent === 0 && compareDates(this.reported(a), this.reported(b)) < 0);
  }

  /** Whether the fact happened or was reported in the month asked. */
  private fitsPeriod(fact: Fact, intent: { month: string; year: string | null }): boolean {
    return [this.happened(fact), this.reported(fact)].some((d) => {
      if (!d) return false;
      const [year, month] = d.split("-");
      return month === intent.month && (intent.year === null || intent.year === year);
    });
  }

  /**
   * When the landmark of "… before the July talks" happened, from the hits of the landmark's own words: among
   * those close to the best, the events (facts with a timeline entry; none, no date), chosen for the
   * landmark's own time word ("the July talks" → the best of July, "the latest talks" → the newest) and else
   * the earliest: "before the Paris talks" is before they began.
   */
  landmarkDate(hits: readonly Hit[], intent: TimeIntent | null): string | null {
    const best = hits[0];
    if (!best) return null;
    // Only events: a landmark that names no dated event ("before Dalati", "before the current government")
    // is no time.
    const events = hits.filter((h) => h.score >= best.score * LANDMARK_RATIO && h.fact.timeline);
    const dates = (list: readonly Hit[]) =>
      list.flatMap((h) => this.happened(h.fact) ?? []).sort(compareDates);
    switch (intent?.kind) {
      case "period": {
        const inPeriod = events.find((h) => this.fitsPeriod(h.fact, intent));
        return inPeriod ? this.happened(inPeriod.fact) : (dates(events)[0] ?? null);
      }
      case "latest":
        return dates(events).at(-1) ?? null;
      default:
        return dates(events)[0] ?? null;
    }
  }

  /** The newest of the facts (what "now" asks for). */
  newest(facts: readonly Fact[]): Fact | undefined {
    let found: Fact | undefined;
    for (const fact of facts) if (!found || this.isNewer(fact, found)) found = fact;
    return found;
  }

  /**
   * Reorders ranked hits for the question's time. Only a hit scoring close to the best that answers the ask
   * as asked (`context.answers`) may answer instead of it; it takes the best's score. The best hit it
   * displaced, when older, is returned as earlier. `question` is the ask's own wording ("first reports").
   */
  apply(hits: readonly Hit[], intent: TimeIntent | null, context: TimeContext, question = ""): TimedHits {
    const best = hits[0];
    if (!best) return { hits: [...hits], earlier: [] };
    const { side, leads = [] } = context;
    const asksLead = leads.length > 0;
    if (asksLead && side === undefined && intent !== null)
      return this.applyEachSide(hits, intent, context, question);
    const ratio = side !== undefined ? SIDE_TIME_RATIO : intent ? TIME_RATIO : NEWER_REPORT_RATIO;
    // A lead question with a time word chooses among the facts on the lead (of the side named, if any).
    const onLead = (fact: Fact) =>
      side !== undefined ? fact.side === side : !asksLead || intent === null || fact.side !== undefined;
    const pool = hits.filter((h) => h.score >= best.score * ratio && onLead(h.fact));
    // "Who led Syria's side at first / leads it now?": every fact on that side's lead may answer, even one
    // whose wording ranked it out of the hits (it joins after them, so among equal dates the hits win).
    if (asksLead && intent !== null && intent.kind !== "period") {
      for (const fact of leads) {
        if (onLead(fact) && !hits.some((h) => h.fact === fact)) {
          pool.push({ fact, coverage: 0, questionMatch: 0, score: 0 });
        }
      }
    }
    const candidates = pool.filter((h) => context.answers(h.fact));
    const chosen =
      intent === null && context.asksDate === true
        ? undefined
        : this.choose(best, candidates, intent, question);
    const answer = chosen ?? best;
    const rest = hits.filter((h) => h !== answer && h !== best && this.joins(h, answer, intent));
    const showsEarlier = intent === null || intent.kind === "latest";
    // "Who leads Syria's side (now)?": each older report's lead that names someone else, newest first, shown
    // apart as earlier.
    const earlier: Fact[] = [];
    const since = this.reported(answer.fact);
    if (showsEarlier && side !== undefined) {
      const dates = new Set<string>();
      const byDate = [...candidates].sort((a, b) =>
        compareDates(this.reported(b.fact), this.reported(a.fact)),
      );
      for (const candidate of byDate) {
        const date = this.reported(candidate.fact) ?? "";
        if (compareDates(date, since) >= 0 || dates.has(date)) continue;
        // Only a change of lead is shown: a report that names the same people as a newer one shown is not.
        if ([answer.fact, ...earlier].some((shown) => this.repeats(candidate.fact, shown))) continue;
        dates.add(date);
        earlier.push(candidate.fact);
        if (earlier.length >= MAX_EARLIER) break;
      }
    } else if (
      showsEarlier &&
      answer !== best &&
      context.answers(best.fact) &&
      compareDates(this.reported(best.fact), since) < 0
    ) {
      // The displaced best is shown apart as earlier (or, for "first"/"in May"/"before", dropped), when it
      // answers what was asked: an older fact that does not ("how long …?" of one giving no duration) is no
      // earlier answer, only a better-worded miss.
      earlier.push(best.fact);
    }
    if (answer === best) return { hits: [best, ...rest], earlier };
    return { hits: [{ ...answer, score: best.score }, ...rest], earlier };
  }

  /**
   * "Who led the talks at first / in May?" names no side: each side's lead is chosen for the time asked,
   * as if the side were named, and they answer together, the best hit's side first. Earlier reports of each
   * side's lead are shown apart (one per side).
   */
  private applyEachSide(
    hits: readonly Hit[],
    intent: TimeIntent,
    context: TimeContext,
    question: string,
  ): TimedHits {
    const best = hits[0] as Hit;
    const sides = [...new Set(context.leads?.flatMap((f) => (f.side === undefined ? [] : [f.side])))];
    const bestSide = best.fact.side;
    if (bestSide !== undefined && sides.includes(bestSide))
      sides.sort((a, b) => +(b === bestSide) - +(a === bestSide));
    const chosen: Hit[] = [];
    const earlier: Fact[] = [];
    for (const side of sides) {
      const timed = this.apply(hits, intent, { ...context, side }, question);
      const answer = timed.hits[0];
      if (answer?.fact.side !== side) continue;
      // "In July": a side with no lead of July is left out, not answered with another month's.
      if (intent.kind === "period" && !this.fitsPeriod(answer.fact, intent)) continue;
      chosen.push({ ...answer, score: best.score });
      const older = timed.earlier[0];
      if (older) earlier.push(older);
    }
    // No side's lead fits: the time is chosen as for any other question.
    if (chosen.length === 0) return this.apply(hits, intent, { ...context, leads: [] }, question);
    const first = chosen[0] as Hit;
    const rest = hits.filter(
      (h) =>
        h.fact.side === undefined && !chosen.some((c) => c.fact === h.fact) && this.joins(h, first, intent),
    );
    return { hits: [...chosen, ...rest], earlier };
  }

  /** The hit whose time fits the question better than the best's, if any (candidates are in rank order). */
  private choose(
    best: Hit,
    candidates: readonly Hit[],
    intent: TimeIntent | null,
    question: string,
  ): Hit | undefined {
    let chosen: Hit | undefined;
    switch (intent?.kind) {
      case undefined:
        // No time word: only a newer report of the same thing (another article, the same side) displaces it.
        for (const hit of candidates) {
          const newer = compareDates(this.reported(hit.fact), this.reported((chosen ?? best).fact)) > 0;
          if (newer && hit.fact.side === best.fact.side) chosen = hit;
        }
        return chosen;
      case "latest":
        // The best, when it does not answer as asked, is no yardstick: the newest that does answers.
        for (const hit of candidates) if (!chosen || this.isNewer(hit.fact, chosen.fact)) chosen = hit;
        return chosen?.fact === best.fact ? undefined : chosen;
      case "earliest": {
        const ofReports = OF_REPORTS.test(question);
        for (const hit of candidates) {
          if (!chosen || this.isEarlier(hit.fact, chosen.fact, ofReports)) chosen = hit;
        }
        return chosen?.fact === best.fact ? undefined : chosen;
      }
      case "before": {
        // Before the landmark the question names, else the event it is about (the best hit's): the latest
        // of the earlier ones.
        const reference = intent.date ?? this.happened(best.fact);
        if (intent.date !== undefined && intent.last !== true)
          return candidates.find((hit) => compareDates(this.happened(hit.fact), reference) < 0);
        for (const hit of candidates) {
          const when = this.happened(hit.fact);
          if (compareDates(when, reference) >= 0) continue;
          if (!chosen || compareDates(when, this.happened(chosen.fact)) > 0) chosen = hit;
        }
        return chosen;
      }
      case "after": {
        // From after the landmark: the best that answers, or with "next" the earliest of them.
        // Strictly after it first: a side's lead at the landmark's own talks is the landmark's, not after it;
        // else its own day ("that night").
        const later = candidates.filter((hit) => compareDates(this.happened(hit.fact), intent.date) > 0);
        const after =
          later.length > 0 ? later : candidates.filter((hit) => this.happenedFrom(hit.fact, intent.date));
        if (intent.next !== true) return after[0];
        for (const hit of after) {
          if (!chosen || compareDates(this.happened(hit.fact), this.happened(chosen.fact)) < 0) chosen = hit;
        }
        return chosen;
      }
      case "period":
        if (candidates.some((h) => h.fact === best.fact) && this.fitsPeriod(best.fact, intent))
          return undefined;
        return candidates.find((h) => this.fitsPeriod(h.fact, intent));
    }
  }

  /**
   * Whether a hit may join the answer beside it. Another report's fact on the same side (or on none) does
   * not: that would merge two times into one statement; facts about other sides may (a "who leads" answer
   * gives each side). For "first" only the answer's own report joins, for "in May" only facts of May, and
   * for "before" only facts from before the answer's.
   */
  private joins(hit: Hit, answer: Hit, intent: TimeIntent | null): boolean {
    const sameReport = this.reported(hit.fact) === this.reported(answer.fact);
    switch (intent?.kind) {
      case "earliest":
        return sameReport;
      case "period":
        if (this.fitsPeriod(answer.fact, intent)) return this.fitsPeriod(hit.fact, intent);
        return sameReport || (hit.fact.side !== undefined && hit.fact.side !== answer.fact.side);
      case "before":
        return sameReport && compareDates(this.happened(hit.fact), this.happened(answer.fact)) <= 0;
      case "after":
        return sameReport && compareDates(this.happened(hit.fact), this.happened(answer.fact)) >= 0;
      default:
        return sameReport || (hit.fact.side !== undefined && hit.fact.side !== answer.fact.side);
    }
  }
}

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
