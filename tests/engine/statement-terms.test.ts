// A fact's statement read as terms for the support check (statement-terms.ts): the parties it has act, its
// causes and effects, and its terms in order, each read once per fact.
import { expect, test } from "vitest";
import { Analyzer } from "../../src/engine/normalise.js";
import { StatementTerms } from "../../src/engine/statement-terms.js";
import type { Side } from "../../src/knowledge/schema.js";
import type { Fact } from "../../src/knowledge/types.js";

const analyzer = new Analyzer({
  phrases: {},
  synonyms: [],
  stopwords: ["the", "its", "in", "with", "of"],
  generic: [],
});
const sideTerms = new Map<string, Side>(["norway", "chile"].map((s) => [analyzer.terms(s)[0] ?? s, s]));
const fact = (id: string, statement: string, side?: string) => ({ id, statement, side }) as unknown as Fact;
const terms = (text: string) => analyzer.terms(text);

test.each<[string, string[], string[]]>([
  // A name after a preposition is the place or the other party, not who acts.
  ["Chile reduced its operations in Norway.", terms("chile reduced operations"), terms("norway")],
  ["Norway restored relations with Chile and Peru.", terms("norway restored relations"), terms("chile peru")],
])("in %j the actors are %j, not %j", (statement, actors, others) => {
  const read = new StatementTerms(analyzer, sideTerms).actorTermsOf(fact("f", statement));
  for (const t of actors) expect(read.has(t)).toBe(true);
  for (const t of others) expect(read.has(t)).toBe(false);
});

test("a fact's side acts in it too", () => {
  const read = new StatementTerms(analyzer, sideTerms).actorTermsOf(fact("f", "Talks resumed.", "chile"));
  expect(read.has(terms("chile")[0] as string)).toBe(true);
});

test("causes and effects leave the sides out; terms keep their order; each is read once per fact", () => {
  const statements = new StatementTerms(analyzer, sideTerms);
  const f = fact("f", "Norway closed the border because smugglers crossed it.");
  const [split] = statements.causesOf(f);
  expect(split?.cause).toEqual(terms("smugglers crossed it"));
  expect(split?.effect).not.toContain(terms("norway")[0]);
  expect(statements.statementTerms(f)).toEqual(terms(f.statement));
  expect(statements.causesOf(f)).toBe(statements.causesOf(f));
  expect(statements.statedTerms(f)).toBe(statements.statedTerms(f));
});

// "Who APPOINTED …?": whether a fact tells who did what a term says (`tellsDoerOf`), in its quotes first.
test.each<[string, string, string, boolean | undefined]>([
  // a passive naming no doer, after "be" or as a participle with "as" after a noun
  ["Rivas was appointed governor of Talca.", "", "appointed", false],
  ["Rivas, a senior official appointed as governor, met them.", "", "appointed", false],
  // an act's noun after a pronoun: whoever underwent it, not who did it
  ["Rivas spoke.", "His appointment signals resolve.", "appointed", false],
  // a passive with its "by", an active verb, a past tense before a preposition
  ["The session was mediated by Rivas.", "", "mediated", true],
  ["Chile appointed Rivas governor.", "", "appointed", true],
  ["Rivas spoke.", "An official confirmed to me that they met.", "confirmed", true],
  // the quote decides over a statement that infers more
  ["Chile appointed Rivas.", "Rivas, an official appointed as governor, spoke.", "appointed", false],
  // neither says it
  ["Rivas spoke.", "", "appointed", undefined],
])("in %j / %j the doer of %j is told: %j", (statement, quote, verb, told) => {
  const f = { id: "f", statement, quotes: quote ? [{ text: quote }] : [] } as unknown as Fact;
  const term = terms(verb)[0] as string;
  expect(new StatementTerms(analyzer, sideTerms).tellsDoerOf(f, term)).toBe(told);
});
