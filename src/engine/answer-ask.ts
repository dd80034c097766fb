import type { Fact } from "../knowledge/types.js";
import { answerAskAt } from "./answer-at-time.js";
import { isVerification } from "./ask-attributes.js";
import { type AskResult, explainGap, quoted, refusal } from "./ask-result.js";
import type { AskSteps } from "./ask-steps.js";
import { isPastParticiple } from "./english.js";
import { asksNextAfter, landmarkOf, withoutLandmark, withoutTimeWords } from "./landmarks.js";
import { rankAnalysed } from "./ranking.js";
import { asksAboutTime, attributesOf, saysUndated } from "./support.js";
import { GENERIC_WORD_WEIGHT } from "./term-weights.js";
import { asksLastBefore, mainClauseOf, type TimeIntent, timeIntentOf } from "./time-intent.js";
import { withoutEarliestWords, withoutReportFrame } from "./time-phrases.js";
import { comparedAsks, sinceWhen } from "./time-spans.js";

/** `compare`: false for each half of a compared ask, which is never split again (a message repeating "the
 * July one and …" would otherwise double the work with every repeat). */
export function answerAskAsPut(
  steps: AskSteps,
  asPut: string,
  asserted = isVerification(asPut),
  compare = true,
): AskResult {
  return answerAsPut(steps, asPut, { asserted, compare, plainOnly: false });
}

/**
 * A claim asked again to correct it (premise-correction.ts), whose answer is used only when it answers as it
 * stands, with no preface: an ask that names a party the base lacks is supported by no fact, so it is
 * left once read, not ranked and explained (its answer would at most correct that name, or refuse).
 */
export function reaskAsPut(steps: AskSteps, reask: string): AskResult {
  return answerAsPut(steps, reask, { asserted: isVerification(reask), compare: true, plainOnly: true });
}

interface AsPut {
  asserted: boolean;
  compare: boolean;
  /** Only an answer as it stands is used (`reaskAsPut`). */
  plainOnly: boolean;
}

function answerAsPut(steps: AskSteps, asPut: string, how: AsPut): AskResult {
  const { asserted, compare } = how;
  // "How long have the talks been going on?" asks when they began.
  const since = sinceWhen(asPut);
  if (since !== null) return { ...answerAsPut(steps, since, how), ask: asPut };
  const compared = compare ? comparedAsks(asPut) : null;
  if (compared) {
    const answer = answerCompared(steps, asPut, compared, asserted);
    if (answer) return answer;
  }
  // "What did Baker post after the talks FAILED?": the landmark's event is a verb the base never uses, an
  // event no source tells; cut out as a landmark, it would leave "what did Baker post?" to be answered.
  const untold = untoldLandmarkVerbs(steps, asPut);
  if (untold.length > 0) {
    const asItStands = answerAskAt(steps, asPut, null, asserted, how.plainOnly);
    const nearest = asItStands.facts[0] ?? asItStands.suggestions[0]?.fact;
    const suggestions = nearest
      ? [{ fact: nearest, coverage: 0, questionMatch: 0, score: asItStands.confidence }]
      : [];
    const gap = `The sources don't say anything about ${quoted(untold)} here.`;
    return refusal(asPut, suggestions, nearest ? `${gap} What they do say: ${nearest.statement}` : gap);
  }
  const intent = timeIntent(steps, asPut);
  // "Who led Freedonia's side before the Lisbon talks?": the landmark dates the ask; it is not what is asked
  // about (a fact on May's lead need not name Lisbon).
  // "… in the newest report": which report, not what is asked about ("report" would rank facts on reports).
  const ask =
    (intent?.kind === "before" || intent?.kind === "after") && intent.landmark
      ? withoutLandmark(asPut)
      : intent?.kind === "latest" && steps.chronology.severalReports
        ? withoutReportFrame(asPut)
        : intent?.kind === "earliest" && steps.chronology.severalReports
          ? withoutEarliestWords(asPut)
          : asPut;
  // After a landmark, a corrected answer (a preface) from after it is used too, so it is answered in full.
  const plainOnly = how.plainOnly && intent?.kind !== "after";
  const answer = undatedAnswer(asPut, answerAskAt(steps, ask, intent, asserted, plainOnly));
  // "What did Freedonia say after the August talks?" with no answer from after them: the landmark is no time the
  // sources answer for, and the ask is read as it stands (its words, not "after", choose the answer).
  if (intent?.kind === "after" && !isAfter(steps, answer, intent.date)) {
    const asItStands = answerAskAt(steps, asPut, null, asserted, how.plainOnly);
    // "What did Baker post after the August meeting?" read as it stands, answered by what the sources date
    // before that meeting ("a week before it, Baker met …"): the ask places what it asks after the landmark,
    // and a fact dated (or reported) before it tells something else, so the ask is refused with that fact as
    // the nearest.
    const [first] = asItStands.facts;
    if (asItStands.status === "answered" && first && steps.chronology.happenedBefore(first, intent.date)) {
      const nearest = { fact: first, coverage: 0, questionMatch: 0, score: asItStands.confidence };
      return refusal(asPut, [nearest], `${UNANSWERED_AFTER} What they do say: ${first.statement}`);
    }
    return { ...asItStands, ask: asPut };
  }
  return { ...answer, ask: asPut };
}

/**
 * "Did Lund meet Kovac before the talks began?" answered by "… met Kovac; the article does not say
 * when": an answer whose text says the sources are silent on what is asked is no answer. When an ask places
 * or orders something in time and no answering fact gives a date while one says the article does not say
 * when, the reply is no_answer, with that fact offered as what the sources do say.
 * (The best fact must be the silent one: "who led the talks at first?" is answered by each side's lead.)
 */
function undatedAnswer(ask: string, result: AskResult): AskResult {
  if (result.status !== "answered" || result.preface || !asksAboutTime(mainClauseOf(ask))) return result;
  const [silent] = result.facts;
  // A fact dated anywhere (its statement, timeline or `happened`) tells when; each side's lead is dated so.
  const dated = (fact: Fact) => fact.happened !== undefined || attributesOf(fact).has("date");
  if (!silent || !saysUndated(silent) || result.facts.some(dated)) return result;
  const suggestion = { fact: silent, coverage: 0, questionMatch: 0, score: result.confidence };
  return refusal(
    ask,
    [suggestion],
    explainGap(["(date)"], silent, () => false),
  );
}

/**
 * The verbs of an ask's landmark ("after the talks FAILED", "before Novak RESIGNED") that the base never uses:
 * the landmark is then an event no fact tells. Past forms only: a noun the base lacks ("after the OUTREACH
 * started", "before the SUMMER sit-down") names the event in other words, and its own verb ("started") says
 * no more than that it happened. Words the base knows, names and generic words are left alone.
 */
function untoldLandmarkVerbs(steps: AskSteps, ask: string): string[] {
  const found = landmarkOf(ask);
  if (found === null) return [];
  return steps.analyser
    .analyse(withoutTimeWords(found.landmark))
    .terms.filter(
      (t) => !t.known && t.weight > GENERIC_WORD_WEIGHT && t.word !== undefined && isPastParticiple(t.word),
    )
    .map((t) => t.word as string);
}

/** Said when the only answer to an ask placed after a landmark is dated before it. */
const UNANSWERED_AFTER = "The sources don't say what happened after that.";

/** Whether an ask's answer tells of something on the date or after it. */
function isAfter(steps: AskSteps, result: AskResult, date: string): boolean {
  const first = result.facts[0];
  return result.status === "answered" && first !== undefined && steps.chronology.happenedFrom(first, date);
}

/**
 * "What changed between May and August …?": the ask answered for each time on its own; the newer answer
 * answers and the older one's facts are shown apart as earlier, each with its own citations, never merged.
 * With one time answered, that answer; with none, undefined (the ask is answered as put).
 */
function answerCompared(
  steps: AskSteps,
  ask: string,
  asks: readonly [string, string],
  asserted: boolean,
): AskResult | undefined {
  const answered = asks
    .map((a) => answerAskAsPut(steps, a, asserted, false))
    .filter((r) => r.status === "answered" && r.facts.length > 0);
  const [first, second] = answered;
  if (!first) return undefined;
  if (!second) return { ...first, ask };
  const [newer, older] = steps.chronology.isNewer(second.facts[0] as Fact, first.facts[0] as Fact)
    ? [second, first]
    : [first, second];
  const earlier = [...(newer.earlier ?? []), ...older.facts].filter(
    (f, i, all) => !newer.facts.includes(f) && all.indexOf(f) === i,
  );
  return { ...newer, ask, earlier, confidence: Math.min(newer.confidence, older.confidence) };
}

/**
 * What the ask asks of time. "… before the July talks": the landmark's date is found by asking the base
 * about the landmark's own words (its best events, for its own time word). A landmark that names a person
 * ("before Novak") or no dated event is no time: the ask is read as it stands.
 */
function timeIntent(steps: AskSteps, ask: string): TimeIntent | null {
  const found = landmarkOf(ask);
  if (found !== null) {
    const { direction, landmark } = found;
    // "The first Lisbon talks": the landmark's time word chooses among its events; as a word it would
    // rank facts saying "for the first time".
    const analysed = steps.analyser.analyse(withoutTimeWords(landmark));
    if (!analysed.terms.some((t) => steps.personTerms.has(t.term))) {
      const hits = rankAnalysed(steps.index, steps.kindsOf, analysed, 10);
      const date = steps.chronology.landmarkDate(hits, timeIntentOf(landmark));
      if (date !== null) {
        return direction === "before"
          ? { kind: "before", landmark, date, last: asksLastBefore(ask) }
          : { kind: "after", landmark, date, next: asksNextAfter(ask) };
      }
    }
  }
  return timeIntentOf(ask);
}
