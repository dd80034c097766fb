// A text's folded words as the base writes them: two words it writes as one closed up, the lexicon's
// phrases replaced, WordNet's groups' members and compounds read against the base's own text, and a side's
// capital named by its side read as the city, as is a country the base never names, where something is placed
// in it, when the base names its capital.
import { BoundedMemo } from "../shared/bounded-memo.js";
import { capitalOfCountry } from "./capitals.js";
import { type Analyzer, words } from "./normalise.js";
import type { FactIndex } from "./search.js";
import { type CompoundReading, readCompounds, wordnetCompounds } from "./wordnet-compounds.js";
import { readMembers, wordnetMembers } from "./wordnet-members.js";

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

/** Words that place something in a country: "sat down IN France", "moved TO France". */
const PLACING_WORDS: ReadonlySet<string> = new Set(["in", "to", "at", "into", "inside"]);

/** Texts `phrasedWords` remembers before it starts again: a few questions' worth. */
const RECENT_TEXTS = 256;

/** Word spans `writes` remembers before it starts again. */
const WRITTEN_MEMO_LIMIT = 10_000;

export class PhraseReader {
  private readonly analyzer: Analyzer;
  private readonly index: FactIndex;
  private compoundReadingMemo: CompoundReading | undefined;
  /** Word spans already looked for in the base's text (`writes`): a scan of the whole base each. */
  private readonly writtenMemo = new BoundedMemo<string, boolean>(WRITTEN_MEMO_LIMIT);
  /** The same for the sources' own text (`writesItself`). */
  private readonly ownMemo = new BoundedMemo<string, boolean>(WRITTEN_MEMO_LIMIT);
  /** Texts read lately by `phrasedWords`, with their words. */
  private readonly recentMemo = new BoundedMemo<string, readonly string[]>(RECENT_TEXTS);
  /** The base's texts as folded words, one text after another, for WordNet's compounds (`compoundReading`). */
  private readonly baseText: string;
  /** Of those, the sources' own: statements, quotes and entity names, not the hand-written questions and keywords. */
  private readonly ownText: string;

  /** Each term naming a side with its country's capital as written ("norway" → "oslo"), capitals.ts. */
  private readonly capitalNames: ReadonlyMap<string, string>;

  constructor(parts: {
    analyzer: Analyzer;
    index: FactIndex;
    entityNames: readonly string[];
    capitalNames?: ReadonlyMap<string, string>;
  }) {
    this.analyzer = parts.analyzer;
    this.index = parts.index;
    this.capitalNames = parts.capitalNames ?? new Map();
    // Here, when the engine is built, not on the first compound a member types: on a large base that
    // question waited seconds for it (docs/engine.md, figures). Each distinct text once: quotes and entity
    // names recur across facts.
    const own = new Set<string>(parts.entityNames);
    const written = new Set<string>(parts.entityNames);
    for (const { fact } of this.index.facts) {
      for (const text of [fact.statement, ...fact.quotes.map((q) => q.text)]) {
        own.add(text);
        written.add(text);
      }
      for (const text of [...fact.questions, ...fact.keywords]) written.add(text);
    }
    this.baseText = joinedText(written);
    this.ownText = joinedText(own);
  }

  /**
   * The text's folded words, two the base writes as one closed up, then the lexicon's phrases replaced.
   * A pure function of the text, and one reading of a question asks it of the same text more than once
   * (its terms, then its claimed verb): recent texts are remembered.
   */
  phrasedWords(text: string): readonly string[] {
    return this.recentMemo.get(text, (t) => this.read(t));
  }

  private read(text: string): readonly string[] {
    const phrased = this.analyzer.phrased(closedCompounds(words(text), this.index.vocabulary, this.analyzer));
    const reading = this.compoundReading();
    const read = readCompounds(readMembers(phrased, wordnetMembers(), reading), wordnetCompounds(), reading);
    const plain = withoutInTheEnd(withoutBasedOn(read, this.baseText), this.baseText);
    return countriesAsCapitals(this.sideCapitalsNamed(plain, reading), reading);
  }

  /**
   * "When Chilean warplanes hit THE NORWEGIAN CAPITAL", "Norway's capital": a side's capital named by its
   * side is the city, which is how the sources name it ("strikes on Oslo"); as words, "capital" is one the
   * base may never use, weighed as the rarest of the ask. Only a capital the base names, and not where the
   * base writes the words itself (a curator's question "which targets in the Norwegian capital were struck?"
   * keeps them: its fact is then met by them as typed).
   */
  private sideCapitalsNamed(words: readonly string[], reading: CompoundReading): readonly string[] {
    if (this.capitalNames.size === 0 || !words.includes("capital")) return words;
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      const next = words[i + 1];
      const term = this.analyzer.termOf(word)?.term;
      const capital = term === undefined ? undefined : this.capitalNames.get(term);
      if (
        next === "capital" &&
        capital !== undefined &&
        reading.has([capital]) &&
        !reading.has([word, next])
      ) {
        out.push(capital);
        i++;
      } else out.push(word);
    }
    return out;
  }

  /** How WordNet's compounds are read against the base's own words (wordnet-compounds.ts). */
  private compoundReading(): CompoundReading {
    if (this.compoundReadingMemo) return this.compoundReadingMemo;
    // Every word of the base's text is in the vocabulary: a span with a word it lacks is not written, and
    // needs no scan. A span scanned for is remembered (bounded: a long-running bot meets new ones).
    const inText = (text: string, memo: BoundedMemo<string, boolean>) => (span: readonly string[]) => {
      if (!span.every((word) => this.index.vocabulary.has(word))) return false;
      return memo.get(span.join(" "), (key) => text.includes(` ${key} `));
    };
    const writes = inText(this.baseText, this.writtenMemo);
    this.compoundReadingMemo = {
      fold: (lemma) => words(lemma.replace(/_/g, " ")),
      // A lemma of several words is had only as the base writes it: "chief of state" is not had for a
      // base's "fire chiefs" and "statement".
      has: (folded) => {
        if (folded.length > 1) return writes(folded);
        const term = this.analyzer.termOf(folded[0] as string)?.term;
        return term !== undefined && this.index.isKnownTerm(term);
      },
      // "head of state" is read as "president" though a hand-written keyword says "head of state": read as its
      // words, "head" is "lead" and took "who's the caretaker head of state now?" to a side's lead. A compound
      // only the paraphrases write is read as the base without them (ablated, drafted) reads it.
      writesItself: inText(this.ownText, this.ownMemo),
      frequency: (folded) => folded.reduce((sum, w) => sum + (this.index.vocabulary.get(w) ?? 0), 0),
      lemmas: new BoundedMemo(WRITTEN_MEMO_LIMIT),
    };
    return this.compoundReadingMemo;
  }
}

/**
 * "the late-summer sit-down IN FRANCE" of a base whose sources write "talks in Paris": a country the base
 * never names, after a word that places something in it, is read as its capital when the base names that
 * (countries-list: which city is which country's capital); as a word the base lacks, the country's name weighed
 * as a name the sources never give, and the ask was refused. Only where something is placed: "did France
 * host the talks?" asks about the country, which the sources do not name.
 */
function countriesAsCapitals(words: readonly string[], reading: CompoundReading): readonly string[] {
  let out: string[] | undefined;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    if (!PLACING_WORDS.has(words[i - 1] as string)) continue;
    const capital = capitalOfCountry(word);
    if (capital === undefined || reading.has([word]) || !reading.has([capital])) continue;
    out ??= [...words];
    out[i] = capital;
  }
  return out ?? words;
}

/**
 * "reported it BASED ON five sources", "based its story on", "which agency's reporting is it BASED ON?": "based on" is a preposition
 * of grounds (as "citing", "according to"), not the place sense of "based" ("based in Oslo") a keyword may
 * give a fact about where someone works; read as that word, it was required of the answer and the sourcing
 * fact, which never says "based", was refused. Kept where the base writes "based on" itself.
 */
export function withoutBasedOn(words: readonly string[], baseText: string): readonly string[] {
  if (!words.includes("based") || baseText.includes(" based on ")) return words;
  return words.filter((word, i) => word !== "based" || !basesOn(words.slice(i + 1, i + 1 + BASED_ON_REACH)));
}

/**
 * "who took him down IN THE END?": "in the end" with no "of" after it means "finally", no end asked about;
 * read as a word, "end" was required of the fact that tells who did it, which never says "end". Kept where
 * the base writes "in the end" itself.
 */
export function withoutInTheEnd(words: readonly string[], baseText: string): readonly string[] {
  if (!words.includes("end") || baseText.includes(" in the end ")) return words;
  return words.filter(
    (word, i) => word !== "end" || words[i - 1] !== "the" || words[i - 2] !== "in" || words[i + 1] === "of",
  );
}

/** Words "based" may stand before its "on": "based ITS STORY on", "based THE WHOLE REPORT on". */
const BASED_ON_REACH = 4;

/** Whether the words after "based" reach an "on" before any word that places it ("based in", "based at"). */
function basesOn(after: readonly string[]): boolean {
  for (const word of after) {
    if (/^(?:on|upon)$/.test(word)) return true;
    if (/^(?:in|at|from|out|near|inside|outside)$/.test(word)) return false;
  }
  return false;
}

/** Texts as folded words, one after another between " | ", each distinct one once. */
function joinedText(texts: Iterable<string>): string {
  return ` ${[...new Set([...texts].map((text) => words(text).join(" ")))].join(" | ")} `;
}
