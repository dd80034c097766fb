// Citation numbering, done once, where a reply is built: citations in order of first use, the same quote
// from the same source keeping its number. A reply's citations[i] is shown as [i + 1].
import type { AnswerPart, Citation } from "../engine/types.js";
import type { Fact } from "../knowledge/types.js";
import { markers } from "./text.js";

export class CitationList {
  readonly items: Citation[] = [];

  /** The citation's number, [1] first. */
  add(citation: Citation): number {
    const i = this.items.findIndex((c) => c.quote === citation.quote && c.source === citation.source);
    if (i !== -1) return i + 1;
    this.items.push(citation);
    return this.items.length;
  }

  addFact(fact: Fact): number[] {
    return fact.quotes.map((q) => this.add({ quote: q.text, source: q.source, url: q.url, factId: fact.id }));
  }

  /**
   * The engine's answer parts as one text, each cited part followed by its numbers run together
   * ("… al-Dalati. [1][2] Earlier (reported 27 May 2025): … [3]"), the form the `ask --json` answer has.
   */
  answerText(parts: readonly AnswerPart[]): string {
    return parts
      .map((part) => {
        if (part.citations.length === 0) return part.text;
        const numbers = part.citations.map((c) => this.add(c));
        return `${part.text} ${numbers.map((n) => markers([n])).join("")}`;
      })
      .join(" ");
  }
}

/** The parts' words without numbers: an abstention's explanation. */
export function plainText(parts: readonly AnswerPart[]): string {
  return parts.map((p) => p.text).join(" ");
}
