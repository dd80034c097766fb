// Answer or abstain. The confidence is the best hit's score: how much of the question's weight the fact
// covers, and how closely the question resembles one the fact is known to answer. Words the base has
// never seen weigh as much as its rarest words, so "Who leads the Premier League?" shares "leads" with the
// story and still falls short.
import type { Hit } from "./search.js";

/** At or above this the best fact is given as the answer. */
const ANSWER_THRESHOLD = 0.5;
/** Between this and ANSWER_THRESHOLD the bot abstains but offers "did you mean" choices. */
const SUGGEST_THRESHOLD = 0.3;
/** A second fact joins the answer when it scores at least this share of the first. */
const SECOND_FACT_RATIO = 0.9;
/** At most this many facts are combined in one answer. */
const MAX_ANSWER_FACTS = 2;
const MAX_SUGGESTIONS = 3;

type Decision =
  | { status: "answered"; hits: Hit[]; confidence: number }
  | { status: "no_answer"; suggestions: Hit[]; confidence: number };

export interface Thresholds {
  answer: number;
  suggest: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { answer: ANSWER_THRESHOLD, suggest: SUGGEST_THRESHOLD };

export function decide(hits: readonly Hit[], thresholds: Thresholds = DEFAULT_THRESHOLDS): Decision {
  const best = hits[0];
  if (!best) return { status: "no_answer", suggestions: [], confidence: 0 };
  const confidence = clamp(best.score);
  if (best.score >= thresholds.answer) {
    const chosen = [best];
    for (const hit of hits.slice(1)) {
      if (chosen.length >= MAX_ANSWER_FACTS) break;
      if (hit.score >= Math.max(thresholds.answer, best.score * SECOND_FACT_RATIO)) chosen.push(hit);
    }
    return { status: "answered", hits: chosen, confidence };
  }
  const suggestions = best.score >= thresholds.suggest ? hits.slice(0, MAX_SUGGESTIONS) : [];
  return { status: "no_answer", suggestions, confidence };
}

function clamp(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
