// A memo of a pure lookup's results that holds at most `limit` keys: a long-running bot meets ever new words,
// so when full it forgets everything and starts again (cheaper than ordering entries, and the lookups it
// serves are cheap to redo).

export class BoundedMemo<K, V> {
  readonly #values = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** `compute(key)`, remembered (an `undefined` result too) until the memo next starts again. */
  get(key: K, compute: (key: K) => V): V {
    const held = this.#values.get(key);
    if (held !== undefined || this.#values.has(key)) return held as V;
    const value = compute(key);
    if (this.#values.size >= this.limit) this.#values.clear();
    this.#values.set(key, value);
    return value;
  }
}
