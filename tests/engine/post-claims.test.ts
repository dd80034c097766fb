// The post a claim gives a person of the base, and whether a statement gives it them near their name: what
// the premise corrector confirms "X is Norway's foreign minister, right?" with, or corrects it by.
import { describe, expect, test } from "vitest";
import { Analyzer } from "../../src/engine/normalise.js";
import { postOf, statesPost } from "../../src/engine/post-claims.js";
import type { Side } from "../../src/knowledge/schema.js";

const analyzer = new Analyzer({
  phrases: {},
  synonyms: [],
  stopwords: ["the", "is", "was", "of", "a", "an", "as", "to", "for", "and", "with", "who", "went"],
  generic: [],
});
const reading = {
  analyzer,
  personTerms: new Set(["jan novak", "ahmad al-rashid"].flatMap((name) => analyzer.terms(name))),
  sideTerms: new Map<string, Side>(
    ["norway", "chile"].map((side) => [analyzer.terms(side)[0] ?? side, side]),
  ),
};
const claim = (text: string) => ({ text, form: "asserted" as const });

describe("postOf", () => {
  test.each<[string, string | undefined]>([
    ["rashid is norway's foreign minister", "foreign minister"],
    ["jan novak is the ambassador to peru", "ambassador to peru"],
    ["novak went to geneva as chile's foreign minister", "foreign minister"],
    // No post: an indefinite noun phrase, a clause, a participle, someone who is no person of the base.
    ["rashid is a member of the council", undefined],
    ["rashid is the one who met novak", undefined],
    ["rashid is the man leading the talks", undefined],
    ["oslo is the capital of norway", undefined],
  ])("%j → %j", (text, post) => {
    expect(postOf(claim(text), reading)?.post).toBe(post);
  });
});

describe("statesPost", () => {
  const post = postOf(claim("novak is chile's foreign minister"), reading);
  test.each<[string, boolean]>([
    ["Chile's foreign minister Jan Novak met al-Rashid.", true],
    ["Jan Novak, Chile's foreign minister, met al-Rashid.", true],
    // The post's words are in the statement, but given to someone else, far from Novak's name.
    ["Norway's foreign minister al-Rashid met envoys, officials, generals, aides and Jan Novak.", false],
    ["Jan Novak met al-Rashid.", false],
  ])("%j → %s", (statement, states) => {
    expect(post).toBeDefined();
    if (post) expect(statesPost(analyzer.terms(statement), post)).toBe(states);
  });
});
