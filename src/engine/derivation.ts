// Words of one family that the Porter stemmer keeps apart: "diplomacy" / "diplomatic", "politician" /
// "political", "militarily" / "military", "leader" / "lead". Porter removes inflections and a few
// suffixes; the Lancaster (Paice/Husk) stemmer removes derivational suffixes as well, so two words with the
// same Lancaster root are usually one family. It is too eager to index with ("statement" and "state" →
// stat, "publication" and "public" → publ, "signing" and "significant" → sign): it is used only for a
// question's word that the base has never seen, and only when the root is long enough to name one family.
// An agent noun ("leader", "speaker") is also read as its verb when the base has the verb.
import { lancasterStemmer } from "lancaster-stemmer";

/** Shortest Lancaster root trusted to name one family ("stat", "publ", "sign" name several). */
const MIN_ROOT_LENGTH = 5;
/** An agent noun's verb must keep this many letters ("lead" of "leader"; not "pow" of "power"). */
const MIN_VERB_STEM_LENGTH = 4;
const AGENT_SUFFIX = /(?:er|or)$/;

/** How the engine reads a word: its canonical term, and whether the base has that term. */
export interface TermReader {
  termOf(word: string): string | null;
  isKnownTerm(term: string): boolean;
}

export class WordFamilies {
  /** Lancaster root → the base's most frequent word with that root. */
  private readonly byRoot = new Map<string, { word: string; count: number }>();

  /** `vocabulary`: every word of the base with how often it occurs (the index's vocabulary). */
  constructor(
    vocabulary: ReadonlyMap<string, number>,
    private readonly reader: TermReader,
  ) {
    for (const [word, count] of vocabulary) {
      if (/\d/.test(word)) continue;
      const term = reader.termOf(word);
      if (term === null || !reader.isKnownTerm(term)) continue;
      const root = lancasterStemmer(word);
      if (root.length < MIN_ROOT_LENGTH) continue;
      const known = this.byRoot.get(root);
      if (!known || known.count < count) this.byRoot.set(root, { word, count });
    }
  }

  /** The base's term for a word of the same family as this word, which the base lacks; if one is clear. */
  relatedTerm(word: string): string | undefined {
    if (/\d/.test(word)) return undefined;
    const root = lancasterStemmer(word);
    const relative = root.length >= MIN_ROOT_LENGTH ? this.byRoot.get(root)?.word : undefined;
    if (relative !== undefined) return this.reader.termOf(relative) ?? undefined;
    const term = this.reader.termOf(word);
    if (term === null || !AGENT_SUFFIX.test(term)) return undefined;
    const verb = term.slice(0, -2);
    if (verb.length < MIN_VERB_STEM_LENGTH) return undefined;
    const verbTerm = this.reader.termOf(verb);
    return verbTerm !== null && this.reader.isKnownTerm(verbTerm) ? verbTerm : undefined;
  }
}
