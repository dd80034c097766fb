// The index cache's file layout, shared by the encoder and the decoder.
//
// Layout: MAGIC, header length (uint32), header JSON (key, strings, section offsets, SHA-1 of the body),
// padding to 8 bytes, then the body: typed arrays, each 8-byte aligned, in the platform's byte order (which
// is part of the key). Strings live in the header as JSON arrays: JSON.parse is the fastest way to get
// tens of thousands of them back.

/**
 * Version of this file layout. Bump it when the layout changes; what the engine computes is covered by the
 * key instead (a hash of the engine's code and of the question-kind table, key.ts), so nobody bumps it for that.
 */
export const LAYOUT_VERSION = 1;

export const MAGIC = Buffer.from("ISTBIDX\n", "latin1");
export const PREFIX_BYTES = MAGIC.length + 4;

export const SECTION_NAMES = [
  "postingStart",
  "docs",
  "weightCodes",
  "counts",
  "factQuestionStart",
  "questionTermStart",
  "questionTerms",
  "kinds",
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export type Section = Uint32Array | Int32Array | Uint8Array | Uint16Array;

export interface Header {
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

export function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

export class CorruptSnapshot extends Error {}

export function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new CorruptSnapshot(what);
}
