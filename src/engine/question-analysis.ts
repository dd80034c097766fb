// Reading a question: its words as weighted index terms (typos corrected, names weighed), the kind of
// question, the sides it names, and the parts of it a fact must support (heads, possessors, predicates).

import type { QuestionKind, Side } from "../knowledge/schema.js";
import { BoundedMemo } from "../shared/bounded-memo.js";
import { asksForPerson, attributeNounWords, headWords, personQualifier } from "./ask-attributes.js";
import { TENSE_AUXILIARIES } from "./auxiliaries.js";
import { WordFamilies } from "./derivation.js";
import { commonWordOneEditFrom, isMannerAdverb, isVerbForm, wordClass } from "./english.js";
import { isFunctionWord } from "./function-words.js";
import { type Correction, type Corrector, editDistance, namePhraseCorrections } from "./fuzzy.js";
import { type Analyzer, words } from "./normalise.js";
import { isPartyAbbreviation } from "./party-abbreviations.js";
import { predicateWord } from "./predicate.js";
import { questionKindOf } from "./question-kinds.js";
import { MAX_QUESTION_LENGTH } from "./question-length.js";
import { reactingPartyOf } from "./reacting-party.js";
import type { FactIndex, QueryTerm } from "./search.js";
import { mainClauseOf } from "./time-intent.js";
import { isMonthName } from "./time-words.js";
import { type CompoundReading, readCompounds, wordnetCompounds } from "./wordnet-compounds.js";

/** "al-Rashid's government", "Novak's administration": a person's name standing for a body they lead. */
const POSSESSED_BODY =
  /([\p{L}-]+)['’]s\s+(government|govt|administration|regime|leadership|delegation|team|forces|army|ministry|office|officials|camp)\b/giu;
/** "who SIGNED …", "who runs …": the word right after "who" (an auxiliary there is a stopword, no verb). */
const WHO_DID = /^\W*who\s+([\p{L}-]+)\b/iu;
/** Weight of a word the lexicon calls generic ("exactly", "currently", "stuff"), known to the base or not. */
export const GENERIC_WORD_WEIGHT = 0.3;
/** A capitalised unknown word inside a question is most likely a name the story does not contain. */
const UNKNOWN_NAME_FACTOR = 1.5;
/**
 * Floor for a known word's weight. The story's sides are named in nearly every fact, so their IDF is close
 * to zero, yet "Who leads NORWAY's side?" and "Who leads CHILE's side?" must not get the same answer.
 */
const MIN_KNOWN_WEIGHT = 0.25;
/** Question words whose short misspellings are read as them (and so dropped as stopwords). */
const QUESTION_WORDS = ["what", "whats", "when", "where", "which", "whose", "does"];
/** Each extra word of a multi-word name adds this share of its rarest word's weight. */
const NAME_EXTRA_WORD_SHARE = 0.25;
/** Unknown words this short ("u", "n", "ur") are chat shorthand, not a topic the story lacks. */
const SHORTHAND_MAX_LENGTH = 2;

export interface AnalysedQuestion {
  terms: QueryTerm[];
  kind: QuestionKind | null;
  /** Words replaced by a known spelling, e.g. "rashidd" → "rashid". */
  corrections: Array<{ from: string; to: string }>;
  /** Sides of the talks the question names. */
  sides: ReadonlySet<Side>;
  /** Terms of the thing asked about when the ask wants a part or a count of it ("the POPULATION of"). */
  heads: string[];
  /** A name's term → the term of the body it stands for in the ask ("al-Rashid's GOVERNMENT"). */
  possessors: ReadonlyMap<string, string>;
  /** The ask wants a person's name ("the name of the OFFICIAL", "the names of the MEMBERS"). */
  asksPerson: boolean;
  /** The side the person asked for is on, when the ask says ("who were the CHILEAN officials"). */
  personSide?: Side;
  /**
   * A side's capital named as its government, not as a place ("what has OSLO offered?", not "met in
   * Oslo"): the capital's term → the terms that name its side. A fact naming the side supports it.
   */
  governments: ReadonlyMap<string, readonly string[]>;
  /** The verbs a premise-taking ask claims ("did Norway EXPEL …"), as typed and as terms: the fact must say them. */
  predicates: readonly PredicateTerm[];
  /**
   * Who an ask wants the reaction of ("how did THE US react", "MACRON's reaction"): the words that name a
   * party (a side, an entity's name) or that the base has never seen. A fact's reaction must be theirs.
   */
  reactors: readonly ReactorTerm[];
}

/** A word naming who reacted: as typed, its term, and whether the base knows it. */
export interface ReactorTerm {
  word: string;
  term: string;
  known: boolean;
}

/** A verb an ask claims: as typed, and its index term. */
export interface PredicateTerm {
  word: string;
  term: string;
}

/** Asks that claim an event happened ("did Norway EXPEL …?", "why did Chile SHUT …?"); "how" and "when" asks describe. */
function claimsEvent(kind: QuestionKind | null): boolean {
  return kind === "yes-no" || kind === "why";
}

/** What reading a question needs from the base: built by the engine, which shares the name and side terms. */
export interface QuestionAnalyserParts {
  analyzer: Analyzer;
  index: FactIndex;
  corrector: Corrector;
  /** Multi-word entity names as index terms, longest first, so a name counts once, not per word. */
  names: string[][];
  /** The same names as folded words, stopwords out ("jan novak", "omar rashid"): misspelt names are read against them. */
  nameWords: string[][];
  /** Canonical term → the side it names ("norwegian" → norway, "U.S." → united-states). */
  sideTerms: ReadonlyMap<string, Side>;
  /** Terms of the proper names in entity names and aliases, less the sides': a question naming one asks about it. */
  nameTerms: ReadonlySet<string>;
  /** Weight of a word the base has never seen, as a multiple of the IDF of a word in no fact. */
  unknownWeightFactor: number;
  /** The terms of the sides' capitals ("oslo" → norway): see `sideCapitals` (capitals.ts). */
  capitals: ReadonlyMap<string, Side>;
  /** Every entity's name and aliases ("the BBC news service"): the base's own wording, as its facts' is. */
  entityNames?: readonly string[];
}

/** Before a capital, these make it a place ("met IN Oslo", "flew TO Santiago"), not its government. */
const LOCATIVE_PREPOSITIONS = new Set([
  "in",
  "at",
  "near",
  "into",
  "from",
  "to",
  "around",
  "outside",
  "inside",
  "over",
  "across",
]);

/** After a capital, these make it an actor: "Oslo HAS made …", "push Oslo TO …", "nudge it TOWARD". */
const ACTOR_FOLLOWERS = new Set([...TENSE_AUXILIARIES, "to", "toward", "towards"]);

/**
 * Whether a capital between these words stands for its government, not the city: "what has Oslo
 * offered", "speaks for Oslo", "leaning on Oslo to …", not "met in Oslo" nor "did Chile bomb
 * Oslo?" (the object of a verb is the place acted on, unless the capital is then made to act: "push
 * Oslo to …").
 */
export function namesGovernment(before: string | undefined, after: string | undefined): boolean {
  if (before !== undefined && LOCATIVE_PREPOSITIONS.has(before)) return false;
  if (after !== undefined && ACTOR_FOLLOWERS.has(after)) return true;
  return before === undefined || !isVerbForm(before);
}

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

export class QuestionAnalyser {
  private readonly analyzer: Analyzer;
  private readonly index: FactIndex;
  private readonly corrector: Corrector;
  /** Word families of the base's vocabulary ("leader" → lead), built on first use (derivation.ts). */
  private familiesMemo: WordFamilies | undefined;
  private readonly names: string[][];
  private readonly nameWords: string[][];
  private readonly sideTerms: ReadonlyMap<string, Side>;
  private readonly nameTerms: ReadonlySet<string>;
  private readonly unknownWeightFactor: number;
  private readonly capitals: ReadonlyMap<string, Side>;
  private readonly entityNames: readonly string[];
  /** Side → every term that names it ("norway"; "america" for "U.S.", "us", "Washington"). */
  private readonly termsOfSide = new Map<Side, string[]>();

  constructor(parts: QuestionAnalyserParts) {
    this.capitals = parts.capitals;
    this.entityNames = parts.entityNames ?? [];
    for (const [term, side] of parts.sideTerms) {
      this.termsOfSide.set(side, [...(this.termsOfSide.get(side) ?? []), term]);
    }
    this.analyzer = parts.analyzer;
    this.index = parts.index;
    this.corrector = parts.corrector;
    this.names = parts.names;
    this.nameWords = parts.nameWords;
    this.sideTerms = parts.sideTerms;
    this.nameTerms = parts.nameTerms;
    this.unknownWeightFactor = parts.unknownWeightFactor;
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
    for (const text of this.entityNames) texts.add(text);
    this.baseText = ` ${[...new Set([...texts].map((text) => words(text).join(" ")))].join(" | ")} `;
  }

  analyse(question: string): AnalysedQuestion {
    const text = question.slice(0, MAX_QUESTION_LENGTH);
    const rawWords = text.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
    const capitalised = new Set(
      rawWords
        .slice(1)
        .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
        .flatMap((w) => words(w)),
    );
    // An acronym ("EU", "UN", "IDF") is a name however short.
    const acronyms = new Set(
      rawWords
        .map((w) => w.replace(/['’]s$/u, ""))
        .filter((w) => /^\p{Lu}{2,5}$/u.test(w))
        .flatMap((w) => words(w)),
    );
    const byTerm = new Map<string, QueryTerm>();
    const corrections: Array<{ from: string; to: string }> = [];
    // "Where have they PHYSICALLY met?": in a wh- ask an adverb says how, not what about; in a yes/no ask
    // it is part of the claim ("has norway kicked them out COMPLETELY?").
    const asksWh = (questionKindOf(mainClauseOf(text)) ?? "yes-no") !== "yes-no";
    const phrasedWords = this.phrasedWords(text);
    // "jan nowak", "omar al-rashed": words of a multi-word name, misspelt, read as that name's.
    const inNames = namePhraseCorrections(
      phrasedWords.filter((word) => !this.analyzer.isStopword(word)),
      this.nameWords,
      (word) => wordClass(word) === "common",
    );
    const or = phrasedWords.lastIndexOf("or");
    /** The term just before "or": the first alternative's (the one after it is the rest of the ask). */
    let beforeOr: string | undefined;
    const beforeOrTerms = new Set<string>();
    const afterOr = new Set<string>();
    const governments = new Map<string, readonly string[]>();
    for (const [at, word] of phrasedWords.entries()) {
      const named = inNames.get(word);
      const read = named === undefined ? this.resolve(word) : this.resolveName(word, named);
      if (read === null) continue;
      // "What has OSLO offered?", "has Santiago commented?": a side's capital standing for its government.
      const capitalOf = this.capitals.get(read.term);
      const sideTerms =
        capitalOf !== undefined && namesGovernment(phrasedWords[at - 1], phrasedWords[at + 1])
          ? (this.termsOfSide.get(capitalOf) ?? [])
          : [];
      // A capital the base names (Oslo, where someone works) keeps its term, and a fact on the side
      // supports it; one the base never names is the side, as "Washington" is read as the United States.
      const [sideTerm] = sideTerms;
      const resolved =
        sideTerm !== undefined && !read.known
          ? { term: sideTerm, known: true, corrected: word }
          : this.askedKindOf(read, word);
      if (sideTerms.length > 0 && read.known) governments.set(read.term, sideTerms);
      if (at < or) {
        // Only the word right before "or" is an alternative: in "start before or after X" it is "before",
        // a stopword, and "start" is no alternative to X.
        beforeOr = at === or - 1 ? resolved.term : undefined;
        beforeOrTerms.add(resolved.term);
      } else if (or !== -1 && !beforeOrTerms.has(resolved.term)) afterOr.add(resolved.term);
      if (resolved.corrected) corrections.push({ from: word, to: resolved.corrected });
      let weight: number;
      // A generic word ("stuff", "currently") says nothing about the topic, known to the base or not.
      // "did the uk comment?": a country's or union's abbreviation is a name, typed small or not.
      const name =
        !resolved.known && (capitalised.has(word) || acronyms.has(word) || isPartyAbbreviation(word));
      if (
        this.analyzer.generic.has(resolved.term) ||
        (!resolved.known && !name && word.length <= SHORTHAND_MAX_LENGTH) ||
        (asksWh && !resolved.known && !name && isMannerAdverb(word))
      ) {
        weight = GENERIC_WORD_WEIGHT;
      } else if (resolved.known) weight = Math.max(MIN_KNOWN_WEIGHT, this.index.idf(resolved.term));
      else {
        const nameFactor = name ? UNKNOWN_NAME_FACTOR : 1;
        weight = this.index.unknownIdf * this.unknownWeightFactor * nameFactor;
      }
      const previous = byTerm.get(resolved.term);
      if (!previous || previous.weight < weight) {
        byTerm.set(resolved.term, {
          term: resolved.term,
          weight,
          known: resolved.known,
          ...(resolved.known && this.namesAParty(resolved.term) ? { party: true } : {}),
          word: resolved.corrected ?? word,
          ...(name ? { name } : {}),
        });
      }
    }
    this.shareNameWeights(byTerm);
    this.markAlternatives(byTerm, beforeOr, afterOr);
    const sides = new Set([...byTerm.keys()].flatMap((t) => this.sideTerms.get(t) ?? []));
    const heads = headWords(text).flatMap((phrase) => {
      // Read as the question's terms are: "face-to-face sessions" is face, to, face (the phrase "face to
      // face" → direct), not one word "face-to-face" that no fact has.
      for (const word of this.phrasedWords(phrase)) {
        // "what are the ODDS of …" of a base that never says odds: a fact that gives what may come.
        const read = this.resolve(word);
        const resolved = read && this.askedKindOf(read, word);
        if (!resolved || this.sideTerms.has(resolved.term)) continue;
        return this.analyzer.generic.has(resolved.term) ? [] : [resolved.term];
      }
      return [];
    });
    // "what's al-Rashid's SALARY?", "what is the CAPITAL city of Northshire?": an attribute asked of something
    // named, in a word the base has never seen (an ordinary English word, no name): no fact gives it, however
    // much of the rest it shares ("al-Rashid", "governor").
    for (const word of attributeNounWords(mainClauseOf(text))) {
      const read = this.resolve(word);
      const resolved = read && this.askedKindOf(read, word);
      if (!resolved || resolved.known || this.analyzer.generic.has(resolved.term)) continue;
      if (wordClass(word) !== "common" || heads.includes(resolved.term)) continue;
      heads.push(resolved.term);
    }
    // "who MEDIATED the Geneva meeting?", "who SIGNED the accord?": the verb a subject question asks the doer
    // of; a fact on the meeting that does not say it names no mediator.
    const doing = WHO_DID.exec(mainClauseOf(text))?.[1];
    const finite = doing !== undefined && isVerbForm(doing) && !doing.toLowerCase().endsWith("ing");
    const done = finite ? this.resolve(doing) : null;
    if (done && !this.analyzer.generic.has(done.term) && !heads.includes(done.term)) heads.push(done.term);
    const possessors = new Map<string, string>();
    for (const [, owner, body] of text.matchAll(POSSESSED_BODY)) {
      const bodyTerm = this.analyzer.terms(body ?? "")[0];
      if (!bodyTerm) continue;
      for (const term of this.analyzer.terms(owner ?? "")) possessors.set(term, bodyTerm);
    }
    const kind = questionKindOf(mainClauseOf(text));
    const predicates = claimsEvent(kind) ? this.predicateOf(text, byTerm, predicateWord) : [];
    return {
      terms: [...byTerm.values()],
      kind,
      predicates,
      corrections,
      sides,
      heads,
      possessors,
      governments,
      asksPerson: asksForPerson(text),
      ...this.personSideOf(text),
      reactors: this.reactorsOf(text),
    };
  }

  /** "who were the CHILEAN officials": the side the qualifier names, if it names one. */
  private personSideOf(text: string): { personSide?: Side } {
    const qualifier = personQualifier(text);
    const term = qualifier === undefined ? undefined : this.analyzer.termOf(qualifier)?.term;
    const side = term === undefined ? undefined : this.sideTerms.get(term);
    return side === undefined ? {} : { personSide: side };
  }

  /**
   * The party an ask wants the reaction of, as terms: a side or an entity the base names, or a word it has
   * never seen ("macron"); other words ("government", "officials") describe rather than name, and a fact
   * need not repeat them.
   */
  private reactorsOf(text: string): ReactorTerm[] {
    const party = reactingPartyOf(mainClauseOf(text));
    if (party === null) return [];
    // "the US" is read as one phrase ("america"): shown as typed, less its article.
    const typed: string[] = party.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const shown = (word: string) =>
      typed.includes(word) ? word : party.replace(/^.*\b(?:the|a|an)\s+/i, "");
    return this.phrasedWords(party).flatMap((word): ReactorTerm[] => {
      const read = this.resolve(word);
      if (read === null || this.analyzer.generic.has(read.term)) return [];
      if (read.known) {
        return this.namesAParty(read.term) ? [{ word: shown(word), term: read.term, known: true }] : [];
      }
      return word.length > SHORTHAND_MAX_LENGTH || isPartyAbbreviation(word)
        ? [{ word: read.corrected ?? word, term: read.term, known: false }]
        : [];
    });
  }

  /**
   * The verb a yes/no or why ask claims, as a query term, read after the lexicon's phrases ("cut back" →
   * reduce); a generic word or stopword ("know", "happen") claims nothing the fact must repeat.
   */
  private predicateOf(
    text: string,
    byTerm: ReadonlyMap<string, QueryTerm>,
    read: typeof predicateWord,
  ): PredicateTerm[] {
    // Read with the lexicon's phrases replaced: "did Chile STEP UP …" claims "expand". A hyphenated
    // compound is one word, and no verb: "did the August SIT-DOWN happen" claims no sitting.
    const phrased = this.phrasedWords(text.replace(/(?<=\p{L})-(?=\p{L})/gu, "")).join(" ");
    // "did BIDEN meet …": a word that names a party is no verb, though the dictionary inflects it.
    const names = (w: string) => {
      const term = this.analyzer.termOf(w)?.term;
      return term !== undefined && this.namesAParty(term);
    };
    const word = read(phrased, (w) => this.analyzer.isStopword(w), names);
    const claimed = word === undefined ? null : this.analyzer.termOf(word);
    if (word === undefined || claimed === null || this.analyzer.generic.has(claimed.term)) return [];
    // "did Chile PLEDGE …" of a base that never says pledge: the claim is a promise (`@commitment`), which the
    // fact must give as it must give a verb.
    const { term } = this.askedKindOf(
      { term: claimed.term, known: this.index.isKnownTerm(claimed.term) },
      word,
    );
    return byTerm.has(term) ? [{ word, term }] : [];
  }

  /** The text's folded words, two the base writes as one closed up, then the lexicon's phrases replaced. */
  private phrasedWords(text: string): string[] {
    const phrased = this.analyzer.phrased(closedCompounds(words(text), this.index.vocabulary, this.analyzer));
    return readCompounds(phrased, wordnetCompounds(), this.compoundReading());
  }

  private compoundReadingMemo: CompoundReading | undefined;
  /** Word spans already looked for in the base's text (`writes`): a scan of the whole base each. */
  private readonly writtenMemo = new BoundedMemo<string, boolean>(WRITTEN_MEMO_LIMIT);
  /** The base's texts as folded words, one text after another, for WordNet's compounds (`compoundReading`). */
  private readonly baseText: string;

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

  /**
   * "Ahmad al-Rashid" is one thing asked about, not two: the words of a multi-word name share the
   * weight of its rarest word. Otherwise a full name outweighs the word that carries the question
   * ("How OLD is Ahmad al-Rashid?") and the bot answers what was not asked.
   */
  private shareNameWeights(byTerm: Map<string, QueryTerm>): void {
    const grouped = new Set<string>();
    for (const name of this.names) {
      if (name.some((t) => grouped.has(t) || !byTerm.get(t)?.known)) continue;
      const parts = name.map((t) => byTerm.get(t) as QueryTerm);
      const total =
        Math.max(...parts.map((p) => p.weight)) * (1 + NAME_EXTRA_WORD_SHARE * (parts.length - 1));
      const share = total / parts.length;
      for (const part of parts) {
        part.weight = share;
        grouped.add(part.term);
      }
    }
  }

  /**
   * "Are they talking directly or through go-betweens?", "are the talks about land or about security?":
   * the words after the last "or" are one alternative, and the word just before it the other; a fact
   * answers by covering either (search.ts). Only when each side has a word that weighs: "… or not" and
   * "… or nah" offer none.
   */
  private markAlternatives(
    byTerm: Map<string, QueryTerm>,
    beforeOr: string | undefined,
    afterOr: ReadonlySet<string>,
  ): void {
    const first = beforeOr === undefined ? undefined : byTerm.get(beforeOr);
    if (!first || afterOr.has(first.term) || first.weight <= GENERIC_WORD_WEIGHT) return;
    const second = [...afterOr].flatMap((term) => {
      const q = byTerm.get(term);
      return q && q.weight > GENERIC_WORD_WEIGHT ? [q] : [];
    });
    if (second.length === 0) return;
    first.alternative = 1;
    for (const q of second) q.alternative = 2;
  }

  /** Whether a term names an entity or a side ("rashid", "oslo", "norway"), not what is said of one. */
  private namesAParty(term: string): boolean {
    return this.nameTerms.has(term) || this.sideTerms.has(term);
  }

  /** A word's index term: as written, else as corrected for a typo; null for a stopword. */
  private resolve(word: string): { term: string; known: boolean; corrected?: string } | null {
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
   * of question, not weighed as the rarest word. A word the base uses is read as itself.
   */
  private askedKindOf(
    read: { term: string; known: boolean; corrected?: string },
    word: string,
  ): {
    term: string;
    known: boolean;
    corrected?: string;
  } {
    if (read.known) return read;
    const asked = this.analyzer.askedKindOf(read.term, read.corrected ?? word);
    return asked !== undefined && this.index.isKnownTerm(asked) ? { term: asked, known: true } : read;
  }

  /** A word read as a name's word (`namePhraseCorrections`): that word's term, as a correction. */
  private resolveName(
    word: string,
    name: string,
  ): { term: string; known: boolean; corrected?: string } | null {
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
