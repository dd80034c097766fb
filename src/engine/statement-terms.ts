// A fact's statement read as terms, for the support check: in order, as a set, the parties it has act, and
// its causes and effects. Each is the same for every question, so it is read once per fact and remembered
// (the memos hold one entry per fact of the base).
import type { Side } from "../knowledge/schema.js";
import type { Fact } from "../knowledge/types.js";
import { causalSplits } from "./cause-effect.js";
import { isVerbForm } from "./english.js";
import { isFunctionWord } from "./function-words.js";
import { type Analyzer, words } from "./normalise.js";

/**
 * A name after a preposition, with the names joined to it ("in Norway", "with Chile and Norway", "toward
 * the United States"): the place or the other party of what the statement tells, not who does it.
 */
const NAMES_AFTER_PREPOSITION =
  /\b(?:in|into|to|toward|towards|with|against|on|at|near|from|between|of|about|for|over|including|except|among)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;

/** Words after which a word is a noun, not the verb of its clause. */
const DETERMINER =
  /^(?:the|a|an|its|their|his|her|these|those|this|that|our|my|your|such|each|every|any|no)$/;

/** A form of "be" (or "get") before a passive participle: "was APPOINTED", "got DETAINED". */
const PASSIVE_AUXILIARY = /^(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting)$/;

/** A word between the auxiliary and its participle: "was LATER appointed", "were NOT detained". */
const BETWEEN_AUXILIARY_AND_PARTICIPLE =
  /^(?:\p{L}+ly|not|never|also|then|later|since|just|first|reportedly)$/u;

/**
 * "As" after a participle that qualifies the noun before it: "a figure appointed AS governor". Not another
 * preposition, which follows a past tense as well ("an official confirmed TO me").
 */
const AFTER_REDUCED_PASSIVE = /^as$/;

/** A clause's bounds within a sentence, for where a passive's "by" may stand. */
const CLAUSE_BREAK = /[,;:.!?()"“”—–]+/u;

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
  /** Fact id → its quotes' and statement's terms, each with whether it is told with a doer (`tellsDoerOf`). */
  private readonly doerMemo = new Map<
    string,
    { readonly quoted: ReadonlyMap<string, boolean>; readonly stated: ReadonlyMap<string, boolean> }
  >();
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

  /**
   * Whether a fact tells who did what a term says ("who APPOINTED al-Rashid?"), in its quotes when they say it
   * (the cited words are the evidence; a statement may infer more), else in its statement; undefined when
   * neither says it. A passive with its "by" ("mediated BY Berg") or an active verb ("Chile appointed him")
   * tells one; a passive naming none ("al-Rashid was APPOINTED governor", "a figure APPOINTED as governor") or
   * an act's noun after a pronoun ("HIS appointment") does not.
   */
  tellsDoerOf(fact: Fact, term: string): boolean | undefined {
    let read = this.doerMemo.get(fact.id);
    if (!read) {
      const tell = (texts: readonly string[]) => {
        const told = new Map<string, boolean>();
        for (const clause of texts.flatMap((text) => text.split(CLAUSE_BREAK))) {
          for (const [t, doer] of this.doerReadings(clause)) told.set(t, doer || (told.get(t) ?? false));
        }
        return told;
      };
      read = { quoted: tell(fact.quotes.map((q) => q.text)), stated: tell([fact.statement]) };
      this.doerMemo.set(fact.id, read);
    }
    return read.quoted.get(term) ?? read.stated.get(term);
  }

  /** Each term of a clause with whether it is said with a doer (`tellsDoerOf`). */
  private doerReadings(clause: string): Array<[string, boolean]> {
    const typed = clause.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    const folded = typed.map((word) => words(word).at(-1) ?? "");
    return typed.flatMap((_, i): Array<[string, boolean]> => {
      const term = this.analyzer.termOf(folded[i] ?? "")?.term;
      if (term === undefined) return [];
      const byAfter = folded.slice(i + 1).includes("by");
      return [
        [term, byAfter || !(agentlessPassiveAt(typed, folded, i) || actNounOfPronounAt(typed, folded, i))],
      ];
    });
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

/**
 * Whether the word at `i` is a passive participle: after a form of "be" ("was appointed", "was later
 * appointed"), or an -ed word right after a common noun and before "as" ("a figure appointed AS governor");
 * not after a name or a pronoun ("Chile appointed him").
 */
function agentlessPassiveAt(typed: readonly string[], folded: readonly string[], i: number): boolean {
  const word = folded[i] ?? "";
  if (!/(?:ed|en)$/.test(word)) return false;
  const before = folded[i - 1] ?? "";
  const auxiliary = BETWEEN_AUXILIARY_AND_PARTICIPLE.test(before) ? (folded[i - 2] ?? "") : before;
  if (PASSIVE_AUXILIARY.test(auxiliary)) return true;
  const previous = typed[i - 1] ?? "";
  const commonNoun = /^\p{Ll}/u.test(previous) && !isFunctionWord(before);
  return commonNoun && AFTER_REDUCED_PASSIVE.test(folded[i + 1] ?? "");
}

/** The ending of a noun that names an act ("appointMENT", "mediaTION", "approvAL"). */
const ACT_NOUN = /(?:ment|tion|sion|ance|ence|al)$/;

/** A possessive pronoun, which may stand for whoever underwent the act ("HIS appointment"). */
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their|our|my|your)$/;

/** Whether the word at `i` is an act's noun after a possessive pronoun ("HIS appointment"): no doer told. */
function actNounOfPronounAt(typed: readonly string[], folded: readonly string[], i: number): boolean {
  const word = folded[i] ?? "";
  return ACT_NOUN.test(word) && !isVerbForm(typed[i] ?? "") && POSSESSIVE_PRONOUN.test(folded[i - 1] ?? "");
}
