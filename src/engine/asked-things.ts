// What a question may name in everyday words instead of asking it outright ("the VENUE", "his day JOB",
// "the envoy's VERDICT", "the ODDS of …"), and which facts give such a thing: the kinds of question a fact
// answers and the attributes its sentence has (support.ts), each indexed as a term of its own (`@where`,
// `@reaction` …). The lexicon's `asks` lists the words by the thing they name (lexicon.json).
import type { Fact } from "../knowledge/types.js";
import type { Attribute } from "./ask-attributes.js";
import { type Analyzer, askedThingTerm } from "./normalise.js";
import { givesThing, QUESTION_KINDS, type QuestionKind } from "./question-kinds.js";
import { attributesOf } from "./support.js";

/**
 * The attributes a sentence can be seen to have that a question may name as a thing: what was said in
 * answer to something, what a party promised, what brought something about, what may come, what was given
 * in return.
 */
const ATTRIBUTE_THINGS = [
  "reaction",
  "commitment",
  "change",
  "cause",
  "future",
  "exchange",
] as const satisfies ReadonlyArray<Attribute>;

type AskedThing = QuestionKind | (typeof ATTRIBUTE_THINGS)[number];

/**
 * The things a question may ask for by name: the kinds whose answer is a thing of its own (the table's
 * `thing`: a person, a place, a date, a purpose, a number; "what", "how" and yes/no answers are no such
 * thing), and the attributes above.
 */
export const ASKED_THINGS: readonly AskedThing[] = [
  ...QUESTION_KINDS.filter(givesThing),
  ...ATTRIBUTE_THINGS,
];

const THINGS: ReadonlySet<string> = new Set(ASKED_THINGS);

/** The terms of the things a fact gives: the kinds it answers (`kinds`) and its sentence's attributes. */
export function askedThingTermsOf(fact: Fact, kinds: Iterable<string>): string[] {
  const things = new Set<string>();
  for (const kind of kinds) if (THINGS.has(kind)) things.add(kind);
  for (const attribute of attributesOf(fact)) if (THINGS.has(attribute)) things.add(attribute);
  return [...things].map(askedThingTerm);
}

/**
 * The things a fact is also found under by the lexicon's words for them, though the base uses those words
 * itself: "has the army CHANGED its activity?" is answered by "the army has reduced its operations",
 * which tells a change without the word, while the one fact that says "change" (a shift in relations) had
 * won it. Only "change": the other attributes met so by their words ("comment", "promise",
 * "cause") lost answers and refusals (docs/evaluation.md, eleventh stop).
 */
const THINGS_FOUND_BY_THEIR_WORDS: ReadonlySet<string> = new Set([askedThingTerm("change")]);

/** The terms of the lexicon's words for those of a fact's things found by them (THINGS_FOUND_BY_THEIR_WORDS). */
export function wordTermsOfThings(things: readonly string[], analyzer: Analyzer): string[] {
  return things
    .filter((thing) => THINGS_FOUND_BY_THEIR_WORDS.has(thing))
    .flatMap((thing) => analyzer.namingTermsOf(thing));
}
