// How alike a question and a fact's sentences are, as a static sentence embedding: the mean of the vectors of
// the question's SentencePiece pieces, each weighted a / (a + p(piece)) so that frequent pieces count little.
// The vectors are the Universal Sentence Encoder lite's, distilled one piece at a time and cut to 64
// dimensions (scripts/sentence-pieces.mjs → use-lite/pieces.tsv, provided by src/knowledge/pieces-data.ts:
// the engine does no I/O). The whole model is far too slow to run on each question, and asynchronous; the
// table is read synchronously, in the engine's budget (docs/evaluation.md has both costs).
// Used only to choose among facts that already answer an ask and scored close together (answer-at-time.ts):
// as a reason to answer at all it does not tell a paraphrase from a neighbouring concept (docs/evaluation.md).
import type { Fact } from "../knowledge/types.js";
import { BoundedMemo } from "../shared/bounded-memo.js";

/** The word-start mark SentencePiece writes for a space. */
const SPACE = "\u2581";
/** The model's reserved pieces (unknown, <s>, </s> and three extras) stand for no text. */
const RESERVED = 6;
/** Smoothing of the piece weights: a piece as likely as this weighs half. */
const WEIGHT_SMOOTHING = 1e-3;
/** Log-probability of a character no piece covers, read as a piece of its own. */
const UNKNOWN_SCORE = -20;

export class PieceTable {
  readonly dimensions: number;
  readonly #ids = new Map<string, number>();
  readonly #scores: Float64Array;
  readonly #weights: Float32Array;
  readonly #vectors: Int8Array;
  /** The longest piece's length: no split looks further ahead. */
  readonly #longest: number;

  /** `text`: one line per piece, "piece <TAB> log-probability <TAB> base64 of the vector's signed bytes". */
  constructor(text: string) {
    const lines = text.split("\n").filter((line) => line !== "");
    this.dimensions = (((lines[0]?.split("\t")[2] ?? "").replace(/=+$/, "").length * 3) / 4) | 0;
    this.#scores = new Float64Array(lines.length);
    this.#weights = new Float32Array(lines.length);
    this.#vectors = new Int8Array(lines.length * this.dimensions);
    let longest = 1;
    lines.forEach((line, id) => {
      const [piece = "", score = "0", vector = ""] = line.split("\t");
      if (id >= RESERVED) this.#ids.set(piece, id);
      longest = Math.max(longest, piece.length);
      const logProbability = Number(score);
      this.#scores[id] = logProbability;
      this.#weights[id] =
        id < RESERVED ? 0 : WEIGHT_SMOOTHING / (WEIGHT_SMOOTHING + Math.exp(logProbability));
      decodeBase64(vector, this.#vectors, id * this.dimensions, this.dimensions);
    });
    this.#longest = longest;
  }

  /** The likeliest split of a text into pieces (unigram Viterbi), lower-cased, a space read as the word mark. */
  pieces(text: string): number[] {
    const input = `${SPACE}${text.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, SPACE)}`;
    const n = input.length;
    const best = new Float64Array(n + 1).fill(Number.NEGATIVE_INFINITY);
    const from = new Int32Array(n + 1);
    const piece = new Int32Array(n + 1);
    best[0] = 0;
    for (let start = 0; start < n; start++) {
      const before = best[start] as number;
      if (before === Number.NEGATIVE_INFINITY) continue;
      for (let end = start + 1; end <= Math.min(n, start + this.#longest); end++) {
        const id = this.#ids.get(input.slice(start, end));
        // A character no piece covers is a piece of its own, unknown.
        const score =
          id !== undefined ? (this.#scores[id] as number) : end === start + 1 ? UNKNOWN_SCORE : undefined;
        if (score === undefined || before + score <= (best[end] as number)) continue;
        best[end] = before + score;
        from[end] = start;
        piece[end] = id ?? 0;
      }
    }
    const ids: number[] = [];
    for (let end = n; end > 0; end = from[end] as number) ids.push(piece[end] as number);
    return ids.reverse();
  }

  /** A text's sentence vector. */
  embed(text: string): Float32Array {
    const sum = new Float32Array(this.dimensions);
    for (const id of this.pieces(text)) {
      const weight = this.#weights[id] as number;
      if (weight === 0) continue;
      const offset = id * this.dimensions;
      for (let k = 0; k < this.dimensions; k++)
        sum[k] = (sum[k] as number) + weight * (this.#vectors[offset + k] as number);
    }
    return sum;
  }
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;

/** Decodes `count` signed bytes of base64 into `out` at `offset` (the table's 8,000 lines, read at build). */
function decodeBase64(text: string, out: Int8Array, offset: number, count: number): void {
  let bits = 0;
  let held = 0;
  let written = 0;
  for (let i = 0; i < text.length && written < count; i++) {
    const value = BASE64_VALUE[text.charCodeAt(i)] ?? -1;
    if (value < 0) break;
    bits = ((bits << 6) | value) & 0xffffff;
    held += 6;
    if (held >= 8) {
      held -= 8;
      out[offset + written++] = ((bits >> held) << 24) >> 24;
    }
  }
}

/** Cosine of two vectors of one length; 0 when either is all zeros. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] as number;
    const y = b[k] as number;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

let loader: (() => string) | undefined;
let table: PieceTable | undefined;

/** Says where the piece table's text comes from (src/knowledge/pieces-data.ts: the engine does no I/O). */
export function providePieceTable(load: () => string): void {
  loader = load;
}

/** The piece table, read on first use; undefined until an edge provides it (then nothing is compared). */
export function pieceTable(): PieceTable | undefined {
  if (!loader) return undefined;
  table ??= new PieceTable(loader());
  return table;
}

/** Asks whose vectors are remembered: one message's asks are compared again at each step of answering. */
const ASK_MEMO_SIZE = 256;

/** How alike an ask is to the facts of one base: each fact's sentences embedded once, when first compared. */
export class SentenceSimilarity {
  readonly #facts = new WeakMap<Fact, Float32Array[]>();
  readonly #asks = new BoundedMemo<string, Float32Array>(ASK_MEMO_SIZE);

  constructor(private readonly pieces: PieceTable | undefined) {}

  /** The best cosine of the ask with the fact's statement or one of its questions; 0 without a table. */
  of(ask: string, fact: Fact): number {
    const pieces = this.pieces;
    if (!pieces) return 0;
    let vectors = this.#facts.get(fact);
    if (!vectors) {
      vectors = [fact.statement, ...fact.questions].map((text) => pieces.embed(text));
      this.#facts.set(fact, vectors);
    }
    const asked = this.#asks.get(ask, (text) => pieces.embed(text));
    return Math.max(...vectors.map((v) => cosine(asked, v)));
  }
}
