// What a question may name in everyday words instead of asking it outright ("the VENUE", "his day JOB",
// "the envoy's VERDICT", "the ODDS of …"), and which facts give such a thing: the kinds of question a fact
// answers and the attributes its sentence has (support.ts), each indexed as a term of its own (`@where`,
// `@reaction` …). The lexicon's `asks` lists the words by the thing they name (lexicon.json).
import type { Fact } from "../knowledge/types.js";
import type { Attribute } from "./ask-attributes.js";
import { askedThingTerm } from "./normalise.js";
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
