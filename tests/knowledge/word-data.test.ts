// The word table is derived from the packages once and cached; what a process reads must be what it
// would derive.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { deriveWordTableText, loadWordData } from "../../src/knowledge/word-data.js";
import { PROJECT_ROOT } from "../../src/shared/project-root.js";

test("the cached word table is the one derived from the packages, and reads as they do", () => {
  const words = loadWordData();
  const derived = deriveWordTableText();
  const dir = path.join(PROJECT_ROOT, "node_modules", ".cache", "israel-syria-talks-bot");
  const cached = readdirSync(dir).filter((name) => /^word-table-src-[0-9a-f]+\.txt$/.test(name));
  expect(cached).toHaveLength(1);
  expect(readFileSync(path.join(dir, cached[0] ?? ""), "utf8")).toBe(derived);
  expect(words.common.has("border")).toBe(true);
  expect(words.proper.has("qatar")).toBe(true);
  expect(words.verbs.has("expel")).toBe(true);
  expect(words.spoken("the")).toBeGreaterThan(1_000_000);
  expect(words.spoken("wen")).toBeLessThan(0);
});
