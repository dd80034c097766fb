// The bytes of an index cache file (layout.ts) → engine parts. Every offset and id is checked, so a damaged
// file cannot make a later search read out of bounds.
import { createHash } from "node:crypto";
import type { EngineParts } from "../../engine/engine.js";
import { QUESTION_KINDS, type QuestionKind } from "../../engine/question-kinds.js";
import type { Postings } from "../../engine/search.js";
import {
  align8,
  CorruptSnapshot,
  check,
  type Header,
  LAYOUT_VERSION,
  MAGIC,
  PREFIX_BYTES,
  SECTION_NAMES,
  type Section,
  type SectionName,
} from "./layout.js";

/** Reads one section of the body as a typed array, checking its bounds and, when given, its length. */
type SectionReader = <T extends Section>(
  name: SectionName,
  make: new (buffer: ArrayBufferLike, offset: number, length: number) => T,
  bytesPer: number,
  expected?: number,
) => T;

/**
 * The parts saved in `bytes`, "stale" if they were saved for another base or format, or a CorruptSnapshot
 * error.
 */
export function decodeSnapshot(bytes: Uint8Array, key: string, facts: number): EngineParts | "stale" {
  const opened = openSnapshot(bytes, key, facts);
  if (opened === "stale") return "stale";
  const { header, section } = opened;
  const postings = decodePostings(header, section, facts);
  const vocabulary = decodeVocabulary(header.words, section);
  const questions = decodeQuestions(header.terms, section, facts);
  const kinds = decodeKinds(header.kindNames, section, facts);
  return { index: { postings, vocabulary, questions }, kinds };
}

/** The header, and a reader over the body once its checksum holds; "stale" for another base or layout. */
function openSnapshot(
  bytes: Uint8Array,
  key: string,
  facts: number,
): { header: Header; section: SectionReader } | "stale" {
  check(bytes.length >= PREFIX_BYTES, "file too short");
  check(Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC), "not an index cache file");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length, true);
  check(PREFIX_BYTES + headerLength <= bytes.length, "header runs past the end of the file");
  const header = parseHeader(
    Buffer.from(bytes.buffer, bytes.byteOffset + PREFIX_BYTES, headerLength).toString("utf8"),
  );
  if (header.format !== LAYOUT_VERSION || header.key !== key) return "stale";
  check(header.facts === facts, "fact count differs from the base");
  const bodyStart = align8(PREFIX_BYTES + headerLength);
  check(bodyStart <= bytes.length, "body missing");
  const body = new Uint8Array(bytes.buffer, bytes.byteOffset + bodyStart, bytes.length - bodyStart);
  check(createHash("sha1").update(body).digest("hex") === header.digest, "checksum mismatch");
  const section: SectionReader = (name, make, bytesPer, expected) => {
    const [offset, length] = header.sections[name];
    check(offset % 8 === 0 && offset + length * bytesPer <= body.length, `section ${name} out of bounds`);
    check(expected === undefined || length === expected, `section ${name} has ${length} entries`);
    return new make(body.buffer, body.byteOffset + offset, length);
  };
  return { header, section };
}

function decodePostings(header: Header, section: SectionReader, facts: number): Map<string, Postings> {
  const { terms, weights: table } = header;
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
  return postings;
}

function decodeVocabulary(words: readonly string[], section: SectionReader): Map<string, number> {
  const counts = section("counts", Uint32Array, 4, words.length);
  const vocabulary = new Map<string, number>();
  words.forEach((word, i) => {
    vocabulary.set(word, counts[i] as number);
  });
  check(vocabulary.size === words.length, "duplicate words");
  return vocabulary;
}

/** Each fact's questions as lists of index terms. */
function decodeQuestions(terms: readonly string[], section: SectionReader, facts: number): string[][][] {
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
  return questions;
}

function decodeKinds(
  names: readonly string[],
  section: SectionReader,
  facts: number,
): Array<ReadonlySet<QuestionKind>> {
  const masks = section("kinds", Uint16Array, 2, facts);
  const kindNames = names.map((name) => {
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
  return kinds;
}

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
