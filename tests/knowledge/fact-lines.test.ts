// kb:review names each draft's place as `…/facts.json:LINE`: the second curator trial searched a 748-line
// facts.json by id for every draft it edited.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test, vi } from "vitest";
import { addArticle } from "../../src/knowledge/add.js";
import { formatJson } from "../../src/knowledge/draft/json.js";
import { factLines } from "../../src/knowledge/fact-lines.js";
import { runReview } from "../../src/knowledge/review.js";
import { copyKnowledgeBase, PROJECT_ROOT, removeCopies } from "./tmp-kb.js";

afterAll(removeCopies);

test.each<[string, string, Array<[string, number]>]>([
  [
    "as kb:add writes it",
    formatJson({
      article: "a",
      facts: [
        { id: "first", statement: "S." },
        { id: "second", quotes: ["Q"] },
      ],
    }),
    [
      ["first", 5],
      ["second", 9],
    ],
  ],
  [
    "an id repeated: its first line",
    '{\n  "facts": [\n    { "id": "x" },\n    {\n      "id": "x"\n    }\n  ]\n}\n',
    [["x", 5]],
  ],
  ["an escaped quote in an id", '{\n  "id": "a\\"b"\n}\n', [['a\\"b', 2]]],
])("factLines: %s", (_case, text, expected) => {
  expect([...factLines(text)]).toEqual(expected);
});

test("kb:review --checks opens each block with the draft's facts.json:LINE, its id on that line", () => {
  const dir = copyKnowledgeBase();
  const file = path.join(PROJECT_ROOT, "tests", "fixtures", "followups", "2025-08-paris-talks.txt");
  const { id: article } = addArticle(["--kb", dir, file]);
  let stdout = "";
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  try {
    expect(runReview(["--kb", dir, "--checks", article])).toBe(0);
  } finally {
    write.mockRestore();
  }
  const heads = [...stdout.matchAll(/^(\S+\/facts\.json):(\d+) · \d+ of \d+ · (\S+) \(draft\)$/gm)];
  expect(heads.length).toBeGreaterThan(5);
  const lines = readFileSync(path.join(dir, "articles", article, "facts.json"), "utf8").split("\n");
  for (const [, factsFile, line, id] of heads) {
    expect(factsFile).toBe(path.join(dir, "articles", article, "facts.json"));
    expect(lines[Number(line) - 1]?.trim()).toBe(`"id": "${id}",`);
  }
});
