// Time-aware answers. Every fact knows when it was reported (its article's date) and, when the article
// dates it, when it happened. A question asking for "now", "currently", "latest", "still" is answered by
// the most recent of the facts that answer it about as well; "first", "originally", "in May" by the
// matching time. When facts reported at different dates answer the same thing, the newer one answers
// and the older one is shown apart as what was reported earlier — never merged into one statement.
// Pure: the engine hands in its ranked hits and gets them back reordered, with the earlier facts.
import { compareSortable, isDaySortable } from "../knowledge/dates.js";
import { articleDate, type Fact, type KnowledgeBase } from "../knowledge/types.js";
import type { Hit } from "./search.js";
import type { TimeIntent } from "./time-intent.js";

/** The day a fact tells of, when it is dated to its day (its own date, never its report's). */
export function eventDayOf(fact: Fact): string | undefined {
  const day = fact.timeline?.sort ?? fact.happened;
  return isDaySortable(day) ? day : undefined;
}

/**
 * The order of two events' dates, where a date of a coarser period that holds the other ("2025-07" and
 * "2025-07-13") orders neither first: a toll reported for July did not come before the fighting of 13 July,
 * so "when did the fighting FIRST start?" keeps the fact that dates its start to the day.
 */
export function compareEvents(a: string | null, b: string | null): number {
  if (a && b && (a.startsWith(b) || b.startsWith(a))) return 0;
  return compareSortable(a, b);
}

/**
 * A hit this close to the best may answer instead of it when its time fits the question better. Tuned on
 * tests/fixtures/fixtures-questions.jsonl and followups-tune-questions.jsonl.
 */
const TIME_RATIO = 0.6;
/** With no time word, a newer report of the same thing answers if it scores this close to the best. */
const NEWER_REPORT_RATIO = 0.9;
/**
 * "Who leads Freedonia's side now / at first?": every fact about that side's lead is a candidate, as long as
 * it scores this share of the best (the side's facts answer that question, whatever their wording).
 */
const SIDE_TIME_RATIO = 0.5;
/** A landmark's hits this close to its best name it too ("the Lisbon talks": July's meeting and August's). */
const LANDMARK_RATIO = 0.8;
/** At most this many earlier reports are shown after an answer. */
const MAX_EARLIER = 2;
/**
 * Years before the base's first report that still belong to the story: an event older than that (a 1991 war,
 * talks of 2000) is background the articles recall, not the story's "first" anything.
 */
const STORY_LEAD_IN_YEARS = 1;

/** "Were they named in the first reports?": "first" of the reports, not of the events. */
const OF_REPORTS = /\b(report(s|ed|ing)?|news|coverage|announc\w*)\b/i;

/**
 * A fact that tells its event as the first of its kind ("the Herald has, FOR THE FIRST TIME, publicly acknowledged
 * the talks"): it answers an ask of who or when someone first did something (`FIRST_DOING`) itself, and an
 * earlier event of another kind is no earlier one.
 */
const FIRST_OF_ITS_KIND = /\bfor the (?:very )?first time\b/i;
/**
 * "First" of a doing, as that fact tells it: "when did X FIRST admit …", "the first TO confirm", "owned up FOR THE
 * FIRST TIME". Not "the (very) first meetings", the first of things, which the earliest event answers (the
 * fact's "first" is of its own verb, "acknowledged", not of the meetings).
 */
const FIRST_DOING =
  /\bfor the (?:very )?first time\b|\bthe (?:very )?first(?:\s+[\p{L}-]+)?\s+to\s+\p{L}|(?<!\b(?:the|their|its|his|her|our|a|very)\s+)\bfirst\b(?!\s+time\b)/iu;

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
  /** "Who leads Freedonia's side …?": the side named, when the ask is about one side's lead. */
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
  /**
   * The ask asks where something happened: "where was the latest meeting?" orders a report's events as a
   * date ask does (the report's latest meeting is the one of its last day, not the one it tells best).
   */
  asksPlace?: boolean;
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
   * by Foreign Minister Jan Marek, accompanied by … Eva Holm" → Marek; "Brandt chairs
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
   * the same person (Marek led Freedonia's side in July, and again in August). Shown as "Earlier", it
   * would read as a change that did not happen. A fact naming no one (Ruritania's participants "not named") is
   * never a repeat.
   */
  repeats(older: Fact, newer: Fact): boolean {
    const person = this.leadPerson(older);
    return person !== null && person === this.leadPerson(newer);
  }

  /**
   * When the story begins: a year before its first report. "Where were the earliest meetings held?" asks of
   * the story's first meetings, not of the oldest event an article recalls (a war decades before).
   */
  private get storyStart(): string | null {
    const first = [...this.reportedOf.values()]
      .filter((d): d is string => d !== null)
      .sort(compareSortable)[0];
    if (!first) return null;
    return `${Number(first.slice(0, 4)) - STORY_LEAD_IN_YEARS}${first.slice(4)}`;
  }

  /** Whether what the fact tells is background from before the story began (see `storyStart`). */
  isBackground(fact: Fact): boolean {
    const start = this.storyStart;
    const when = this.happened(fact);
    return start !== null && when !== null && compareSortable(when, start) < 0;
  }

  /**
   * Whether the base holds reports of more than one date: only then does "now" choose among them. In a base
   * of one report, "now" is a word of the ask like any other ("what does Freedonia have now" ~ "Freedonia is now …").
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
   * Whether what the fact tells happened on the date or after it: "what did Baker post after the July
   * meeting?" is answered by his post "that night", the meeting's own day.
   */
  happenedFrom(fact: Fact, date: string): boolean {
    return compareSortable(this.happened(fact), date) >= 0;
  }

  /**
   * Whether what the fact tells is known to come before the date: dated before it (a month holds its days:
   * "August" is not before 19 August), or undated and reported before it (what a report tells happened by
   * the report's day).
   */
  happenedBefore(fact: Fact, date: string): boolean {
    return compareEvents(this.happened(fact), date) < 0;
  }

  /** Whether the two facts come from reports of different dates (so one may supersede the other). */
  differInReport(a: Fact, b: Fact): boolean {
    return (this.reported(a) ?? "") !== (this.reported(b) ?? "");
  }

  /** Whether `a` comes from a later report than `b`. */
  private isNewerReport(a: Fact, b: Fact): boolean {
    return compareSortable(this.reported(a), this.reported(b)) > 0;
  }

  /** Whether `a` is newer than `b` for "now": a later report, or within one report a later event. */
  isNewer(a: Fact, b: Fact): boolean {
    const byReport = compareSortable(this.reported(a), this.reported(b));
    return byReport > 0 || (byReport === 0 && this.compareHappened(a, b) > 0);
  }

  /**
   * The order of what two facts tell: by `compareEvents` when the sources date both (a month holds its days),
   * else by `happened` (an undated fact at its report's date, which is no event of that month).
   */
  private compareHappened(a: Fact, b: Fact): number {
    const dated = (fact: Fact) => (fact.timeline?.sort ?? fact.happened) !== undefined;
    const [x, y] = [this.happened(a), this.happened(b)];
    return dated(a) && dated(b) ? compareEvents(x, y) : compareSortable(x, y);
  }

  /**
   * Whether `a` is earlier than `b` for "first": an earlier event, or the same day reported earlier. For
   * "the first reports", an earlier report.
   */
  private isEarlier(a: Fact, b: Fact, ofReports: boolean): boolean {
    if (ofReports) return compareSortable(this.reported(a), this.reported(b)) < 0;
    const byEvent = this.compareHappened(a, b);
    return byEvent < 0 || (byEvent === 0 && compareSortable(this.reported(a), this.reported(b)) < 0);
  }

  /** Whether the fact happened or was reported in the month asked. */
  fitsPeriod(fact: Fact, intent: { month: string; year: string | null }): boolean {
    return [this.happened(fact), this.reported(fact)].some((d) => {
      if (!d) return false;
      const [year, month] = d.split("-");
      return month === intent.month && (intent.year === null || intent.year === year);
    });
  }

  /**
   * Whether the fact happened on the day asked ("on 12 August"): its own date, to the day (an undated fact,
   * "analysts say", did not happen on the day it was reported).
   */
  private fitsDay(fact: Fact, intent: { month: string; year: string | null; day?: string }): boolean {
    const when = eventDayOf(fact);
    if (intent.day === undefined || when === undefined) return false;
    const [year, month, day] = when.split("-");
    return month === intent.month && day === intent.day && (intent.year === null || intent.year === year);
  }

  /**
   * When the landmark of "… before the July talks" happened, from the hits of the landmark's own words: among
   * those close to the best, the events (facts with a timeline entry; none, no date), chosen for the
   * landmark's own time word ("the July talks" → the best of July, "the latest talks" → the newest) and else
   * the earliest: "before the Lisbon talks" is before they began.
   */
  landmarkDate(hits: readonly Hit[], intent: TimeIntent | null): string | null {
    const best = hits[0];
    if (!best) return null;
    // Only events: a landmark that names no dated event ("before Novak", "before the current government")
    // is no time. An event is a fact on the timeline, or one dated to its day with `happened` (one entry an
    // event: "It was the second time they met in Lisbon" tells the day's meeting the timeline lists once).
    const isEvent = (fact: Fact) => fact.timeline !== undefined || isDaySortable(fact.happened);
    const events = hits.filter((h) => h.score >= best.score * LANDMARK_RATIO && isEvent(h.fact));
    const dates = (list: readonly Hit[]) =>
      list.flatMap((h) => this.happened(h.fact) ?? []).sort(compareSortable);
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
    // "Who led Freedonia's side at first / leads it now?": every fact on that side's lead may answer, even one
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
        : this.choose(
            best,
            candidates,
            intent,
            question,
            context.asksDate === true || context.asksPlace === true,
          );
    const answer = chosen ?? best;
    const rest = hits.filter((h) => h !== answer && h !== best && this.joins(h, answer, intent));
    const showsEarlier = intent === null || intent.kind === "latest";
    // "Who leads Freedonia's side (now)?": each older report's lead that names someone else, newest first, shown
    // apart as earlier.
    const earlier: Fact[] = [];
    const since = this.reported(answer.fact);
    if (showsEarlier && side !== undefined) {
      const dates = new Set<string>();
      const byDate = [...candidates].sort((a, b) =>
        compareSortable(this.reported(b.fact), this.reported(a.fact)),
      );
      for (const candidate of byDate) {
        const date = this.reported(candidate.fact) ?? "";
        if (compareSortable(date, since) >= 0 || dates.has(date)) continue;
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
      compareSortable(this.reported(best.fact), since) < 0
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
    /** A date or a place is asked: its event's own time orders a report's events. */
    asksEventsTime: boolean,
  ): Hit | undefined {
    let chosen: Hit | undefined;
    switch (intent?.kind) {
      case undefined:
        // No time word: only a newer report of the same thing (another article, the same side) displaces it.
        for (const hit of candidates) {
          const newer = compareSortable(this.reported(hit.fact), this.reported((chosen ?? best).fact)) > 0;
          if (newer && hit.fact.side === best.fact.side) chosen = hit;
        }
        return chosen;
      case "latest":
        // The best, when it does not answer as asked, is no yardstick: the newest report's best that does
        // answers. Within one report, what is said "now" is all current: a later event of it is no newer
        // answer than the one that answers best ("what is on the agenda now?" is not the president's remark of
        // the day after the meeting that set the agenda). An ask for a date ("when was the latest meeting?")
        // orders the report's events: its latest answers; so does an ask for a place ("where was the latest
        // round?" is the place of the report's last round, not of the round it tells best).
        for (const hit of candidates) {
          if (!chosen) chosen = hit;
          else if (
            asksEventsTime ? this.isNewer(hit.fact, chosen.fact) : this.isNewerReport(hit.fact, chosen.fact)
          )
            chosen = hit;
        }
        return chosen?.fact === best.fact ? undefined : chosen;
      case "earliest": {
        if (
          FIRST_DOING.test(question) &&
          FIRST_OF_ITS_KIND.test(best.fact.statement) &&
          candidates.includes(best)
        )
          return undefined;
        const ofReports = OF_REPORTS.test(question);
        for (const hit of candidates) {
          // Background (an event from long before the story) does not displace the best as its "first".
          if (hit.fact !== best.fact && !ofReports && this.isBackground(hit.fact)) continue;
          if (!chosen || this.isEarlier(hit.fact, chosen.fact, ofReports)) chosen = hit;
        }
        return chosen?.fact === best.fact ? undefined : chosen;
      }
      case "before": {
        // Before the landmark the question names, else the event it is about (the best hit's): the latest
        // of the earlier ones.
        const reference = intent.date ?? this.happened(best.fact);
        if (intent.date !== undefined && intent.last !== true)
          return candidates.find((hit) => compareSortable(this.happened(hit.fact), reference) < 0);
        for (const hit of candidates) {
          const when = this.happened(hit.fact);
          if (compareSortable(when, reference) >= 0) continue;
          if (!chosen || compareSortable(when, this.happened(chosen.fact)) > 0) chosen = hit;
        }
        return chosen;
      }
      case "after": {
        // From after the landmark: the best that answers, or with "next" the earliest of them.
        // Strictly after it first: a side's lead at the landmark's own talks is the landmark's, not after it;
        // else its own day ("that night").
        const later = candidates.filter((hit) => compareSortable(this.happened(hit.fact), intent.date) > 0);
        const after =
          later.length > 0 ? later : candidates.filter((hit) => this.happenedFrom(hit.fact, intent.date));
        if (intent.next !== true) return after[0];
        for (const hit of after) {
          if (!chosen || compareSortable(this.happened(hit.fact), this.happened(chosen.fact)) < 0)
            chosen = hit;
        }
        return chosen;
      }
      case "period": {
        // "What happened on 12 August?": a fact of that day before the rest of the month's.
        const bestAnswers = candidates.some((h) => h.fact === best.fact);
        if (bestAnswers && this.fitsDay(best.fact, intent)) return undefined;
        const onDay = candidates.find((h) => this.fitsDay(h.fact, intent));
        if (onDay) return onDay;
        if (bestAnswers && this.fitsPeriod(best.fact, intent)) return undefined;
        return candidates.find((h) => this.fitsPeriod(h.fact, intent));
      }
    }
  }

  /**
   * Whether a hit may join the answer beside it. Another report's fact on the same side (or on none) does
   * not: that would merge two times into one statement; facts about other sides may (a "who leads" answer
   * gives each side). For "first" only the answer's own report joins, for "in May" only facts of May
   * (of that day, when the ask names one and the answer is of it), for "before" only facts from before the
   * answer's, and for "now" another side's fact only from a report as new.
   */
  private joins(hit: Hit, answer: Hit, intent: TimeIntent | null): boolean {
    const sameReport = this.reported(hit.fact) === this.reported(answer.fact);
    switch (intent?.kind) {
      case "earliest":
        return sameReport;
      case "period":
        if (this.fitsDay(answer.fact, intent)) return this.fitsDay(hit.fact, intent);
        if (this.fitsPeriod(answer.fact, intent)) return this.fitsPeriod(hit.fact, intent);
        return sameReport || (hit.fact.side !== undefined && hit.fact.side !== answer.fact.side);
      case "before":
        return sameReport && compareSortable(this.happened(hit.fact), this.happened(answer.fact)) <= 0;
      case "after":
        return sameReport && compareSortable(this.happened(hit.fact), this.happened(answer.fact)) >= 0;
      case "latest":
        // "What's the latest …?": another side's fact joins only from a report as new as the answer's; an
        // older report's lead beside the newest answer would read as current.
        return (
          sameReport ||
          (hit.fact.side !== undefined &&
            hit.fact.side !== answer.fact.side &&
            !this.isNewerReport(answer.fact, hit.fact))
        );
      default:
        return sameReport || (hit.fact.side !== undefined && hit.fact.side !== answer.fact.side);
    }
  }
}
