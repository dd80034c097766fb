// A fact's statement read as terms, for the support check: in order, as a set, the parties it has act, and
// its causes and effects. Each is the same for every question, so it is read once per fact and remembered
// (the memos hold one entry per fact of the base).
import type { Side } from "../knowledge/schema.js";
import type { Fact } from "../knowledge/types.js";
import { causalSplits } from "./cause-effect.js";
import type { Analyzer } from "./normalise.js";

/**
 * A name after a preposition, with the names joined to it ("in Norway", "with Chile and Norway", "toward
 * the United States"): the place or the other party of what the statement tells, not who does it.
 */
const NAMES_AFTER_PREPOSITION =
  /\b(?:in|into|to|toward|towards|with|against|on|at|near|from|between|of|about|for|over|including|except|among)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;

/** Words after which a word is a noun, not the verb of its clause. */
const DETERMINER =
  /^(?:the|a|an|its|their|his|her|these|those|this|that|our|my|your|such|each|every|any|no)$/;

/** The terms of a statement's cause and of its effect, either side of one causal connective. */
export interface CauseAndEffect {
  readonly cause: readonly string[];
  readonly effect: readonly string[];
}

export class StatementTerms {
  /** Fact id → the terms of the parties its statement has act (`actorTermsOf`), built on first use. */
  private readonly actorTermsMemo = new Map<string, ReadonlySet<string>>();
  /** Fact id → its statement's causal splits as terms (`causesOf`), built on first use. */
  private readonly causesMemo = new Map<string, readonly CauseAndEffect[]>();
  /** Fact id → its statement's terms in order (`statementTerms`), built on first use. */
  private readonly statementMemo = new Map<string, readonly string[]>();
  /** Fact id → its statement's terms as a set (`statedTerms`), built on first use. */
  private readonly statedMemo = new Map<string, ReadonlySet<string>>();
  /** Fact id → the terms of its statement and quotes (`toldTerms`), built on first use. */
  private readonly toldMemo = new Map<string, ReadonlySet<string>>();
  /** Fact id → the terms its statement and quotes tell as verbs (`verbTermsOf`), built on first use. */
  private readonly verbMemo = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly analyzer: Analyzer,
    /** Canonical term → the side it names: a side's terms are no cause or effect of their own. */
    private readonly sideTerms: ReadonlyMap<string, Side>,
  ) {}

  /**
   * The terms of a fact's statement, its own claim (not the quotes, the article's whole sentences): the same
   * for every question, so analysed once per fact.
   */
  statedTerms(fact: Fact): ReadonlySet<string> {
    let terms = this.statedMemo.get(fact.id);
    if (!terms) {
      terms = new Set(this.statementTerms(fact));
      this.statedMemo.set(fact.id, terms);
    }
    return terms;
  }

  /**
   * The terms of a fact's own words, its statement and quotes (not the hand-written questions and keywords):
   * the same for every question, so analysed once per fact.
   */
  toldTerms(fact: Fact): ReadonlySet<string> {
    let terms = this.toldMemo.get(fact.id);
    if (!terms) {
      terms = new Set(
        [fact.statement, ...fact.quotes.map((q) => q.text)].flatMap((t) => this.analyzer.terms(t)),
      );
      this.toldMemo.set(fact.id, terms);
    }
    return terms;
  }

  /** The terms of a fact's statement in their order (where a word stands matters), analysed once per fact. */
  statementTerms(fact: Fact): readonly string[] {
    let terms = this.statementMemo.get(fact.id);
    if (!terms) {
      terms = this.analyzer.terms(fact.statement);
      this.statementMemo.set(fact.id, terms);
    }
    return terms;
  }

  /**
   * A fact's statement split at each causal connective, as the terms of cause and effect less the sides and
   * generic words: the same for every why-ask, so split and analysed once per fact.
   */
  causesOf(fact: Fact): readonly CauseAndEffect[] {
    let read = this.causesMemo.get(fact.id);
    if (!read) {
      const told = (text: string) =>
        this.analyzer.terms(text).filter((t) => !this.sideTerms.has(t) && !this.analyzer.generic.has(t));
      read = causalSplits(fact.statement).map((split) => ({
        cause: told(split.cause),
        effect: told(split.effect),
      }));
      this.causesMemo.set(fact.id, read);
    }
    return read;
  }

  /**
   * The terms a fact's statement and quotes read as verbs: every term but one right after a determiner
   * ("THE meetings", "ITS strikes"). The same for every why-ask, so read once per fact.
   */
  verbTermsOf(fact: Fact): ReadonlySet<string> {
    let terms = this.verbMemo.get(fact.id);
    if (!terms) {
      terms = new Set(
        [fact.statement, ...fact.quotes.map((q) => q.text)].flatMap((text) => this.verbTerms(text)),
      );
      this.verbMemo.set(fact.id, terms);
    }
    return terms;
  }

  private verbTerms(text: string): string[] {
    const read = this.analyzer.words(text);
    return read.flatMap((word, i) => {
      const term = DETERMINER.test(read[i - 1] ?? "") ? null : this.analyzer.termOf(word);
      return term ? [term.term] : [];
    });
  }

  /**
   * The terms of the parties a fact's statement has act: its words less a name it puts after a preposition
   * ("reduced its operations IN NORWAY", "relations WITH CHILE"), where it is the place or the other party.
   * Who reacted is one of these: "Chile … in Norway" tells of Chile's reaction, not Norway's.
   */
  actorTermsOf(fact: Fact): ReadonlySet<string> {
    let terms = this.actorTermsMemo.get(fact.id);
    if (!terms) {
      const acting = fact.statement.replace(NAMES_AFTER_PREPOSITION, " ");
      const acts = new Set(this.analyzer.terms(acting));
      if (fact.side) for (const t of this.analyzer.terms(fact.side)) acts.add(t);
      this.actorTermsMemo.set(fact.id, acts);
      terms = acts;
    }
    return terms;
  }
}
