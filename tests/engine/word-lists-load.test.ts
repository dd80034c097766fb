// The word lists are read when the engine is built, so no member's question pays for reading them.
import { expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { wordDataLoaded } from "../../src/engine/word-data.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

test("building the engine reads the spoken-frequency list before any question", () => {
  expect(wordDataLoaded()).toBe(false);
  createEngine(loadKnowledgeBase());
  expect(wordDataLoaded()).toBe(true);
});
