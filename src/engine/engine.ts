// The answer engine: normalise → search → decide → compose. Pure: built once from a loaded knowledge
// base, it answers from memory with no I/O, so every front end can call it synchronously.
import type { QuestionKind, Side, Topic } from "../knowledge/schema.js";
import type { Fact, KnowledgeBase, Story } from "../knowledge/types.js";
import { deepFreeze } from "../shared/freeze.js";
import { truncate } from "../shared/truncate.js";
import { compose, uncited } from "./compose.js";
import { DEFAULT_THRESHOLDS, decide, type Thresholds } from "./decide.js";
import { WordFamilies } from "./derivation.js";
import { commonWordOneEditFrom, isCountryName, isOrdinaryEnglish, wordClass } from "./english.js";
import { Corrector, editDistance, MIN_CORRECTABLE_LENGTH } from "./fuzzy.js";
import { Analyzer, words } from "./normalise.js";
import { placeClaim, predicateWord } from "./predicate.js";
import {
  type Attribute,
  askedAttributes,
  asksForPerson,
  correctQuestionWords,
  headWords,
  isVerification,
  readAsks,
} from "./question.js";
import { kindsOfFact, mismatchFactor, questionKindOf, takesPremise } from "./question-kinds.js";
import { buildIndexData, FactIndex, type Hit, type IndexData, type QueryTerm } from "./search.js";
import { attributesOf, isName, listedAfter } from "./support.js";
import { appendEarlier, Chronology, mainClauseOf, timeIntentOf, withReportDate } from "./time.js";
import type { Answer, AutocompleteChoice, Engine, Suggestion, TimelineEntry } from "./types.js";

/** "al-Sharaa's government", "Trump's administration": a person's name standing for a body they lead. */
const POSSESSED_BODY =
  /([\p{L}-]+)['’]s\s+(government|govt|administration|regime|leadership|delegation|team|forces|army|ministry|office|officials|camp)\b/giu;
/** A capitalised word that does not open a sentence: a name. */
const NAME_INSIDE = /(?<=[\p{Ll},;:(]\s+)\p{Lu}[\p{L}'’-]+/gu;
/** Questions longer than this are cut before analysis: nobody asks a 4,000-character question. */
export const MAX_QUESTION_LENGTH = 500;
/** Weight of a word the lexicon calls generic ("exactly", "currently", "stuff"), known to the base or not. */
export const GENERIC_WORD_WEIGHT = 0.3;
/** A capitalised unknown word inside a question is most likely a name the story does not contain. */
const UNKNOWN_NAME_FACTOR = 1.5;
/** Small ranking bonus for a fact that answers the kind of question asked (who, when, where …). */
const KIND_BONUS = 0.04;
/**
 * Floor for a known word's weight. "Syria" and "Israel" are in nearly every fact, so their IDF is close
 * to zero, yet "Who leads SYRIA's side?" and "Who leads ISRAEL's side?" must not get the same answer.
 */
const MIN_KNOWN_WEIGHT = 0.25;
/** Bonus for a fact about the one side (Syria, Israel, the US) the question names; others are damped. */
const SIDE_BONUS = 0.1;
const OTHER_SIDE_FACTOR = 0.85;
/** With no side named, another side's fact joins a "who leads" answer if it scores this share of the best. */
const OTHER_SIDES_RATIO = 0.7;
/** Question words whose short misspellings are read as them (and so dropped as stopwords). */
const QUESTION_WORDS = ["what", "when", "where", "which", "whose", "does"];
/** Each extra word of a multi-word name adds this share of its rarest word's weight. */
const NAME_EXTRA_WORD_SHARE = 0.25;
/** How many recent answers are remembered (see `ask`). */
export const ANSWER_MEMO_SIZE = 1000;
/**
 * A question quoted back in an answer ("The sources don't answer “…”") or offered as a suggestion is cut to
 * this many characters, to keep the answer short; each front end cuts again to its own limits.
 */
const QUOTED_QUESTION_MAX_LENGTH = 100;

/** Tuning knobs, with the defaults measured on the question sets (see docs/engine.md). */
export interface EngineOptions {
  thresholds: Thresholds;
  /** Weight of a word the base has never seen, as a multiple of the IDF of a word in no fact. */
  unknownWeightFactor: number;
  /** How many recent answers `ask` remembers; 0 turns the memo off (benchmarks measure the work itself). */
  answerMemoSize: number;
}

const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  thresholds: DEFAULT_THRESHOLDS,
  unknownWeightFactor: 0.8,
  answerMemoSize: ANSWER_MEMO_SIZE,
};

/** Unknown words this short ("u", "n", "ur") are chat shorthand, not a topic the story lacks. */
const SHORTHAND_MAX_LENGTH = 2;

interface AnalysedQuestion {
  terms: QueryTerm[];
  kind: QuestionKind | null;
  /** Words replaced by a known spelling, e.g. "dalatti" → "dalati". */
  corrections: Array<{ from: string; to: string }>;
  /** Sides of the talks the question names. */
  sides: ReadonlySet<Side>;
  /** Terms of the thing asked about when the ask wants a part or a count of it ("the POPULATION of"). */
  heads: string[];
  /** A name's term → the term of the body it stands for in the ask ("al-Sharaa's GOVERNMENT"). */
  possessors: ReadonlyMap<string, string>;
  /** The ask wants a person's name ("the name of the OFFICIAL", "the names of the MEMBERS"). */
  asksPerson: boolean;
  /** The verbs a premise-taking ask claims ("did Syria EXPEL …"), as typed and as terms: the fact must say them. */
  predicates: readonly PredicateTerm[];
}

/** A verb an ask claims: as typed, and its index term. */
interface PredicateTerm {
  word: string;
  term: string;
}

/** Asks that claim an event happened ("did Syria EXPEL …?", "why did Israel SHUT …?"); "how" and "when" asks describe. */
function claimsEvent(kind: QuestionKind | null): boolean {
  return kind === "yes-no" || kind === "why";
}

/**
 * What building an engine computes from a base and costs time at scale: what the index cache (src/storage/index-cache/)
 * saves and loads instead. The rest (analyzer, names, sides, fact lookup) is cheap and always rebuilt.
 */
export interface EngineParts {
  index: IndexData;
  /** Kinds of question each fact answers (by position in the base): as declared, as its questions ask, from its data. */
  kinds: ReadonlyArray<ReadonlySet<QuestionKind>>;
}

function buildEngineParts(kb: KnowledgeBase, analyzer: Analyzer): EngineParts {
  return {
    index: buildIndexData(kb.facts, kb.entities, analyzer),
    kinds: kb.facts.map(kindsOfFact),
  };
}

export class AnswerEngine implements Engine {
  readonly facts: readonly Fact[];
  private readonly analyzer: Analyzer;
  private readonly index: FactIndex;
  private readonly corrector: Corrector;
  /** Word families of the base's vocabulary ("leader" → lead), built on first use (derivation.ts). */
  private familiesMemo: WordFamilies | undefined;
  private readonly byId: Map<string, Fact>;
  /** Kinds of question each fact answers: as declared, as its own questions ask, and from its data. */
  private readonly kindsOf: Map<string, ReadonlySet<QuestionKind>>;
  /** Multi-word entity names as index terms, longest first, so a name counts once, not per word. */
  private readonly names: string[][];
  /** Canonical term → the side it names ("syrian" → syria, "U.S." → united-states). */
  private readonly sideTerms: Map<string, Side>;
  /** The canonical term of "lead" (heads, represents, in charge …): the question /who-leads answers. */
  private readonly leadTerm: string;
  /** The story's own wording (story.json): the engine holds none of its own. */
  private readonly story: Story;
  /** Terms of the proper names in entity names and aliases, less the sides': a question naming one asks about it. */
  private readonly nameTerms: ReadonlySet<string>;
  /** Article id → the terms of its title: the headline is context every fact of the article shares. */
  private readonly headlineTerms: Map<string, ReadonlySet<string>>;
  /** Entity id → the terms of its name and aliases: which of a fact's entities a question names. */
  private readonly entityTerms: Map<string, ReadonlySet<string>>;
  /** Entity id → its kind (person, organisation, place …). */
  private readonly entityKinds: Map<string, string>;
  /** Every term of a word of an entity's names: what the statement fallback of `namesSomeoneElse` skips. */
  private readonly entityWordTerms: ReadonlySet<string>;
  /** The entity ids of the story's sides (Syria, Israel, the US): never "someone else" the fact names. */
  private readonly sideIds: ReadonlySet<string>;
  /**
   * Entity id → the terms of the words of its names that only a name has ("sharaa", not "president").
   * Built on first use: telling them apart reads the dictionary (~40 ms), which start-up should not wait
   * for before the gateway connection opens.
   */
  private entityNameTermsMemo: Map<string, ReadonlySet<string>> | undefined;
  private readonly entities: KnowledgeBase["entities"];
  /** Fact id → position in the base (the index's document number). */
  private readonly positionOf: Map<string, number>;
  /** Attributes (date, number, name …) each fact can answer, by id. */
  private readonly attributesOf: Map<string, ReadonlySet<Attribute>>;
  /** When each fact was reported and happened: for "now", "first", "in May" (time.ts). */
  readonly chronology: Chronology;

  private readonly options: EngineOptions;
  private readonly answers = new Map<string, Answer>();
  /** What was built (or loaded) for this base: the index cache saves it. */
  readonly parts: EngineParts;

  /** `parts`, when given, must have been built from this same base (the index cache checks its content hash). */
  constructor(kb: KnowledgeBase, options: Partial<EngineOptions> = {}, parts?: EngineParts) {
    this.options = { ...DEFAULT_ENGINE_OPTIONS, ...options };
    this.facts = kb.facts;
    this.analyzer = new Analyzer(kb.lexicon);
    this.parts = parts ?? buildEngineParts(kb, this.analyzer);
    if (this.parts.kinds.length !== kb.facts.length) {
      throw new RangeError(`engine parts for ${this.parts.kinds.length} facts, not ${kb.facts.length}`);
    }
    this.index = new FactIndex(kb.facts, this.parts.index);
    // Stopwords are kept out of the corrector ("world" must not become "would" and vanish); generic words
    // are in it, so that "artcle" is read as the harmless "article".
    const vocabulary = new Map(
      [...this.index.vocabulary].filter(([word]) => !this.analyzer.isStopword(word)),
    );
    for (const word of kb.lexicon.generic) if (!vocabulary.has(word)) vocabulary.set(word, 1);
    this.corrector = new Corrector(vocabulary);

    this.byId = new Map(kb.facts.map((f) => [f.id, f]));
    const kinds = this.parts.kinds;
    this.kindsOf = new Map(kb.facts.map((f, i) => [f.id, kinds[i] ?? new Set<QuestionKind>()]));
    const names = new Map<string, string[]>();
    for (const entity of kb.entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        const terms = this.analyzer.terms(name);
        if (terms.length > 1) names.set(terms.join(" "), terms);
      }
    }
    this.names = [...names.values()].sort((a, b) => b.length - a.length);
    const sideEntities = new Set<string>(kb.story.sides.map((s) => s.id));
    this.nameTerms = new Set(
      kb.entities
        .filter((entity) => !sideEntities.has(entity.id))
        .flatMap((entity) => [entity.name, ...entity.aliases])
        .flatMap((name) => name.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [])
        .flatMap((word) => this.analyzer.terms(word)),
    );
    this.sideIds = sideEntities;
    this.entityWordTerms = new Set(
      kb.entities.flatMap((entity) =>
        [entity.name, ...entity.aliases].flatMap((n) => this.analyzer.terms(n)),
      ),
    );
    this.entityKinds = new Map(kb.entities.map((entity) => [entity.id, entity.kind]));
    this.entities = kb.entities;
    this.entityTerms = new Map(
      kb.entities
        .filter((entity) => !sideEntities.has(entity.id))
        .map((entity) => [
          entity.id,
          new Set([entity.name, ...entity.aliases].flatMap((name) => this.analyzer.terms(name))),
        ]),
    );
    this.positionOf = new Map(kb.facts.map((f, i) => [f.id, i]));
    this.headlineTerms = new Map(kb.articles.map((a) => [a.id, new Set(this.analyzer.terms(a.title))]));
    this.attributesOf = new Map(kb.facts.map((f) => [f.id, attributesOf(f)]));
    this.leadTerm = this.analyzer.terms("lead")[0] ?? "lead";
    this.story = kb.story;
    this.chronology = new Chronology(kb);
    this.sideTerms = new Map(
      kb.story.sides.flatMap((side) =>
        [side.label, ...side.names].flatMap((name) =>
          this.analyzer.terms(name).map((term): [string, Side] => [term, side.id]),
        ),
      ),
    );
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
    for (const word of this.analyzer.words(text)) {
      const resolved = this.resolve(word);
      if (resolved === null) continue;
      if (resolved.corrected) corrections.push({ from: word, to: resolved.corrected });
      let weight: number;
      // A generic word ("stuff", "currently") says nothing about the topic, known to the base or not.
      const name = !resolved.known && (capitalised.has(word) || acronyms.has(word));
      if (
        this.analyzer.generic.has(resolved.term) ||
        (!resolved.known && !name && word.length <= SHORTHAND_MAX_LENGTH)
      ) {
        weight = GENERIC_WORD_WEIGHT;
      } else if (resolved.known) weight = Math.max(MIN_KNOWN_WEIGHT, this.index.idf(resolved.term));
      else {
        const nameFactor = name ? UNKNOWN_NAME_FACTOR : 1;
        weight = this.index.unknownIdf * this.options.unknownWeightFactor * nameFactor;
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
    const sides = new Set([...byTerm.keys()].flatMap((t) => this.sideTerms.get(t) ?? []));
    const heads = headWords(text).flatMap((phrase) => {
      for (const word of phrase.split(" ")) {
        const resolved = this.resolve(word);
        if (!resolved || this.sideTerms.has(resolved.term)) continue;
        return this.analyzer.generic.has(resolved.term) ? [] : [resolved.term];
      }
      return [];
    });
    const possessors = new Map<string, string>();
    for (const [, owner, body] of text.matchAll(POSSESSED_BODY)) {
      const bodyTerm = this.analyzer.terms(body ?? "")[0];
      if (!bodyTerm) continue;
      for (const term of this.analyzer.terms(owner ?? "")) possessors.set(term, bodyTerm);
    }
    const kind = questionKindOf(mainClauseOf(text));
    const predicates = claimsEvent(kind) ? this.predicateOf(text, byTerm) : [];
    return {
      terms: [...byTerm.values()],
      kind,
      predicates,
      corrections,
      sides,
      heads,
      possessors,
      asksPerson: asksForPerson(text),
    };
  }

  /**
   * The verb a yes/no or why ask claims, as a query term, read after the lexicon's phrases ("cut back" →
   * reduce); a generic word or stopword ("know", "happen") claims nothing the fact must repeat.
   */
  private predicateOf(text: string, byTerm: ReadonlyMap<string, QueryTerm>): PredicateTerm[] {
    // Read with the lexicon's phrases replaced: "did Israel STEP UP …" claims "expand".
    const phrased = this.analyzer.words(text).join(" ");
    const word = predicateWord(phrased, (w) => this.analyzer.isStopword(w));
    const term = word === undefined ? undefined : this.analyzer.termOf(word)?.term;
    if (word === undefined || term === undefined || this.analyzer.generic.has(term)) return [];
    return byTerm.has(term) ? [{ word, term }] : [];
  }

  /**
   * "Ahmad al-Dalati" is one thing asked about, not two: the words of a multi-word name share the
   * weight of its rarest word. Otherwise a full name outweighs the word that carries the question
   * ("How OLD is Ahmad al-Dalati?") and the bot answers what was not asked.
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

  /** Whether a term names an entity or a side ("dalati", "damascus", "syria"), not what is said of one. */
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
    const correction = this.corrector.correct(word);
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
    // A misspelt common word the base lacks ("titel") is that word, weighed as unknown but no name.
    const common = word.length >= MIN_CORRECTABLE_LENGTH ? commonWordOneEditFrom(word) : null;
    const fixed = common === null ? null : this.analyzer.termOf(common);
    if (common !== null && fixed) {
      if (this.index.isKnownTerm(fixed.term)) return { term: fixed.term, known: true, corrected: common };
      const relatedToCommon = this.families().relatedTerm(common);
      if (relatedToCommon !== undefined) return { term: relatedToCommon, known: true, corrected: common };
      return { term: fixed.term, known: false, corrected: common };
    }
    return { term: direct.term, known: false };
  }

  private families(): WordFamilies {
    this.familiesMemo ??= new WordFamilies(this.index.vocabulary, {
      termOf: (word) => this.analyzer.termOf(word)?.term ?? null,
      isKnownTerm: (term) => this.index.isKnownTerm(term),
    });
    return this.familiesMemo;
  }

  /**
   * "Biden" is one edit from "widen", but a name the dictionary lists, read as a word with another first
   * letter, is another name, not a typo: people seldom mistype a word's first letter. It stays a name the
   * sources may lack. "Provence" → province and "Barack" → Barrack keep their first letter and are made.
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

  /** Ranked facts for a question (exposed for diagnostics and benchmarks). */
  rank(question: string, limit = 10): Hit[] {
    return this.rankAnalysed(this.analyse(question), limit);
  }

  private rankAnalysed(analysed: AnalysedQuestion, limit: number): Hit[] {
    const hits = this.index.search(analysed.terms, limit + 5);
    const [named] = analysed.sides.size === 1 ? analysed.sides : [];
    if (named) {
      for (const hit of hits) {
        if (hit.fact.side === named) hit.score += SIDE_BONUS;
        else if (hit.fact.side) hit.score *= OTHER_SIDE_FACTOR;
      }
    }
    const kind = analysed.kind;
    if (kind) {
      for (const hit of hits) {
        const kinds = this.kindsOf.get(hit.fact.id);
        if (kinds?.has(kind)) hit.score += KIND_BONUS;
        else hit.score *= mismatchFactor(kind);
      }
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }

  /**
   * Answers are a pure function of the question, and channels ask the same things again and again: the
   * last `answerMemoSize` answers are kept (least recently used first out). Answers are frozen, so a
   * caller cannot change what the next asker gets.
   */
  private entityNameTerms(): Map<string, ReadonlySet<string>> {
    if (this.entityNameTermsMemo) return this.entityNameTermsMemo;
    // An alias may describe by another entity's one-word name ("Quneitra governor" for al-Dalati): asking
    // "who is the governor of Quneitra?" names Quneitra, not al-Dalati.
    const otherNames = new Map<string, string>();
    for (const entity of this.entities) {
      const terms = this.analyzer.terms(entity.name);
      if (terms.length === 1 && terms[0]) otherNames.set(terms[0], entity.id);
    }
    this.entityNameTermsMemo = new Map(
      this.entities.map((entity) => [
        entity.id,
        new Set(
          [entity.name, ...entity.aliases]
            .flatMap((name) => words(name))
            .filter((word) => wordClass(word) !== "common")
            .flatMap((word) => this.analyzer.terms(word))
            .filter((term) => (otherNames.get(term) ?? entity.id) === entity.id),
        ),
      ]),
    );
    return this.entityNameTermsMemo;
  }

  ask(question: string): Answer {
    const remembered = this.answers.get(question);
    if (remembered) {
      this.answers.delete(question);
      this.answers.set(question, remembered);
      return remembered;
    }
    const answer = deepFreeze(this.answerNow(question));
    if (this.options.answerMemoSize === 0) return answer;
    if (this.answers.size >= this.options.answerMemoSize) {
      const oldest = this.answers.keys().next().value;
      if (oldest !== undefined) this.answers.delete(oldest);
    }
    this.answers.set(question, answer);
    return answer;
  }

  private answerNow(question: string): Answer {
    const trimmed = question.trim();
    if (trimmed === "") {
      return noAnswer(question, `Ask me a question about the ${this.story.name}.`, 0, []);
    }
    const read = correctQuestionWords(trimmed.slice(0, MAX_QUESTION_LENGTH));
    const isSide = (word: string) => this.sideTerms.has(this.analyzer.termOf(word)?.term ?? "");
    const parts = readAsks(read, isSide).map((ask) => this.answerAsk(ask));
    const answered = parts.filter((p) => p.status === "answered");
    if (answered.length === 0) {
      const first = parts.find((p) => p.explanation !== undefined) ?? parts[0];
      const suggestions = (first?.suggestions ?? []).map(suggestionOf);
      const text = first?.explanation ?? this.story.noAnswer;
      return noAnswer(question, text, first?.confidence ?? 0, suggestions);
    }
    const facts: Fact[] = [];
    for (const part of answered) for (const fact of part.facts) if (!facts.includes(fact)) facts.push(fact);
    const earlier = answered
      .flatMap((p) => p.earlier ?? [])
      .filter((f, i, all) => !facts.includes(f) && all.indexOf(f) === i);
    const dated = withReportDate(trimmed, compose(facts), facts, this.chronology);
    const answer = appendEarlier(dated, earlier, this.chronology);
    const prefaces = answered.flatMap((p) => (p.preface ? [uncited(p.preface)] : []));
    // A part the sources do not cover is said, not silently dropped.
    const gaps = parts
      .filter((p) => p.status === "no_answer")
      .map((p) => uncited(p.explanation ?? uncovered(p.ask)));
    return {
      question,
      status: "answered",
      parts: [...prefaces, ...answer, ...gaps],
      score: Math.min(...answered.map((p) => p.confidence)),
      factIds: facts.map((f) => f.id),
      suggestions: [],
    };
  }

  /** One ask of a question: the best fact that supports all it asks, or why there is none. */
  private answerAsk(ask: string): AskResult {
    const result = this.answerAskAsPut(ask);
    return this.placeCorrection(ask, result) ?? result;
  }

  /**
   * "Did they meet in Damascus?", "why did they hold the July talks in Baku?": a claim of a place the
   * facts do not give for that event. When no fact that answers the ask states that place, the ask is put
   * as "where …?" without it; an answer there that names another place is the correction.
   */
  private placeCorrection(ask: string, asPut: AskResult): AskResult | undefined {
    const claim = placeClaim(ask);
    if (!claim) return undefined;
    const placeTerm = this.analyzer.termOf(claim.place.toLowerCase())?.term;
    const known = placeTerm !== undefined && this.index.isKnownTerm(placeTerm);
    if (!placeTerm || !(known ? this.nameTerms.has(placeTerm) : isName(claim.place.toLowerCase()))) {
      return undefined;
    }
    const states = (fact: Fact) =>
      [fact.statement, ...fact.quotes.map((q) => q.text)].some((t) =>
        this.analyzer.terms(t).includes(placeTerm),
      );
    if (asPut.status === "answered" && asPut.facts.some(states)) return undefined;
    const where = this.answerAskAsPut(claim.where);
    if (where.status !== "answered" || where.preface || where.facts.some(states)) return undefined;
    return { ...where, ask, preface: `The sources don't say it was in ${quoted([claim.place])}; they say:` };
  }

  private answerAskAsPut(ask: string): AskResult {
    const analysed = this.analyse(ask);
    const asksLead = analysed.terms.some((t) => t.term === this.leadTerm);
    const [side] = asksLead && analysed.sides.size === 1 ? analysed.sides : [];
    const wanted = askedAttributes(mainClauseOf(ask));
    // A fact may answer for its time only if it answers the ask as asked (time.ts: TimeContext.answers).
    // "Is the Quneitra governor STILL leading?" puts a claim: a newer fact naming someone else answers it.
    const claim = analysed.kind === "yes-no";
    const answers = (fact: Fact) =>
      (analysed.kind === null || this.kindsOf.get(fact.id)?.has(analysed.kind) === true) &&
      this.unsupported({ fact, coverage: 0, questionMatch: 0, score: 0 }, analysed, wanted).every(
        (missing) => claim && !missing.startsWith("("),
      );
    const timed = this.chronology.apply(
      this.rankAnalysed(analysed, 10),
      timeIntentOf(ask),
      {
        answers,
        side,
        leads: asksLead ? this.leadersOf(side) : [],
        asksDate: analysed.kind === "when",
      },
      ask,
    );
    const hits = timed.hits;
    // Only hits that could be answered or suggested are checked (decide looks at nothing lower).
    const supported = hits.filter(
      (hit) =>
        hit.score >= this.options.thresholds.suggest && this.unsupported(hit, analysed, wanted).length === 0,
    );
    const decision = decide(supported, this.options.thresholds);
    if (decision.status === "answered") {
      const facts = decision.hits.map((h) => h.fact);
      if (analysed.sides.size !== 1 && asksLead) facts.push(...otherSides(facts, supported));
      const earlier = [...timed.earlier];
      // "Who leads the talks (now)?" names no side: each side's lead in the answer is that side's newest
      // report of it, and an older one the ranking preferred is shown apart as earlier, never as current.
      // ("At first" and "in May" keep the facts their time chose.)
      const intent = timeIntentOf(ask);
      if (analysed.sides.size !== 1 && asksLead && (intent === null || intent.kind === "latest")) {
        facts.forEach((fact, i) => {
          const newest = fact.side ? this.chronology.newest(this.leadersOf(fact.side)) : undefined;
          if (!newest || newest === fact || !this.chronology.differInReport(newest, fact)) return;
          if (!earlier.includes(fact)) earlier.push(fact);
          facts[i] = newest;
        });
      }
      return { ask, status: "answered", facts, confidence: decision.confidence, suggestions: [], earlier };
    }
    const best = hits[0];
    const bestDecision = decide(hits, this.options.thresholds);
    if (best && bestDecision.status === "answered") {
      const missing = this.unsupported(best, analysed, wanted);
      // "Is it true Syria arrested Hamas members?": a claim put to the bot, wrong in one name, which the
      // best fact covers otherwise. The answer is the correction, said as such.
      // "Is the Quneitra governor STILL leading?" checks a claim about now: the latest report, which
      // names someone else, is the answer.
      const stillTrue = analysed.kind === "yes-no" && timeIntentOf(ask)?.kind === "latest";
      // "Why did Syria ACCEPT the corridor?" of a fact that says Damascus turned it down: the claim is
      // the opposite of what the sources say, and the fact is the correction.
      const contradicted = this.contradictsPredicate(best.fact, analysed, missing);
      const claimed =
        isVerification(ask) || stillTrue || contradicted || this.isSwappedName(best.fact, analysed, missing);
      if (claimed && missing.every((m) => !m.startsWith("("))) {
        const preface = stillTrue
          ? `The latest reports don't mention ${quoted(missing)} here; they say:`
          : contradicted
            ? `The sources don't say ${quoted(missing)}; they say the opposite:`
            : `The sources don't mention ${quoted(missing)}; they say:`;
        return {
          ask,
          status: "answered",
          facts: [best.fact],
          confidence: bestDecision.confidence,
          suggestions: [],
          preface,
        };
      }
      // The words match a fact, but the fact does not say what is asked: say what is missing and what
      // the sources do say, and offer that fact as a suggestion, never as the answer.
      const explanation = explainGap(missing, best.fact);
      return { ask, status: "no_answer", facts: [], confidence: 0, suggestions: [best], explanation };
    }
    const suggestions = bestDecision.status === "no_answer" ? bestDecision.suggestions : [];
    // Too little matched to answer; if what the question names is nowhere in the sources, say so.
    const names = best && suggestions.length > 0 ? this.unsupported(best, analysed, new Set()) : [];
    const explanation =
      names.length > 0 ? `The sources don't say anything about ${quoted(names)}.` : undefined;
    return {
      ask,
      status: "no_answer",
      facts: [],
      confidence: bestDecision.confidence,
      suggestions,
      ...(explanation ? { explanation } : {}),
    };
  }

  /**
   * What the question asks that the hit's fact does not support: a proper name it does not mention, a
   * thing the base has never heard of, or an attribute (date, number, name) it does not give.
   */
  private unsupported(hit: Hit, analysed: AnalysedQuestion, wanted: ReadonlySet<Attribute>): string[] {
    const doc = this.positionOf.get(hit.fact.id) ?? -1;
    const missing: string[] = [];
    for (const term of analysed.terms) {
      const word = term.word ?? term.term;
      if (term.known) {
        // "How long did the Paris meeting last?": a sentence of an article headlined "… meet in Paris …"
        // need not repeat the place to be about it.
        const inContext =
          this.index.has(doc, term.term) || this.headlineTerms.get(hit.fact.articleId)?.has(term.term);
        // "al-Sharaa's government" is the government: a fact about it need not name al-Sharaa.
        const body = analysed.possessors.get(term.term);
        const standsFor = body !== undefined && this.index.has(doc, body);
        if (this.nameTerms.has(term.term) && !inContext && !standsFor) missing.push(word);
      } else if (term.name || (term.weight > GENERIC_WORD_WEIGHT && isName(word))) {
        missing.push(word);
      }
    }
    for (const { word, term } of analysed.predicates) {
      if (!this.index.has(doc, term) && !missing.includes(word)) missing.push(word);
    }
    for (const head of analysed.heads) {
      if (!this.index.has(doc, head)) missing.push(analysed.terms.find((t) => t.term === head)?.word ?? head);
    }
    const has = this.attributesOf.get(hit.fact.id);
    for (const attribute of wanted) if (!has?.has(attribute)) missing.push(`(${attribute})`);
    if (wanted.has("list") && has?.has("list") && !this.listsWhatIsAsked(hit.fact, analysed)) {
      missing.push("(list)");
    }
    if (
      analysed.asksPerson &&
      wanted.has("name") &&
      has?.has("name") &&
      !this.namesSomeoneElse(hit.fact, analysed)
    ) {
      missing.push("(name)");
    }
    return missing;
  }

  /**
   * "Which of the spy's belongings were handed over?": the fact's list must be of something the question
   * asks about (a word of it before the list), not of the side's actions that mention the belongings.
   */
  private listsWhatIsAsked(fact: Fact, analysed: AnalysedQuestion): boolean {
    const before = new Set(this.analyzer.terms(listedAfter(fact.statement)));
    return analysed.terms.some(
      (t) =>
        t.known &&
        t.weight > GENERIC_WORD_WEIGHT &&
        before.has(t.term) &&
        !this.sideTerms.has(t.term) &&
        !this.nameTerms.has(t.term),
    );
  }

  /**
   * Whether the one thing the fact lacks is the ask's verb, and the fact says its opposite (the lexicon's
   * `opposites`): "did Israel step up its strikes?" of "Israel has scaled back its strikes".
   */
  private contradictsPredicate(fact: Fact, analysed: AnalysedQuestion, missing: readonly string[]): boolean {
    const [predicate] = analysed.predicates;
    if (!predicate || missing.length !== 1 || missing[0] !== predicate.word) return false;
    const doc = this.positionOf.get(fact.id) ?? -1;
    return [...this.analyzer.oppositesOf(predicate.term)].some((term) => this.index.has(doc, term));
  }

  /**
   * "Did Netanyahu meet al-Sharaa?" takes for granted a detail the sources correct: the fact that covers
   * the rest of the question names someone else in that place (Trump). One name is missing, and the fact
   * has a named entity the question does not name, so the question swapped one for the other; the fact
   * answers it as a correction. "Did Qatar pay for the meetings?" shares too little with any fact to get
   * here (the decision needs the best score first, the unknown name weighing against it).
   */
  private isSwappedName(fact: Fact, analysed: AnalysedQuestion, missing: readonly string[]): boolean {
    if (missing.length !== 1 || !takesPremise(analysed.kind)) return false;
    // Only a name the base has never seen: a known name the fact lacks ("did Trump meet al-Dalati?")
    // is a relation the sources do not report, not a detail they correct.
    const swapped = analysed.terms.find((t) => (t.word ?? t.term) === missing[0]);
    if (!swapped || swapped.known) return false;
    // A country is another party ("did France push Damascus …?"); "resign" or "ceasefire" is no name.
    const word = swapped.word ?? swapped.term;
    if (isCountryName(word) || isOrdinaryEnglish(word)) return false;
    const asked = new Set(analysed.terms.map((t) => t.term));
    const named = (id: string) => {
      const terms = this.entityTerms.get(id);
      return terms ? [...terms].some((t) => asked.has(t)) : analysed.sides.has(id as Side);
    };
    // The claim keeps the relation's other party ("… meet al-Sharaa", "Syria arrested …"), and the fact
    // names someone in the swapped one's place. "Did Hezbollah attend the talks?" keeps no party.
    return fact.entities.some(named) && fact.entities.some((id) => this.entityTerms.has(id) && !named(id));
  }

  /**
   * "What is the name of the official who spoke to Ragıp Soylu?": the fact must name someone the question
   * does not, and a person when a person is asked for; a fact that names only Soylu (or only the group
   * whose members are asked about) gives no name.
   */
  private namesSomeoneElse(fact: Fact, analysed: AnalysedQuestion): boolean {
    const asked = new Set(analysed.terms.map((t) => t.term));
    // A drafted fact may name someone its entity list lacks: a name inside its statement counts too.
    // Words of a known entity are judged below, by the entity: PIJ's name is no person's.
    const inStatement = (fact.statement.match(NAME_INSIDE) ?? []).some((word) => {
      const terms = this.analyzer.terms(word);
      return (
        wordClass(word.toLowerCase()) !== "common" &&
        terms.length > 0 &&
        terms.every((t) => !asked.has(t) && !this.sideTerms.has(t) && !this.entityWordTerms.has(t))
      );
    });
    if (inStatement) return true;
    return fact.entities.some((id) => {
      const terms = this.entityNameTerms().get(id);
      // Named by a word only a name has, not by a description it shares ("interim president").
      if (
        !terms ||
        terms.size === 0 ||
        [...terms].some((t) => asked.has(t) && !this.sideTerms.has(t)) ||
        this.sideIds.has(id)
      ) {
        return false;
      }
      return !analysed.asksPerson || this.entityKinds.get(id) === "person";
    });
  }

  suggest(partial: string, limit: number, maxLength: number): AutocompleteChoice[] {
    const typed = partial.trim().slice(0, maxLength);
    const choices: AutocompleteChoice[] = [];
    const seen = new Set<string>();
    const add = (text: string) => {
      const value = truncate(text, maxLength);
      if (choices.length >= limit || seen.has(value.toLowerCase()) || value === "") return;
      seen.add(value.toLowerCase());
      choices.push({ name: value, value });
    };
    if (typed === "") {
      for (const fact of this.facts) add(fact.questions[0] ?? fact.statement);
      return choices;
    }
    add(typed);
    // The last word may be half typed: complete it from the vocabulary before searching.
    const typedWords = words(typed);
    const last = typedWords.at(-1) ?? "";
    const completions = last.length >= 2 ? this.completeWord(last) : [];
    const query = [...typedWords.slice(0, -1), completions[0] ?? last].join(" ");
    const typedTerms = new Set(this.analyzer.terms(query));
    for (const hit of this.rank(query, limit)) add(this.closestQuestion(hit.fact, typedTerms));
    return choices;
  }

  /** The fact's question that shares most terms with what was typed. */
  private closestQuestion(fact: Fact, typed: ReadonlySet<string>): string {
    let best = fact.questions[0] ?? fact.statement;
    let bestShared = -1;
    for (const question of fact.questions) {
      const shared = this.analyzer.terms(question).filter((t) => typed.has(t)).length;
      if (shared > bestShared) {
        best = question;
        bestShared = shared;
      }
    }
    return best;
  }

  private completeWord(prefix: string): string[] {
    const found: Array<[string, number]> = [];
    for (const [word, count] of this.index.vocabulary) {
      if (word.startsWith(prefix) && !this.analyzer.isStopword(word)) found.push([word, count]);
    }
    return found.sort((a, b) => b[1] - a[1]).map(([word]) => word);
  }

  timeline(topic?: Topic): TimelineEntry[] {
    const entries: TimelineEntry[] = [];
    for (const fact of this.facts) {
      if (!fact.timeline) continue;
      if (topic && !fact.topics.includes(topic)) continue;
      const { when, sort, implied } = fact.timeline;
      entries.push({ fact, when, sort, implied });
    }
    // Stable sort: facts on the same date and sequence keep the order the fact file gives them.
    const sequence = (e: TimelineEntry) => e.fact.timeline?.sequence ?? 0;
    return entries.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : sequence(a) - sequence(b)));
  }

  leaders(side?: Side): Fact[] {
    return [...this.leadersOf(side)];
  }

  /** Facts on a side's lead, by side: the base never changes, and "who leads …" asks for them often. */
  private readonly leadersBySide = new Map<Side | undefined, readonly Fact[]>();

  private leadersOf(side?: Side): readonly Fact[] {
    let found = this.leadersBySide.get(side);
    if (!found) {
      const sides = this.story.sides.map((s) => s.id);
      const order = (s: Side | undefined) => (s && sides.includes(s) ? sides.indexOf(s) : sides.length);
      found = this.facts
        .filter((f) => f.side !== undefined && (side === undefined || f.side === side))
        .sort((a, b) => order(a.side) - order(b.side));
      this.leadersBySide.set(side, found);
    }
    return found;
  }

  fact(id: string): Fact | undefined {
    return this.byId.get(id);
  }
}

export function createEngine(kb: KnowledgeBase, options: Partial<EngineOptions> = {}): AnswerEngine {
  return new AnswerEngine(kb, options);
}

/**
 * "Who leads the talks?" names no side, and the article answers it once per side: when the best fact is
 * about one side, the best fact about each other side joins the answer if it scores close enough.
 */
function otherSides(chosen: readonly Fact[], hits: readonly Hit[]): Fact[] {
  const first = chosen[0];
  const best = hits[0];
  if (!first?.side || !best) return [];
  const covered = new Set(chosen.map((f) => f.side));
  const extra: Fact[] = [];
  for (const hit of hits) {
    const side = hit.fact.side;
    if (!side || covered.has(side) || hit.score < best.score * OTHER_SIDES_RATIO) continue;
    covered.add(side);
    extra.push(hit.fact);
  }
  return extra;
}

interface AskResult {
  ask: string;
  status: "answered" | "no_answer";
  facts: Fact[];
  confidence: number;
  suggestions: Hit[];
  /** Why a matching fact is not the answer, in plain words, when one matched. */
  explanation?: string;
  /** Said before the answer: the detail of the question that the sources correct. */
  preface?: string;
  /** Older reports of what the answer says, shown apart as earlier (time.ts). */
  earlier?: readonly Fact[];
}

const ATTRIBUTE_WORDS: Record<Attribute, string> = {
  date: "when",
  "exact-date": "the exact date or time",
  count: "the number",
  "exact-count": "the exact number",
  duration: "how long",
  name: "the name",
  earlier: "what came before",
  later: "what comes next",
  future: "what may come",
  list: "which ones",
};

/** "The sources don't mention the Druze. What they do say: …" */
function explainGap(missing: readonly string[], nearest: Fact): string {
  const words = missing.filter((m) => !m.startsWith("("));
  const attributes = missing.filter((m) => m.startsWith("(")).map((m) => m.slice(1, -1) as Attribute);
  const lacking = [
    ...(words.length > 0 ? [`anything about ${quoted(words)}`] : []),
    ...attributes.map((a) => ATTRIBUTE_WORDS[a]),
  ];
  return `The sources don't say ${lacking.join(" or ")} here. What they do say: ${nearest.statement}`;
}

function quoted(words: readonly string[]): string {
  return words.map((w) => `“${w}”`).join(", ");
}

function uncovered(ask: string): string {
  return `The sources don't answer “${truncate(ask, QUOTED_QUESTION_MAX_LENGTH)}”.`;
}

function noAnswer(question: string, text: string, score: number, suggestions: Suggestion[]): Answer {
  return { question, status: "no_answer", parts: [uncited(text)], score, factIds: [], suggestions };
}

function suggestionOf(hit: Hit): Suggestion {
  return {
    factId: hit.fact.id,
    question: truncate(hit.fact.questions[0] ?? hit.fact.statement, QUOTED_QUESTION_MAX_LENGTH),
  };
}
