import { describe, expect, test } from "vitest";
import { RecentIds } from "../../src/discord/dedupe.js";

describe("RecentIds", () => {
  test("an id is new once; a replayed one is not", () => {
    const ids = new RecentIds();
    expect(ids.firstSight("1")).toBe(true);
    expect(ids.firstSight("2")).toBe(true);
    expect(ids.firstSight("1")).toBe(false);
    expect(ids.firstSight("2")).toBe(false);
  });

  test("keeps at most `capacity` ids, forgetting the oldest first", () => {
    const ids = new RecentIds(3);
    for (const id of ["a", "b", "c", "d"]) expect(ids.firstSight(id)).toBe(true);
    expect(ids.firstSight("d")).toBe(false);
    expect(ids.firstSight("b")).toBe(false);
    // "a" was the oldest when "d" came in.
    expect(ids.firstSight("a")).toBe(true);
  });
});
