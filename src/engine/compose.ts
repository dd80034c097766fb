// Compose the reply text: the facts' statements in plain words, each followed by the numbers of the
// verbatim quotes it rests on. Citations are numbered in order of first use and never repeated.
import type { Fact } from "../knowledge/types.js";
import type { Citation } from "./types.js";

export interface Composed {
  answer: string;
  citations: Citation[];
}

export function compose(facts: readonly Fact[]): Composed {
  const citations: Citation[] = [];
  const numberOf = new Map<string, number>();
  const sentences = facts.map((fact) => {
    const refs = fact.quotes.map((quote) => {
      let n = numberOf.get(quote.text);
      if (n === undefined) {
        citations.push({ quote: quote.text, source: quote.source, url: quote.url, factId: fact.id });
        n = citations.length;
        numberOf.set(quote.text, n);
      }
      return `[${n}]`;
    });
    return `${fact.statement} ${refs.join("")}`;
  });
  return { answer: sentences.join(" "), citations };
}
