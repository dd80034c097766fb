// The index cache: what the engine builds from a large base (postings, vocabulary, question terms, kinds of
// question per fact) saved to one binary file and loaded at the next start instead of rebuilt. The file is
// keyed by a hash of the whole knowledge base and of the indexing code (key.ts), so any change to the facts,
// entities, lexicon, articles or engine rebuilds it. The cache is an optimisation only: a missing, stale,
// unreadable, corrupt or unwritable cache means a build, never an error, and nothing is logged here; the
// result says what happened so that the caller can log it. The engine itself (src/engine) does no I/O.
//
// The corrector is not saved: its buckets of words are rebuilt from the saved vocabulary in a few ms.
import path from "node:path";
import { AnswerEngine, type EngineOptions } from "../../engine/engine.js";
import type { KnowledgeBase } from "../../knowledge/types.js";
import { useWordTableCacheDir } from "../../knowledge/word-data.js";
import { messageOf } from "../../shared/message-of.js";
import { PROJECT_ROOT } from "../../shared/project-root.js";
import { type CacheStatus, readSnapshot, writeSnapshot } from "./file.js";
import { knowledgeBaseKey } from "./key.js";

/**
 * Bases with fewer facts are always built. Measured in fresh processes, a load beats a build at every size,
 * but saves only tens of milliseconds below this size (docs/engine.md, figures): there a cache file, with its
 * disk writes and one more way to go stale while the facts are being edited, is not worth it.
 */
export const CACHE_MIN_FACTS = 1_000;
export const INDEX_CACHE_FILE = "engine-index.bin";
const CACHE_SUBDIR = path.join("node_modules", ".cache", "israel-syria-talks-bot");

interface CachedEngine {
  engine: AnswerEngine;
  /** "cache": loaded from the snapshot; "built": built from the base (and saved when large enough). */
  source: "built" | "cache";
  cache: CacheStatus;
  /** The snapshot file consulted, or null when the base is below the threshold. */
  file: string | null;
  /** What was wrong with an unreadable or corrupt snapshot. */
  detail?: string;
  /** Whether a fresh snapshot was written. */
  saved: boolean;
  /** Why the snapshot could not be written (the next start builds again). */
  saveError?: string;
}

interface CachedEngineOptions {
  /** Directory of the cache file (config.indexCacheDir, from INDEX_CACHE_DIR); default defaultCacheDir(). */
  cacheDir?: string | undefined;
  /** Bases with fewer facts are built without the cache; default CACHE_MIN_FACTS. */
  minFacts?: number;
  engine?: Partial<EngineOptions>;
}

/** node_modules/.cache/<package name>/ under the project root: where the cache lives unless configured. */
export function defaultCacheDir(): string {
  return path.join(PROJECT_ROOT, CACHE_SUBDIR);
}

/**
 * The engine for a base, from the cache file when it holds this base's index, otherwise built (and the file
 * rewritten). Never throws for a cache problem: it builds instead and says why in the result.
 */
export function createEngineCached(kb: KnowledgeBase, options: CachedEngineOptions = {}): CachedEngine {
  const engineOptions = options.engine ?? {};
  // The engine's English word table is cached beside the index (knowledge/word-data.ts), read at the build.
  useWordTableCacheDir(options.cacheDir);
  if (kb.facts.length < (options.minFacts ?? CACHE_MIN_FACTS)) {
    const engine = new AnswerEngine(kb, engineOptions);
    return { engine, source: "built", cache: "below-threshold", file: null, saved: false };
  }
  const file = path.join(options.cacheDir ?? defaultCacheDir(), INDEX_CACHE_FILE);
  const key = knowledgeBaseKey(kb);
  const loaded = readSnapshot(file, key, kb.facts.length);
  let detail = loaded.detail;
  if (loaded.parts) {
    try {
      const engine = new AnswerEngine(kb, engineOptions, loaded.parts);
      return { engine, source: "cache", cache: "hit", file, saved: false };
    } catch (error) {
      // The parts passed every check yet do not fit the base: treat the file as corrupt and rebuild.
      detail = messageOf(error);
    }
  }
  const status: CacheStatus = loaded.parts ? "corrupt" : loaded.status;
  const engine = new AnswerEngine(kb, engineOptions);
  const saveError = writeSnapshot(file, key, engine.parts);
  return {
    engine,
    source: "built",
    cache: status,
    file,
    ...(detail ? { detail } : {}),
    saved: saveError === null,
    ...(saveError ? { saveError } : {}),
  };
}
