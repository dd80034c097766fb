import { expect, test } from "vitest";
import { BoundedMemo } from "../../src/shared/bounded-memo.js";

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
