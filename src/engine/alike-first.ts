// Which of the facts that answer an ask and scored close together leads the answer. The lexical score ranks
// such facts nearly at random (they share the ask's words in about equal measure); the one whose sentences
// are likest the ask as a whole (sentence-similarity.ts) leads when it is clearly likelier. Never a reason to
// answer: only facts already over the answer threshold, and already supported, are reordered.
import type { Fact } from "../knowledge/types.js";
import type { Hit } from "./search.js";

/** Facts scoring at least this share of the best one's score are close enough to be chosen among. */
const CLOSE_SHARE = 0.8;
/** How much likelier (in cosine) a fact must be than the best-scored one to lead instead of it. */
const LIKENESS_MARGIN = 0.05;

/** The hits with the likest close fact first, at the best score; the hits as they were otherwise. */
export function alikeFirst(hits: readonly Hit[], threshold: number, likeness: (fact: Fact) => number): Hit[] {
  const [lead] = hits;
  if (!lead || lead.score < threshold) return [...hits];
  const close = hits.filter((hit) => hit.score >= Math.max(threshold, lead.score * CLOSE_SHARE));
  if (close.length < 2) return [...hits];
  const alike = close.map((hit) => likeness(hit.fact));
  let likest = 0;
  alike.forEach((value, i) => {
    if (value > (alike[likest] as number)) likest = i;
  });
  const chosen = close[likest];
  if (!chosen || likest === 0 || (alike[likest] as number) < (alike[0] as number) + LIKENESS_MARGIN)
    return [...hits];
  return [{ ...chosen, score: lead.score }, ...hits.filter((hit) => hit !== chosen)];
}
