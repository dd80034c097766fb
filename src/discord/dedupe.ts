// Gateway events can reach the bot twice. After a RESUME, Discord replays every event after the sequence
// number the client reports, and @discordjs/ws may report one a few events behind what it already emitted:
// it handles socket messages concurrently, so a resumable op 9 can be answered before earlier dispatches
// have updated the sequence. Handled twice, an interaction gets 40060 "already acknowledged" on its second
// reply, and a channel question gets two answers. Each handler therefore sees an id once.

/** Remembers the last `capacity` ids, oldest forgotten first. */
export class RecentIds {
  readonly #ids = new Set<string>();

  constructor(readonly capacity = 10_000) {}

  /** Whether `id` is among the last `capacity` ids seen. */
  has(id: string): boolean {
    return this.#ids.has(id);
  }

  /** True the first time `id` is seen (among the last `capacity` ids), false for a repeat. */
  firstSight(id: string): boolean {
    if (this.#ids.has(id)) return false;
    this.#ids.add(id);
    if (this.#ids.size > this.capacity) {
      // A Set iterates in insertion order: the first value is the oldest.
      const oldest = this.#ids.values().next().value;
      if (oldest !== undefined) this.#ids.delete(oldest);
    }
    return true;
  }
}
