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
