// An Engine whose index is built on first use. The Discord bot connects first, then loads the knowledge base
// and the engine's code and builds the index when READY arrives (src/main.ts): the bot identifies to the
// gateway sooner. A broken base stops the bot then, with the same problems and exit code 1.
import type { Side, Topic } from "../knowledge/types.js";
import type { Answer, AutocompleteChoice, Engine, TimelineEntry } from "./types.js";

export class DeferredEngine implements Engine {
  private built: Engine | null = null;

  constructor(private readonly build: () => Engine) {}

  /** The engine, built now if it was not yet. */
  ensureBuilt(): Engine {
    this.built ??= this.build();
    return this.built;
  }

  private get engine(): Engine {
    return this.ensureBuilt();
  }

  get isBuilt(): boolean {
    return this.built !== null;
  }

  get facts(): Engine["facts"] {
    return this.engine.facts;
  }

  ask(question: string): Answer {
    return this.engine.ask(question);
  }

  suggest(partial: string, limit: number, maxLength: number): AutocompleteChoice[] {
    return this.engine.suggest(partial, limit, maxLength);
  }

  timeline(topic?: Topic): TimelineEntry[] {
    return this.engine.timeline(topic);
  }

  leaders(side?: Side) {
    return this.engine.leaders(side);
  }

  fact(id: string) {
    return this.engine.fact(id);
  }
}
