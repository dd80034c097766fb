import { describe, expect, test } from "vitest";
import { parseAskArgs } from "../../src/cli/ask-lib.js";

describe("parseAskArgs", () => {
  test.each([
    [["Who", "leads?"], { mode: "text", question: "Who leads?" }],
    [["--json", "Who leads?"], { mode: "json", question: "Who leads?" }],
    [["Who leads?", "--json"], { mode: "json", question: "Who leads?" }],
    [["--jsonl"], { mode: "jsonl", file: undefined }],
    [["--jsonl", "questions.txt"], { mode: "jsonl", file: "questions.txt" }],
    [["--jsonl", "-"], { mode: "jsonl", file: "-" }],
    [["--help"], { mode: "help" }],
    [["-h"], { mode: "help" }],
    [["--json", "--help"], { mode: "help" }],
    [["--", "-5 is a number?"], { mode: "text", question: "-5 is a number?" }],
    [["--kb", "/tmp/kb", "--json", "Who leads?"], { mode: "json", question: "Who leads?", kb: "/tmp/kb" }],
    [["--kb=/tmp/kb", "--jsonl", "q.txt"], { mode: "jsonl", file: "q.txt", kb: "/tmp/kb" }],
  ])("%j → %j", (argv, expected) => {
    expect(parseAskArgs(argv)).toEqual(expected);
  });

  test.each([
    [["--jsn", "x"], /Unknown option '--jsn'/],
    [["-x"], /Unknown option '-x'/],
    [["--json=yes", "x"], /--json/],
    [["--json", "--jsonl"], /--json or --jsonl, not both/],
    [["--jsonl", "a.txt", "b.txt"], /one FILE .*got 2 arguments: "a.txt" "b.txt".*--json "question"/],
    [["--json"], /No question given/],
    [["--kb"], /--kb/],
    [[], /No question given/],
    [["  "], /No question given/],
  ])("%j is an error: %s", (argv, message) => {
    const parsed = parseAskArgs(argv);
    expect(parsed).toHaveProperty("error");
    const error = (parsed as { error: string }).error;
    expect(error).toMatch(message);
    expect(error).toContain("Usage:");
  });
});
