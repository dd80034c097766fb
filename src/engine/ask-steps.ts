// What answering an ask reads of the engine built for a base: its analysers, index, checks and the
// chronology of its facts. The engine's facade (engine.ts) builds it once; each step of answering
// (answer-question.ts, answer-claim.ts, answer-ask.ts, answer-at-time.ts) is a function of it and the ask.
import type { QuestionKind, Side } from "../knowledge/schema.js";
import type { Fact, Story } from "../knowledge/types.js";
import type { Chronology } from "./chronology.js";
import type { EngineOptions } from "./engine.js";
import type { Analyzer } from "./normalise.js";
import type { PremiseCorrector } from "./premise-correction.js";
import type { QuestionAnalyser } from "./question-analysis.js";
import type { FactIndex } from "./search.js";
import type { SupportCheck } from "./support-check.js";

export interface AskSteps {
  readonly analyzer: Analyzer;
  readonly index: FactIndex;
  /** Reads a question into weighted terms, its kind, sides and the parts a fact must support. */
  readonly analyser: QuestionAnalyser;
  /** Whether a fact supports all an ask asks, and whether a claim is one the sources correct. */
  readonly support: SupportCheck;
  /** Corrects a claim the sources do not confirm, from the fact that fills its wrong element otherwise. */
  readonly premise: PremiseCorrector;
  /** Kinds of question each fact answers: as declared, as its own questions ask, and from its data. */
  readonly kindsOf: Map<string, ReadonlySet<QuestionKind>>;
  /** Canonical term → the side it names ("U.S." → united-states). */
  readonly sideTerms: Map<string, Side>;
  /** The canonical term of "lead" (heads, represents, in charge …): the question /who-leads answers. */
  readonly leadTerm: string;
  /** The story's own wording (story.json): the engine holds none of its own. */
  readonly story: Story;
  /** Terms of the proper names in entity names and aliases, less the sides': a question naming one asks about it. */
  readonly nameTerms: ReadonlySet<string>;
  /** Terms of people's names (entities of kind person): "before <a person>" names no time. */
  readonly personTerms: ReadonlySet<string>;
  /** When each fact was reported and happened: for "now", "first", "in May" (chronology.ts). */
  readonly chronology: Chronology;
  readonly options: EngineOptions;
  /** Facts on a side's lead, by side (every side's when `side` is undefined). */
  leadersOf(side?: Side): readonly Fact[];
  /** Whether some fact of the base holds every term of the word (a reply says the sources lack only what none holds). */
  heldByBase(word: string): boolean;
}
