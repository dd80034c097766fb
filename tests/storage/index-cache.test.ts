// The index cache: a loaded engine answers exactly like a built one; the cache is reused while the base is
// unchanged and rebuilt when it changes; a corrupt file or an unwritable directory only means a build.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { questionMix } from "../../bench/engine-bench.js";
import { syntheticKnowledgeBase } from "../../bench/synthetic.js";
import { pathFromEnv } from "../../src/config.js";
import { type AnswerEngine, createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import type { KnowledgeBase } from "../../src/knowledge/types.js";
import {
  CACHE_MIN_FACTS,
  createEngineCached,
  defaultCacheDir,
  INDEX_CACHE_FILE,
} from "../../src/storage/index-cache/cache.js";
import { knowledgeBaseKey } from "../../src/storage/index-cache/key.js";

const real = loadKnowledgeBase();
/** Large enough for every part of the index to matter, small enough to build in well under a second. */
const kb = syntheticKnowledgeBase(real, 3_000, 7);
/** How many questions of the bench mix the comparison asks: broad, and within the timeout on a busy machine. */
const SAMPLE_SIZE = 1_000;
/**
 * An evenly spaced sample of the bench mix (every question set, each also with a typo): questions of every
 * kind. The whole mix grows with each new set (the whole took 160 s here on a busy machine, and every fourth
 * question timed out once the tenth stop's sets were added), so the sample has a fixed size.
 */
const wholeMix = questionMix(1);
const mix = wholeMix.filter((_, i) => i % Math.ceil(wholeMix.length / SAMPLE_SIZE) === 0);
/**
 * These tests ask a 3,000-fact engine ~1,000 questions three times: a few seconds on an idle 2-core machine,
 * and well over the suite's 20 s when other work shares the cores (as in CI). A timeout here is no finding.
 */
const HEAVY_TEST_TIMEOUT = 90_000;

let root: string;
let dir: string;
const fresh = (name: string) => path.join(root, name);

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "engine-cache-test-"));
  dir = fresh("shared");
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function expectSameAnswers(loaded: AnswerEngine, built: AnswerEngine): void {
  for (const { text } of mix) {
    expect(JSON.stringify(loaded.ask(text)), text).toBe(JSON.stringify(built.ask(text)));
  }
  for (const { text } of mix.slice(0, 60)) {
    const prefix = text.slice(0, Math.ceil(text.length * 0.6));
    expect(loaded.suggest(prefix, 25, 100), prefix).toEqual(built.suggest(prefix, 25, 100));
  }
  expect(loaded.suggest("", 25, 100)).toEqual(built.suggest("", 25, 100));
}

/** A copy of the base with one synthetic fact's statement changed. */
function withChangedFact(base: KnowledgeBase, statement: string): KnowledgeBase {
  const facts = base.facts.map((f) => (f.id === "synthetic-0100" ? { ...f, statement } : f));
  return { ...base, facts };
}

describe("createEngineCached", () => {
  test(
    "builds and saves first, then loads an engine that answers every question exactly alike",
    () => {
      const first = createEngineCached(kb, { cacheDir: dir });
      expect(first).toMatchObject({ source: "built", cache: "missing", saved: true });
      expect(first.file).toBe(path.join(dir, INDEX_CACHE_FILE));

      const second = createEngineCached(kb, { cacheDir: dir });
      expect(second).toMatchObject({ source: "cache", cache: "hit", saved: false });
      expectSameAnswers(second.engine, createEngine(kb));
      expectSameAnswers(second.engine, first.engine);
    },
    HEAVY_TEST_TIMEOUT,
  );

  test("is reused for the same content in new objects (the key is the content, not the objects)", () => {
    createEngineCached(kb, { cacheDir: dir });
    const copy = structuredClone(kb);
    expect(knowledgeBaseKey(copy)).toBe(knowledgeBaseKey(kb));
    expect(createEngineCached(copy, { cacheDir: dir }).source).toBe("cache");
  });

  test(
    "is rebuilt when a fact changes, and the rebuilt index knows the change",
    () => {
      const cacheDir = fresh("changed");
      createEngineCached(kb, { cacheDir });
      const changed = withChangedFact(kb, "The zorblaxian delegation met the qwimbly envoy.");
      expect(knowledgeBaseKey(changed)).not.toBe(knowledgeBaseKey(kb));

      const rebuilt = createEngineCached(changed, { cacheDir });
      expect(rebuilt).toMatchObject({ source: "built", cache: "stale", saved: true });
      const topFact = (engine: AnswerEngine) => engine.rank("zorblaxian qwimbly envoy", 1)[0]?.fact.id;
      expect(topFact(rebuilt.engine)).toBe("synthetic-0100");

      const reloaded = createEngineCached(changed, { cacheDir });
      expect(reloaded.source).toBe("cache");
      expect(topFact(reloaded.engine)).toBe("synthetic-0100");
      expectSameAnswers(reloaded.engine, rebuilt.engine);
      // The old base's snapshot was replaced: going back means one more build.
      expect(createEngineCached(kb, { cacheDir }).cache).toBe("stale");
    },
    HEAVY_TEST_TIMEOUT,
  );

  test("any other change to the base (lexicon, entities, a quote's attribution) changes the key", () => {
    const key = knowledgeBaseKey(kb);
    const lexicon = { ...kb.lexicon, stopwords: [...kb.lexicon.stopwords, "zorblax"] };
    expect(knowledgeBaseKey({ ...kb, lexicon })).not.toBe(key);
    const entities = kb.entities.map((e, i) => (i === 0 ? { ...e, aliases: [...e.aliases, "Zorb"] } : e));
    expect(knowledgeBaseKey({ ...kb, entities })).not.toBe(key);
    const facts = kb.facts.map((f, i) =>
      i === 2_000 ? { ...f, quotes: f.quotes.map((q) => ({ ...q, source: `${q.source} (edited)` })) } : f,
    );
    expect(knowledgeBaseKey({ ...kb, facts })).not.toBe(key);
    expect(knowledgeBaseKey({ ...kb, facts: [...kb.facts].reverse() })).not.toBe(key);
  });

  test.each([
    ["garbage", () => Buffer.from("not an index cache at all")],
    ["truncated", (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    [
      "one flipped bit in the body",
      (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        const at = copy.length - 1_000;
        copy[at] = (copy[at] ?? 0) ^ 1;
        return copy;
      },
    ],
    ["empty", () => Buffer.alloc(0)],
  ])("a corrupt cache file (%s) falls back to building, then is rewritten", (_, corrupt) => {
    const cacheDir = fresh(`corrupt-${_.replaceAll(" ", "-")}`);
    const { file } = createEngineCached(kb, { cacheDir });
    if (!file) throw new Error("no cache file");
    writeFileSync(file, corrupt(readFileSync(file)));

    const result = createEngineCached(kb, { cacheDir });
    expect(result).toMatchObject({ source: "built", cache: "corrupt", saved: true });
    expect(result.detail).toEqual(expect.any(String));
    expect(result.engine.ask("Who leads Syria's side?")).toEqual(
      createEngine(kb).ask("Who leads Syria's side?"),
    );
    expect(createEngineCached(kb, { cacheDir }).source).toBe("cache");
  });

  test("an unwritable cache directory falls back silently to a built engine", () => {
    const blocker = fresh("a-file");
    writeFileSync(blocker, "a file where the cache directory should be");
    const stdout = vi.spyOn(process.stdout, "write");
    const stderr = vi.spyOn(process.stderr, "write");
    try {
      // A directory under a regular file can be neither read nor created, even by root.
      const result = createEngineCached(kb, { cacheDir: path.join(blocker, "cache") });
      expect(result).toMatchObject({ source: "built", saved: false });
      expect(result.cache).toMatch(/^(missing|unreadable)$/);
      expect(result.saveError).toEqual(expect.any(String));
      expect(result.engine.ask("Where are the talks held?").status).toBe("answered");
      expect(stdout).not.toHaveBeenCalled();
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });

  test("a base below the threshold is built without touching the cache", () => {
    expect(real.facts.length).toBeLessThan(CACHE_MIN_FACTS);
    const cacheDir = fresh("small");
    const result = createEngineCached(real, { cacheDir });
    expect(result).toMatchObject({ source: "built", cache: "below-threshold", file: null, saved: false });
    expect(() => readFileSync(path.join(cacheDir, INDEX_CACHE_FILE))).toThrow();
    // The threshold is an option, so a small base can use the cache too, and answers alike.
    expect(createEngineCached(real, { cacheDir, minFacts: 1 }).saved).toBe(true);
    const loaded = createEngineCached(real, { cacheDir, minFacts: 1 });
    expect(loaded.source).toBe("cache");
    expectSameAnswers(loaded.engine, createEngine(real));
  });

  test("the cache directory is INDEX_CACHE_DIR, else node_modules/.cache/… under the project root", () => {
    expect(pathFromEnv("INDEX_CACHE_DIR", { INDEX_CACHE_DIR: root })).toBe(path.resolve(root));
    expect(pathFromEnv("INDEX_CACHE_DIR", {})).toBeUndefined();
    expect(defaultCacheDir()).toBe(
      path.join(
        path.resolve(import.meta.dirname, "../.."),
        "node_modules",
        ".cache",
        "israel-syria-talks-bot",
      ),
    );
  });
});
