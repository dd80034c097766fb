// The bot's context before its knowledge base is loaded (src/awaiting-base.ts): nothing may read the base's
// articles or story until main.ts sets them at READY, and after that they read as set (and as a reload sets them).
import { describe, expect, test } from "vitest";
import { contextAwaitingBase } from "../src/awaiting-base.js";
import { DeferredEngine } from "../src/engine/deferred.js";
import { loadKnowledgeBase } from "../src/knowledge/loader.js";

const kb = loadKnowledgeBase();

describe("contextAwaitingBase", () => {
  test.each(["articles", "story"] as const)("reading %s before the base is loaded throws", (field) => {
    const ctx = contextAwaitingBase(
      new DeferredEngine(() => {
        throw new Error("not built in this test");
      }),
    );
    expect(() => ctx[field]).toThrow(/read before the knowledge base was loaded/);
  });

  test("once set, articles and story read as set, and a reload replaces them", () => {
    const ctx = contextAwaitingBase(
      new DeferredEngine(() => {
        throw new Error("not built in this test");
      }),
    );
    ctx.articles = kb.articles;
    ctx.story = kb.story;
    expect(ctx.articles).toBe(kb.articles);
    expect(ctx.story).toBe(kb.story);
    const renamed = { ...kb.story, name: "Another story" };
    ctx.story = renamed;
    expect(ctx.story.name).toBe("Another story");
    expect(ctx.articles).toBe(kb.articles);
  });
});
