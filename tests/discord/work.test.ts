import { describe, expect, test } from "vitest";
import { DRAIN_SETTLE_MS, drain, WorkTracker } from "../../src/discord/work.js";

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("WorkTracker and drain", () => {
  test("an idle tracker drains after the settle pause", async () => {
    const started = Date.now();
    expect(await drain(new WorkTracker(), 5_000)).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(DRAIN_SETTLE_MS - 5);
  });

  test("waits for work in flight, and for work that arrives while draining", async () => {
    const work = new WorkTracker();
    work.track(later(100));
    setTimeout(() => work.track(later(100)), 150);
    const started = Date.now();
    expect(await drain(work, 5_000)).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  test("gives up at the grace and reports what is left", async () => {
    const work = new WorkTracker();
    const done = work.begin();
    expect(await drain(work, 200)).toBe(1);
    done();
    done();
    expect(work.inflight).toBe(0);
  });
});
