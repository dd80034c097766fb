// `kb:review -- --mark-reviewed ARTICLE-ID [FACT-ID…]`: the curator's drafts marked reviewed by command, not by
// deleting `"reviewed": false` thirty times by hand; a draft whose check the files still show is refused.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { addArticle } from "../../src/knowledge/add.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { markReviewed } from "../../src/knowledge/mark-reviewed.js";
import { openChecks } from "../../src/knowledge/review-sheet.js";
import { copyKnowledgeBase, editJson, factById, PROJECT_ROOT, removeCopies } from "./tmp-kb.js";

const AUGUST = path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-08-paris-talks.txt");
const REVIEW_JS = path.join(PROJECT_ROOT, "dist", "src", "knowledge", "review.js");

afterAll(() => removeCopies());

const drafts = (dir: string, article: string) =>
  loadKnowledgeBase(dir)
    .facts.filter((f) => f.articleId === article && f.reviewed === false)
    .map((f) => f.id);

test("all of an article's drafts: marked, except those whose checks are still open; fixed, they mark", () => {
  const dir = copyKnowledgeBase();
  const { id: article } = addArticle(["--kb", dir, AUGUST]);
  const before = drafts(dir, article);
  const open = openChecks(loadKnowledgeBase(dir), article);
  expect(open.size).toBeGreaterThan(0);
  const seedBefore = readFileSync(
    path.join(dir, "articles", "israel-syria-direct-talks", "facts.json"),
    "utf8",
  );

  const first = markReviewed(dir, article, [], open);
  expect([...first.refused.keys()].sort()).toEqual([...open.keys()].sort());
  expect(first.marked.length + first.refused.size).toBe(before.length);
  expect(drafts(dir, article).sort()).toEqual([...open.keys()].sort());
  // The other articles are not touched.
  expect(readFileSync(path.join(dir, "articles", "israel-syria-direct-talks", "facts.json"), "utf8")).toBe(
    seedBefore,
  );

  // A profile's post given its country: its open check goes, and it marks ("the country's" names none: whose?).
  const profile = [...open.keys()].find((id) => id.endsWith("-profile"));
  expect(profile).toBeDefined();
  const rel = `articles/${article}/facts.json`;
  editJson(dir, rel, (data) => {
    const fact = factById(data, profile ?? "");
    fact.statement = String(fact.statement).replace(/ is /, " is Israel's ");
  });
  const second = markReviewed(dir, article, [profile ?? ""], openChecks(loadKnowledgeBase(dir), article));
  expect(second.marked).toEqual([profile]);
  expect(drafts(dir, article)).not.toContain(profile);
});

test("the command: an unknown fact id marks nothing, exit 2; refused drafts are listed, exit 1", () => {
  const dir = copyKnowledgeBase();
  const { id: article } = addArticle(["--kb", dir, AUGUST]);
  const before = drafts(dir, article);
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [REVIEW_JS, "--kb", dir, "--mark-reviewed", article, ...args], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
  const typo = run(before[0] ?? "", "no-such-fact");
  expect(typo.status).toBe(2);
  expect(typo.stderr).toContain('no fact "no-such-fact"');
  expect(drafts(dir, article)).toEqual(before);

  const all = run();
  expect(all.status).toBe(1);
  expect(all.stdout).toMatch(/^kb:review: \d+ facts marked reviewed in articles\//);
  expect(all.stdout).toContain("not marked:");
  expect(all.stdout).toContain("    CHECK: ");
});
