// Every kind of question the bot tells apart, in one table: how a question is recognised as asking it, which
// facts answer it besides those that declare it, how much a fact that does not answer it keeps of its score,
// and whether a wrong name in it is a premise to correct. Everything else derives from this table: the
// knowledge base schema (a fact's `kinds` and the lexicon's `asks`, schema.ts), the analyser (`questionKindOf`, `claimsEvent`),
// the ranking and the premise check (engine.ts), what a fact is indexed as giving (asked-things.ts) and the
// index cache's key (src/storage/index-cache/key.ts hashes this module).
// Adding a kind: a row here, the kind in the facts that answer it, and a row in tests/engine/question-kinds.test.ts.

import type { Fact } from "../knowledge/types.js";
import { alternation, YES_NO_AUXILIARIES } from "./auxiliaries.js";
import { words } from "./normalise.js";
import { TIME_EXPRESSION } from "./time-words.js";

/**
 * What the rules read of a fact. Not `Fact` itself: a fact's type is derived from the schema, which derives
 * its kinds from this table, and TypeScript cannot infer the table's type through that circle.
 */
interface FactTraits {
  statement: string;
  quotes: ReadonlyArray<{ text: string }>;
  side?: string | undefined;
  timeline?: unknown;
}

interface QuestionKindRule {
  /**
   * Wording that asks this kind, matched against the question's folded words joined by single spaces, with
   * a space before the first and after the last (" how many sources "): so `/ who /` is the whole word.
   */
  asked: RegExp;
  /** Wording that, though `asked` matches, means another kind ("how many YEARS" asks when, not how many). */
  unless?: RegExp;
  /** Kinds are tried in this order, lowest first; the first whose wording matches is the question's kind. */
  order: number;
  /** Facts that answer this kind though they neither declare it nor have a question of it. */
  answeredBy?: (fact: FactTraits) => boolean;
  /**
   * A fact that does not answer the kind keeps only this share of its score (absent: all of it): the facts
   * about Jan Novak do not answer "When was Jan Novak executed?", whatever words they share.
   */
  mismatchFactor?: number;
  /**
   * The ask takes an event for granted ("did …?", "why did …?"): a wrong name inside it is a premise to
   * correct. A "who/what/which/where" ask about an unknown name asks about that name itself ("what did
   * Egypt say?"), which the sources do not cover.
   */
  premise?: boolean;
  /**
   * Its answer is a thing of its own (a person, a place, a date, a reason, a number) that a question may name
   * in everyday words instead of asking it ("the VENUE", "his day JOB"): the lexicon's `asks` may list words
   * for it, and a fact that answers the kind is indexed as giving it (asked-things.ts).
   */
  thing?: boolean;
  /**
   * The ask claims an event happened ("did Norway EXPEL …?", "why did Chile SHUT …?"): the verb it claims is one
   * a fact must say (question-analysis.ts' predicates). A "how" or "when" ask describes the event.
   */
  claimsEvent?: boolean;
}

/**
 * "Which country" followed by what it did, a verb in -ed or -ing, after a form of be or not: the country is who
 * acted. Not "which country WAS IT in", "which country DID he flee to".
 */
const AGENT_COUNTRY = / (which|what) country( (was|is|has been|had been))? [a-z]+(ed|ing) /;

/** Spans of time asked as a number: "how many years", "how much time" ask when, which the dated facts answer. */
const TIME_SPANS = / how (many (years|months|weeks|days|decades|times)|much time) /;

/**
 * "Has X CHANGED HOW MUCH it strikes …?", "has X CUT HOW MANY troops it keeps there?": an amount that is the
 * object of a verb of change asks whether it changed, as "changed how often" does, not for a number: the fact
 * that tells the strikes were scaled back answers it, and one that gives no figure is no silence on the count.
 * Folded words, as the table's wordings are matched (ask-attributes.ts reads the same for its count).
 */
export const CHANGED_AMOUNT =
  / (change|changes|changed|changing|reduce|reduces|reduced|reducing|cut|cuts|cutting|increase|increases|increased|increasing|decrease|decreases|decreased|decreasing|lower|lowers|lowered|lowering|limit|limits|limited|limiting|scaled back|scale back|scales back|scaling back) how (much|many) /;

export const QUESTION_KIND_TABLE = {
  who: {
    asked: / (who|whom|whose) /,
    order: 5,
    // A fact on who leads or represents a side names a person.
    answeredBy: (fact) => fact.side !== undefined,
    mismatchFactor: 0.8,
    thing: true,
  },
  what: { asked: / (what|which) /, order: 8 },
  when: {
    asked:
      / (how many (years|months|weeks|days|decades|times)|how much time|when|since when|what year|what month|which month|what date|what day|which day|how long) /,
    order: 2,
    answeredBy: (fact) =>
      fact.timeline !== undefined ||
      [fact.statement, ...fact.quotes.map((q) => q.text)].some((t) => TIME_EXPRESSION.test(t)),
    // A date, a place or a number cannot be answered by a fact that has none.
    mismatchFactor: 0.45,
    premise: true,
    thing: true,
  },
  where: {
    asked: / (where|(which|what) (place|region|area|location|country|city|town|province|part of)) /,
    // "Which country BROKERED the talks?", "which country was NUDGING …": a country that did something is the
    // actor asked for, not a place (the facts that give a place did not answer it).
    unless: AGENT_COUNTRY,
    order: 3,
    mismatchFactor: 0.45,
    thing: true,
  },
  why: {
    asked: / (why|what for|reason|reasons|reasoning|rationale|motive|motivation|logic) /,
    order: 4,
    mismatchFactor: 0.8,
    premise: true,
    thing: true,
    claimsEvent: true,
  },
  how: { asked: / how /, order: 6, premise: true },
  "how-many": {
    asked: / how (many|much) /,
    unless: new RegExp(`${TIME_SPANS.source}|${CHANGED_AMOUNT.source}`),
    order: 1,
    mismatchFactor: 0.45,
    thing: true,
  },
  "yes-no": {
    asked: new RegExp(`^ (${alternation(YES_NO_AUXILIARIES)}) `),
    order: 7,
    premise: true,
    claimsEvent: true,
  },
} as const satisfies Record<string, QuestionKindRule>;

export type QuestionKind = keyof typeof QUESTION_KIND_TABLE;

/** The kinds, in the table's order (the order the schema lists them in). */
export const QUESTION_KINDS = Object.keys(QUESTION_KIND_TABLE) as [QuestionKind, ...QuestionKind[]];

const RULES: ReadonlyArray<[QuestionKind, QuestionKindRule]> = (
  Object.entries(QUESTION_KIND_TABLE) as Array<[QuestionKind, QuestionKindRule]>
).sort(([, a], [, b]) => a.order - b.order);

/** What kind of answer the question asks for, from its wording. */
export function questionKindOf(question: string): QuestionKind | null {
  const text = ` ${words(question).join(" ")} `;
  for (const [kind, rule] of RULES) {
    if (rule.asked.test(text) && !rule.unless?.test(text)) return kind;
  }
  return null;
}

/** Kinds of question a fact answers: as declared, as its own questions ask, and as the table's rules find. */
export function kindsOfFact(fact: Fact): ReadonlySet<QuestionKind> {
  const kinds = new Set<QuestionKind>(fact.kinds);
  for (const question of fact.questions) {
    // A fact asked "which country brokered …?" names a country all the same: it keeps the kind a "which
    // country" ask has, so one read as where (a typo in its verb, "brokerd") still finds it.
    const kind = AGENT_COUNTRY.test(` ${words(question).join(" ")} `) ? "where" : questionKindOf(question);
    if (kind) kinds.add(kind);
  }
  for (const [kind, rule] of RULES) if (rule.answeredBy?.(fact)) kinds.add(kind);
  return kinds;
}

/** Share of its score a fact that does not answer `kind` keeps. */
export function mismatchFactor(kind: QuestionKind): number {
  return (QUESTION_KIND_TABLE[kind] as QuestionKindRule).mismatchFactor ?? 1;
}

/** Whether a kind's answer is a thing a question may name in other words (see QuestionKindRule.thing). */
export function givesThing(kind: QuestionKind): boolean {
  return (QUESTION_KIND_TABLE[kind] as QuestionKindRule).thing === true;
}

/** Whether an ask of this kind claims an event happened (see QuestionKindRule.claimsEvent). */
export function claimsEvent(kind: QuestionKind | null): boolean {
  return kind !== null && (QUESTION_KIND_TABLE[kind] as QuestionKindRule).claimsEvent === true;
}

/** Whether a wrong name in an ask of this kind is a premise to correct (see QuestionKindRule.premise). */
export function takesPremise(kind: QuestionKind | null): boolean {
  return kind !== null && (QUESTION_KIND_TABLE[kind] as QuestionKindRule).premise === true;
}
