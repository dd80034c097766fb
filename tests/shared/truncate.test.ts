import { describe, expect, test } from "vitest";
import { cutAt, truncate } from "../../src/shared/truncate.js";

describe("cutAt: a prefix within max UTF-16 units, between graphemes", () => {
  test.each([
    ["short", 10, "short"],
    ["abcdef", 3, "abc"],
    [`ab😀`, 3, "ab"],
    [`ab😀c`, 4, "ab😀"],
    ["ab🇮🇱", 4, "ab"],
    ["ab🇮🇱🇸🇾", 6, "ab🇮🇱"],
    ["ab👨‍👩‍👧x", 6, "ab"],
    ["abe\u0301x", 3, "ab"],
    ["abe\u0301x", 4, "abe\u0301"],
    ["", 5, ""],
    ["abc", 0, ""],
  ])("cutAt(%j, %i) = %j", (text, max, expected) => {
    expect(cutAt(text, max)).toBe(expected);
  });

  test("a long text is cut in time and within the limit", () => {
    const text = "😀".repeat(3000);
    const cut = cutAt(text, 1001);
    expect(cut.length).toBe(1000);
    expect(cut).toBe("😀".repeat(500));
  });
});

describe("truncate", () => {
  test.each([
    ["hello world", 20, "hello world"],
    ["hello world", 6, "hello…"],
    [`${"a".repeat(98)}😀😀`, 100, `${"a".repeat(98)}…`],
    ["x", 1, "x"],
    ["xy", 1, "…"],
  ])("truncate(%j, %i) = %j", (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });
});
