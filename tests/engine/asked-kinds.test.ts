// A word that names what a question asks for ("venue", "job", "motive") rather than what the answer says:
// met by the facts that answer that kind of question when the base never uses the word (lexicon `asks`).
import { describe, expect, test } from "vitest";
import { withoutParaphrases } from "../../bench/evaluate.js";
import { askedThingTermsOf } from "../../src/engine/asked-things.js";
import { createEngine } from "../../src/engine/engine.js";
import { Analyzer, askedThingTerm } from "../../src/engine/normalise.js";
import { buildIndexData, FactIndex, type QueryTerm } from "../../src/engine/search.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import type { Fact } from "../../src/knowledge/types.js";
import { fact } from "../commands/fixtures.js";

const analyzer = new Analyzer({
  phrases: {},
  synonyms: [],
  stopwords: ["the", "what", "was", "of", "is", "in", "a", "on"],
  generic: [],
  asks: { where: ["venue", "whereabouts"], who: ["job"], why: ["motive"] },
});

describe("Analyzer.askedKindOf", () => {
  test.each([
    ["venue", "@where"],
    // read as the word's term, so its inflections too
    ["venues", "@where"],
    ["whereabouts", "@where"],
    ["job", "@who"],
    ["jobs", "@who"],
    ["motive", "@why"],
    ["bridge", undefined],
    ["university", undefined],
  ])("%s → %s", (word, expected) => {
    const term = analyzer.termOf(word)?.term ?? "";
    expect(analyzer.askedKindOf(term)).toBe(expected);
  });
});

describe("askedThingTermsOf: the things a fact gives, from its kinds and its sentence", () => {
  test.each([
    ["The council met in the town hall.", ["where"], ["@where"]],
    ["The council approved the budget.", ["what", "yes-no"], []],
    ["The mayor said the vote was fair.", [], ["@reaction"]],
    ["The bridge could reopen next spring.", [], ["@future"]],
    ["The town got a grant in return for the land.", [], ["@exchange"]],
    ["Traffic fell because the bridge closed.", ["why"], ["@why", "@cause"]],
  ])("%s (%j) → %j", (statement, kinds, expected) => {
    const given = fact("f", statement, { kinds: kinds as Fact["kinds"] });
    expect(askedThingTermsOf(given, given.kinds)).toEqual(expected);
  });
});

describe("the index holds each fact's kinds of answer as a term", () => {
  const facts: Fact[] = [
    fact("hall", "The council met in the town hall.", { kinds: ["where"], questions: [] }),
    fact("vote", "The council approved the budget.", { kinds: ["what"], questions: [] }),
  ];
  const index = new FactIndex(facts, buildIndexData(facts, [], analyzer));

  test("a fact that answers “where” is found by the term of that kind, and no other is", () => {
    const query: QueryTerm[] = [{ term: askedThingTerm("where"), weight: 1, known: true }];
    expect(index.search(query).map((hit) => hit.fact.id)).toEqual(["hall"]);
  });

  test("“what” answers are no thing of their own: no term is indexed for them", () => {
    expect(index.isKnownTerm(askedThingTerm("what"))).toBe(false);
  });
});

describe("in the engine, on the base without paraphrases", () => {
  const engine = createEngine(withoutParaphrases(loadKnowledgeBase()));

  test.each([
    ["what's dalati's day job?", "job", "@who", /governor/],
    ["whats the venue for the talks", "venue", "@where", /border|Golan/],
  ])("%s: “%s” is read as %s and answered", (question, word, term, answer) => {
    expect(engine.analyse(question).terms.find((t) => t.word === word)).toMatchObject({ term, known: true });
    const answered = engine.ask(question);
    expect(answered.status).toBe("answered");
    expect(answered.parts.map((part) => part.text).join(" ")).toMatch(answer);
  });

  test("a thing named as the head of the ask (“the ODDS of …”) is met by a fact that gives it", () => {
    const question = "what are the odds of full normalisation with israel?";
    expect(engine.analyse(question).heads).toEqual(["@future"]);
    const answered = engine.ask(question);
    expect(answered.status).toBe("answered");
    expect(answered.parts.map((part) => part.text).join(" ")).toMatch(/distant/);
  });

  test("a thing no fact gives stays a word the base lacks", () => {
    expect(engine.analyse("what's the payoff for syria?").terms.find((t) => t.word === "payoff")?.known).toBe(
      false,
    );
  });

  test("a word the base does use is read as itself", () => {
    const shipped = createEngine(loadKnowledgeBase());
    // the shipped facts name their venue in keywords
    expect(shipped.analyse("what was the venue?").terms.find((t) => t.word === "venue")?.term).toBe("venu");
  });

  test("what the post word does not cover still counts: a former job the article never gives is refused", () => {
    expect(engine.ask("what was dalati's previous job?").status).toBe("no_answer");
    expect(engine.ask("which university did al-dalati attend?").status).toBe("no_answer");
  });
});
