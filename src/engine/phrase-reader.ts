// A text's folded words as the base writes them: two words it writes as one closed up, the lexicon's
// phrases replaced, and WordNet's compounds read against the base's own text.
import { BoundedMemo } from "../shared/bounded-memo.js";
import { type Analyzer, words } from "./normalise.js";
import type { FactIndex } from "./search.js";
import { type CompoundReading, readCompounds, wordnetCompounds } from "./wordnet-compounds.js";

/**
 * "air strikes" (or "air-strikes") of a base that writes "airstrikes", "cease fire" of "ceasefire": two
 * words written apart that the base has as one word are that word. Written apart, the first is a word the
 * base may never use ("air"), weighed as the rarest and required as a claim's verb ("did Chile cut the
 * AIR strikes?"). Never with a stopword ("in to", "any one").
 */
export function closedCompounds(
  folded: readonly string[],
  vocabulary: ReadonlyMap<string, number>,
  analyzer: Pick<Analyzer, "isStopword">,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    const word = folded[i] as string;
    const next = folded[i + 1];
    if (
      next !== undefined &&
      vocabulary.has(word + next) &&
      !analyzer.isStopword(word) &&
      !analyzer.isStopword(next)
    ) {
      out.push(word + next);
      i++;
    } else out.push(word);
  }
  return out;
}

/** Word spans `writes` remembers before it starts again. */
const WRITTEN_MEMO_LIMIT = 10_000;

export class PhraseReader {
  private readonly analyzer: Analyzer;
  private readonly index: FactIndex;
  private compoundReadingMemo: CompoundReading | undefined;
  /** Word spans already looked for in the base's text (`writes`): a scan of the whole base each. */
  private readonly writtenMemo = new BoundedMemo<string, boolean>(WRITTEN_MEMO_LIMIT);
  /** The base's texts as folded words, one text after another, for WordNet's compounds (`compoundReading`). */
  private readonly baseText: string;

  constructor(parts: { analyzer: Analyzer; index: FactIndex; entityNames: readonly string[] }) {
    this.analyzer = parts.analyzer;
    this.index = parts.index;
    // Here, when the engine is built, not on the first compound a member types: on a large base that
    // question waited seconds for it (docs/engine.md, figures). Each distinct text once: quotes and entity
    // names recur across facts.
    const texts = new Set<string>();
    for (const { fact } of this.index.facts) {
      for (const text of [
        fact.statement,
        ...fact.questions,
        ...fact.keywords,
        ...fact.quotes.map((q) => q.text),
      ])
        texts.add(text);
    }
    for (const text of parts.entityNames) texts.add(text);
    this.baseText = ` ${[...new Set([...texts].map((text) => words(text).join(" ")))].join(" | ")} `;
  }

  /** The text's folded words, two the base writes as one closed up, then the lexicon's phrases replaced. */
  phrasedWords(text: string): string[] {
    const phrased = this.analyzer.phrased(closedCompounds(words(text), this.index.vocabulary, this.analyzer));
    return readCompounds(phrased, wordnetCompounds(), this.compoundReading());
  }

  /** How WordNet's compounds are read against the base's own words (wordnet-compounds.ts). */
  private compoundReading(): CompoundReading {
    if (this.compoundReadingMemo) return this.compoundReadingMemo;
    // Every word of the base's text is in the vocabulary: a span with a word it lacks is not written, and
    // needs no scan. A span scanned for is remembered (bounded: a long-running bot meets new ones).
    const writes = (span: readonly string[]) => {
      if (!span.every((word) => this.index.vocabulary.has(word))) return false;
      return this.writtenMemo.get(span.join(" "), (key) => this.baseText.includes(` ${key} `));
    };
    this.compoundReadingMemo = {
      fold: (lemma) => words(lemma.replace(/_/g, " ")),
      // A lemma of several words is had only as the base writes it: "chief of state" is not had for a
      // base's "fire chiefs" and "statement".
      has: (folded) => {
        if (folded.length > 1) return writes(folded);
        const term = this.analyzer.termOf(folded[0] as string)?.term;
        return term !== undefined && this.index.isKnownTerm(term);
      },
      writes,
      frequency: (folded) => folded.reduce((sum, w) => sum + (this.index.vocabulary.get(w) ?? 0), 0),
    };
    return this.compoundReadingMemo;
  }
}
