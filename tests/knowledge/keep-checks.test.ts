// A check read and kept on purpose: the third curator trial kept nine checks as they were, and the next
// --checks showed them the same as those still to do; its control marked 29 of 33 drafts with no review at
// all, --mark-reviewed enforcing only the checks the files show. Now --mark-reviewed refuses every draft with
// a check left, prints the --keep command for the judgement checks, and a kept check stops showing.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { addArticle } from "../../src/knowledge/add.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { copyKnowledgeBase, factById, PROJECT_ROOT, readJsonFile, removeCopies } from "./tmp-kb.js";

afterAll(removeCopies);

const AUGUST = path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-08-paris-talks.txt");
const REVIEW_JS = path.join(PROJECT_ROOT, "dist", "src", "knowledge", "review.js");

test("the built kb:review: --mark-reviewed refuses each draft with a check left; --keep keeps one as it is", {
  timeout: 240_000,
}, () => {
  const dir = copyKnowledgeBase();
  const { id: article } = addArticle(["--kb", dir, AUGUST]);
  const review = (...args: string[]) =>
    spawnSync(process.execPath, [REVIEW_JS, "--kb", dir, ...args], { cwd: PROJECT_ROOT, encoding: "utf8" });
  const rel = `articles/${article}/facts.json`;
  const drafts = () =>
    loadKnowledgeBase(dir).facts.filter((f) => f.articleId === article && f.reviewed === false);
  const sheet = review("--checks", article).stdout;
  const blocks = [...sheet.matchAll(/ · (\S+) \(draft\)$/gm)].map((m) => m[1]);
  expect(blocks.length).toBeGreaterThan(10);
  // "into the zone", "the agreement" the sentence before named: kb:add writes them out (wording.ts), so the
  // trial's vague draft has no check left to find.
  expect(sheet).not.toMatch(/CHECK: statement says “the zone”/);
  // "overthrown in December", told in August: kb:add writes the year it reads one way only (placed-statements.ts).
  expect(sheet).not.toMatch(/CHECK: statement says “December” with no year/);
  expect(sheet).toMatch(/CHECK: statement says “the two countries” with nothing saying which: /);

  // No review at all: only the drafts with no check are marked.
  const lazy = review("--mark-reviewed", article);
  expect(lazy.status).toBe(1);
  expect(drafts().map((f) => f.id)).toEqual(blocks);
  // What the files show is fixed there: its FIX line offers no --keep, and --keep refuses it.
  const fix = lazy.stdout.match(/ {4}FIX: post with no country or body: .*$/m)?.[0] ?? "";
  expect(fix).not.toBe("");
  expect(fix).not.toContain("[keep:");
  const profile =
    lazy.stdout.match(
      /not marked: "([^"]+)", checks left:\n(?: {4}.*\n)*? {4}FIX: post with no country/,
    )?.[1] ?? "";
  const keptFix = review("--keep", article, `${profile}:post`);
  expect(keptFix.status).toBe(2);
  expect(factById(readJsonFile(dir, rel), profile).kept).toBeUndefined();
  expect(lazy.stdout).toMatch(/ {4}CHECK: side israel, .* \[keep: israel-lead-\S+:side\]/);
  const keepLine = lazy.stdout.trimEnd().split("\n").at(-1) ?? "";
  expect(keepLine).toMatch(new RegExp(`^  npm run --silent kb:review -- --kb \\S+ --keep ${article} `));
  // The printed command keeps the judgement checks only: what the files show is fixed, not kept.
  expect(keepLine).not.toContain(":post");
  expect(keepLine).not.toContain(":description");

  // One side check kept: it no longer shows, the sheet counts it, and the draft marks.
  const lead = blocks.find((id) => id?.startsWith("israel-lead-")) ?? "";
  const typo = review("--keep", article, `${lead}:date`);
  expect(typo.status).toBe(2);
  expect(typo.stderr).toContain(`${lead}:date (its checks left: side)`);
  expect(factById(readJsonFile(dir, rel), lead).kept).toBeUndefined();
  const kept = review("--keep", article, `${lead}:side`);
  expect(kept.status).toBe(0);
  expect(kept.stdout).toContain(`1 check of 1 draft kept as it is (${lead}: side)`);
  expect(factById(readJsonFile(dir, rel), lead).kept).toEqual(["side"]);
  const after = review("--checks", article).stdout;
  expect(after).not.toContain(`[keep: ${lead}:side]`);
  expect(after).toContain(`${lead} (no check): `);
  expect(after).toMatch(/; 1 check kept as it is\n/);
  expect(review("--mark-reviewed", article, lead).status).toBe(0);
  expect(drafts().map((f) => f.id)).not.toContain(lead);

  // Every judgement check kept by the printed command: only the drafts with something to fix are left.
  const printed = keepLine
    .trim()
    .split(/\s+/)
    .slice(keepLine.trim().split(/\s+/).indexOf("--keep") + 2);
  const rest = printed.filter((token) => !token.startsWith(`${lead}:`));
  expect(review("--keep", article, ...rest).status).toBe(0);
  const last = review("--mark-reviewed", article);
  expect(last.status).toBe(1);
  expect(last.stdout).not.toContain("    CHECK: ");
  expect(last.stdout).toContain("    FIX: ");
});
