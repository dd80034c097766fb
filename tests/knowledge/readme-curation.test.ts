// The README's worked example of kb:add and kb:review must stay what the commands print: the curator trial
// found it stale (it said 27 facts drafted when kb:add drafted 33). kb:add's and kb:review's counts for the
// July fixture are read from the README's example and compared with a real run, and so are the lines of the
// edit sheet it shows.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test, vi } from "vitest";
import { addArticle, nextSteps } from "../../src/knowledge/add.js";
import { sheetPath } from "../../src/knowledge/edit-commands.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { runReview } from "../../src/knowledge/review.js";
import { reviewSheet } from "../../src/knowledge/review-sheet.js";
import { copyKnowledgeBase, PROJECT_ROOT, removeCopies } from "./tmp-kb.js";

afterAll(removeCopies);

const README = readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
const JULY = path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-07-paris-dermer-shaibani.txt");

test("the README's kb:add example and its review counts are what the July fixture gives", () => {
  const dir = copyKnowledgeBase();
  const july = addArticle(["--kb", dir, JULY]);
  expect(README).toContain(`kb:add: /tmp/kb-Q3xk9a/articles/${july.id}\n`);
  expect(README).toContain(`  ${july.drafted} facts drafted (reviewed: false)\n`);
  expect(README).toContain(
    `  ${july.newEntities.length} new entities: ${july.newEntities.slice(0, 3).join(", ")}, …\n`,
  );
  // The next commands, as kb:add prints them for a scratch copy made by mktemp: the base and article written in.
  for (const line of nextSteps(`/tmp/kb-Q3xk9a/articles/${july.id}`, july.id))
    expect(README).toContain(`  ${line}\n`);
  const last = reviewSheet(loadKnowledgeBase(dir), { all: false, article: july.id })
    .trimEnd()
    .split("\n")
    .at(-1);
  const checks = last?.match(/\((\d+) checks/)?.[1];
  expect(README).toContain(`(the July fixture: ${july.drafted} drafts, ${checks} \`CHECK:\` lines)`);
  // The edit sheet's lines the README shows are what --edit writes for the July fixture.
  expect(runQuiet(["--kb", dir, "--edit", july.id])).toBe(0);
  const sheet = readFileSync(sheetPath(dir, july.id), "utf8");
  const shown = README.match(/```\n( {3}one-official-said[\s\S]*?)```/)?.[1] ?? "";
  const lines = shown
    .split("\n")
    .map((l) => l.slice(3))
    .filter(Boolean);
  expect(lines.length).toBe(2);
  for (const line of lines) expect(sheet).toContain(`\n${line}\n`);
});

/** kb:review in this process, what it prints dropped. */
function runQuiet(argv: string[]): number {
  const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    return runReview(argv);
  } finally {
    write.mockRestore();
  }
}

// The second curator trial read a 2,480-word curation section (15–20 minutes before the first command): the
// README keeps a one-page checklist, the how and why in docs/curation.md.
test("the README's curation section is a one-page checklist that links to docs/curation.md", () => {
  const start = README.indexOf("### Curating a new article (checklist)");
  const section = README.slice(start, README.indexOf("\n## ", start + 1));
  const prose = section.replace(/```[\s\S]*?```/g, "").replace(/\|/g, " ");
  expect(start).toBeGreaterThan(0);
  expect(prose.split(/\s+/).filter(Boolean).length).toBeLessThan(700);
  expect(section).toContain("](docs/curation.md)");
  expect(readFileSync(path.join(PROJECT_ROOT, "docs", "curation.md"), "utf8")).toContain(
    "../README.md#curating-a-new-article-checklist",
  );
  // Every step of the flow, in order.
  const steps = [
    "kb:add --",
    "--edit ARTICLE-ID",
    "--apply",
    "kb:try --",
    "--mark-reviewed",
    "kb:check --",
    "kb:publish --",
  ];
  // Each found after the one before (kb:add's printed next steps name some of them early).
  let from = 0;
  const at = steps.map((step) => {
    from = section.indexOf(step, from + 1);
    return from;
  });
  expect(at.every((i) => i > 0)).toBe(true);
});
