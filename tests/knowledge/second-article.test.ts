// Adding an article is a data change only: a new folder under articles/ with the three files.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { checkKnowledgeBase, formatProblem, loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { ARTICLE_ID, asArray, copyKnowledgeBase, editJson, type JsonObject, removeCopies } from "./tmp-kb.js";

afterAll(removeCopies);

const SECOND = "second-article";
const TEXT = [
  "Officials from both countries met again in a second round.",
  "Details",
  "The second round was held at a border crossing.",
  "A reporter wrote:",
  "Both delegations agreed to meet monthly.",
  "— Example Reporter (@example) June 3, 2025",
].join("\n");

function addSecondArticle(dir: string, factId = "second-round-venue"): void {
  const folder = path.join(dir, "articles", SECOND);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "article.txt"), TEXT);
  const meta: JsonObject = {
    id: SECOND,
    title: "A second round of talks",
    outlet: "Example News",
    published: "2025-06-03",
    url: "https://example.org/second-round",
    sections: ["Details"],
    attributions: [
      {
        id: "example-reporter",
        source: "Example Reporter (@example), 3 June 2025",
        url: null,
        start: "A reporter wrote:",
        end: "— Example Reporter (@example) June 3, 2025",
      },
    ],
  };
  writeFileSync(path.join(folder, "article.json"), JSON.stringify(meta, null, 2));
  const facts: JsonObject = {
    article: SECOND,
    facts: [
      {
        id: factId,
        statement: "The second round was held at a border crossing.",
        quotes: [
          "The second round was held at a border crossing.",
          "Both delegations agreed to meet monthly.",
        ],
        entities: ["israel", "syria", "border-crossing"],
        topics: ["talks"],
        questions: ["Where was the second round held?"],
        kinds: ["where"],
      },
    ],
  };
  writeFileSync(path.join(folder, "facts.json"), JSON.stringify(facts, null, 2));
  editJson(dir, "entities.json", (data) => {
    asArray(data.entities).push({
      id: "border-crossing",
      name: "Border crossing",
      kind: "place",
      aliases: ["crossing point"],
      description: "Where the second round was held.",
    });
  });
}

test("a second article folder loads with no code change", () => {
  const dir = copyKnowledgeBase();
  addSecondArticle(dir);
  const { problems } = checkKnowledgeBase(dir);
  expect(problems.map(formatProblem)).toEqual([]);
  const kb = loadKnowledgeBase(dir);
  expect(kb.articles.map((a) => a.id).sort()).toEqual([ARTICLE_ID, SECOND]);
  const fact = kb.facts.find((f) => f.id === "second-round-venue");
  expect(fact?.articleId).toBe(SECOND);
  const [own, reported] = fact?.quotes ?? [];
  expect(own).toMatchObject({
    articleId: SECOND,
    section: "Details",
    source: "A second round of talks (section: Details)",
    url: "https://example.org/second-round",
    attributionId: null,
  });
  expect(reported).toMatchObject({ attributionId: "example-reporter", url: null, section: "Details" });
  // The first article is untouched by the second.
  expect(kb.facts.filter((f) => f.articleId === ARTICLE_ID).length).toBeGreaterThan(40);
});

test("a quote from the other article does not count as verbatim", () => {
  const dir = copyKnowledgeBase();
  addSecondArticle(dir);
  editJson(dir, `articles/${SECOND}/facts.json`, (data) => {
    const fact = asArray(data.facts)[0];
    if (fact && typeof fact === "object" && !Array.isArray(fact)) {
      fact.quotes = ["Israeli participants unnamed."];
    }
  });
  const lines = checkKnowledgeBase(dir).problems.map(formatProblem);
  expect(lines).toEqual([
    expect.stringMatching(
      /articles\/second-article\/facts\.json: fact "second-round-venue", field quotes\[0\]: not found verbatim/,
    ),
  ]);
});

test("fact ids must be unique across articles", () => {
  const dir = copyKnowledgeBase();
  addSecondArticle(dir, "syria-lead-al-dalati");
  const lines = checkKnowledgeBase(dir).problems.map(formatProblem);
  expect(lines).toEqual([
    expect.stringMatching(
      new RegExp(
        `articles/${SECOND}/facts\\.json: fact "syria-lead-al-dalati", field id: duplicate fact id \\(first defined in .*articles/${ARTICLE_ID}/facts\\.json\\)`,
      ),
    ),
  ]);
});
