import { expect, test } from "vitest";
import { BoundedMemo } from "../../src/shared/bounded-memo.js";
import { readSource, sourceFiles } from "../support/source-files.js";

test("a key is computed once while remembered, an undefined result too", () => {
  const calls: string[] = [];
  const memo = new BoundedMemo<string, string | undefined>(10);
  const lookup = (key: string) => {
    calls.push(key);
    return key === "none" ? undefined : key.toUpperCase();
  };
  expect(memo.get("a", lookup)).toBe("A");
  expect(memo.get("a", lookup)).toBe("A");
  expect(memo.get("none", lookup)).toBeUndefined();
  expect(memo.get("none", lookup)).toBeUndefined();
  expect(calls).toEqual(["a", "none"]);
});

test("full, it starts again: at most `limit` keys are held", () => {
  const calls: number[] = [];
  const memo = new BoundedMemo<number, number>(2);
  const double = (n: number) => {
    calls.push(n);
    return n * 2;
  };
  for (const n of [1, 2, 3, 1, 3]) memo.get(n, double);
  // 1 and 2 fill it; 3 clears it and is kept; 1 is computed again (and fills it); 3 is still held.
  expect(calls).toEqual([1, 2, 3, 1]);
});

/** A memo written out by hand: a map cleared when it reaches its size, then set. */
const HAND_WRITTEN_MEMO = /\.size\s*>=\s*[\w.]+\)\s*[\w.#]+\.clear\(\)/;
const sources = sourceFiles().filter((f) => f !== "src/shared/bounded-memo.ts");

test.each(sources)("%s keeps no bounded memo of its own (it uses BoundedMemo)", (file) => {
  expect(HAND_WRITTEN_MEMO.test(readSource(file))).toBe(false);
});

test.each([
  ["if (this.termCache.size >= TERM_CACHE_LIMIT) this.termCache.clear();", true],
  ["if (resolved.size >= MAX_RESOLVED) resolved.clear();", true],
  ["if (queue.size >= MAX_QUEUE) queue.shift();", false],
])("%j is a hand-written memo: %j", (line, expected) => {
  expect(HAND_WRITTEN_MEMO.test(line)).toBe(expected);
});
