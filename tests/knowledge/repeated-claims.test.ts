// One fact per claim: kb:add drafted the mediation sentence twice (its own fact and the US side's lead fact,
// same quote, same claim), a duplicate the curator trial had to delete by hand.
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { addArticle } from "../../src/knowledge/add.js";
import { repeats, withoutRepeatedClaims } from "../../src/knowledge/repeated-claims.js";
import { copyKnowledgeBase, PROJECT_ROOT, readJsonFile, removeCopies } from "./tmp-kb.js";

afterAll(removeCopies);

const fact = (statement: string, quote: string, side?: string) => ({
  statement,
  quotes: [quote],
  entities: side ? ["tom-barrack", "united-states"] : ["tom-barrack", "turkey"],
  topics: ["talks"],
  questions: [statement],
  keywords: side ? ["24 July 2025"] : ["Ambassador"],
  kinds: side ? ["who", "what"] : ["what", "where"],
  ...(side ? { side } : {}),
});
const MEDIATED = "The session was mediated by Tom Barrack, the US ambassador to Turkey.";
const LEAD = "Tom Barrack, the US ambassador to Turkey, mediated the session in Paris for the United States.";

test.each([
  {
    name: "the same claim, the lead's words a superset",
    lead: fact(LEAD, MEDIATED, "us"),
    own: fact(MEDIATED, MEDIATED),
    same: true,
  },
  {
    name: "the sentence says more than the tie",
    lead: fact(LEAD, MEDIATED, "us"),
    own: fact("The session was mediated by Tom Barrack after strikes on Damascus.", MEDIATED),
    same: false,
  },
  {
    name: "another quote",
    lead: fact(LEAD, "Other sentence.", "us"),
    own: fact(MEDIATED, MEDIATED),
    same: false,
  },
  {
    name: "two leads of one sentence",
    lead: fact(LEAD, MEDIATED, "us"),
    own: fact(LEAD, MEDIATED, "syria"),
    same: false,
  },
])("repeats: $name → $same", ({ lead, own, same }) => {
  expect(repeats(lead, own)).toBe(same);
});

test("withoutRepeatedClaims: the lead fact takes the sentence fact's place, questions, keywords and kinds", () => {
  const before = fact("Before.", "Before.");
  const own = fact(MEDIATED, MEDIATED);
  const lead = fact(LEAD, MEDIATED, "us");
  const out = withoutRepeatedClaims([before, own, fact("Between.", "Between."), lead]);
  expect(out.map((f) => f.statement)).toEqual(["Before.", LEAD, "Between."]);
  expect(out[1]).toMatchObject({
    side: "us",
    questions: [LEAD, MEDIATED],
    keywords: ["24 July 2025", "Ambassador"],
    kinds: ["who", "what", "where"],
    entities: ["tom-barrack", "united-states", "turkey"],
  });
});

test("kb:add drafts no sentence twice: the July mediation sentence is one fact, the US side's lead", () => {
  const dir = copyKnowledgeBase();
  const july = addArticle([
    "--kb",
    dir,
    path.join(PROJECT_ROOT, "tests/fixtures/followups/2025-07-paris-dermer-shaibani.txt"),
  ]);
  const facts = (
    readJsonFile(dir, `articles/${july.id}/facts.json`) as unknown as {
      facts: Array<{ statement: string; quotes: string[]; side?: string; questions: string[] }>;
    }
  ).facts;
  const mediation = facts.filter((f) => f.quotes[0]?.startsWith("The session was mediated by Tom Barrack"));
  expect(mediation).toHaveLength(1);
  expect(mediation[0]?.side).toBe("united-states");
  // No other pair of drafts is the same claim either.
  for (const a of facts) for (const b of facts) if (a !== b) expect(repeats(a, b)).toBe(false);
});
