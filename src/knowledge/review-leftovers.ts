// What a curator may leave behind when marking a kb:add draft reviewed: the drafted `questions`, which are the
// sentence itself, its clauses and the sentence with its verbs in the infinitive. The engine matches a
// question against a fact's own questions, so a reviewed fact that still "asks" its own sentence competes
// with the paraphrases the curator wrote elsewhere. `kb:check` warns about them; it never fails on them.
import { foldWords } from "../shared/fold.js";

/** A drafted clause is at least this many words; shorter pieces ("While in Paris") are harmless. */
const CLAUSE_WORDS = 4;
/** A sentence re-worded by kb:add (verbs in the infinitive) is long and nearly all the quote's words. */
const REWORDED_WORDS = 8;
const REWORDED_SHARE_OF_QUESTION = 0.85;
const REWORDED_SHARE_OF_QUOTE = 0.6;
/** A question word, as the first word of a question a curator wrote. */
const QUESTION_WORD = /^(?:who|whom|whose|what|which|when|where|why|how)$/;

export interface ReviewedFactText {
  statement: string;
  questions: readonly string[];
  quotes: ReadonlyArray<string | { text: string }>;
}

function wordsOf(text: string): string[] {
  const folded = foldWords(text);
  return folded === "" ? [] : folded.split(" ");
}

/** Whether `question` is kb:add's rather than the curator's: a piece of a quote, the statement, or a quote re-worded. */
function isDrafted(question: string, statement: readonly string[], quotes: readonly string[][]): boolean {
  const asked = wordsOf(question);
  const joined = ` ${asked.join(" ")} `;
  // A question word opening it makes it the curator's, though the quote has the same words ("who had steered
  // Syria's earlier border-security contacts with Israel"): kb:add's clauses are split at who, which, when.
  if (
    asked.length >= CLAUSE_WORDS &&
    !QUESTION_WORD.test(asked[0] ?? "") &&
    quotes.some((q) => ` ${q.join(" ")} `.includes(joined))
  )
    return true;
  if (asked.length > 0 && asked.join(" ") === statement.join(" ")) return true;
  if (asked.length < REWORDED_WORDS) return false;
  return quotes.some((quote) => {
    const inQuote = new Set(quote);
    const shared = asked.filter((w) => inQuote.has(w)).length;
    const covered = new Set(asked.filter((w) => inQuote.has(w))).size;
    return (
      shared / asked.length >= REWORDED_SHARE_OF_QUESTION && covered / inQuote.size >= REWORDED_SHARE_OF_QUOTE
    );
  });
}

/** Indexes of the fact's questions that are still kb:add's drafts, in order. */
export function draftedQuestions(fact: ReviewedFactText): number[] {
  const statement = wordsOf(fact.statement);
  const quotes = fact.quotes.map((q) => wordsOf(typeof q === "string" ? q : q.text));
  return fact.questions.flatMap((question, i) => (isDrafted(question, statement, quotes) ? [i] : []));
}
