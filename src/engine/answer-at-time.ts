import { formatSortable, MONTH_NAMES } from "../knowledge/dates.js";
import type { Fact, Side } from "../knowledge/types.js";
import type { AnalysedQuestion } from "./analysed-question.js";
import { type Attribute, askedAttributes } from "./ask-attributes.js";
import { type AskResult, attributesAsked, explainGap, quoted, refusal } from "./ask-result.js";
import type { AskSteps } from "./ask-steps.js";
import { decide } from "./decide.js";
import { isTimeWord } from "./premise.js";
import { otherSides, rankAnalysed } from "./ranking.js";
import type { Hit } from "./search.js";
import { aheadClauses, asksAsDone } from "./time-ahead.js";
import { mainClauseOf, type TimeIntent } from "./time-intent.js";
import { namesMonth } from "./time-words.js";

/** What answering an ask reads of it: its analysis, whether it asks a side's lead, and what it asks of it. */
interface AskReading {
  ask: string;
  analysed: AnalysedQuestion;
  /** The ask is about who leads ("who leads …", "who represents …"). */
  asksLead: boolean;
  /** The one side a lead question names. */
  side: Side | undefined;
  /** The attributes the ask's main clause asks for (a date, a place, a count …). */
  wanted: Set<Attribute>;
  /**
   * What of the ask a fact does not support (`SupportCheck.unsupported`), remembered for this reading: the
   * time choice and the answer's own check ask it of the same hits.
   */
  missing: (fact: Fact) => readonly string[];
}

type Decision = ReturnType<typeof decide>;

/**
 * `asserted`: the ask puts a claim to be checked ("…, right?"), so a wrong detail in it is corrected.
 * `plainOnly`: the caller uses only an answer as it stands, without a preface (answer-ask.ts `reaskAsPut`).
 */
export function answerAskAt(
  steps: AskSteps,
  ask: string,
  intent: TimeIntent | null,
  asserted: boolean,
  plainOnly = false,
): AskResult {
  // No fact supports an ask naming a party the base lacks: it is at best corrected (a preface) or refused,
  // which its terms tell before the rest of it is read.
  if (plainOnly && steps.support.namesUnheldParty(steps.analyser.termsOf(ask))) {
    return { ask, status: "no_answer", facts: [], confidence: 0, suggestions: [] };
  }
  const reading = readAsk(steps, ask, intent);
  const { hits, earlier, top } = timedHits(steps, reading, intent);
  // "Has the joint committee met yet?" when the best match tells the committee only as still to be set up
  // (planned-bodies.ts): no fact tells it at work, so no other fact's time or correction answers instead.
  if (top && reading.missing(top.fact).includes("(at-work)")) {
    return refusal(ask, [top], explainGap(reading.missing(top.fact), top.fact, steps.heldByBase));
  }
  // Only hits that could be answered or suggested are checked (decide looks at nothing lower).
  const supported = hits.filter(
    (hit) => hit.score >= steps.options.thresholds.suggest && reading.missing(hit.fact).length === 0,
  );
  const decision = decide(supported, steps.options.thresholds);
  if (decision.status === "answered") {
    return answered(steps, reading, intent, asserted, { hits: decision.hits, supported, earlier }, decision);
  }
  const best = hits[0];
  const bestDecision = decide(hits, steps.options.thresholds);
  if (best && bestDecision.status === "answered") {
    return correctionOrRefusal(steps, reading, intent, asserted, best, bestDecision.confidence);
  }
  return unanswered(steps, reading, best, bestDecision);
}

function readAsk(steps: AskSteps, ask: string, intent: TimeIntent | null): AskReading {
  const analysed = steps.analyser.analyse(ask);
  const asksLead = analysed.terms.some((t) => t.term === steps.leadTerm);
  const [side] = asksLead && analysed.sides.size === 1 ? analysed.sides : [];
  const wanted = askedAttributes(mainClauseOf(ask));
  // "When did they next meet after the July talks?": the landmark says what "next" is after; the time
  // choice finds it, so no fact need speak of what comes next.
  if (intent?.kind === "after") wanted.delete("later");
  const found = new Map<Fact, readonly string[]>();
  const missing = (fact: Fact) => {
    let unsupported = found.get(fact);
    if (unsupported === undefined) {
      unsupported = steps.support.unsupported(
        { fact, coverage: 0, questionMatch: 0, score: 0 },
        analysed,
        wanted,
      );
      found.set(fact, unsupported);
    }
    return unsupported;
  };
  return { ask, analysed, asksLead, side, wanted, missing };
}

/**
 * The ranked hits as the ask's time chooses among them, with the older facts it set apart as earlier, and the
 * best of the ranking before the time chose (`top`).
 */
function timedHits(steps: AskSteps, reading: AskReading, intent: TimeIntent | null) {
  const { ask, analysed, asksLead, side } = reading;
  // A fact may answer for its time only if it answers the ask as asked (chronology.ts: TimeContext.answers).
  // "Is the Northshire governor STILL leading?" puts a claim: a newer fact naming someone else answers it.
  const claim = analysed.kind === "yes-no";
  const answers = (fact: Fact) =>
    (analysed.kind === null || steps.kindsOf.get(fact.id)?.has(analysed.kind) === true) &&
    reading.missing(fact).every((missing) => claim && !missing.startsWith("("));
  const ranked = withEverySideFirst(
    steps,
    ask,
    analysed,
    rankAnalysed(steps.index, steps.kindsOf, analysed, 10),
    answers,
  );
  const top = ranked[0];
  if (intent?.kind === "latest") ranked.push(...newerReportHit(steps, analysed, ranked, answers));
  const timed = steps.chronology.apply(
    ranked,
    claim ? withoutDay(intent) : intent,
    {
      answers,
      side,
      leads: asksLead ? steps.leadersOf(side) : [],
      asksDate: analysed.kind === "when",
      asksPlace: analysed.kind === "where",
    },
    ask,
  );
  return { ...timed, top };
}

/**
 * A claim's day names which event it claims ("the ceasefire began on 25 July, right?", "was the meeting on 12
 * August the first?"): it is checked against the facts, not used to choose the facts of that day.
 */
function withoutDay(intent: TimeIntent | null): TimeIntent | null {
  if (intent?.kind !== "period" || intent.day === undefined) return intent;
  const { day: _day, ...month } = intent;
  return month;
}

/**
 * "Where / when did Freedonia and Ruritania meet in August?" asks of a meeting both sides took part in: when the best
 * hit states only some of the sides the ask pairs ("… met Ostland's minister in Lisbon", a meeting one side was
 * not at), a hit close to it that states every one of them (by name, or by a person of that side it names)
 * answers first, with the best's score.
 */
function withEverySideFirst(
  steps: AskSteps,
  ask: string,
  analysed: AnalysedQuestion,
  ranked: Hit[],
  answers: (fact: Fact) => boolean,
): Hit[] {
  const [best] = ranked;
  if (!best || !MEETING_KINDS.has(analysed.kind) || analysed.sides.size < 2) return ranked;
  if (!steps.support.namesMeeting(analysed) || !pairsSides(ask, (word) => sideOfWord(steps, word)))
    return ranked;
  const statesAll = (fact: Fact) => steps.support.statesSides(fact, analysed);
  if (statesAll(best.fact)) return ranked;
  const both = ranked.find(
    (h) => h.score >= best.score * EVERY_SIDE_RATIO && statesAll(h.fact) && answers(h.fact),
  );
  if (!both) return ranked;
  return [{ ...both, score: best.score }, ...ranked.filter((h) => h !== both)];
}

/** A hit this close to the best may answer first when it states every side the ask pairs and the best does not. */
const EVERY_SIDE_RATIO = 0.8;
/** What of a meeting both sides took part in an ask asks: where or when (a "which minister sat in" is no meeting). */
const MEETING_KINDS: ReadonlySet<string | null> = new Set(["where", "when"]);
/** The words that pair the sides around them: "A and B", "between A and B", "A met with B". */
const PAIRING_WORDS: ReadonlySet<string> = new Set(["and", "with", "&"]);
/** A dash pairs the two sides right beside it ("the A–B talks"), not a hyphenated name ("A's al-Rashid"). */
const DASH = /^[–—-]$/u;
/** The side a word of the ask names ("Chile's", "Chileans"), if any. */
function sideOfWord(steps: AskSteps, word: string): string | undefined {
  const term = steps.analyzer.termOf(word.replace(/['’]s$/u, ""))?.term;
  return term === undefined ? undefined : steps.sideTerms.get(term);
}

/**
 * Whether the ask pairs two sides: "A and B", "A met with B", "between A and B" (a side on each side of the
 * word), "the A–B talks" (a dash right between two); not "when did A's al-Rashid visit B?".
 */
export function pairsSides(ask: string, sideOf: (word: string) => string | undefined): boolean {
  const words = ask.toLowerCase().match(/[\p{L}\p{N}'’.]+|[–—&-]/gu) ?? [];
  const sides = words.map((word) => (PAIRING_WORDS.has(word) || DASH.test(word) ? undefined : sideOf(word)));
  return words.some((word, k) => {
    if (DASH.test(word)) {
      const [before, after] = [sides[k - 1], sides[k + 1]];
      return before !== undefined && after !== undefined && before !== after;
    }
    if (!PAIRING_WORDS.has(word)) return false;
    const after = sides.slice(k + 1);
    return sides
      .slice(0, k)
      .some((side) => side !== undefined && after.some((o) => o !== undefined && o !== side));
  });
}

/**
 * The answer from the facts decided on, unless the best tells as still to come what the ask takes as done,
 * or is of another month than the ask names.
 */
function answered(
  steps: AskSteps,
  reading: AskReading,
  intent: TimeIntent | null,
  asserted: boolean,
  chosen: { hits: readonly Hit[]; supported: readonly Hit[]; earlier: readonly Fact[] },
  decision: Decision,
): AskResult {
  const { ask, analysed, asksLead } = reading;
  const [first] = chosen.hits;
  const ahead = first ? stillAhead(steps, ask, analysed.terms, first) : null;
  if (ahead) return ahead;
  // A claim put to the bot with a month ("… in March, right?") is checked and corrected as a claim.
  const otherMonth = first && !asserted ? outOfPeriod(steps, ask, intent, first) : null;
  if (otherMonth) return otherMonth;
  const facts = chosen.hits.map((h) => h.fact);
  if (analysed.sides.size !== 1 && asksLead) facts.push(...otherSides(facts, chosen.supported));
  const earlier = [...chosen.earlier];
  // "Who leads the talks (now)?" names no side: each side's lead in the answer is that side's newest
  // report of it, and an older one the ranking preferred is shown apart as earlier, never as current.
  // ("At first" and "in May" keep the facts their time chose.)
  if (analysed.sides.size !== 1 && asksLead && (intent === null || intent.kind === "latest")) {
    withNewestLeads(steps, facts, earlier);
  }
  const answering = chosen.supported.filter((h) => h.score >= steps.options.thresholds.answer);
  return {
    ask,
    status: "answered",
    facts,
    confidence: decision.confidence,
    suggestions: [],
    earlier,
    supported: answering,
  };
}

/** Each side's lead among `facts` replaced by that side's newest, the one replaced added to `earlier`. */
function withNewestLeads(steps: AskSteps, facts: Fact[], earlier: Fact[]): void {
  facts.forEach((fact, i) => {
    const newest = fact.side ? steps.chronology.newest(steps.leadersOf(fact.side)) : undefined;
    if (!newest || newest === fact || !steps.chronology.differInReport(newest, fact)) return;
    if (!earlier.includes(fact) && !steps.chronology.repeats(fact, newest)) earlier.push(fact);
    facts[i] = newest;
  });
}

/**
 * The best hit scores as an answer but does not support all the ask asks: the claim the ask puts, corrected
 * by that fact; else no answer, saying what is missing.
 */
function correctionOrRefusal(
  steps: AskSteps,
  reading: AskReading,
  intent: TimeIntent | null,
  asserted: boolean,
  best: Hit,
  confidence: number,
): AskResult {
  const { ask } = reading;
  const missing = reading.missing(best.fact);
  const preface = correctionPreface(steps, reading, intent, asserted, best, missing);
  if (preface !== null)
    return { ask, status: "answered", facts: [best.fact], confidence, suggestions: [], preface };
  // The words match a fact, but the fact does not say what is asked: say what is missing and what
  // the sources do say, and offer that fact as a suggestion, never as the answer.
  const explanation = explainGap(missing, best.fact, steps.heldByBase);
  return refusal(ask, [best], explanation);
}

/** What the answer says before the fact that corrects the claim the ask puts; null when it puts none to correct. */
function correctionPreface(
  steps: AskSteps,
  { analysed }: AskReading,
  intent: TimeIntent | null,
  asserted: boolean,
  best: Hit,
  missing: readonly string[],
): string | null {
  // "Is it true Freedonia arrested Redband members?": a claim put to the bot, wrong in one name, which the
  // best fact covers otherwise. The answer is the correction, said as such.
  // "Is the Northshire governor STILL leading?" checks a claim about now: the latest report, which
  // names someone else, is the answer.
  // Not when what the fact lacks is what the claimed verb is claimed of ("have they signed a SECURITY
  // agreement yet?" of "the talks are not peace negotiations"): the latest report says nothing of it.
  // Nor when it is the claimed verb itself ("has the handover been COMPLETED yet?" of "X approved the
  // handover"): the latest report does not tell the event, which is no change to correct.
  const objects = new Set(analysed.predicates.flatMap((p) => (p.object ?? []).map((t) => t.word ?? t.term)));
  const verbs = new Set(analysed.predicates.filter((p) => !p.objectOnly).map((p) => p.word));
  const stillTrue =
    analysed.kind === "yes-no" &&
    intent?.kind === "latest" &&
    !missing.some((m) => objects.has(m) || verbs.has(m));
  // "Why did Freedonia ACCEPT the corridor?" of a fact that says Fredburg turned it down: the claim is
  // the opposite of what the sources say, and the fact is the correction.
  const contradicted = steps.support.contradictsPredicate(best.fact, analysed, missing);
  // "When did Freedonia arrest the Redband members?": the wrong name is corrected, and what the fact does
  // not give (a date) is said, not taken as a reason to withhold the correction. A plain yes/no ask is
  // corrected only when it fixes the event (`pinsEvent`, `datedEvent`): "did Freedonia detain REDBAND
  // members (too)?" asks whether it did, which the fact on the Northern Front members it detained does not
  // say it did not, though it says whose members those were; it is refused, with what the sources say.
  const words = missing.filter((m) => !m.startsWith("("));
  const attributes = missing.length - words.length;
  const swapped =
    words.length > 0 &&
    steps.support.isSwappedName(best.fact, analysed, words) &&
    (asserted || pinsEvent(steps, analysed, intent) || datedEvent(best.fact));
  const claimed = asserted || stillTrue || contradicted || swapped;
  // "The security chiefs met in JULY, right?": a wrong time is corrected only by a fact that dates it.
  const datesIt = !words.some(isTimeWord) || steps.premise.dates(best.fact);
  if (!claimed || !datesIt || (attributes > 0 && !swapped)) return null;
  const notGiven = attributes > 0 ? ` and don't say ${attributesAsked(missing)}` : "";
  return stillTrue
    ? `The latest reports don't mention ${quoted(missing)} here; they say:`
    : contradicted
      ? `The sources don't say ${quoted(missing)}; they say the opposite:`
      : `The sources don't mention ${quoted(words)}${notGiven}; they say:`;
}

/**
 * Too little matched to answer: say what of the ask the nearest fact does not hold (a name the sources lack,
 * else the words it does not say: "what did al-Rashid STUDY?") and what the sources do say, that fact
 * offered as a suggestion only.
 */
function unanswered(
  steps: AskSteps,
  reading: AskReading,
  best: Hit | undefined,
  decision: Decision,
): AskResult {
  const { ask, analysed } = reading;
  const suggestions = decision.status === "no_answer" ? decision.suggestions : [];
  const names = best && suggestions.length > 0 ? reading.missing(best.fact) : [];
  const unsaid = best && suggestions.length > 0 ? steps.support.notHeld(best, analysed) : [];
  const gap = [...names, ...unsaid.filter((word) => !names.includes(word))];
  const explanation = best && gap.length > 0 ? explainGap(gap, best.fact, steps.heldByBase) : undefined;
  return {
    ask,
    status: "no_answer",
    facts: [],
    confidence: decision.confidence,
    suggestions,
    ...(explanation ? { explanation } : {}),
  };
}

/**
 * "How long did the MAY border meetings last?" answered by a fact on a July meeting: the month the ask names
 * is a constraint the answer must meet, not a preference. The time choice (chronology.ts) prefers a fact of
 * that month; when none answers, the best fact of another month is no answer. It says what the sources do
 * say, offered as a suggestion. A fact that happened or was reported in the month, or whose statement or
 * quotes name it (the article's sentence may date an event the statement tells undated), meets it.
 */
function outOfPeriod(steps: AskSteps, ask: string, intent: TimeIntent | null, hit: Hit): AskResult | null {
  if (intent?.kind !== "period" || steps.chronology.fitsPeriod(hit.fact, intent)) return null;
  const month = Number(intent.month);
  const texts = [hit.fact.statement, ...hit.fact.quotes.map((q) => q.text)];
  if (texts.some((text) => namesMonth(text, month))) return null;
  return refusal(
    ask,
    [hit],
    explainGap([MONTH_NAMES[month - 1] ?? intent.month], hit.fact, steps.heldByBase),
  );
}

/**
 * Whether an ask fixes which event it asks of besides its parties: a time ("… in December", "in May") or a
 * place that is no side ("in Geneva"). A plain yes/no question asks whether something happened: "did
 * Putin meet al-Rashid (too)?" is not put right by Novak's meeting with him, which does not say Putin did
 * not; "was it NATO that toppled Petrov in December?" names the one event, which the sources tell
 * with someone else in its place. A question that takes the claim for granted ("why did …", "when did …")
 * or puts it to the bot ("…, right?") is corrected as before.
 */
function pinsEvent(steps: AskSteps, analysed: AnalysedQuestion, intent: TimeIntent | null): boolean {
  if (analysed.kind !== "yes-no" || intent !== null) return true;
  return analysed.terms.some(
    (t) => t.known && !steps.sideTerms.has(t.term) && steps.support.namesPlace(t.term),
  );
}

/**
 * Whether the sources date what a fact tells to a month or a day ("Petrov was overthrown in December"): one
 * event, so "was Petrov overthrown by NATO?" is answered by who did it. A fact they date to a year at most
 * ("Novak met al-Rashid; the article does not say when") may be one meeting of several.
 */
function datedEvent(fact: Fact): boolean {
  return /^\d{4}-\d{2}/.test(fact.timeline?.sort ?? fact.happened ?? "");
}

/**
 * "What did the president say in his assembly speech?" answered by a report that he WOULD address the
 * assembly next month: the ask takes as done what the report tells as still ahead. When the words the ask
 * shares with the fact are, some of them, only in the fact's clause of what is to come, the sources cannot
 * say it: no answer, and the reply says what was still ahead and when it was reported.
 */
function stillAhead(
  steps: AskSteps,
  ask: string,
  terms: readonly { term: string; weight: number }[],
  hit: Hit,
): AskResult | null {
  if (!asksAsDone(ask)) return null;
  const reported = steps.chronology.reported(hit.fact);
  const statement = hit.fact.statement;
  const clauses = aheadClauses(statement, reported);
  if (clauses.length === 0 || !reported) return null;
  const inside = new Set(steps.analyzer.terms(clauses.join(" ")));
  const outside = new Set(steps.analyzer.terms(clauses.reduce((rest, c) => rest.replace(c, " "), statement)));
  // The ask is about what is to come when more of what it shares with the fact is in that clause alone than
  // outside it: "what did al-Rashid and Novak agree when they met at the UN?" is about a meeting the fact
  // tells of outside it (and denies), not about the address to the UN it tells as to come.
  const weigh = (held: (term: string) => boolean) =>
    terms.reduce((sum, t) => sum + (held(t.term) ? t.weight : 0), 0);
  const ahead = weigh((term) => inside.has(term) && !outside.has(term));
  if (ahead === 0 || ahead <= weigh((term) => outside.has(term))) return null;
  return refusal(
    ask,
    [hit],
    `As of ${formatSortable(reported)}, the sources tell that as still to come: ${statement}`,
  );
}

/** How many hits are looked through for a newer report's fact that "now", "latest" may answer with. */
const NEWER_REPORT_POOL = 40;

/**
 * "Now", "latest": the best hit that answers as asked from a report newer than every one among `ranked`. A
 * newly added article's drafts carry no questions of their own (kb:add's are the article's sentences), so
 * they rank below the older reports' hand-written facts, and the newest report among the ten best was an
 * older article ("when was the most recent meeting?" got a meeting of July). Only one hit, of a newer report,
 * joins: the time choice still weighs it against the best (chronology.ts, TIME_RATIO).
 */
function newerReportHit(
  steps: AskSteps,
  analysed: AnalysedQuestion,
  ranked: readonly Hit[],
  answers: (fact: Fact) => boolean,
): Hit[] {
  const reported = (hit: Hit) => steps.chronology.reported(hit.fact) ?? "";
  // Report dates are ISO dates, so the newest is the last in string order. Only a hit that answers as asked
  // counts: a newer report's fact that does not ("Oslo stayed silent on the meeting" for "where are they
  // meeting now?") left the older report's venue to answer for "now". With none that does, every hit counts.
  const answering = ranked.filter((hit) => answers(hit.fact));
  const shown = (answering.length > 0 ? answering : ranked).map(reported).sort().at(-1) ?? "";
  const newer = rankAnalysed(steps.index, steps.kindsOf, analysed, NEWER_REPORT_POOL).find(
    (hit) => reported(hit) > shown && !ranked.some((r) => r.fact === hit.fact) && answers(hit.fact),
  );
  return newer ? [newer] : [];
}
