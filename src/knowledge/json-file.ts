// Reading a JSON file of the knowledge base: a missing file or a syntax error becomes a problem with line and
// column, found by jsonc-parser's scanner since V8's wording and positions vary between Node versions.
import { existsSync, readFileSync } from "node:fs";
import { type ParseError, parse } from "jsonc-parser";
import { messageOf } from "../shared/message-of.js";
import { displayPath, type Problem } from "./problems.js";

/** Offset of the first JSON syntax error in `text`, by jsonc-parser held to strict JSON (no comments, no
 * trailing commas). */
function jsonErrorOffset(text: string): number {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0]?.offset ?? text.length;
}

/**
 * What to do when the error is a comma before a closing bracket: kb:review prints entity entries ending in a
 * comma, to paste inside the list, and the last one pasted leaves one before the "]".
 */
function trailingCommaHint(text: string, pos: number): string {
  const close = text[pos];
  if (close !== "]" && close !== "}") return "";
  return /,\s*$/.test(text.slice(0, pos)) ? ` (a comma before this “${close}”: delete it)` : "";
}

/** Reads and parses a JSON file; a missing file or a syntax error becomes a problem with line and column. */
export function readJson(file: string, problems: Problem[]): unknown {
  const shown = displayPath(file);
  if (!existsSync(file)) {
    problems.push({ file: shown, message: "file is missing" });
    return undefined;
  }
  const text = readFileSync(file, "utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // V8's wording varies between Node versions (some give no position), so find the position ourselves.
    const raw = messageOf(error).split("\n")[0] ?? "";
    const pos = jsonErrorOffset(text);
    const before = text.slice(0, pos);
    const line = before.split("\n").length;
    const column = pos - before.lastIndexOf("\n");
    problems.push({
      file: shown,
      message: `invalid JSON at line ${line} column ${column} (position ${pos}): ${raw}${trailingCommaHint(text, pos)}`,
    });
    return undefined;
  }
}
