// The README's worked example of kb:add and kb:review must stay what the commands print: the curator trial
// found it stale (it said 27 facts drafted when kb:add drafted 33). kb:add's and kb:review's counts for the
// July fixture are read from the README's example and compared with a real run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { addArticle, nextSteps } from "../../src/knowledge/add.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { reviewSheet } from "../../src/knowledge/review-sheet.js";
import { copyKnowledgeBase, PROJECT_ROOT, removeCopies } from "./tmp-kb.js";

afterAll(removeCopies);

const README = readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
const JULY = path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-07-paris-dermer-shaibani.txt");

test("the README's kb:add example and its review counts are what the July fixture gives", () => {
  const dir = copyKnowledgeBase();
  const july = addArticle(["--kb", dir, JULY]);
  expect(README).toContain(`kb:add: /tmp/kb/articles/${july.id}\n`);
  expect(README).toContain(`  ${july.drafted} facts drafted (reviewed: false)\n`);
  expect(README).toContain(
    `  ${july.newEntities.length} new entities: ${july.newEntities.slice(0, 3).join(", ")}, …\n`,
  );
  // The next commands, as kb:add prints them for a scratch copy in /tmp/kb: the base and article written in.
  for (const line of nextSteps(`/tmp/kb/articles/${july.id}`, july.id))
    expect(README).toContain(`  ${line}\n`);
  const last = reviewSheet(loadKnowledgeBase(dir), { all: false, article: july.id })
    .trimEnd()
    .split("\n")
    .at(-1);
  const checks = last?.match(/\((\d+) checks/)?.[1];
  expect(README).toContain(`(the July fixture: ${july.drafted} drafts, ${checks} \`CHECK:\` lines)`);
});
