// The index cache: what createEngine builds from a large base (postings, vocabulary, question terms, kinds of
// question per fact) saved to one binary file and loaded at the next start instead of rebuilt. The file is
// keyed by a hash of the whole knowledge base and ENGINE_FORMAT_VERSION, so any change to the facts,
// entities, lexicon or articles rebuilds it. The cache is an optimisation only: a missing, stale, unreadable,
// corrupt or unwritable cache means a build, never an error, and nothing is logged here (the engine is
// pure); the result says what happened so that the caller can log it.
//
// Layout: MAGIC, header length (uint32), header JSON (key, strings, section offsets, SHA-1 of the body),
// padding to 8 bytes, then the body: typed arrays, each 8-byte aligned, in the platform's byte order (which
// is part of the key). Strings live in the header as JSON arrays: JSON.parse is the fastest way to get
// tens of thousands of them back.
//
// fuse.js indexes are not saved: for the corrector's buckets (a few dozen words each) `Fuse.parseIndex` of
// the saved `toJSON()` measured slower (~20–24 ms at 100,000 facts) than building them afresh (~10–30 ms),
// so the corrector is rebuilt from the saved vocabulary.
import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { QUESTION_KINDS, type QuestionKind } from "../knowledge/schema.js";
import type { KnowledgeBase, Quote } from "../knowledge/types.js";
import { AnswerEngine, type EngineOptions, type EngineParts } from "./engine.js";
import { FIELD_WEIGHTS, type Postings } from "./search.js";

/**
 * Version of what the build computes and of the file layout. Bump it whenever either changes (the analysis,
 * the stemmer, field weights, kinds of question, this layout): caches written before then miss and are rebuilt.
 */
export const ENGINE_FORMAT_VERSION = 1;
/**
 * Bases with fewer facts are always built. Measured in fresh processes (median of 3, docs/benchmarks.md):
 * a load beats a build at every size, but saves 20 ms at 59 facts (38 → 18 ms), 70 ms at 500, 120 ms at
 * 1,000 (167 → 45 ms) and grows from there (5,000: 600 → 116 ms). Below 1,000 facts a cache file, with its
 * disk writes and one more way to go stale while the facts are being edited, is not worth a few tens of ms.
 */
export const CACHE_MIN_FACTS = 1_000;
export const INDEX_CACHE_FILE = "engine-index.bin";
/** `INDEX_CACHE_DIR` overrides the default, node_modules/.cache/<package name>/ under the project root. */
export const INDEX_CACHE_DIR_VARIABLE = "INDEX_CACHE_DIR";
const CACHE_SUBDIR = path.join("node_modules", ".cache", "israel-syria-talks-bot");

const MAGIC = Buffer.from("ISTBIDX\n", "latin1");
const PREFIX_BYTES = MAGIC.length + 4;

/** Why the cache was not used: "hit" when it was. */
export type CacheStatus = "hit" | "below-threshold" | "missing" | "stale" | "unreadable" | "corrupt";

export interface CachedEngine {
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

export interface CachedEngineOptions {
  /** Directory of the cache file; default `INDEX_CACHE_DIR` or node_modules/.cache/… under the project root. */
  cacheDir?: string;
  /** Bases with fewer facts are built without the cache; default CACHE_MIN_FACTS. */
  minFacts?: number;
  engine?: Partial<EngineOptions>;
}

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[INDEX_CACHE_DIR_VARIABLE];
  if (chosen) return path.resolve(chosen);
  return path.join(findProjectRoot(path.dirname(fileURLToPath(import.meta.url))), CACHE_SUBDIR);
}

/**
 * Hash of everything in the base (not only what the index reads: a cheap rule that cannot miss a field) and
 * of what decides how it is built. This runs on every start, so it avoids waste: facts are hashed in
 * batches (one JSON string of a 100,000-fact base would be ~115 MB), and a quote cited by many facts is
 * serialised once and then referred to by number — quotes are over half of a large base's JSON. The
 * stream stays an unambiguous encoding of the content: each distinct quote is defined before its first use.
 */
/** The modules whose code decides what the index holds (analysis, postings, kinds of question). */
const INDEXING_MODULES = ["normalise", "search", "engine", "persist"];
let codeFingerprint: string | undefined;

/**
 * A hash of the indexing code itself, so that a change to the analysis invalidates saved indexes even when
 * nobody remembers to bump ENGINE_FORMAT_VERSION. Read once per process, from the compiled modules in
 * production (or the TypeScript sources under vitest); unreadable modules only weaken the key to the version.
 */
function engineCodeFingerprint(): string {
  if (codeFingerprint !== undefined) return codeFingerprint;
  const here = fileURLToPath(import.meta.url);
  const hash = createHash("sha256");
  for (const name of INDEXING_MODULES) {
    try {
      hash.update(readFileSync(path.join(path.dirname(here), `${name}${path.extname(here)}`)));
    } catch {
      hash.update(`${name}: unreadable`);
    }
  }
  codeFingerprint = hash.digest("hex");
  return codeFingerprint;
}

export function knowledgeBaseKey(kb: KnowledgeBase): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ ENGINE_FORMAT_VERSION, endianness: os.endianness(), FIELD_WEIGHTS }));
  hash.update(engineCodeFingerprint());
  hash.update(JSON.stringify(kb.lexicon));
  hash.update(JSON.stringify(kb.entities));
  hash.update(JSON.stringify(kb.articles));
  const batch: string[] = [];
  const seenQuotes = new Map<string, Array<{ quote: Quote; id: number }>>();
  let quoteCount = 0;
  const quoteRef = (quote: Quote): number => {
    const sameText = seenQuotes.get(quote.text) ?? [];
    for (const seen of sameText) if (shallowEqual(seen.quote, quote)) return seen.id;
    const id = quoteCount++;
    sameText.push({ quote, id });
    seenQuotes.set(quote.text, sameText);
    batch.push(`q${id}=${JSON.stringify(quote)}`);
    return id;
  };
  for (const fact of kb.facts) {
    const { quotes, ...rest } = fact;
    const refs = quotes.map(quoteRef).join(",");
    batch.push(`${JSON.stringify(rest)}#${refs}`);
    if (batch.length >= 1_000) hash.update(batch.splice(0).join("\n"));
  }
  hash.update(batch.join("\n"));
  return hash.digest("hex");
}

/** Same own properties with the same values (===): the same quote, however many facts copied it. */
function shallowEqual(a: Quote, b: Quote): boolean {
  if (a === b) return true;
  const left = a as unknown as Record<string, unknown>;
  const right = b as unknown as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && left[key] === right[key]);
}

/**
 * The engine for a base, from the cache file when it holds this base's index, otherwise built (and the file
 * rewritten). Never throws for a cache problem: it builds instead and says why in the result.
 */
export function createEngineCached(kb: KnowledgeBase, options: CachedEngineOptions = {}): CachedEngine {
  const engineOptions = options.engine ?? {};
  if (kb.facts.length < (options.minFacts ?? CACHE_MIN_FACTS)) {
    return {
      engine: new AnswerEngine(kb, engineOptions),
      source: "built",
      cache: "below-threshold",
      file: null,
      saved: false,
    };
  }
  const file = path.join(options.cacheDir ?? defaultCacheDir(), INDEX_CACHE_FILE);
  const key = knowledgeBaseKey(kb);
  const loaded = readSnapshot(file, key, kb.facts.length);
  let detail = loaded.detail;
  if (loaded.parts) {
    try {
      return {
        engine: new AnswerEngine(kb, engineOptions, loaded.parts),
        source: "cache",
        cache: "hit",
        file,
        saved: false,
      };
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

// ---------------------------------------------------------------------------------------------- writing

type SectionName =
  | "postingStart"
  | "docs"
  | "weightCodes"
  | "counts"
  | "factQuestionStart"
  | "questionTermStart"
  | "questionTerms"
  | "kinds";

type Section = Uint32Array | Int32Array | Uint8Array | Uint16Array;

interface Header {
  format: number;
  key: string;
  facts: number;
  /** Index terms, in postings order; question terms refer to them by position. */
  terms: string[];
  /** Vocabulary words, in first-seen order. */
  words: string[];
  /** Distinct field weights; each posting stores the position of its weight here. */
  weights: number[];
  /** Question kinds in bit order of the `kinds` masks. */
  kindNames: string[];
  /** Section → [byte offset in the body, element count]. */
  sections: Record<SectionName, [number, number]>;
  /** SHA-1 of the body: a flipped bit must not turn into a wrong answer. */
  digest: string;
}

/** The parts as typed arrays and string tables. Throws if they cannot be represented (never expected). */
export function encodeSnapshot(key: string, parts: EngineParts): Uint8Array {
  const { postings, vocabulary, questions } = parts.index;
  const terms = [...postings.keys()];
  const termIds = new Map(terms.map((term, i) => [term, i]));
  const weightTable: number[] = [];
  const weightIds = new Map<number, number>();
  let total = 0;
  for (const list of postings.values()) total += list.docs.length;
  const postingStart = new Uint32Array(terms.length + 1);
  const docs = new Int32Array(total);
  const weightCodes = new Uint8Array(total);
  let at = 0;
  terms.forEach((term, t) => {
    const list = postings.get(term) as Postings;
    postingStart[t] = at;
    docs.set(list.docs, at);
    for (const weight of list.weights) {
      let id = weightIds.get(weight);
      if (id === undefined) {
        id = weightTable.length;
        if (id > 255) throw new RangeError("more than 256 distinct field weights");
        weightTable.push(weight);
        weightIds.set(weight, id);
      }
      weightCodes[at++] = id;
    }
  });
  postingStart[terms.length] = at;

  const factQuestionStart = new Uint32Array(questions.length + 1);
  let questionCount = 0;
  let termCount = 0;
  for (const own of questions) {
    questionCount += own.length;
    for (const q of own) termCount += q.length;
  }
  const questionTermStart = new Uint32Array(questionCount + 1);
  const questionTerms = new Uint32Array(termCount);
  let q = 0;
  let qt = 0;
  questions.forEach((own, f) => {
    factQuestionStart[f] = q;
    for (const questionTermsOfOne of own) {
      questionTermStart[q++] = qt;
      for (const term of questionTermsOfOne) {
        const id = termIds.get(term);
        // Every question term is indexed (questions carry weight 1), so it has postings.
        if (id === undefined) throw new RangeError(`question term "${term}" is not indexed`);
        questionTerms[qt++] = id;
      }
    }
  });
  factQuestionStart[questions.length] = q;
  questionTermStart[questionCount] = qt;

  if (QUESTION_KINDS.length > 16) throw new RangeError("too many question kinds for 16-bit masks");
  const kinds = new Uint16Array(parts.kinds.length);
  parts.kinds.forEach((set, f) => {
    let mask = 0;
    QUESTION_KINDS.forEach((kind, bit) => {
      if (set.has(kind)) mask |= 1 << bit;
    });
    kinds[f] = mask;
  });

  const sectionList: Array<[SectionName, Section]> = [
    ["postingStart", postingStart],
    ["docs", docs],
    ["weightCodes", weightCodes],
    ["counts", Uint32Array.from(vocabulary.values())],
    ["factQuestionStart", factQuestionStart],
    ["questionTermStart", questionTermStart],
    ["questionTerms", questionTerms],
    ["kinds", kinds],
  ];
  const sections = {} as Record<SectionName, [number, number]>;
  let bodyLength = 0;
  for (const [name, array] of sectionList) {
    sections[name] = [bodyLength, array.length];
    bodyLength = align8(bodyLength + array.byteLength);
  }
  const body = new Uint8Array(bodyLength);
  for (const [name, array] of sectionList) {
    body.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), sections[name][0]);
  }
  const header: Header = {
    format: ENGINE_FORMAT_VERSION,
    key,
    facts: parts.kinds.length,
    terms,
    words: [...vocabulary.keys()],
    weights: weightTable,
    kindNames: [...QUESTION_KINDS],
    sections,
    digest: createHash("sha1").update(body).digest("hex"),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const bodyStart = align8(PREFIX_BYTES + headerBytes.length);
  const file = new Uint8Array(bodyStart + body.length);
  file.set(MAGIC, 0);
  new DataView(file.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  file.set(headerBytes, PREFIX_BYTES);
  file.set(body, bodyStart);
  return file;
}

/** Writes the snapshot atomically (temporary file, then rename); returns why it failed, or null. */
function writeSnapshot(file: string, key: string, parts: EngineParts): string | null {
  // Unique per process: the shards of a sharded bot start together and may all write at once.
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const bytes = encodeSnapshot(key, parts);
    mkdirSync(path.dirname(file), { recursive: true });
    const fd = openSync(temporary, "w");
    try {
      for (let written = 0; written < bytes.length; ) {
        written += writeSync(fd, bytes, written, bytes.length - written);
      }
    } finally {
      closeSync(fd);
    }
    // A reader sees the old file or the new one, never half of one.
    renameSync(temporary, file);
    return null;
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: a stray temporary file in a cache directory is harmless.
    }
    return messageOf(error);
  }
}

// ---------------------------------------------------------------------------------------------- reading

type ReadResult =
  | { parts: EngineParts; status: "hit"; detail?: undefined }
  | { parts?: undefined; status: Exclude<CacheStatus, "hit">; detail?: string };

function readSnapshot(file: string, key: string, facts: number): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readWhole(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { status: "missing" };
    return { status: "unreadable", detail: messageOf(error) };
  }
  try {
    const parts = decodeSnapshot(bytes, key, facts);
    return parts === "stale" ? { status: "stale" } : { parts, status: "hit" };
  } catch (error) {
    return { status: "corrupt", detail: messageOf(error) };
  }
}

/** Into a fresh buffer (byte offset 0), so that the 8-byte-aligned sections can be viewed as typed arrays. */
function readWhole(file: string): Uint8Array {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(size);
    for (let read = 0; read < size; ) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) throw new Error("file shrank while being read");
      read += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

class CorruptSnapshot extends Error {}

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new CorruptSnapshot(what);
}

/**
 * The parts saved in `bytes`, "stale" if they were saved for another base or format, or a CorruptSnapshot
 * error. Every offset and id is checked, so a damaged file cannot make a later search read out of bounds.
 */
export function decodeSnapshot(bytes: Uint8Array, key: string, facts: number): EngineParts | "stale" {
  check(bytes.length >= PREFIX_BYTES, "file too short");
  check(Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC), "not an index cache file");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length, true);
  check(PREFIX_BYTES + headerLength <= bytes.length, "header runs past the end of the file");
  const header = parseHeader(
    Buffer.from(bytes.buffer, bytes.byteOffset + PREFIX_BYTES, headerLength).toString("utf8"),
  );
  if (header.format !== ENGINE_FORMAT_VERSION || header.key !== key) return "stale";
  check(header.facts === facts, "fact count differs from the base");
  const bodyStart = align8(PREFIX_BYTES + headerLength);
  check(bodyStart <= bytes.length, "body missing");
  const body = new Uint8Array(bytes.buffer, bytes.byteOffset + bodyStart, bytes.length - bodyStart);
  check(createHash("sha1").update(body).digest("hex") === header.digest, "checksum mismatch");

  const section = <T extends Section>(
    name: SectionName,
    make: new (buffer: ArrayBufferLike, offset: number, length: number) => T,
    bytesPer: number,
    expected?: number,
  ): T => {
    const [offset, length] = header.sections[name];
    check(offset % 8 === 0 && offset + length * bytesPer <= body.length, `section ${name} out of bounds`);
    check(expected === undefined || length === expected, `section ${name} has ${length} entries`);
    return new make(body.buffer, body.byteOffset + offset, length);
  };
  const { terms, words, weights: table } = header;
  const postingStart = section("postingStart", Uint32Array, 4, terms.length + 1);
  const total = postingStart[terms.length] ?? 0;
  // Copied out of the file buffer, so that the rest of the file can be collected.
  const docs = section("docs", Int32Array, 4, total).slice();
  const codes = section("weightCodes", Uint8Array, 1, total);
  const weights = new Float64Array(total);
  for (let i = 0; i < total; i++) {
    const doc = docs[i] as number;
    check(doc >= 0 && doc < facts, "posting outside the base");
    const weight = table[codes[i] as number];
    check(weight !== undefined, "unknown field weight");
    weights[i] = weight;
  }
  const postings = new Map<string, Postings>();
  check(postingStart[0] === 0, "postings do not start at 0");
  terms.forEach((term, t) => {
    const from = postingStart[t] as number;
    const to = postingStart[t + 1] as number;
    check(from < to && to <= total, "posting list bounds");
    postings.set(term, { docs: docs.subarray(from, to), weights: weights.subarray(from, to) });
  });
  check(postings.size === terms.length, "duplicate terms");

  const counts = section("counts", Uint32Array, 4, words.length);
  const vocabulary = new Map<string, number>();
  words.forEach((word, i) => {
    vocabulary.set(word, counts[i] as number);
  });
  check(vocabulary.size === words.length, "duplicate words");

  const factQuestionStart = section("factQuestionStart", Uint32Array, 4, facts + 1);
  const questionCount = factQuestionStart[facts] ?? 0;
  const questionTermStart = section("questionTermStart", Uint32Array, 4, questionCount + 1);
  const termCount = questionTermStart[questionCount] ?? 0;
  const questionTerms = section("questionTerms", Uint32Array, 4, termCount);
  const questions: string[][][] = [];
  for (let f = 0; f < facts; f++) {
    const own: string[][] = [];
    const from = factQuestionStart[f] as number;
    const to = factQuestionStart[f + 1] as number;
    check(from <= to && to <= questionCount, "question bounds");
    for (let q = from; q < to; q++) {
      const start = questionTermStart[q] as number;
      const end = questionTermStart[q + 1] as number;
      check(start <= end && end <= termCount, "question term bounds");
      const list: string[] = [];
      for (let i = start; i < end; i++) {
        const term = terms[questionTerms[i] as number];
        check(term !== undefined, "unknown question term");
        list.push(term);
      }
      own.push(list);
    }
    questions.push(own);
  }

  const masks = section("kinds", Uint16Array, 2, facts);
  const kindNames = header.kindNames.map((name) => {
    check((QUESTION_KINDS as readonly string[]).includes(name), `unknown question kind ${name}`);
    return name as QuestionKind;
  });
  // Few distinct combinations: one shared set per combination rather than one per fact.
  const sets = new Map<number, ReadonlySet<QuestionKind>>();
  const kinds: Array<ReadonlySet<QuestionKind>> = [];
  for (const mask of masks) {
    let set = sets.get(mask);
    if (!set) {
      check(mask >> kindNames.length === 0, "unknown question kind bit");
      set = new Set(kindNames.filter((_, bit) => (mask & (1 << bit)) !== 0));
      sets.set(mask, set);
    }
    kinds.push(set);
  }
  return { index: { postings, vocabulary, questions }, kinds };
}

const SECTION_NAMES: readonly SectionName[] = [
  "postingStart",
  "docs",
  "weightCodes",
  "counts",
  "factQuestionStart",
  "questionTermStart",
  "questionTerms",
  "kinds",
];

function parseHeader(text: string): Header {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CorruptSnapshot("header is not JSON");
  }
  check(typeof value === "object" && value !== null, "header is not an object");
  const h = value as Record<string, unknown>;
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");
  const numbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => typeof n === "number");
  const natural = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
  check(typeof h.format === "number" && typeof h.key === "string" && natural(h.facts), "header fields");
  check(strings(h.terms) && strings(h.words) && strings(h.kindNames), "header string tables");
  check(numbers(h.weights) && typeof h.digest === "string", "header weights or digest");
  check(typeof h.sections === "object" && h.sections !== null, "header sections");
  const sections = h.sections as Record<string, unknown>;
  for (const name of SECTION_NAMES) {
    const entry = sections[name];
    check(Array.isArray(entry) && entry.length === 2 && entry.every(natural), `header section ${name}`);
  }
  return value as Header;
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
