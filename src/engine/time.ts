// Time-aware answers. Every fact knows when it was reported (its article's date) and, when the article
// dates it, when it happened. A question asking for "now", "currently", "latest", "still" is answered by
// the most recent of the facts that answer it about as well; "first", "originally", "in May" by the
// matching time. When facts reported at different dates answer the same thing, the newer one answers
// and the older one is shown apart as what was reported earlier — never merged into one statement.
// Pure: the engine hands in its ranked hits and gets them back reordered, with the earlier facts.
import { formatSortable } from "../knowledge/dates.js";
import { articleDate, type Fact, type KnowledgeBase } from "../knowledge/types.js";
import { citationsOf, uncited } from "./compose.js";
import type { Hit } from "./search.js";
import type { AnswerPart } from "./types.js";

type TimeIntent =
  | { kind: "latest" }
  | { kind: "earliest" }
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
/** At most this many earlier reports are shown after an answer. */
const MAX_EARLIER = 2;
/** "When was it reported?" asks for the report's date, not the event's. */
const ASKS_REPORT_DATE =
  /\b(when|what date|what day)\b.*\b(report|announc|reveal|disclos|confirm|acknowledg)\w*/i;

const LATEST =
  /\b(now|currently|current|latest|still|these days|nowadays|most recent(ly)?|recently|today|any ?more|yet|at present|so far|newest|last (time|round|meeting|talks?|met|meet\w*|talk\w*|spoke)|(talk|met|meet)\w* last)\b/i;
const EARLIEST =
  /\b(first|originally|original|initially|at first|in the beginning|earliest|back in|began)\b/i;
/** "…how long did the meeting last?": the verb at the end of a "how long" question. */
const LAST_AS_VERB = /(?<=\bhow long\b.*)\blast\W*$/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD =
  /\b(?:in|on|during|of|from|back in|the)\s+(?:(\d{1,2})\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+(\d{1,2}))?(?:,?\s+(\d{4}))?\b/i;

/** What a question asks of time, if anything. */
export function timeIntentOf(question: string): TimeIntent | null {
  const month = MONTH_WORD.exec(question);
  if (month?.[2]) {
    const index = MONTHS.indexOf(month[2].slice(0, 3).toLowerCase());
    if (index >= 0)
      return { kind: "period", month: String(index + 1).padStart(2, "0"), year: month[4] ?? null };
  }
  if (EARLIEST.test(question)) return { kind: "earliest" };
  // "How long did the meeting last?": "last" is the verb, not "the last meeting".
  if (LATEST.test(question.replace(LAST_AS_VERB, ""))) return { kind: "latest" };
  return null;
}

interface TimedHits {
  hits: Hit[];
  /** Older facts that answered the same thing, newest first: shown as what was reported earlier. */
  earlier: Fact[];
}

/** Orders sortable dates (YYYY-MM-DD …); an unknown date sorts first. */
function compareDates(a: string | null, b: string | null): number {
  return (a ?? "").localeCompare(b ?? "");
}

export class Chronology {
  private readonly reportedOf = new Map<string, string | null>();

  constructor(kb: Pick<KnowledgeBase, "articles">) {
    for (const article of kb.articles) this.reportedOf.set(article.id, articleDate(article));
  }

  /** When the fact was reported: its article's date. */
  reported(fact: Fact): string | null {
    return this.reportedOf.get(fact.articleId) ?? null;
  }

  /** When what it tells happened, if dated; else when it was reported. */
  happened(fact: Fact): string | null {
    return fact.timeline?.sort ?? fact.happened ?? this.reported(fact);
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

  /** The newest of the facts (what "now" asks for). */
  newest(facts: readonly Fact[]): Fact | undefined {
    let found: Fact | undefined;
    for (const fact of facts) if (!found || this.isNewer(fact, found)) found = fact;
    return found;
  }

  /**
   * Reorders ranked hits for the question's time. The hit that answers takes the best score (it was
   * chosen among hits scoring close to it); the best hit it displaced, when older, is returned as earlier.
   * `sameSide`, when set, limits the candidates to facts about that side ("who leads Syria's side now?").
   */
  apply(
    hits: readonly Hit[],
    intent: TimeIntent | null,
    sameSide?: string,
    sideFacts: readonly Fact[] = [],
  ): TimedHits {
    const best = hits[0];
    if (!best) return { hits: [...hits], earlier: [] };
    const ratio = sameSide !== undefined ? SIDE_TIME_RATIO : intent ? TIME_RATIO : NEWER_REPORT_RATIO;
    const candidates = hits.filter(
      (h) => h.score >= best.score * ratio && (sameSide === undefined || h.fact.side === sameSide),
    );
    // "Who led Syria's side at first / leads it now?": every fact on that side's lead may answer, even one
    // whose wording ranked it out of the hits (it joins after them, so among equal dates the hits win).
    if (sameSide !== undefined && intent?.kind !== "period") {
      for (const fact of sideFacts) {
        if (fact.side === sameSide && !hits.some((h) => h.fact === fact)) {
          candidates.push({ fact, coverage: 0, questionMatch: 0, score: 0 });
        }
      }
    }
    let chosen: Hit | undefined;
    if (intent === null) {
      // No time word: only a newer report of the same thing (another article) displaces the best.
      for (const hit of candidates) {
        if (compareDates(this.reported(hit.fact), this.reported((chosen ?? best).fact)) > 0) chosen = hit;
      }
    } else if (intent.kind === "latest") {
      for (const hit of candidates) if (this.isNewer(hit.fact, (chosen ?? best).fact)) chosen = hit;
    } else if (intent.kind === "earliest") {
      for (const hit of candidates) {
        const current = chosen ?? best;
        const byReport = compareDates(this.reported(hit.fact), this.reported(current.fact));
        if (byReport < 0) chosen = hit;
      }
    } else {
      const fits = (fact: Fact) =>
        [this.happened(fact), this.reported(fact)].some((d) => {
          if (!d) return false;
          const [year, month] = d.split("-");
          return month === intent.month && (intent.year === null || intent.year === year);
        });
      if (!fits(best.fact)) chosen = candidates.find((h) => fits(h.fact));
    }
    const answer = chosen ?? best;
    const since = this.reported(answer.fact);
    // Another report's fact on the same side (or on none) does not join the answer: that would merge two
    // times into one statement. Facts about other sides stay (a "who leads" answer gives each side).
    const rest = hits.filter(
      (h) =>
        h !== answer &&
        h !== best &&
        (this.reported(h.fact) === since || (h.fact.side !== undefined && h.fact.side !== answer.fact.side)),
    );
    const showsEarlier = intent?.kind !== "earliest" && intent?.kind !== "period";
    // "Who leads Syria's side (now)?": each older report's lead, newest first, shown apart as earlier.
    const earlier: Fact[] = [];
    if (showsEarlier && sameSide !== undefined) {
      const dates = new Set<string>();
      const byDate = [...candidates].sort((a, b) =>
        compareDates(this.reported(b.fact), this.reported(a.fact)),
      );
      for (const candidate of byDate) {
        const date = this.reported(candidate.fact) ?? "";
        if (compareDates(date, since) >= 0 || dates.has(date)) continue;
        dates.add(date);
        earlier.push(candidate.fact);
        if (earlier.length >= MAX_EARLIER) break;
      }
    } else if (showsEarlier && answer !== best && compareDates(this.reported(best.fact), since) < 0) {
      // The displaced best is shown apart as earlier (or, for "first"/"in May", dropped).
      earlier.push(best.fact);
    }
    if (answer === best) return { hits: [best, ...rest], earlier };
    return { hits: [{ ...answer, score: best.score }, ...rest], earlier };
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
