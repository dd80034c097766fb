// The Discord bot's command context before its knowledge base is loaded. The bot identifies to the gateway
// first and loads (and validates) the base when READY arrives (src/main.ts, docs/benchmarks.md start-up);
// every handler waits for ctx.engineReady, which settles only once the base is in. Reading the base's
// articles or story before then is a bug, so it throws rather than answer from an empty base.
import type { CommandContext } from "./commands/types.js";
import type { Engine } from "./engine/types.js";
import type { Article, Story } from "./knowledge/types.js";

function notLoaded(what: string): never {
  throw new Error(`${what} read before the knowledge base was loaded (wait for ctx.engineReady)`);
}

/** A context whose `articles` and `story` are set once the base is loaded (as a reload sets them). */
export function contextAwaitingBase(engine: Engine): CommandContext {
  let articles: readonly Article[] | undefined;
  let story: Story | undefined;
  return {
    engine,
    get articles() {
      return articles ?? notLoaded("the articles");
    },
    set articles(loaded) {
      articles = loaded;
    },
    get story() {
      return story ?? notLoaded("the story");
    },
    set story(loaded) {
      story = loaded;
    },
  };
}
