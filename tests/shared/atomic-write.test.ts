// writeFileAtomic: the one way the curator's commands write the base. A reader sees the old file or the new
// one; what failed is thrown, and no temporary file is left behind.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { writeFileAtomic } from "../../src/shared/atomic-write.js";

const root = mkdtempSync(path.join(os.tmpdir(), "atomic-write-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const freshDir = () => mkdtempSync(path.join(root, "case-"));

test.each<[string, string | Uint8Array, string]>([
  ["text", '{ "facts": [] }\n', '{ "facts": [] }\n'],
  ["text beyond ASCII", "Ġaza – “quoted” ✓\n", "Ġaza – “quoted” ✓\n"],
  ["bytes", new TextEncoder().encode("bytes\n"), "bytes\n"],
  ["nothing", "", ""],
])("writes %s whole over the old file, and nothing else in the folder", (_case, content, expected) => {
  const dir = freshDir();
  const file = path.join(dir, "facts.json");
  writeFileSync(file, "the old content, longer than the new one ………………………………\n");
  writeFileAtomic(file, content);
  expect(readFileSync(file, "utf8")).toBe(expected);
  expect(readdirSync(dir)).toEqual(["facts.json"]);
});

test("a failed rename throws, and leaves what was there and no temporary file", () => {
  const dir = freshDir();
  // A folder where the file should be: the rename over it fails.
  const target = path.join(dir, "entities.json");
  mkdirSync(target);
  writeFileSync(path.join(target, "inside"), "kept");
  expect(() => writeFileAtomic(target, "new")).toThrow();
  expect(readdirSync(dir)).toEqual(["entities.json"]);
  expect(readFileSync(path.join(target, "inside"), "utf8")).toBe("kept");
});

test("a folder that does not exist is an error, not a created folder", () => {
  const file = path.join(root, "no-such-folder", "facts.json");
  expect(() => writeFileAtomic(file, "x")).toThrow(/ENOENT/);
});

test("a file replaced keeps its mode; a new file gets the usual one", () => {
  const dir = freshDir();
  const kept = path.join(dir, "sheet.txt");
  writeFileSync(kept, "old\n");
  chmodSync(kept, 0o600);
  writeFileAtomic(kept, "new\n");
  expect(statSync(kept).mode & 0o777).toBe(0o600);
  expect(readFileSync(kept, "utf8")).toBe("new\n");
  const fresh = path.join(dir, "fresh.txt");
  writeFileSync(path.join(dir, "usual.txt"), "");
  writeFileAtomic(fresh, "x");
  expect(statSync(fresh).mode & 0o777).toBe(statSync(path.join(dir, "usual.txt")).mode & 0o777);
});
