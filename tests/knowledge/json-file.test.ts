import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readJson } from "../../src/knowledge/json-file.js";
import type { Problem } from "../../src/knowledge/problems.js";

const dir = mkdtempSync(path.join(tmpdir(), "json-file-"));

function problemsFor(text: string): Problem[] {
  const file = path.join(dir, "facts.json");
  writeFileSync(file, text);
  const problems: Problem[] = [];
  readJson(file, problems);
  return problems;
}

describe("readJson", () => {
  test("parses valid JSON with no problem", () => {
    const file = path.join(dir, "ok.json");
    writeFileSync(file, '{ "facts": [1, 2] }\n');
    const problems: Problem[] = [];
    expect(readJson(file, problems)).toEqual({ facts: [1, 2] });
    expect(problems).toEqual([]);
  });

  test("names a missing file", () => {
    const problems: Problem[] = [];
    expect(readJson(path.join(dir, "absent.json"), problems)).toBeUndefined();
    expect(problems[0]?.message).toBe("file is missing");
  });

  // Strict JSON, as JSON.parse reads it: what editors' JSON-with-comments allows is still an error here.
  test.each([
    ["a trailing comma", '{\n  "a": 1,\n}\n', 3, 1],
    ["a comment", '{\n  // note\n  "a": 1\n}\n', 2, 3],
    ["an unquoted key", "{\n  a: 1\n}\n", 2, 3],
    ["a single-quoted string", "{\n  \"a\": 'x'\n}\n", 2, 8],
    ["text after the value", '{ "a": 1 }\nmore\n', 2, 1],
    ["an unclosed array", '{ "a": [1, 2\n', 2, 1],
  ])("%s: line and column of the first error", (_name, text, line, column) => {
    const [problem] = problemsFor(text);
    expect(problem?.message).toMatch(
      new RegExp(`^invalid JSON at line ${line} column ${column} \\(position \\d+\\): `),
    );
  });

  test.each([
    [
      "after the last entity pasted",
      '{\n  "entities": [\n    {"id": "a"},\n  ]\n}\n',
      " (a comma before this “]”: delete it)",
    ],
    ["after an object's last field", '{\n  "a": 1,\n}\n', " (a comma before this “}”: delete it)"],
    ["no comma: no hint", '{\n  "a": 1\n  "b": 2\n}\n', ""],
  ])("a comma before a closing bracket %s says so", (_name, text, hint) => {
    const [problem] = problemsFor(text);
    expect(problem?.message.endsWith(`${hint}`)).toBe(true);
    expect(problem?.message.includes("delete it")).toBe(hint !== "");
  });
});
