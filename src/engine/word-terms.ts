// A question's word as an index term: as written, else as corrected for a typo, read as a misspelt name's
// word or a word of the same family, or as the kind of thing it asks; null for a stopword.
import type { Side } from "../knowledge/schema.js";
import { BoundedMemo } from "../shared/bounded-memo.js";
import { WordFamilies } from "./derivation.js";
import { commonWordOneEditFrom, wordClass } from "./english.js";
import { isFunctionWord } from "./function-words.js";
import { type Correction, type Corrector, editDistance } from "./fuzzy.js";
import { kindsNamed, kindTerm } from "./kind-nouns.js";
import { type Analyzer, askedThingTerm } from "./normalise.js";
import { namesPerson } from "./person-nouns.js";
import type { FactIndex } from "./search.js";
import { isMonthName } from "./time-words.js";

/** Words `resolve` remembers before it starts again. */
const RESOLVED_LIMIT = 10_000;

/** Question words whose short misspellings are read as them (and so dropped as stopwords). */
const QUESTION_WORDS = ["what", "whats", "when", "where", "which", "whose", "does"];

/** The index term of a fact that names who did something (asked-things.ts). */
const WHO_IS_ASKED = askedThingTerm("who");

export class WordTerms {
  private readonly analyzer: Analyzer;
  private readonly index: FactIndex;
  private readonly corrector: Corrector;
  private readonly sideTerms: ReadonlyMap<string, Side>;
  private readonly nameTerms: ReadonlySet<string>;
  /** Words already read by `resolve`, with their terms. */
  private readonly resolved = new BoundedMemo<
    string,
    Readonly<{ term: string; known: boolean; corrected?: string }> | null
  >(RESOLVED_LIMIT);
  /** Word families of the base's vocabulary ("leader" → lead), built on first use (derivation.ts). */
  private familiesMemo: WordFamilies | undefined;

  constructor(parts: {
    analyzer: Analyzer;
    index: FactIndex;
    corrector: Corrector;
    sideTerms: ReadonlyMap<string, Side>;
    nameTerms: ReadonlySet<string>;
  }) {
    this.analyzer = parts.analyzer;
    this.index = parts.index;
    this.corrector = parts.corrector;
    this.sideTerms = parts.sideTerms;
    this.nameTerms = parts.nameTerms;
  }

  /** Whether a term names an entity or a side ("rashid", "oslo", "norway"), not what is said of one. */
  namesAParty(term: string): boolean {
    return this.nameTerms.has(term) || this.sideTerms.has(term);
  }

  /**
   * A word's index term: as written, else as corrected for a typo; null for a stopword. A pure function of
   * the word, and a question's words are read again by each of its asks and by each claim asked again:
   * remembered (bounded).
   */
  resolve(word: string): Readonly<{ term: string; known: boolean; corrected?: string }> | null {
    return this.resolved.get(word, (w) => this.read(w));
  }

  private read(word: string): { term: string; known: boolean; corrected?: string } | null {
    const direct = this.analyzer.termOf(word);
    if (direct === null) return null;
    if (this.index.isKnownTerm(direct.term) || this.analyzer.generic.has(direct.term)) {
      return { term: direct.term, known: this.index.isKnownTerm(direct.term) };
    }
    if (this.isStopwordTypo(word)) return null;
    // "could you tell me WHETHER", "AMID the talks", "yeah": a function word the base never uses weighs
    // nothing, as a stopword does, not as the rarest word.
    if (isFunctionWord(word)) return null;
    // A month is a time, never a typo of a word the base has ("march" is not "Marco").
    if (isMonthName(word)) return { term: direct.term, known: false };
    const correction = this.corrector.correct(word) ?? this.possessiveNameCorrection(word);
    if (correction && !this.isNameMadeCommon(word, correction.word)) {
      const fixed = this.analyzer.termOf(correction.word);
      if (fixed === null) return null;
      if (this.index.isKnownTerm(fixed.term))
        return { term: fixed.term, known: true, corrected: correction.word };
      if (this.analyzer.generic.has(fixed.term))
        return { term: fixed.term, known: false, corrected: correction.word };
    }
    // "Who is the LEADER?" of a base that says "led": a word of the same family the base has.
    const related = this.families().relatedTerm(word);
    if (related !== undefined) return { term: related, known: true };
    // "overthru", "tahreer": spelt as it sounds, too far for the corrector; never a word a dictionary has.
    const sounding = wordClass(word) === "unknown" ? this.corrector.soundsLike(word) : null;
    const heard = sounding === null ? null : this.analyzer.termOf(sounding);
    if (sounding !== null && heard && this.index.isKnownTerm(heard.term)) {
      return { term: heard.term, known: true, corrected: sounding };
    }
    // A misspelt common word the base lacks ("titel") is that word, weighed as unknown but no name; a
    // misspelt stopword ("betwen", "manny", "teh") is the stopword, and weighs nothing.
    const common = commonWordOneEditFrom(word);
    const fixed = common === null ? null : this.analyzer.termOf(common);
    if (common !== null && fixed === null) return null;
    if (common !== null && fixed) {
      if (this.index.isKnownTerm(fixed.term)) return { term: fixed.term, known: true, corrected: common };
      const relatedToCommon = this.families().relatedTerm(common);
      if (relatedToCommon !== undefined) return { term: relatedToCommon, known: true, corrected: common };
      return { term: fixed.term, known: false, corrected: common };
    }
    return { term: direct.term, known: false };
  }

  /**
   * "what was the VENUE?", "what's rashid's day JOB?" of a base that never says venue or job: a word the
   * lexicon's `asks` says names what is asked (a place, a post) is met by the facts that answer that kind
   * of question, not weighed as the rarest word. A word the base uses is read as itself. So is a word naming
   * a kind of person at the head of a "which" ask (`askedHead`: "which SPYMASTER tagged along …"), person-nouns.ts.
   */
  askedKindOf(
    read: { term: string; known: boolean; corrected?: string },
    word: string,
    askedHead = false,
    kindHead = false,
  ): {
    term: string;
    known: boolean;
    corrected?: string;
  } {
    const typed = read.corrected ?? word;
    // "which AGENCY broke the story?": a word the base uses, and the kind it describes an entity as.
    if (read.known && kindHead && this.index.kindHeads().includes(typed)) {
      return { term: kindTerm(typed), known: true };
    }
    if (read.known) return read;
    const asked =
      this.analyzer.askedKindOf(read.term, typed) ??
      (askedHead && namesPerson(typed) ? WHO_IS_ASKED : undefined) ??
      (kindHead ? this.index.kindOfAny(kindsNamed(typed, this.index.kindHeads())) : undefined);
    return asked !== undefined && this.index.isKnownTerm(asked) ? { term: asked, known: true } : read;
  }

  /** A word read as a name's word (`namePhraseCorrections`): that word's term, as a correction. */
  resolveName(word: string, name: string): { term: string; known: boolean; corrected?: string } | null {
    const term = this.analyzer.termOf(name);
    if (term === null || !this.index.isKnownTerm(term.term)) return this.resolve(word);
    return { term: term.term, known: true, corrected: name };
  }

  private families(): WordFamilies {
    this.familiesMemo ??= new WordFamilies(this.index.vocabulary, {
      termOf: (word) => this.analyzer.termOf(word)?.term ?? null,
      isKnownTerm: (term) => this.index.isKnownTerm(term),
    });
    return this.familiesMemo;
  }

  /**
   * "ron MILLARS job": a possessive typed without its apostrophe on a misspelt name, too far for the
   * corrector as one word ("millars" is two edits from "miller"); the word less its "s" corrected to a name
   * the base has. Only a name: "sources" less its "s" is no possessive.
   */
  private possessiveNameCorrection(word: string): Correction | null {
    if (!word.endsWith("s") || word.endsWith("ss")) return null;
    const correction = this.corrector.correct(word.slice(0, -1));
    const term = correction === null ? undefined : this.analyzer.termOf(correction.word)?.term;
    return term !== undefined && this.nameTerms.has(term) ? correction : null;
  }

  /**
   * "Biden" is one edit from "widen", but a name the dictionary lists, read as a word with another first
   * letter, is another name, not a typo: people seldom mistype a word's first letter. It stays a name the
   * sources may lack. "Provence" → province keeps its first letter and is made, as a listed name one
   * edit from a base name is.
   * Nor is a common word the dictionary lists made another word with another first letter: "sanctions"
   * is not "actions".
   */
  private isNameMadeCommon(word: string, correction: string): boolean {
    if (word[0] === correction[0]) return false;
    const written = wordClass(word);
    return written === "common" || (written === "name" && wordClass(correction) === "common");
  }

  /**
   * "wat", "wher", "whta": a short unknown word one edit from a question word is that word. Only the
   * question words are targets: "tall" is not "tell", and "live" is not "like".
   */
  private isStopwordTypo(word: string): boolean {
    if (word.length < 3 || word.length > 4) return false;
    return QUESTION_WORDS.some((target) => editDistance(word, target, 1) <= 1);
  }
}
