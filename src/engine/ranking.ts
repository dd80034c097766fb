// Ranking a question's hits: the index's scores, adjusted for the side and the kind of question asked, and
// the other sides' facts that join a "who leads" answer naming no side.
import type { QuestionKind } from "../knowledge/schema.js";
import type { Fact } from "../knowledge/types.js";
import type { AnalysedQuestion } from "./analysed-question.js";
import { mismatchFactor } from "./question-kinds.js";
import type { FactIndex, Hit } from "./search.js";

/** Small ranking bonus for a fact that answers the kind of question asked (who, when, where …). */
const KIND_BONUS = 0.04;
/** Bonus for a fact about the one side (one of the story's sides) the question names; others are damped. */
const SIDE_BONUS = 0.1;
const OTHER_SIDE_FACTOR = 0.85;
/** With no side named, another side's fact joins a "who leads" answer if it scores this share of the best. */
const OTHER_SIDES_RATIO = 0.7;

/** The index's best hits for an analysed question, re-scored for the side and kind it asks about. */
export function rankAnalysed(
  index: FactIndex,
  kindsOf: ReadonlyMap<string, ReadonlySet<QuestionKind>>,
  analysed: AnalysedQuestion,
  limit: number,
): Hit[] {
  const hits = index.search(analysed.terms, limit + 5);
  const [named] = analysed.sides.size === 1 ? analysed.sides : [];
  if (named) {
    for (const hit of hits) {
      if (hit.fact.side === named) hit.score += SIDE_BONUS;
      else if (hit.fact.side) hit.score *= OTHER_SIDE_FACTOR;
    }
  }
  const kind = analysed.kind;
  if (kind) {
    for (const hit of hits) {
      const kinds = kindsOf.get(hit.fact.id);
      if (kinds?.has(kind)) hit.score += KIND_BONUS;
      else hit.score *= mismatchFactor(kind);
    }
  }
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, limit);
}

/**
 * "Who leads the talks?" names no side, and the article answers it once per side: when the best fact is
 * about one side, the best fact about each other side joins the answer if it scores close enough.
 */
export function otherSides(chosen: readonly Fact[], hits: readonly Hit[]): Fact[] {
  const first = chosen[0];
  const best = hits[0];
  if (!first?.side || !best) return [];
  const covered = new Set(chosen.map((f) => f.side));
  const extra: Fact[] = [];
  for (const hit of hits) {
    const side = hit.fact.side;
    if (!side || covered.has(side) || hit.score < best.score * OTHER_SIDES_RATIO) continue;
    covered.add(side);
    extra.push(hit.fact);
  }
  return extra;
}
