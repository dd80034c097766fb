// One ask's result, the answer joined from a question's asks, and the words of an answer with none: why a
// matching fact is not the answer, what part of a question the sources do not cover, the suggestions offered.
import type { Fact } from "../knowledge/types.js";
import { truncate } from "../shared/truncate.js";
import type { Attribute } from "./ask-attributes.js";
import type { Chronology } from "./chronology.js";
import { compose, uncited } from "./compose.js";
import { appendEarlier, withReportDate } from "./report-dates.js";
import type { Hit } from "./search.js";
import type { Answer, Suggestion } from "./types.js";

/**
 * A question quoted back in an answer ("The sources don't answer “…”") or offered as a suggestion is cut to
 * this many characters, to keep the answer short; each front end cuts again to its own limits.
 */
const QUOTED_QUESTION_MAX_LENGTH = 100;

export interface AskResult {
  ask: string;
  status: "answered" | "no_answer";
  facts: Fact[];
  confidence: number;
  suggestions: Hit[];
  /** Why a matching fact is not the answer, in plain words, when one matched. */
  explanation?: string;
  /** Said before the answer: the detail of the question that the sources correct. */
  preface?: string;
  /** Every hit that scored an answer and supports all the ask asks, best first (a correction looks past the two answered). */
  supported?: readonly Hit[];
  /** Older reports of what the answer says, shown apart as earlier (chronology.ts). */
  earlier?: readonly Fact[];
}

/**
 * An ask the sources do not answer as asked, with the facts that came nearest offered as suggestions (never
 * as the answer) and why, in plain words.
 */
export function refusal(ask: string, suggestions: Hit[], explanation: string): AskResult {
  return { ask, status: "no_answer", facts: [], confidence: 0, suggestions, explanation };
}

const ATTRIBUTE_WORDS: Record<Attribute, string> = {
  date: "when",
  "exact-date": "the exact date or time",
  count: "the number",
  "exact-count": "the exact number",
  "head-count": "how many people",
  duration: "how long",
  name: "the name",
  earlier: "what came before",
  later: "what comes next",
  future: "what may come",
  list: "which ones",
  "time-of-day": "the time of day",
  exchange: "what was given in return",
  cause: "what brought it about",
  percentage: "the percentage",
  reaction: "how they reacted",
  commitment: "what was promised",
  change: "what changed",
  outcome: "what came of it",
  agreement: "what was agreed",
  span: "how long",
  measure: "the size or distance",
  month: "the month",
  age: "the age",
  expiry: "when it runs out",
  origin: "where they come from",
  party: "the political party",
  statement: "what a statement said",
  "joint-statement": "what a joint statement said",
  aftermath: "what happened after that",
  "at-work": "that it was ever set up and at work",
  start: "when it began",
};

/** The attributes among what a fact lacks ("(date)"), in words: "when or the number". */
export function attributesAsked(missing: readonly string[]): string {
  const asked = missing.filter((m) => m.startsWith("("));
  // "when it began" beside "when" says the same twice ("don't say when or when it began").
  return asked
    .filter((m) => !(m === "(start)" && asked.includes("(date)")))
    .map((m) => ATTRIBUTE_WORDS[m.slice(1, -1) as Attribute])
    .join(" or ");
}

/**
 * "The sources don't say anything about “Sami” here. What they do say: …". Only words that no fact of the
 * base holds (`heldByBase` false) are named: a word the nearest fact lacks but another fact has ("who fought
 * in Northshire?" of a base with a fact on the fighting there) is in the sources, so naming it would say
 * they are silent on what they tell. With nothing left to name, the reply says the sources don't answer it.
 */
export function explainGap(
  missing: readonly string[],
  nearest: Fact,
  heldByBase: (word: string) => boolean,
): string {
  const words = missing.filter((m) => !m.startsWith("(") && !heldByBase(m));
  const attributes = attributesAsked(missing);
  const lacking = [
    ...(words.length > 0 ? [`anything about ${quoted(words)}`] : []),
    ...(attributes ? [attributes] : []),
  ];
  const gap = lacking.length > 0 ? `The sources don't say ${lacking.join(" or ")} here.` : UNANSWERED;
  return `${gap} What they do say: ${nearest.statement}`;
}

/** Said when every word of an ask is in the sources, but no fact answers the ask as asked. */
const UNANSWERED = "The sources don't answer that.";

/** "The sources don't confirm that the May talks were in Geneva. What they do say: …" */
export function unconfirmed(claim: string, nearest: Fact | undefined): string {
  const said = `The sources don't confirm that ${truncate(claim, QUOTED_QUESTION_MAX_LENGTH)}.`;
  return nearest ? `${said} What they do say: ${nearest.statement}` : said;
}

export function quoted(words: readonly string[]): string {
  return words.map((w) => `“${w}”`).join(", ");
}

function uncovered(ask: string): string {
  return `The sources don't answer “${truncate(ask, QUOTED_QUESTION_MAX_LENGTH)}”.`;
}

export function noAnswer(question: string, text: string, score: number, suggestions: Suggestion[]): Answer {
  return { question, status: "no_answer", parts: [uncited(text)], score, factIds: [], suggestions };
}

function suggestionOf(hit: Hit): Suggestion {
  return {
    factId: hit.fact.id,
    question: truncate(hit.fact.questions[0] ?? hit.fact.statement, QUOTED_QUESTION_MAX_LENGTH),
  };
}

/**
 * One answer from the results of a question's asks ("who leads Norway's side, and when did they meet?"): the
 * facts of every answered ask together, their prefaces first; with none answered, the first explanation.
 */
export function joinAsks(
  question: string,
  trimmed: string,
  parts: readonly AskResult[],
  noAnswerText: string,
  chronology: Chronology,
): Answer {
  const answered = parts.filter((p) => p.status === "answered");
  if (answered.length === 0) {
    const first = parts.find((p) => p.explanation !== undefined) ?? parts[0];
    const suggestions = (first?.suggestions ?? []).map(suggestionOf);
    const text = first?.explanation ?? noAnswerText;
    return noAnswer(question, text, first?.confidence ?? 0, suggestions);
  }
  const facts: Fact[] = [];
  for (const part of answered) for (const fact of part.facts) if (!facts.includes(fact)) facts.push(fact);
  const earlier = answered
    .flatMap((p) => p.earlier ?? [])
    .filter((f, i, all) => !facts.includes(f) && all.indexOf(f) === i);
  const dated = withReportDate(trimmed, compose(facts), facts, chronology);
  const answer = appendEarlier(dated, earlier, chronology);
  const prefaces = answered.flatMap((p) => (p.preface ? [uncited(p.preface)] : []));
  // A part the sources do not cover is said, not silently dropped.
  const gaps = parts
    .filter((p) => p.status === "no_answer")
    .map((p) => uncited(p.explanation ?? uncovered(p.ask)));
  return {
    question,
    status: "answered",
    parts: [...prefaces, ...answer, ...gaps],
    score: Math.min(...answered.map((p) => p.confidence)),
    factIds: facts.map((f) => f.id),
    suggestions: [],
  };
}
