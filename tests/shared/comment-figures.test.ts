// Comments say why; the figures that showed it belong in docs/ (docs/engine.md, "Figures behind the code's
// comments"), where they are measured again and refreshed. A measured time or size in a comment of src/
// ("~0.5 s", "38 → 18 ms", "~30 MB") goes stale unseen, so none is left there.
import { expect, test } from "vitest";
import { readSource, sourceFiles } from "../support/source-files.js";

/** A time or size as measured: approximate ("~40 µs"), a range ("0.4–0.9 s") or a before → after. */
const MEASURED = [
  /~\s?\d[\d,.]*\s?(?:ms|µs|s|KB|KiB|MB|MiB|GB)\b/,
  /\d[\d,.]*\s?[–-]\s?\d[\d,.]*\s?(?:ms|µs|s|KB|KiB|MB|MiB)\b/,
  /\d[\d,.]*\s?(?:ms|µs|s|KB|KiB|MB|MiB)?\s?→\s?\d[\d,.]*\s?(?:ms|µs|s|KB|KiB|MB|MiB)\b/,
];

function commentLines(text: string): string[] {
  return text.split("\n").filter((line) => /^\s*(?:\/\/|\/\*|\*)/.test(line));
}

const files = sourceFiles();

test.each(files)("the comments of %s hold no measured time or size", (file) => {
  const lines = commentLines(readSource(file));
  expect(lines.filter((line) => MEASURED.some((p) => p.test(line)))).toEqual([]);
});

test.each([
  ["// building it loads ICU's break rules (~15 ms)", true],
  [" * fuse.js's cost: 0.4–0.9 s for 200 characters", true],
  [" * saves 20 ms at 59 facts (38 → 18 ms)", true],
  [" * Discord allows max_concurrency IDENTIFYs per 5 s", false],
  ["// a channel answers ~15 questions a second", false],
])("%j is a measured figure: %j", (line, measured) => {
  expect(commentLines(line).some((l) => MEASURED.some((p) => p.test(l)))).toBe(measured);
});
