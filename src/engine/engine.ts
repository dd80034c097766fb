// The answer engine's facade: normalise → search → decide → compose. Pure: built once from a loaded knowledge
// base, it answers from memory with no I/O, so every front end can call it synchronously. The steps of
// answering are functions of what it builds (ask-steps.ts, answer-question.ts and the answer-*.ts it calls).
import type { QuestionKind, Side, Topic } from "../knowledge/schema.js";
import type { Fact, KnowledgeBase, Story } from "../knowledge/types.js";
import { deepFreeze } from "../shared/freeze.js";
import type { AnalysedQuestion } from "./analysed-question.js";
import { reaskAsPut } from "./answer-ask.js";
import { answerQuestion } from "./answer-question.js";
import type { AskSteps } from "./ask-steps.js";
import { suggestQuestions } from "./autocomplete.js";
import { baseCorrector, capitalisedTerms, multiWordNames, sideTermsOf } from "./base-terms.js";
import { capitalNamesOfSides, sideCapitals } from "./capitals.js";
import { Chronology } from "./chronology.js";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./decide.js";
import { loadWordLists } from "./english.js";
import { Analyzer } from "./normalise.js";
import { personNouns } from "./person-nouns.js";
import { PremiseCorrector } from "./premise-correction.js";
import { QuestionAnalyser } from "./question-analysis.js";
import { kindsOfFact } from "./question-kinds.js";
import { rankAnalysed } from "./ranking.js";
import { buildIndexData, FactIndex, type Hit, type IndexData } from "./search.js";
import { SupportCheck } from "./support-check.js";
import type { Answer, AutocompleteChoice, Engine, TimelineEntry } from "./types.js";
import { wordnetCompounds } from "./wordnet-compounds.js";
import { wordnetMembers } from "./wordnet-members.js";

// Importers outside src/engine read this weight from the engine's facade.
export { GENERIC_WORD_WEIGHT } from "./term-weights.js";

/** How many recent answers are remembered (see `ask`). */
export const ANSWER_MEMO_SIZE = 1000;

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
  /** Reads a question into weighted terms, its kind, sides and the parts a fact must support. */
  private readonly analyser: QuestionAnalyser;
  /** Whether a fact supports all an ask asks, and whether a claim is one the sources correct. */
  private readonly support: SupportCheck;
  /** Corrects a claim the sources do not confirm, from the fact that fills its wrong element otherwise. */
  private readonly premise: PremiseCorrector;
  private readonly byId: Map<string, Fact>;
  /** Kinds of question each fact answers: as declared, as its own questions ask, and from its data. */
  private readonly kindsOf: Map<string, ReadonlySet<QuestionKind>>;
  /** Canonical term → the side it names ("freedonian" → freedonia, "U.S." → united-states). */
  private readonly sideTerms: Map<string, Side>;
  /** The canonical term of "lead" (heads, represents, in charge …): the question /who-leads answers. */
  private readonly leadTerm: string;
  /** The story's own wording (story.json): the engine holds none of its own. */
  private readonly story: Story;
  /** Terms of the proper names in entity names and aliases, less the sides': a question naming one asks about it. */
  private readonly nameTerms: ReadonlySet<string>;
  /** Terms of people's names (entities of kind person): "before Novak" names no time. */
  private readonly personTerms: ReadonlySet<string>;
  /** When each fact was reported and happened: for "now", "first", "in May" (chronology.ts). */
  readonly chronology: Chronology;

  private readonly options: EngineOptions;
  private readonly answers = new Map<string, Answer>();
  /** What was built (or loaded) for this base: the index cache saves it. */
  readonly parts: EngineParts;
  /** What answering an ask reads of this engine: each step of answering is a function of it (ask-steps.ts). */
  private readonly steps: AskSteps;

  /** `parts`, when given, must have been built from this same base (the index cache checks its content hash). */
  constructor(kb: KnowledgeBase, options: Partial<EngineOptions> = {}, parts?: EngineParts) {
    this.options = { ...DEFAULT_ENGINE_OPTIONS, ...options };
    // Here, not on first use: a member's first question (or first typo) must not pay for the word lists (docs/engine.md, figures).
    loadWordLists();
    wordnetCompounds();
    wordnetMembers();
    personNouns();
    this.facts = kb.facts;
    this.analyzer = new Analyzer(kb.lexicon);
    this.parts = parts ?? buildEngineParts(kb, this.analyzer);
    if (this.parts.kinds.length !== kb.facts.length) {
      throw new RangeError(`engine parts for ${this.parts.kinds.length} facts, not ${kb.facts.length}`);
    }
    this.index = new FactIndex(kb.facts, this.parts.index);
    this.byId = new Map(kb.facts.map((f) => [f.id, f]));
    const kinds = this.parts.kinds;
    this.kindsOf = new Map(kb.facts.map((f, i) => [f.id, kinds[i] ?? new Set<QuestionKind>()]));
    const sideEntities = new Set<string>(kb.story.sides.map((s) => s.id));
    this.nameTerms = capitalisedTerms(
      kb.entities.filter((entity) => !sideEntities.has(entity.id)),
      this.analyzer,
    );
    this.personTerms = capitalisedTerms(
      kb.entities.filter((entity) => entity.kind === "person"),
      this.analyzer,
    );
    this.leadTerm = this.analyzer.terms("lead")[0] ?? "lead";
    this.story = kb.story;
    this.chronology = new Chronology(kb);
    this.sideTerms = sideTermsOf(kb.story, this.analyzer);
    this.analyser = new QuestionAnalyser({
      analyzer: this.analyzer,
      index: this.index,
      corrector: baseCorrector(
        this.index.vocabulary,
        [...kb.lexicon.generic, ...lexiconWordsToCorrectTo(kb.lexicon.synonyms)],
        this.analyzer,
      ),
      ...multiWordNames(kb.entities, this.analyzer),
      sideTerms: this.sideTerms,
      nameTerms: this.nameTerms,
      unknownWeightFactor: this.options.unknownWeightFactor,
      capitals: sideCapitals((text) => this.analyzer.terms(text), this.sideTerms),
      capitalNames: capitalNamesOfSides((text) => this.analyzer.terms(text), this.sideTerms),
      entityNames: kb.entities.flatMap((entity) => [entity.name, ...entity.aliases]),
    });
    this.support = new SupportCheck(
      kb,
      this.analyzer,
      this.index,
      this.sideTerms,
      this.nameTerms,
      this.kindsOf,
    );
    this.premise = new PremiseCorrector({
      analyzer: this.analyzer,
      analyser: this.analyser,
      index: this.index,
      support: this.support,
      chronology: this.chronology,
      sideTerms: this.sideTerms,
      nameTerms: this.nameTerms,
      leadTerm: this.leadTerm,
      personTerms: this.personTerms,
      answer: (ask) => reaskAsPut(this.steps, ask),
    });
    this.steps = {
      analyzer: this.analyzer,
      index: this.index,
      analyser: this.analyser,
      support: this.support,
      premise: this.premise,
      kindsOf: this.kindsOf,
      sideTerms: this.sideTerms,
      leadTerm: this.leadTerm,
      story: this.story,
      nameTerms: this.nameTerms,
      personTerms: this.personTerms,
      chronology: this.chronology,
      options: this.options,
      leadersOf: (side) => this.leadersOf(side),
      heldByBase: (word) => {
        const terms = this.analyzer.terms(word);
        return terms.length > 0 && terms.every((term) => this.index.isKnownTerm(term));
      },
    };
  }

  analyse(question: string): AnalysedQuestion {
    return this.analyser.analyse(question);
  }

  /** Ranked facts for a question (exposed for diagnostics and benchmarks). */
  rank(question: string, limit = 10): Hit[] {
    return rankAnalysed(this.index, this.kindsOf, this.analyse(question), limit);
  }

  /**
   * Answers are a pure function of the question, and channels ask the same things again and again: the
   * last `answerMemoSize` answers are kept (least recently used first out). Answers are frozen, so a
   * caller cannot change what the next asker gets.
   */
  ask(question: string): Answer {
    const remembered = this.answers.get(question);
    if (remembered) {
      this.answers.delete(question);
      this.answers.set(question, remembered);
      return remembered;
    }
    const answer = deepFreeze(answerQuestion(this.steps, question));
    if (this.options.answerMemoSize === 0) return answer;
    if (this.answers.size >= this.options.answerMemoSize) {
      const oldest = this.answers.keys().next().value;
      if (oldest !== undefined) this.answers.delete(oldest);
    }
    this.answers.set(question, answer);
    return answer;
  }

  suggest(partial: string, limit: number, maxLength: number): AutocompleteChoice[] {
    const source = {
      facts: this.facts,
      analyzer: this.analyzer,
      vocabulary: this.index.vocabulary,
      rank: (query: string, count: number) => this.rank(query, count),
    };
    return suggestQuestions(source, partial, limit, maxLength);
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

/**
 * A synonym group's words long enough to correct a misspelling to ("runing" → ruling, read as running is): a
 * member types the lexicon's words as often as the base's, and misspells them as often. Shorter words are too
 * near the names a member types that the base lacks ("rapik" is no misspelt "rapid").
 */
const MIN_LEXICON_CORRECTION_LENGTH = 6;

function lexiconWordsToCorrectTo(synonyms: readonly (readonly string[])[]): string[] {
  return synonyms
    .flat()
    .filter((word) => word.length >= MIN_LEXICON_CORRECTION_LENGTH && /^[a-z]+$/.test(word));
}

export function createEngine(kb: KnowledgeBase, options: Partial<EngineOptions> = {}): AnswerEngine {
  return new AnswerEngine(kb, options);
}
