// Work the bot has received and not finished: interactions being answered, channel questions waiting for
// their reply. Shutdown drains it (client.ts) before closing the gateway, so a restart under load answers
// what Discord already delivered instead of dropping it.

export class WorkTracker {
  #inflight = 0;
  #started = 0;
  #idleWaiters: Array<() => void> = [];

  /** Pieces of work begun and not finished. */
  get inflight(): number {
    return this.#inflight;
  }

  /** Pieces of work ever begun: a drain compares it before and after a pause to see if new work came in. */
  get started(): number {
    return this.#started;
  }

  /** Counts one piece of work until the returned function is called (once; later calls do nothing). */
  begin(): () => void {
    this.#inflight += 1;
    this.#started += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.#inflight -= 1;
      if (this.#inflight === 0) for (const resolve of this.#idleWaiters.splice(0)) resolve();
    };
  }

  /** Counts `work` until it settles; returns it. */
  track<T>(work: Promise<T>): Promise<T> {
    const done = this.begin();
    work.then(done, done);
    return work;
  }

  /** Resolves when no work is in flight. */
  idle(): Promise<void> {
    if (this.#inflight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** After the work runs out, how long nothing new must arrive before the drain ends (events in flight). */
export const DRAIN_SETTLE_MS = 250;

/**
 * Waits until `work` has been idle for DRAIN_SETTLE_MS, or `graceMs` has passed. Resolves with the number
 * of pieces still unfinished (abandoned) — 0 when everything received was answered.
 */
export async function drain(
  work: WorkTracker,
  graceMs: number,
  now: () => number = Date.now,
): Promise<number> {
  const deadline = now() + graceMs;
  while (now() < deadline) {
    await Promise.race([work.idle(), sleep(deadline - now())]);
    if (work.inflight > 0) break;
    const before = work.started;
    await sleep(Math.min(DRAIN_SETTLE_MS, deadline - now()));
    if (work.started === before && work.inflight === 0) return 0;
  }
  return work.inflight;
}
