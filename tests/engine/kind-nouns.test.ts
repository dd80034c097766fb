// A word naming a kind of group or place at the head of a "which" ask is met by the facts that name an entity
// the base describes as of that kind (kind-nouns.ts); WordNet's kin say which word is a kind of which.
import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { descriptionHead, isKindHead, kindsNamed, namesKindAsked } from "../../src/engine/kind-nouns.js";
import { words } from "../../src/engine/normalise.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

describe("descriptionHead: the kind a description opens with", () => {
  test.each([
    ["Islamist group whose forces overthrew the old president.", "group"],
    ["Norwegian province bordering the fjords; its governor leads.", "province"],
    ["Disputed territory Chile has held since 1967.", "territory"],
    ["News agency that reported the talks.", "agency"],
    ["The region; the article calls it volatile.", "region"],
    // a person, a post or a country's part in the story is no group or place
    ["Senior Norwegian security official and governor of the province.", undefined],
    ["One of the two sides in the talks.", undefined],
    ["Under President Novak, encouraging the talks.", undefined],
  ])("%s → %s", (description, head) => {
    expect(descriptionHead(description)).toBe(head);
  });
});

describe("kindsNamed: the base's kinds a word names, the nearest", () => {
  test.each([
    ["outfit", ["group", "agency", "province"], ["group"]],
    ["militia", ["group", "province"], ["group"]],
    ["faction", ["group", "region"], ["group"]],
    // a more general word names every kind it covers
    ["district", ["province", "territory", "group"], ["province", "territory"]],
    ["region", ["province", "agency"], ["province"]],
    // a word whose first sense is no group ("rank": a row of soldiers), or no kin at all
    ["rank", ["group"], []],
    // an institution is a group, but a group is no institution
    ["university", ["group"], []],
    ["school", ["group"], []],
    // the word itself
    ["agency", ["agency", "group"], ["agency"]],
    ["building", ["group"], []],
    ["scoop", ["group", "agency"], []],
  ])("%s of %j → %j", (word, heads, named) => {
    expect(kindsNamed(word, heads)).toEqual(named);
  });
});

describe("isKindHead: where a which-ask names the kind it wants", () => {
  test.each([
    ["which outfit toppled the president", "outfit", true],
    ["which rebel outfit toppled the president", "outfit", true],
    ["what outfit toppled the president", "outfit", true],
    ["from which armed faction were they", "faction", true],
    ["which district is it", "district", true],
    // a "where" ask: the facts that say where answer it
    ["which province does he run", "province", false],
    ["what region is it", "region", false],
    ["the outfit toppled the president", "outfit", false],
    ["which of the many rebel outfits", "outfits", false],
  ])("%s: %s → %s", (question, word, expected) => {
    const folded = words(question);
    expect(isKindHead(folded, folded.indexOf(word))).toBe(expected);
  });
});

describe("namesKindAsked: a which-noun that asks for a thing, not a place", () => {
  test.each([
    ["faction", true],
    ["outfit", true],
    ["province", false],
    ["region", false],
  ])("%s → %s", (noun, expected) => {
    expect(namesKindAsked(noun)).toBe(expected);
  });
});

describe("a which-ask naming a kind the base does not say", () => {
  const engine = createEngine(loadKnowledgeBase());
  const group = loadKnowledgeBase().entities.find((e) => descriptionHead(e.description) === "group");

  test("is read as the kind of an entity the base describes", () => {
    const terms = engine.analyse("which outfit took power?").terms.map((t) => t.term);
    expect(terms).toContain("@is:group");
    expect(terms).not.toContain("outfit");
  });

  test("a word the base uses is read so too when it is the kind itself", () => {
    const terms = engine.analyse("which news agency reported it first?").terms.map((t) => t.term);
    expect(terms).toContain("@is:agency");
  });

  test("an institution stays a word the base lacks: a missing attribute is refused", () => {
    const analysed = engine.analyse("what university did the governor attend?");
    expect(analysed.terms.find((t) => t.word === "university")?.known).toBe(false);
  });

  test("is met only by a fact that names such an entity in its own words", () => {
    expect(group).toBeDefined();
    const answer = engine.ask("which outfit toppled the president?");
    const cited = answer.parts.flatMap((p) => p.citations.map((c) => c.factId));
    const facts = loadKnowledgeBase().facts.filter((f) => cited.includes(f.id));
    expect(facts.length).toBeGreaterThan(0);
    const names = [group?.name ?? "", ...(group?.aliases ?? [])];
    for (const fact of facts) {
      const told = [fact.statement, ...fact.quotes.map((q) => q.text)].join(" ");
      expect(names.some((name) => told.includes(name))).toBe(true);
    }
  });
});
