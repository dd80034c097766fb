// Reading a question: its words as weighted index terms (typos corrected, names weighed), the kind of
// question, the sides it names, and the parts of it a fact must support (heads, possessors, predicates).
// The analyser puts together what its helpers read: a word's term (word-terms.ts), a text's words as the base
// writes them (phrase-reader.ts), the weights (term-weights.ts) and the parts of an ask (ask-parts.ts).
import type { Side } from "../knowledge/schema.js";
import { BoundedMemo } from "../shared/bounded-memo.js";
import type { AnalysedQuestion } from "./analysed-question.js";
import { asksForPerson } from "./ask-attributes.js";
import { AskParts } from "./ask-parts.js";
import { actsAsGovernment, namesGovernment } from "./capital-governments.js";
import { isMannerAdverb, isOftenSaidCommonWord } from "./english.js";
import { type Corrector, namePhraseCorrections } from "./fuzzy.js";
import { isKindHead, isKindTerm, namesOrganization } from "./kind-nouns.js";
import { type Analyzer, words } from "./normalise.js";
import { isPartyAbbreviation } from "./party-abbreviations.js";
import { isAskedHead, namesPerson } from "./person-nouns.js";
import { PhraseReader } from "./phrase-reader.js";
import { predicateWord } from "./predicate.js";
import { claimsEvent, questionKindOf } from "./question-kinds.js";
import { MAX_QUESTION_LENGTH } from "./question-length.js";
import { asksWhatPartySaid } from "./reacting-party.js";
import type { FactIndex, QueryTerm } from "./search.js";
import {
  GENERIC_WORD_WEIGHT,
  MIN_KNOWN_WEIGHT,
  markAlternatives,
  SHORTHAND_MAX_LENGTH,
  shareNameWeights,
  UNKNOWN_NAME_FACTOR,
} from "./term-weights.js";
import { mainClauseOf } from "./time-intent.js";
import { WordTerms } from "./word-terms.js";

/** A verb of going and "to" before a place: "FLY TO Oslo", "travelled back to Riga", "WENT TO the capital". */
const TRAVEL_TO =
  /\b(?:fly|flew|flown|flying|travel(?:l?ed|l?ing|s)?|go|goes|went|gone|going|head(?:ed|ing|s)?|return(?:ed|ing|s)?)\s+(?:back\s+)?to\s+([\p{L}-]+)/giu;

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
  /** Each term naming a side with its capital as written ("norway" → "oslo"): `capitalNamesOfSides`. */
  capitalNames?: ReadonlyMap<string, string>;
  /** Every entity's name and aliases ("the BBC news service"): the base's own wording, as its facts' is. */
  entityNames?: readonly string[];
}

/**
 * Readings remembered: one ask reads the same text more than once (a premise's claim asked again is read by
 * the answer and again by the correction), and a handful of recent texts cover one ask's readings.
 */
const RECENT_READINGS = 64;

/** The first part of a question's reading: its kind and its words as weighted terms, by term. */
interface TermReading {
  kind: AnalysedQuestion["kind"];
  byTerm: ReadonlyMap<string, QueryTerm>;
  corrections: AnalysedQuestion["corrections"];
  governments: ReadonlyMap<string, readonly string[]>;
  /** The sides whose capitals own a person or an organization in the ask ("OSLO'S team"): named sides. */
  ownerSides: ReadonlySet<Side>;
}

/** A word as the base reads it: its term, whether the base knows it, and the word it was corrected to. */
type ResolvedWord = Readonly<{ term: string; known: boolean; corrected?: string }>;

/**
 * The words typed as names: capitalised past the first word, or an acronym ("EU", "UN", "IDF"), a name
 * however short.
 */
function typedAsNames(text: string): ReadonlySet<string> {
  const rawWords = text.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  const capitalised = rawWords.slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  const acronyms = rawWords.map((w) => w.replace(/['’]s$/u, "")).filter((w) => /^\p{Lu}{2,5}$/u.test(w));
  return new Set([...capitalised, ...acronyms].flatMap((w) => words(w)));
}

/**
 * The words typed in the possessive ("OSLO'S team", "Lima’s negotiator"): a capital that owns something there is
 * its government, wherever it stands in the clause.
 */
function typedAsPossessives(text: string): ReadonlySet<string> {
  const possessives = text.match(/[\p{L}\p{N}-]+['’]s\b/gu) ?? [];
  return new Set(possessives.flatMap((w) => words(w.replace(/['’]s$/u, "")).slice(-1)));
}

/** How many words after a possessive its noun may come: "Oslo's NEGOTIATING team", "Oslo's TOP envoy". */
const POSSESSED_NOUN_REACH = 2;

/**
 * Whether a word in the possessive owns a person or an organization ("OSLO'S negotiator", "… negotiating team"),
 * as WordNet reads the noun (a plural as its singular): a capital that does is its government, not the city,
 * whatever comes before it ("who heads Oslo's team?"); one that owns a place or a thing ("bomb Oslo's airport")
 * is the city.
 */
function ownsPartyMember(phrasedWords: readonly string[], at: number): boolean {
  for (const word of phrasedWords.slice(at + 1, at + 1 + POSSESSED_NOUN_REACH)) {
    const singular = word.endsWith("s") ? word.slice(0, -1) : word;
    if ([word, singular].some((noun) => namesPerson(noun) || namesOrganization(noun))) return true;
  }
  return false;
}

/** The terms on either side of a question's last "or", read word by word. */
class Alternatives {
  /** The term just before "or": the first alternative's (the one after it is the rest of the ask). */
  beforeOr: string | undefined;
  readonly #before = new Set<string>();
  readonly afterOr = new Set<string>();

  /** `or`: the position of the question's last "or", or -1. */
  constructor(private readonly or: number) {}

  add(at: number, term: string): void {
    if (at < this.or) {
      // Only the word right before "or" is an alternative: in "start before or after X" it is "before",
      // a stopword, and "start" is no alternative to X.
      this.beforeOr = at === this.or - 1 ? term : undefined;
      this.#before.add(term);
    } else if (this.or !== -1 && !this.#before.has(term)) this.afterOr.add(term);
  }
}

export class QuestionAnalyser {
  private readonly readings = new BoundedMemo<string, AnalysedQuestion>(RECENT_READINGS);
  private readonly termReadings = new BoundedMemo<string, TermReading>(RECENT_READINGS);
  private readonly terms: WordTerms;
  private readonly phrases: PhraseReader;
  private readonly askParts: AskParts;

  private readonly analyzer: Analyzer;
  private readonly index: FactIndex;
  private readonly names: string[][];
  private readonly nameWords: string[][];
  private readonly sideTerms: ReadonlyMap<string, Side>;
  private readonly unknownWeightFactor: number;
  private readonly capitals: ReadonlyMap<string, Side>;
  /** Side → every term that names it ("norway"; "america" for "U.S.", "us", "Washington"). */
  private readonly termsOfSide = new Map<Side, string[]>();
  /** The terms of the lexicon's words for governing and leading ("rules", "heads"): `governs`. */
  private readonly governingTerms: ReadonlySet<string>;

  constructor(parts: QuestionAnalyserParts) {
    this.capitals = parts.capitals;
    for (const [term, side] of parts.sideTerms) {
      this.termsOfSide.set(side, [...(this.termsOfSide.get(side) ?? []), term]);
    }
    this.analyzer = parts.analyzer;
    this.governingTerms = new Set([...parts.analyzer.terms("govern"), ...parts.analyzer.terms("lead")]);
    this.index = parts.index;
    this.names = parts.names;
    this.nameWords = parts.nameWords;
    this.sideTerms = parts.sideTerms;
    this.unknownWeightFactor = parts.unknownWeightFactor;
    this.terms = new WordTerms({
      analyzer: parts.analyzer,
      index: parts.index,
      corrector: parts.corrector,
      sideTerms: parts.sideTerms,
      nameTerms: parts.nameTerms,
    });
    this.phrases = new PhraseReader({
      analyzer: parts.analyzer,
      index: parts.index,
      entityNames: parts.entityNames ?? [],
      capitalNames: parts.capitalNames,
    });
    this.askParts = new AskParts({
      analyzer: parts.analyzer,
      index: parts.index,
      sideTerms: parts.sideTerms,
      phrases: this.phrases,
      terms: this.terms,
    });
  }

  /** A question's reading: a pure function of its text, so a text read lately is not read again. */
  analyse(question: string): AnalysedQuestion {
    return this.readings.get(question.slice(0, MAX_QUESTION_LENGTH), (text) => this.read(text));
  }

  /**
   * A question's weighted terms and the capitals it names as governments, the first part of its reading
   * (`analyse`), remembered as the reading is: enough to tell that an ask names a party the base lacks
   * before the parts a fact must support are read.
   */
  termsOf(question: string): Pick<AnalysedQuestion, "terms" | "governments"> {
    const { byTerm, governments } = this.termReading(question.slice(0, MAX_QUESTION_LENGTH));
    return { terms: [...byTerm.values()], governments };
  }

  private termReading(text: string): TermReading {
    return this.termReadings.get(text, (t) => this.readTerms(t));
  }

  private read(text: string): AnalysedQuestion {
    const { kind, byTerm, corrections, governments, ownerSides } = this.termReading(text);
    const sides = new Set([...byTerm.keys()].flatMap((t) => this.sideTerms.get(t) ?? []));
    for (const side of ownerSides) sides.add(side);
    const heads = this.askParts.headsOf(text);
    const possessors = this.askParts.possessorsOf(text);
    const predicates = claimsEvent(kind) ? this.askParts.predicateOf(text, byTerm, predicateWord) : [];
    const landmarkEvent = this.askParts.landmarkEventOf(text, byTerm);
    const countScope = this.askParts.countScopeOf(text, byTerm);
    const personQualifiers = this.askParts.personQualifiersOf(text, byTerm);
    const claimedSide =
      kind === "yes-no" ? this.askParts.claimedSideOf(text, byTerm) : this.askParts.doerSideOf(text, byTerm);
    const metSide = kind === "yes-no" ? this.askParts.metSideOf(text, byTerm) : undefined;
    const doerVerb = kind === "who" ? this.askParts.doerVerbOf(text) : undefined;
    const ledThing = kind === "who" ? this.askParts.ledThingOf(text) : undefined;
    const kindSide = heads.some(isKindTerm) ? this.askParts.kindSideOf(text) : undefined;
    const givenClause =
      kind === "yes-no" || kind === "when" ? this.askParts.givenClauseOf(text, byTerm) : undefined;
    const destinations = [...text.matchAll(TRAVEL_TO)].flatMap((m) => {
      const term = this.analyzer.termOf(m[1] ?? "")?.term;
      return term !== undefined && byTerm.get(term)?.known ? [term] : [];
    });
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
      ...this.askParts.personSideOf(text),
      reactors: this.askParts.reactorsOf(text),
      ...(asksWhatPartySaid(mainClauseOf(text)) ? { asksSaid: true } : {}),
      ...(landmarkEvent ? { landmarkEvent } : {}),
      ...(countScope.length > 0 ? { countScope } : {}),
      ...(personQualifiers.length > 0 ? { personQualifiers } : {}),
      ...(claimedSide ? { claimedSide } : {}),
      ...(metSide ? { metSide } : {}),
      ...(doerVerb ? { doerVerb } : {}),
      ...(ledThing ? { ledThing } : {}),
      ...(kindSide ? { kindSide } : {}),
      ...(destinations.length > 0 ? { destinations } : {}),
      ...(givenClause ? { givenClause } : {}),
    };
  }

  /** The question's kind and its words as weighted terms (`termsOf`). */
  private readTerms(text: string): TermReading {
    const names = typedAsNames(text);
    const byTerm = new Map<string, QueryTerm>();
    const corrections: Array<{ from: string; to: string }> = [];
    // "Where have they PHYSICALLY met?": in a wh- ask an adverb says how, not what about; in a yes/no ask
    // it is part of the claim ("has norway kicked them out COMPLETELY?").
    const kind = questionKindOf(mainClauseOf(text));
    const asksWh = (kind ?? "yes-no") !== "yes-no";
    const phrasedWords = this.phrases.phrasedWords(text);
    // "jan nowak", "omar al-rashed": words of a multi-word name, misspelt, read as that name's.
    const inNames = namePhraseCorrections(
      phrasedWords.filter((word) => !this.analyzer.isStopword(word)),
      this.nameWords,
      // A listed word people seldom say ("basher", 16 times in SUBTLEX-US) may be a name's misspelt word
      // beside the rest of the name ("basher al rashid"); one said often stays itself ("foreign minister").
      isOftenSaidCommonWord,
    );
    const alternatives = new Alternatives(phrasedWords.lastIndexOf("or"));
    const governments = new Map<string, readonly string[]>();
    const possessives = typedAsPossessives(text);
    const ownerSides = new Set<Side>();
    for (const [at, word] of phrasedWords.entries()) {
      const owner = possessives.has(word) && ownsPartyMember(phrasedWords, at);
      const reading = this.readWord(phrasedWords, at, inNames.get(word), owner);
      if (reading === null) continue;
      const { resolved, government } = reading;
      if (government) governments.set(government.term, government.sideTerms);
      if (government && owner) {
        for (const sideTerm of government.sideTerms) {
          const side = this.sideTerms.get(sideTerm);
          if (side !== undefined) ownerSides.add(side);
        }
      }
      alternatives.add(at, resolved.term);
      if (resolved.corrected) corrections.push({ from: word, to: resolved.corrected });
      // "did the uk comment?": a country's or union's abbreviation is a name, typed small or not.
      const name = !resolved.known && (names.has(word) || isPartyAbbreviation(word));
      const weight = this.weightOf(resolved, word, name, asksWh);
      const previous = byTerm.get(resolved.term);
      if (!previous || previous.weight < weight) {
        byTerm.set(resolved.term, {
          term: resolved.term,
          weight,
          known: resolved.known,
          ...(government?.acts ? { metBy: government.sideTerms } : {}),
          ...(resolved.known && this.terms.namesAParty(resolved.term) ? { party: true } : {}),
          word: resolved.corrected ?? word,
          ...(name ? { name } : {}),
        });
      }
    }
    shareNameWeights(byTerm, this.names);
    markAlternatives(byTerm, alternatives.beforeOr, alternatives.afterOr);
    return { kind, byTerm, corrections, governments, ownerSides };
  }

  /**
   * The term a word of the question is read as, or null for none. "What has OSLO offered?", "has Santiago
   * commented?": a side's capital standing for its government. A capital the base names (Oslo, where someone
   * works) keeps its term, and a fact on the side supports it (`government`); one the base never names is the
   * side, as "Washington" is read as the United States. A capital in the possessive that owns a person or an
   * organization ("who heads OSLO'S team?") is its government, acting, whatever word comes before it.
   */
  private readWord(
    phrasedWords: readonly string[],
    at: number,
    inName: string | undefined,
    possessive = false,
  ): {
    resolved: ResolvedWord;
    government?: { term: string; sideTerms: readonly string[]; acts: boolean };
  } | null {
    const word = phrasedWords[at] as string;
    const read = inName === undefined ? this.terms.resolve(word) : this.terms.resolveName(word, inName);
    if (read === null) return null;
    const capitalOf = this.capitals.get(read.term);
    const sideTerms =
      capitalOf !== undefined &&
      (possessive ||
        namesGovernment(
          phrasedWords[at - 1],
          phrasedWords[at + 1],
          phrasedWords[at - 2],
          this.governs(phrasedWords[at - 2]),
        ))
        ? (this.termsOfSide.get(capitalOf) ?? [])
        : [];
    const [sideTerm] = sideTerms;
    const resolved =
      sideTerm !== undefined && !read.known
        ? { term: sideTerm, known: true, corrected: word }
        : this.terms.askedKindOf(read, word, isAskedHead(phrasedWords, at), isKindHead(phrasedWords, at));
    return sideTerms.length > 0 && read.known
      ? {
          resolved,
          government: {
            term: read.term,
            sideTerms,
            acts: possessive || actsAsGovernment(phrasedWords[at - 1], phrasedWords[at + 1]),
          },
        }
      : { resolved };
  }

  /**
   * Whether a word is one the lexicon reads as governing or leading ("rulers", "leadership", "authorities"):
   * before "in" and a capital, those who govern from it (`namesGovernment`).
   */
  private governs(word: string | undefined): boolean {
    if (word === undefined) return false;
    const [term] = this.analyzer.terms(word);
    return term !== undefined && this.governingTerms.has(term);
  }

  /**
   * A word's weight: a generic word ("stuff", "currently") says nothing about the topic, known to the base or
   * not; a known word weighs its rarity in the base, an unknown one the rarity of a word the base never uses.
   */
  private weightOf(resolved: ResolvedWord, word: string, name: boolean, asksWh: boolean): number {
    if (
      this.analyzer.generic.has(resolved.term) ||
      (!resolved.known && !name && word.length <= SHORTHAND_MAX_LENGTH) ||
      (asksWh && !resolved.known && !name && isMannerAdverb(word))
    ) {
      return GENERIC_WORD_WEIGHT;
    }
    if (resolved.known) return Math.max(MIN_KNOWN_WEIGHT, this.index.idf(resolved.term));
    const nameFactor = name ? UNKNOWN_NAME_FACTOR : 1;
    return this.index.unknownIdf * this.unknownWeightFactor * nameFactor;
  }
}
