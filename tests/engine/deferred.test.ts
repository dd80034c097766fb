import { describe, expect, test } from "vitest";
import { DeferredEngine } from "../../src/engine/deferred.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

const kb = loadKnowledgeBase();

describe("DeferredEngine", () => {
  test("builds nothing until first used, then once, and answers like the engine", () => {
    let builds = 0;
    const deferred = new DeferredEngine(() => {
      builds++;
      return createEngine(kb);
    });
    expect(builds).toBe(0);
    expect(deferred.isBuilt).toBe(false);
    const direct = createEngine(kb);
    for (const question of ["Who leads Syria's side?", "What is the capital of Peru?"]) {
      expect(deferred.ask(question)).toEqual(direct.ask(question));
    }
    expect(deferred.suggest("dala", 5, 100)).toEqual(direct.suggest("dala", 5, 100));
    expect(deferred.timeline()).toEqual(direct.timeline());
    expect(deferred.leaders("israel")).toEqual(direct.leaders("israel"));
    expect(deferred.facts.length).toBe(kb.facts.length);
    expect(deferred.fact(kb.facts[0]?.id ?? "")).toBe(direct.fact(kb.facts[0]?.id ?? ""));
    expect(builds).toBe(1);
    expect(deferred.isBuilt).toBe(true);
  });
});
