// The benches' one percentile: the nearest rank, a sample that was measured (never an average of two).
import { expect, test } from "vitest";
import { median, percentile } from "../../bench/stats.js";

test.each<[readonly number[], number, number]>([
  [[], 50, Number.NaN],
  [[7], 99, 7],
  [[3, 1, 2], 50, 2],
  [[4, 1, 3, 2], 50, 2], // an even count: the lower middle sample
  [[5, 1, 4, 2, 3], 100, 5],
  [[5, 1, 4, 2, 3], 0, 1],
  [Array.from({ length: 100 }, (_, i) => 100 - i), 99, 99],
  [Array.from({ length: 200 }, (_, i) => i + 1), 99, 198],
])("percentile(%j, %d) = %d", (values, p, expected) => {
  expect(percentile(values, p)).toBe(expected);
});

test("median is the 50th percentile and leaves its input as it was", () => {
  const values = [9, 1, 5, 3];
  expect(median(values)).toBe(3);
  expect(values).toEqual([9, 1, 5, 3]);
});
