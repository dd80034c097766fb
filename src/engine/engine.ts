// The answer engine: normalise → search → decide → compose. Pure: built once from a loaded knowledge
// base, it answers from memory with no I/O, so every front end can call it synchronously.
import type { QuestionKind, Side, Topic } from "../knowledge/schema.js";
import type { Fact, KnowledgeBase, Story } from "../knowledge/types.js";
import { deepFreeze } from "../shared/freeze.js";
import { askedAttributes, isVerification } from "./ask-attributes.js";
import {
  type AskResult,
  attributesAsked,
  explainGap,
  joinAsks,
  noAnswer,
  quoted,
  unconfirmed,
} from "./ask-result.js";
import { suggestQuestions } from "./autocomplete.js";
import { sideCapitals } from "./capitals.js";
import { Chronology } from "./chronology.js";
import { DEFAULT_THRESHOLDS, decide, type Thresholds } from "./decide.js";
import { Corrector } from "./fuzzy.js";
import { asksNextAfter, landmarkOf, withoutLandmark, withoutTimeWords } from "./landmarks.js";
import { Analyzer, words } from "./normalise.js";
import { placeClaim } from "./predicate.js";
import { type Claim, claimOf, grantedClaim, isTimeWord, taggedClaims } from "./premise.js";
import { PremiseCorrector } from "./premise-correction.js";
import { type AnalysedQuestion, MAX_QUESTION_LENGTH, QuestionAnalyser } from "./question-analysis.js";
import { kindsOfFact } from "./question-kinds.js";
import { correctQuestionWords } from "./question-words.js";
import { otherSides, rankAnalysed } from "./ranking.js";
import { readAsks } from "./read-asks.js";
import { buildIndexData, FactIndex, type Hit, type IndexData } from "./search.js";
import { asksAboutTime, attributesOf, isName, saysUndated } from "./support.js";
import { SupportCheck } from "./support-check.js";
import { asksLastBefore, mainClauseOf, type TimeIntent, timeIntentOf } from "./time-intent.js";
import { withoutEarliestWords, withoutReportFrame } from "./time-phrases.js";
import { comparedAsks, sinceWhen } from "./time-spans.js";
import type { Answer, AutocompleteChoice, Engine, TimelineEntry } from "./types.js";

// Importers outside src/engine read these limits from the engine's facade.
export { GENERIC_WORD_WEIGHT, MAX_QUESTION_LENGTH } from "./question-analysis.js";

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
  /** Canonical term → the side it names ("syrian" → syria, "U.S." → united-states). */
  private readonly sideTerms: Map<string, Side>;
  /** The canonical term of "lead" (heads, represents, in charge …): the question /who-leads answers. */
  private readonly leadTerm: string;
  /** The story's own wording (story.json): the engine holds none of its own. */
  private readonly story: Story;
  /** Terms of the proper names in entity names and aliases, less the sides': a question naming one asks about it. */
  private readonly nameTerms: ReadonlySet<string>;
  /** Terms of people's names (entities of kind person): "before Dalati" names no time. */
  private readonly personTerms: ReadonlySet<string>;
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
    const corrector = new Corrector(vocabulary);

    this.byId = new Map(kb.facts.map((f) => [f.id, f]));
    const kinds = this.parts.kinds;
    this.kindsOf = new Map(kb.facts.map((f, i) => [f.id, kinds[i] ?? new Set<QuestionKind>()]));
    const names = new Map<string, string[]>();
    const nameWords = new Map<string, string[]>();
    for (const entity of kb.entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        const terms = this.analyzer.terms(name);
        if (terms.length > 1) names.set(terms.join(" "), terms);
        const folded = words(name).filter((word) => !this.analyzer.isStopword(word));
        if (folded.length > 1) nameWords.set(folded.join(" "), folded);
      }
    }
    const sideEntities = new Set<string>(kb.story.sides.map((s) => s.id));
    this.nameTerms = new Set(
      kb.entities
        .filter((entity) => !sideEntities.has(entity.id))
        .flatMap((entity) => [entity.name, ...entity.aliases])
        .flatMap((name) => name.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [])
        .flatMap((word) => this.analyzer.terms(word)),
    );
    this.personTerms = new Set(
      kb.entities
        .filter((entity) => entity.kind === "person")
        .flatMap((entity) => [entity.name, ...entity.aliases])
        .flatMap((name) => name.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [])
        .flatMap((word) => this.analyzer.terms(word)),
    );
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
    this.analyser = new QuestionAnalyser({
      analyzer: this.analyzer,
      index: this.index,
      corrector,
      names: [...names.values()].sort((a, b) => b.length - a.length),
      nameWords: [...nameWords.values()],
      sideTerms: this.sideTerms,
      nameTerms: this.nameTerms,
      unknownWeightFactor: this.options.unknownWeightFactor,
      capitals: sideCapitals((text) => this.analyzer.terms(text), this.sideTerms),
    });
    this.support = new SupportCheck(kb, this.analyzer, this.index, this.sideTerms, this.nameTerms);
    this.premise = new PremiseCorrector({
      analyzer: this.analyzer,
      analyser: this.analyser,
      index: this.index,
      support: this.support,
      chronology: this.chronology,
      sideTerms: this.sideTerms,
      nameTerms: this.nameTerms,
      answer: (ask) => this.answerAskAsPut(ask),
    });
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
    // "There were reports …": a stopword or generic word opening a message is no misspelt "where".
    const isFunctionWord = (word: string) => {
      const term = this.analyzer.termOf(word);
      return term === null || this.analyzer.generic.has(term.term);
    };
    const read = correctQuestionWords(trimmed.slice(0, MAX_QUESTION_LENGTH), isFunctionWord);
    const isSide = (word: string) => this.sideTerms.has(this.analyzer.termOf(word)?.term ?? "");
    // "Since Israel has stepped up its strikes, how is Damascus responding?": a claim the question takes for
    // granted, which the sources correct, is answered with the correction; the ask built on it is moot.
    const granted = grantedClaim(read);
    const correction = granted ? this.correctionOfGranted(read, granted) : undefined;
    if (correction) return joinAsks(question, trimmed, [correction], this.story.noAnswer, this.chronology);
    // "…, what did they say?": an ask of function words only asks about its context.
    const count = (text: string) => {
      const terms = this.analyzer.terms(text);
      return { any: terms.length, weighing: terms.filter((t) => !this.analyzer.generic.has(t)).length };
    };
    const asks = readAsks(read, isSide, count);
    // A claim put with a tag in a sentence of its own is asked, though a question follows it.
    // One the asks already hold is not asked twice ("so it was X, yeah?" is read as "it was X, yeah?").
    const claimed = new Set(asks.map((ask) => claimOf(ask)?.text.toLowerCase()));
    const tagged = taggedClaims(read).filter(
      (t) =>
        !asks.some((ask) => ask.includes(t.replace(/[?!.]+$/, ""))) &&
        !claimed.has(claimOf(t)?.text.toLowerCase()),
    );
    const parts = [...tagged, ...asks].map((ask) => this.answerAsk(ask));
    return joinAsks(question, trimmed, parts, this.story.noAnswer, this.chronology);
  }

  /**
   * The correction of a claim a question takes for granted in a clause of its own, or undefined when the
   * sources confirm it or say nothing to correct it with. Only a correction checked element by element (the
   * opposite verb, a year, place or name replaced): a clause is no claim put to the bot, and a loosely
   * matching fact must not displace the answer to what is asked.
   */
  private correctionOfGranted(question: string, claim: Claim): AskResult | undefined {
    const asPut = this.answerAskAsPut(claim.text, false);
    if (asPut.status === "answered") {
      if (asPut.preface) return { ...asPut, ask: question };
      if (this.premise.confirms(asPut.facts, claim)) return undefined;
    }
    const corrected = this.premise.correct(question, claim);
    return corrected && { ...corrected, ask: question };
  }

  /** One ask of a question: the best fact that supports all it asks, or why there is none. */
  private answerAsk(ask: string): AskResult {
    const claim = claimOf(ask);
    // "Dalati is governor of Daraa, right?": the claim is read without its tag ("right" is no word of it).
    const asPut =
      claim?.form === "asserted"
        ? { ...this.answerAskAsPut(claim.text, true), ask }
        : this.answerAskAsPut(ask);
    const result = this.placeCorrection(ask, asPut) ?? asPut;
    if (!claim) return result;
    // "Why is Dalati coordinating the talks from Beirut?" corrected by a fact that only lacks "Beirut": a
    // correction that fills the wrong element's own slot (where he is: Damascus) says more, and is checked
    // element by element.
    if (result.status === "answered" && result.preface) return this.premise.correct(ask, claim) ?? result;
    // "Why is Bashar al-Assad leading Syria's delegation?" answered by a fact that does not name Assad:
    // the party the claim takes for granted may be the wrong one, and a fact that names the right one in
    // the same place corrects it.
    if (
      result.status === "answered" &&
      claim.form === "presupposed" &&
      !result.preface &&
      !this.premise.namesHeld(result.facts, claim)
    ) {
      return this.premise.correct(ask, claim, true) ?? result;
    }
    if (result.status === "answered") {
      // "The May talks were in Paris, right?" answered with a fact on July's Paris talks confirms nothing:
      // an asserted claim's year, month and place must be the answer's own, or the claim is corrected.
      if (claim.form !== "asserted" || result.preface || this.premise.confirms(result.facts, claim)) {
        return result;
      }
    }
    const corrected = this.premise.correct(ask, claim);
    if (corrected || result.status !== "answered") return corrected ?? result;
    // Neither confirmed nor corrected: what the sources do say is offered, never given as the answer.
    const nearest = result.supported?.[0];
    return {
      ask,
      status: "no_answer",
      facts: [],
      confidence: 0,
      suggestions: nearest ? [nearest] : [],
      explanation: unconfirmed(claim.text, nearest?.fact),
    };
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

  /** `compare`: false for each half of a compared ask, which is never split again (a message repeating "the
   * July one and …" would otherwise double the work with every repeat). */
  private answerAskAsPut(asPut: string, asserted = isVerification(asPut), compare = true): AskResult {
    // "How long have the talks been going on?" asks when they began.
    const since = sinceWhen(asPut);
    if (since !== null) return { ...this.answerAskAsPut(since, asserted, compare), ask: asPut };
    const compared = compare ? comparedAsks(asPut) : null;
    if (compared) {
      const answer = this.answerCompared(asPut, compared, asserted);
      if (answer) return answer;
    }
    const intent = this.timeIntent(asPut);
    // "Who led Syria's side before the Paris talks?": the landmark dates the ask; it is not what is asked
    // about (a fact on May's lead need not name Paris).
    // "… in the newest report": which report, not what is asked about ("report" would rank facts on reports).
    const ask =
      (intent?.kind === "before" || intent?.kind === "after") && intent.landmark
        ? withoutLandmark(asPut)
        : intent?.kind === "latest" && this.chronology.severalReports
          ? withoutReportFrame(asPut)
          : intent?.kind === "earliest" && this.chronology.severalReports
            ? withoutEarliestWords(asPut)
            : asPut;
    const answer = this.undatedAnswer(asPut, this.answerAskAt(ask, intent, asserted));
    // "What did Syria say after the August talks?" with no answer from after them: the landmark is no time the
    // sources answer for, and the ask is read as it stands (its words, not "after", choose the answer).
    if (intent?.kind === "after" && !this.isAfter(answer, intent.date)) {
      return { ...this.answerAskAt(asPut, null, asserted), ask: asPut };
    }
    return { ...answer, ask: asPut };
  }

  /**
   * "Did Trump meet al-Sharaa before the talks began?" answered by "… met al-Sharaa; the article does not say
   * when": an answer whose text says the sources are silent on what is asked is no answer. When an ask places
   * or orders something in time and no answering fact gives a date while one says the article does not say
   * when, the reply is no_answer, with that fact offered as what the sources do say.
   * (The best fact must be the silent one: "who led the talks at first?" is answered by each side's lead.)
   */
  private undatedAnswer(ask: string, result: AskResult): AskResult {
    if (result.status !== "answered" || result.preface || !asksAboutTime(mainClauseOf(ask))) return result;
    const [silent] = result.facts;
    // A fact dated anywhere (its statement, timeline or `happened`) tells when; each side's lead is dated so.
    const dated = (fact: Fact) => fact.happened !== undefined || attributesOf(fact).has("date");
    if (!silent || !saysUndated(silent) || result.facts.some(dated)) return result;
    const suggestion = { fact: silent, coverage: 0, questionMatch: 0, score: result.confidence };
    return {
      ask,
      status: "no_answer",
      facts: [],
      confidence: 0,
      suggestions: [suggestion],
      explanation: explainGap(["(date)"], silent),
    };
  }

  /** Whether an ask's answer tells of something on the date or after it. */
  private isAfter(result: AskResult, date: string): boolean {
    const first = result.facts[0];
    return result.status === "answered" && first !== undefined && this.chronology.happenedFrom(first, date);
  }

  /** `asserted`: the ask puts a claim to be checked ("…, right?"), so a wrong detail in it is corrected. */
  private answerAskAt(ask: string, intent: TimeIntent | null, asserted: boolean): AskResult {
    const analysed = this.analyser.analyse(ask);
    const asksLead = analysed.terms.some((t) => t.term === this.leadTerm);
    const [side] = asksLead && analysed.sides.size === 1 ? analysed.sides : [];
    const wanted = askedAttributes(mainClauseOf(ask));
    // "When did they next meet after the July talks?": the landmark says what "next" is after; the time
    // choice finds it, so no fact need speak of what comes next.
    if (intent?.kind === "after") wanted.delete("later");
    // A fact may answer for its time only if it answers the ask as asked (time.ts: TimeContext.answers).
    // "Is the Quneitra governor STILL leading?" puts a claim: a newer fact naming someone else answers it.
    const claim = analysed.kind === "yes-no";
    const answers = (fact: Fact) =>
      (analysed.kind === null || this.kindsOf.get(fact.id)?.has(analysed.kind) === true) &&
      this.support
        .unsupported({ fact, coverage: 0, questionMatch: 0, score: 0 }, analysed, wanted)
        .every((missing) => claim && !missing.startsWith("("));
    const timed = this.chronology.apply(
      rankAnalysed(this.index, this.kindsOf, analysed, 10),
      intent,
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
        hit.score >= this.options.thresholds.suggest &&
        this.support.unsupported(hit, analysed, wanted).length === 0,
    );
    const decision = decide(supported, this.options.thresholds);
    if (decision.status === "answered") {
      const facts = decision.hits.map((h) => h.fact);
      if (analysed.sides.size !== 1 && asksLead) facts.push(...otherSides(facts, supported));
      const earlier = [...timed.earlier];
      // "Who leads the talks (now)?" names no side: each side's lead in the answer is that side's newest
      // report of it, and an older one the ranking preferred is shown apart as earlier, never as current.
      // ("At first" and "in May" keep the facts their time chose.)
      if (analysed.sides.size !== 1 && asksLead && (intent === null || intent.kind === "latest")) {
        facts.forEach((fact, i) => {
          const newest = fact.side ? this.chronology.newest(this.leadersOf(fact.side)) : undefined;
          if (!newest || newest === fact || !this.chronology.differInReport(newest, fact)) return;
          if (!earlier.includes(fact) && !this.chronology.repeats(fact, newest)) earlier.push(fact);
          facts[i] = newest;
        });
      }
      const answering = supported.filter((h) => h.score >= this.options.thresholds.answer);
      return {
        ask,
        status: "answered",
        facts,
        confidence: decision.confidence,
        suggestions: [],
        earlier,
        supported: answering,
      };
    }
    const best = hits[0];
    const bestDecision = decide(hits, this.options.thresholds);
    if (best && bestDecision.status === "answered") {
      const missing = this.support.unsupported(best, analysed, wanted);
      // "Is it true Syria arrested Hamas members?": a claim put to the bot, wrong in one name, which the
      // best fact covers otherwise. The answer is the correction, said as such.
      // "Is the Quneitra governor STILL leading?" checks a claim about now: the latest report, which
      // names someone else, is the answer.
      const stillTrue = analysed.kind === "yes-no" && intent?.kind === "latest";
      // "Why did Syria ACCEPT the corridor?" of a fact that says Damascus turned it down: the claim is
      // the opposite of what the sources say, and the fact is the correction.
      const contradicted = this.support.contradictsPredicate(best.fact, analysed, missing);
      // "When did Syria arrest the Hamas members?": the wrong name is corrected, and what the fact does
      // not give (a date) is said, not taken as a reason to withhold the correction.
      const words = missing.filter((m) => !m.startsWith("("));
      const attributes = missing.length - words.length;
      const swapped = words.length > 0 && this.support.isSwappedName(best.fact, analysed, words);
      const claimed = asserted || stillTrue || contradicted || swapped;
      // "The security chiefs met in JULY, right?": a wrong time is corrected only by a fact that dates it.
      const datesIt = !words.some(isTimeWord) || this.premise.dates(best.fact);
      if (claimed && datesIt && (attributes === 0 || swapped)) {
        const notGiven = attributes > 0 ? ` and don't say ${attributesAsked(missing)}` : "";
        const preface = stillTrue
          ? `The latest reports don't mention ${quoted(missing)} here; they say:`
          : contradicted
            ? `The sources don't say ${quoted(missing)}; they say the opposite:`
            : `The sources don't mention ${quoted(words)}${notGiven}; they say:`;
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
    const names = best && suggestions.length > 0 ? this.support.unsupported(best, analysed, new Set()) : [];
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
   * "What changed between May and August …?": the ask answered for each time on its own; the newer answer
   * answers and the older one's facts are shown apart as earlier, each with its own citations, never merged.
   * With one time answered, that answer; with none, undefined (the ask is answered as put).
   */
  private answerCompared(
    ask: string,
    asks: readonly [string, string],
    asserted: boolean,
  ): AskResult | undefined {
    const answered = asks
      .map((a) => this.answerAskAsPut(a, asserted, false))
      .filter((r) => r.status === "answered" && r.facts.length > 0);
    const [first, second] = answered;
    if (!first) return undefined;
    if (!second) return { ...first, ask };
    const [newer, older] = this.chronology.isNewer(second.facts[0] as Fact, first.facts[0] as Fact)
      ? [second, first]
      : [first, second];
    const earlier = [...(newer.earlier ?? []), ...older.facts].filter(
      (f, i, all) => !newer.facts.includes(f) && all.indexOf(f) === i,
    );
    return { ...newer, ask, earlier, confidence: Math.min(newer.confidence, older.confidence) };
  }

  /**
   * What the ask asks of time. "… before the July talks": the landmark's date is found by asking the base
   * about the landmark's own words (its best events, for its own time word). A landmark that names a person
   * ("before Dalati") or no dated event is no time: the ask is read as it stands.
   */
  private timeIntent(ask: string): TimeIntent | null {
    const found = landmarkOf(ask);
    if (found !== null) {
      const { direction, landmark } = found;
      // "The first Paris talks": the landmark's time word chooses among its events; as a word it would
      // rank facts saying "for the first time".
      const analysed = this.analyser.analyse(withoutTimeWords(landmark));
      if (!analysed.terms.some((t) => this.personTerms.has(t.term))) {
        const hits = rankAnalysed(this.index, this.kindsOf, analysed, 10);
        const date = this.chronology.landmarkDate(hits, timeIntentOf(landmark));
        if (date !== null) {
          return direction === "before"
            ? { kind: "before", landmark, date, last: asksLastBefore(ask) }
            : { kind: "after", landmark, date, next: asksNextAfter(ask) };
        }
      }
    }
    return timeIntentOf(ask);
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

export function createEngine(kb: KnowledgeBase, options: Partial<EngineOptions> = {}): AnswerEngine {
  return new AnswerEngine(kb, options);
}
