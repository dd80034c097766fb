// Compose the answer: the facts' statements in plain words, each part with the verbatim quotes it rests on.
// The engine does not number citations: the reply numbers them once, in order of first use, when it is
// built (src/commands/citations.ts).
import type { Fact } from "../knowledge/types.js";
import type { AnswerPart, Citation } from "./types.js";

/** The fact's quotes as citations, in the fact's order. */
export function citationsOf(fact: Fact): Citation[] {
  return fact.quotes.map((quote) => ({
    quote: quote.text,
    source: quote.source,
    url: quote.url,
    factId: fact.id,
  }));
}

/** One part per fact: its statement and its quotes. */
export function compose(facts: readonly Fact[]): AnswerPart[] {
  return facts.map((fact) => ({ text: fact.statement, citations: citationsOf(fact) }));
}

/** Words of our own (a preface, a gap, a date note): a part that cites nothing. */
export function uncited(text: string): AnswerPart {
  return { text, citations: [] };
}
