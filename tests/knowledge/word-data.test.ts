// The word table is derived from the packages once and cached; what a process reads must be what it
// would derive.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { runtimeRegionNames } from "../../src/engine/regions.js";
import { deriveWordTableText, loadRegionNames, loadWordData } from "../../src/knowledge/word-data.js";
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

test("a table is cached in the directory given; older tables and what a killed writer left are removed", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "word-table-"));
  // The id of a process that has exited: a writer killed before it renamed its table into place.
  const gone = spawnSync(process.execPath, ["-e", "0"]).pid;
  const leftovers = [
    `word-table-src-0123456789abcdef.txt.${gone}.partial`,
    "word-table-src-0123456789abcdef.txt",
  ];
  for (const name of leftovers) writeFileSync(path.join(dir, name), "word-table 1\n");
  // Another program's table (dist/) is its own, and a live writer's file is left to it.
  const kept = [
    "word-table-dist-0123456789abcdef.txt",
    `word-table-dist-0123456789abcdef.txt.${process.pid}.partial`,
  ];
  for (const name of kept) writeFileSync(path.join(dir, name), "word-table 1\n");
  const words = loadWordData(dir);
  expect(words.common.has("border")).toBe(true);
  const files = readdirSync(dir).sort();
  expect(files.filter((name) => !kept.includes(name))).toEqual([
    expect.stringMatching(/^word-table-src-[0-9a-f]{16}\.txt$/),
  ]);
  expect(files.filter((name) => kept.includes(name))).toEqual([...kept].sort());
  expect(readFileSync(path.join(dir, files.find((name) => !kept.includes(name)) ?? ""), "utf8")).toBe(
    deriveWordTableText(),
  );
});

test("the region names are the runtime's, cached in the directory given, and read from there after", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "region-names-"));
  const runtime = runtimeRegionNames();
  expect(loadRegionNames(dir)).toEqual(runtime);
  const files = readdirSync(dir);
  expect(files).toEqual([expect.stringMatching(/^region-names-src-[0-9a-f]{16}\.json$/)]);
  const file = path.join(dir, files[0] ?? "");
  expect(new Map(JSON.parse(readFileSync(file, "utf8")))).toEqual(runtime);
  // A later process reads the file, not the runtime (whose data would then be paged in).
  writeFileSync(file, JSON.stringify([["GB", "Cached Kingdom"]]));
  expect(loadRegionNames(dir).get("GB")).toBe("Cached Kingdom");
  // A file cut short is not read: the list is asked of the runtime again and rewritten.
  writeFileSync(file, '[["GB", "United');
  expect(loadRegionNames(dir)).toEqual(runtime);
  expect(new Map(JSON.parse(readFileSync(file, "utf8")))).toEqual(runtime);
});
