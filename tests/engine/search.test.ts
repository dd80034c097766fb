// The fact index's scoring helpers, and how a fact with no hand-written paraphrases is matched.
import { describe, expect, test } from "vitest";
import { Analyzer } from "../../src/engine/normalise.js";
import {
  buildIndexData,
  clausesOf,
  FactIndex,
  hasParaphrases,
  type QueryTerm,
} from "../../src/engine/search.js";
import type { Fact } from "../../src/knowledge/types.js";
import { fact as factOf } from "../commands/fixtures.js";

/** A fact whose only question is its statement unless others are given. */
function fact(id: string, statement: string, questions: string[] = [statement]): Fact {
  return factOf(id, statement, { questions });
}

describe("clausesOf", () => {
  test.each([
    ["The council voted on Monday.", []],
    [
      "The mayor, who chaired the meeting, said the bridge will reopen in spring",
      ["who chaired the meeting", "said the bridge will reopen in spring"],
    ],
    [
      "Talks were held in the town hall and the mayor spoke for an hour",
      ["Talks were held in the town hall", "the mayor spoke for an hour"],
    ],
    // A date written out after a relative one is an aside, not a clause a question asks about.
    [
      "Officials said Thursday's (24 July 2025) vote was postponed until the budget passes",
      ["Officials said Thursday's", "vote was postponed until the budget passes"],
    ],
    // Fragments under three words are no clause of their own.
    ["Tolls rose, sharply, after the vote passed narrowly", []],
    [
      "Repairs (costing two million) begin after the council approves the budget",
      ["costing two million", "the council approves the budget"],
    ],
  ])("%s", (sentence, expected) => {
    expect(clausesOf(sentence)).toEqual(expected);
  });
});

describe("hasParaphrases", () => {
  test.each([
    [["The bridge reopens in May."], false],
    [[" The bridge reopens in May. "], false],
    [["The bridge reopens in May.", "When does the bridge reopen?"], true],
    [["When does the bridge reopen?"], true],
  ])("%j → %s", (questions, expected) => {
    expect(hasParaphrases({ statement: "The bridge reopens in May.", questions })).toBe(expected);
  });
});

describe("a fact with no paraphrases is matched clause by clause", () => {
  const analyzer = new Analyzer({
    phrases: {},
    synonyms: [],
    stopwords: ["the", "who", "is", "a", "of"],
    generic: [],
  });
  const long =
    "The council approved the budget after a long debate, the mayor chaired the session, and new lighting was promised for every street";
  const indexOf = (facts: Fact[]) => new FactIndex(facts, buildIndexData(facts, [], analyzer));
  const query = (question: string, index: FactIndex): QueryTerm[] =>
    analyzer.terms(question).map((term) => ({ term, weight: index.idf(term), known: true }));

  test("its clause matches a short question better than the whole sentence does", () => {
    const bare = indexOf([fact("f", long), fact("g", "The bridge reopens in May.")]);
    const [hit] = bare.search(query("who chaired the session", bare));
    expect(hit?.fact.id).toBe("f");
    // The same fact with a written paraphrase is matched on its questions alone, as before.
    const written = indexOf([
      fact("f", long, [long, "Who approved the budget?"]),
      fact("g", "The bridge reopens in May."),
    ]);
    const [writtenHit] = written.search(query("who chaired the session", written));
    expect(hit?.questionMatch).toBeGreaterThan(writtenHit?.questionMatch ?? 1);
    expect(hit?.questionMatch).toBeGreaterThan(0.7);
  });

  test("a kb:add draft keeps the questions kb:add chose for it", () => {
    const draft = indexOf([{ ...fact("f", long), reviewed: false }, fact("g", "The bridge reopens in May.")]);
    const [hit] = draft.search(query("who chaired the session", draft));
    expect(hit?.fact.id).toBe("f");
    expect(hit?.questionMatch).toBeLessThan(0.5);
  });
});

describe("a sentence's own detail counts less against it than a written question's", () => {
  const analyzer = new Analyzer({
    phrases: {},
    synonyms: [],
    stopwords: ["the", "in", "of", "a", "for"],
    generic: [],
  });
  const sentence =
    "Mayor Ortiz opened the rebuilt stone bridge over the river Vale in a ceremony lasting two hours";
  const indexOf = (facts: Fact[]) => new FactIndex(facts, buildIndexData(facts, [], analyzer));
  const query = (question: string, index: FactIndex, parties: string[] = []): QueryTerm[] =>
    analyzer.terms(question).map((term) => ({
      term,
      weight: index.idf(term),
      known: true,
      ...(parties.includes(term) ? { party: true } : {}),
    }));
  const bare = indexOf([fact("f", sentence), fact("g", "The library closes early on Sundays.")]);
  // The same fact with a written paraphrase (on another matter) is matched on its sentence by plain Dice.
  const written = indexOf([
    fact("f", sentence, [sentence, "Is the crossing safe?"]),
    fact("g", "The library closes early on Sundays."),
  ]);

  test("a question on one part of the sentence is closer to it", () => {
    const [hit] = bare.search(query("who opened the bridge", bare));
    const [writtenHit] = written.search(query("who opened the bridge", written));
    expect(hit?.fact.id).toBe("f");
    expect(hit?.questionMatch).toBeGreaterThan(writtenHit?.questionMatch ?? 1);
  });

  test("not when it shares only names with the question: a short sentence about someone is no answer about them", () => {
    const ortiz = analyzer.terms("Ortiz");
    const named = bare.search(query("how tall is Ortiz", bare, ortiz))[0];
    const unnamed = bare.search(query("how tall is Ortiz", bare))[0];
    expect(named?.questionMatch).toBeLessThan(unnamed?.questionMatch ?? 0);
  });
});

describe("a question offering alternatives is answered by a fact that covers one of them", () => {
  const analyzer = new Analyzer({
    phrases: {},
    synonyms: [],
    stopwords: ["the", "is", "or", "by", "a", "on", "about"],
    generic: [],
  });
  const facts = [
    fact("toll", "The bridge toll pays for repairs."),
    fact("ferry", "Ferries carry cars while the bridge is closed."),
    fact("vote", "The council vote on the bridge is on Monday."),
  ];
  const index = new FactIndex(facts, buildIndexData(facts, [], analyzer));
  const term = (word: string) => analyzer.terms(word)[0] as string;
  const ask = (alternatives: boolean): QueryTerm[] => [
    { term: term("bridge"), weight: 0.5, known: true },
    { term: term("toll"), weight: 2, known: true, ...(alternatives ? { alternative: 1 as const } : {}) },
    // a word no fact has: the other alternative, "… or a tax?"
    { term: term("tax"), weight: 3, known: false, ...(alternatives ? { alternative: 2 as const } : {}) },
  ];

  test("the fact is scored for the alternative it answers, not against the other's words", () => {
    const [plain] = index.search(ask(false));
    const [offered] = index.search(ask(true));
    expect(offered?.fact.id).toBe("toll");
    expect(plain?.fact.id).toBe("toll");
    expect(offered?.coverage).toBe(1);
    expect(plain?.coverage).toBeLessThan(0.5);
    expect(offered?.score).toBeGreaterThan((plain?.score ?? 1) + 0.2);
  });
});

describe("a term met by other terms (a capital acting for its side)", () => {
  const analyzer = new Analyzer({ phrases: {}, synonyms: [], stopwords: ["the", "has", "its"], generic: [] });
  const facts = [
    fact("pledge", "Norway has pledged restraint."),
    fact("city", "Officials in Oslo pledged nothing new."),
    fact("both", "Norway pledged from Oslo."),
  ];
  const index = new FactIndex(facts, buildIndexData(facts, [], analyzer));
  const term = (word: string) => analyzer.terms(word)[0] as string;
  const ask = (metBy: boolean): QueryTerm[] => [
    { term: term("oslo"), weight: 2, known: true, ...(metBy ? { metBy: [term("norway")] } : {}) },
    { term: term("pledged"), weight: 1, known: true },
  ];

  test("a fact naming the side covers the capital's weight; one naming both counts it once", () => {
    const coverage = (metBy: boolean) =>
      new Map(index.search(ask(metBy)).map((hit) => [hit.fact.id, hit.coverage]));
    expect(coverage(false).get("pledge")).toBeCloseTo(1 / 3);
    expect(coverage(true).get("pledge")).toBe(1);
    expect(coverage(true).get("city")).toBe(1);
    expect(coverage(true).get("both")).toBe(1);
  });
});

describe("question match", () => {
  const analyzer = new Analyzer({
    phrases: {},
    synonyms: [],
    stopwords: ["the", "in", "when", "does"],
    generic: [],
  });
  const facts = [
    fact("f", "The bridge reopens in May.", ["When does the bridge reopen?"]),
    fact("g", "The library closes early on Sundays.", ["When does the library close?"]),
  ];
  const index = new FactIndex(facts, buildIndexData(facts, [], analyzer));
  const query = (question: string, weight: number): QueryTerm[] =>
    analyzer.terms(question).map((term) => ({ term, weight, known: true }));

  test("is the weighted Dice overlap with the closest question, a word it lacks at its IDF", () => {
    // "bridge reopen" and the asked "bridge" (weight 2) and "toll" (weight 2, no fact has it).
    const [hit] = index.search(query("bridge toll", 2));
    const own = 2 + index.idf(analyzer.terms("reopen")[0] ?? "");
    expect(hit?.fact.id).toBe("f");
    expect(hit?.questionMatch).toBeCloseTo((2 * 2) / (4 + own), 12);
  });

  test("a search leaves nothing of its words to the next one", () => {
    const fresh = new FactIndex(facts, buildIndexData(facts, [], analyzer));
    index.search(query("when does the bridge reopen", 3));
    expect(index.search(query("bridge", 1))).toEqual(fresh.search(query("bridge", 1)));
  });
});
