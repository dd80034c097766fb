// kb:add gives a draft that names one person, and does not say their post, that post as a keyword, less the
// names in it (post-keywords.ts): "what did the foreign minister warn?" finds "Soto warned that …".
import { describe, expect, test } from "vitest";
import type { DraftFact } from "../../src/knowledge/draft/draft-fact.js";
import { currentPosts, postWords, withPostKeywords } from "../../src/knowledge/draft/post-keywords.js";

describe("postWords: a role less its names", () => {
  test.each([
    ["Chile's foreign minister", ["Chile"], "foreign minister"],
    [
      "the Peruvian ambassador to Chile who also serves as Lima's special envoy",
      ["Peruvian", "Chile", "Lima"],
      "ambassador to who also serves as special envoy",
    ],
    ["spiritual leader of Norway's Sami", ["Norway"], "spiritual leader of Sami"],
    ["Secretary of State", ["Chile"], "Secretary of State"],
    ["interim President", [], "interim President"],
    // a name inside another word is no name
    ["Chilean trade minister", ["Chile"], "Chilean trade minister"],
  ])("%s less %j → %s", (role, names, expected) => {
    expect(postWords(role, names)).toBe(expected);
  });
});

describe("currentPosts: the posts held now, lower case", () => {
  test.each([
    [["Chile's foreign minister"], ["foreign minister"]],
    // a post held then, and a role that holds no post's noun
    [["Chile's then foreign minister"], []],
    [["one of Rojas's closest confidants"], []],
    [
      ["Chile's minister for trade affairs", "one of Rojas's closest confidants"],
      ["minister for trade affairs"],
    ],
    [["Foreign Minister", "foreign minister"], ["foreign minister"]],
    // two posts joined by a relative clause or "and" are each a post, the joining words in neither
    [
      ["the ambassador to Chile who also serves as Chile's special envoy for Chile"],
      ["ambassador", "special envoy"],
    ],
    [["Chile's trade minister and chief negotiator"], ["trade minister", "chief negotiator"]],
  ])("%j → %j", (roles, expected) => {
    expect(currentPosts(roles, ["Chile", "Rojas"])).toEqual(expected);
  });
});

const draft = (statement: string, entities: string[]): DraftFact => ({
  id: "f",
  statement,
  quotes: [statement],
  entities,
  topics: [],
  questions: [],
  keywords: ["12 March 2025"],
  kinds: [],
  reviewed: false,
});
const posts = new Map([
  ["soto", ["foreign minister"]],
  ["berg", ["special envoy"]],
]);
const namedIn = (text: string) => ["soto", "berg", "chile"].filter((id) => text.toLowerCase().includes(id));
const isPerson = (id: string) => id !== "chile";

describe("withPostKeywords", () => {
  test.each([
    [
      "Soto warned that incursions could unsettle the south.",
      ["soto"],
      ["12 March 2025", "foreign minister"],
    ],
    // the statement says the post already
    ["Chile's foreign minister, Soto, warned the south.", ["soto"], ["12 March 2025"]],
    // two people: whose post it is would not be told
    ["Soto met Berg in Lima.", ["soto", "berg"], ["12 March 2025"]],
    // a person in the draft's entities but not in its sentence (the lede's people filed under a later one)
    ["The meeting lasted four hours.", ["soto"], ["12 March 2025"]],
    // named in the sentence, but the draft is about another (a side's lead drafted from it)
    ["Soto warned Chile.", ["chile"], ["12 March 2025"]],
  ])("%s %j → %j", (statement, entities, expected) => {
    const fact = draft(statement, entities);
    withPostKeywords([fact], posts, namedIn, isPerson);
    expect(fact.keywords).toEqual(expected);
  });
});
