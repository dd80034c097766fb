// "Why is Norway's FOREIGN MINISTER the one leading the talks?" of a base in which Norway's side is led by a
// provincial governor: a claim that puts a side's post at the head of the talks is corrected by the fact on who
// leads that side, when its statement does not give that post ("The sources don't say “foreign minister”; they
// say otherwise: Norway's side is led by …"). When it does (a minister leads in a later round), the claim
// stands, and nothing is corrected here. A post is no name, so the name corrections (premise-correction.ts)
// never read it.
import { reaskAsPut } from "./answer-ask.js";
import { type AskResult, quoted } from "./ask-result.js";
import type { AskSteps } from "./ask-steps.js";
import type { Claim } from "./premise.js";

/**
 * "why is X's POST (the one) leading …", "how come X's POST is heading …": `$1` the side's word, `$2` the post
 * (one to three words, the last its noun).
 */
const SIDE_POST_LEADING =
  /^\W*(?:why|how come)\s+(?:(?:is|was)\s+)?([\p{L}.]+)['’]s\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:(?:is|was)\s+)?(?:the\s+one\s+)?(?:leading|heading|running|fronting|spearheading)\b/iu;

/** The correction of a side's post claimed to lead the talks, from the fact on who leads that side, or undefined. */
export function correctLeadPost(steps: AskSteps, ask: string, claim: Claim): AskResult | undefined {
  const [, sideWord, post] = SIDE_POST_LEADING.exec(claim.text) ?? [];
  if (!sideWord || !post) return undefined;
  const side = steps.sideTerms.get(steps.analyzer.termOf(sideWord.toLowerCase())?.term ?? "");
  const postTerms = steps.analyzer.terms(post).filter((term) => !steps.sideTerms.has(term));
  if (side === undefined || postTerms.length === 0) return undefined;
  const lead = reaskAsPut(steps, `who leads ${sideWord}'s side?`);
  if (lead.status !== "answered" || lead.preface) return undefined;
  const fact = lead.facts.find((f) => f.side === side);
  if (!fact) return undefined;
  const stated = steps.support.statedTerms(fact);
  if (postTerms.every((term) => stated.has(term))) return undefined;
  return {
    ...lead,
    ask,
    facts: [fact],
    earlier: [],
    preface: `The sources don't say ${quoted([post])}; they say otherwise:`,
  };
}
