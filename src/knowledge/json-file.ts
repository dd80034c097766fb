// Reading a JSON file of the knowledge base: a missing file or a syntax error becomes a problem with line and
// column, found by our own scan since V8's wording and positions vary between Node versions.
import { existsSync, readFileSync } from "node:fs";
import { displayPath, type Problem } from "./problems.js";

/** Offset of the first JSON syntax error in `text` (a small recursive-descent scan of the JSON grammar). */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new RangeError(String(i));
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i] ?? "")) i++;
  };
  const str = () => {
    i++;
    while (i < text.length) {
      const c = text[i] ?? "";
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\\") i += 2;
      else if (c < " ") fail();
      else i++;
    }
    fail();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === "{") {
          ws();
          if (text[i] !== '"') fail();
          str();
          ws();
          if (text[i] !== ":") fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') {
      str();
      return;
    }
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (number.test(text)) {
      i = number.lastIndex;
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch {
    return Math.min(i, text.length);
  }
  return text.length;
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
    const raw = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    const pos = jsonErrorOffset(text);
    const before = text.slice(0, pos);
    const line = before.split("\n").length;
    const column = pos - before.lastIndexOf("\n");
    problems.push({
      file: shown,
      message: `invalid JSON at line ${line} column ${column} (position ${pos}): ${raw}`,
    });
    return undefined;
  }
}
