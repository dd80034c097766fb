// What a report tells as still ahead: "saying the president would address the assembly in late September",
// reported in August, is a plan, not an event the sources saw. A question that takes such an event as done
// ("what did the president say in his assembly speech?") asks what the sources cannot know. Pure string
// work; no story wording.
import { MONTH_NAME, MONTHS } from "./time-words.js";

/**
 * Where a clause tells of something to come: a modal of the future ("would address", "will sign"), or a
 * plan ("is to meet", "was due to sign", "planned to visit", "set to hold"). It runs to the clause's end.
 */
const AHEAD_CLAUSE =
  /\b(?:would|will|(?:is|are|was|were)\s+(?:to|due to|set to|expected to|scheduled to|planned to|going to)|plans? to|planned to|intends? to)\b[^.;:!?]*/gi;
/** A month named in a clause, with its year when given ("in late September", "on 25 September 2025"). */
const MONTH_IN_CLAUSE = new RegExp(`\\b(${MONTH_NAME})\\.?(?:\\s+\\d{1,2})?(?:,?\\s+(\\d{4}))?\\b`, "gi");
/** A time after the report said in relative words. */
const RELATIVE_AHEAD = /\b(?:next|coming)\s+(?:week|month|year)\b|\blater\s+this\s+(?:week|month|year)\b/i;

/**
 * "dismissed reports that the two would sign …", "denied claims that …": a plan others reported, which the
 * sentence may deny. It is no plan the sources tell, and a question about it is answered by the denial.
 */
const REPORTED_CLAIM =
  /\b(?:reports?|claims?|speculation|rumou?rs?|suggestions?|allegations?|chatter)\b[^.;:!?]*\bthat\b[^.;:!?]*$/i;

/**
 * The clauses of `text` that tell of something still ahead of `reported` (YYYY-MM-DD): a modal or a plan
 * with a time after the report's month ("would address the assembly in late September", told on 25
 * August; "next month"). A plan with no time, or a time already past ("would meet in July", told in
 * August), is not counted: it may have happened by the report. Nor is a plan others reported
 * (`REPORTED_CLAIM`).
 */
export function aheadClauses(text: string, reported: string | null): string[] {
  if (!reported) return [];
  const year = Number(reported.slice(0, 4));
  const month = Number(reported.slice(5, 7));
  const out: string[] = [];
  for (const match of text.matchAll(AHEAD_CLAUSE)) {
    const clause = match[0];
    if (REPORTED_CLAIM.test(text.slice(0, match.index))) continue;
    const later =
      RELATIVE_AHEAD.test(clause) ||
      [...clause.matchAll(MONTH_IN_CLAUSE)].some((m) => {
        const named = MONTHS.indexOf((m[1] ?? "").slice(0, 3).toLowerCase()) + 1;
        const namedYear = m[2] ? Number(m[2]) : year;
        return named > 0 && (namedYear > year || (namedYear === year && named > month));
      });
    if (later) out.push(clause);
  }
  return out;
}

/**
 * "What did he say in his speech?", "where was the deal signed?", "how did the vote go?": a question word
 * with a past auxiliary or verb, and no word of the future ("will", "would", "going to", "planned"). It takes
 * what it asks about as done.
 */
const QUESTION_WORD = /^\W*(?:what|who|whom|whose|which|where|how|why)\b/i;
const PAST_AUXILIARY = /\b(?:did|was|were|had)\b/i;
const FUTURE_WORDS = /\b(?:will|would|going to|gonna|planned?|plans|expected|due|scheduled|upcoming|next)\b/i;

export function asksAsDone(ask: string): boolean {
  return QUESTION_WORD.test(ask) && PAST_AUXILIARY.test(ask) && !FUTURE_WORDS.test(ask);
}
