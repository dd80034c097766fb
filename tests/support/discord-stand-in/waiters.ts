/**
 * Bounded waiting on a condition over mutable state: every wait has a timeout (no test can hang on the
 * stand-in), every timer is unref'd and cleared, and close() rejects whatever is still waiting.
 */
interface Waiter {
  check: () => boolean;
  fail: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class Waiters {
  readonly #waiters = new Set<Waiter>();
  #closed = false;

  /** Resolves with the first non-undefined value of `probe`, re-evaluated on every notify(). */
  waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.#closed) {
        reject(new Error(`Discord stand-in is closed (while waiting for ${what})`));
        return;
      }
      const first = probe();
      if (first !== undefined) {
        resolve(first);
        return;
      }
      const waiter: Waiter = {
        check: () => {
          const value = probe();
          if (value === undefined) return false;
          resolve(value);
          return true;
        },
        fail: reject,
        timer: setTimeout(() => {
          this.#waiters.delete(waiter);
          reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
        }, timeoutMs),
      };
      waiter.timer.unref();
      this.#waiters.add(waiter);
    });
  }

  notify(): void {
    for (const waiter of [...this.#waiters]) {
      let done = false;
      try {
        done = waiter.check();
      } catch (error) {
        clearTimeout(waiter.timer);
        this.#waiters.delete(waiter);
        waiter.fail(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (done) {
        clearTimeout(waiter.timer);
        this.#waiters.delete(waiter);
      }
    }
  }

  close(): void {
    this.#closed = true;
    for (const waiter of this.#waiters) {
      clearTimeout(waiter.timer);
      waiter.fail(new Error("Discord stand-in closed before the awaited event happened"));
    }
    this.#waiters.clear();
  }
}

/** Marks a promise as handled (so an unawaited timeout is not an unhandledRejection) while keeping it rejectable. */
export function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
