// The static sentence vectors (sentence-similarity.ts): pieces split as SentencePiece's unigram model does,
// frequent pieces weighing little, and the shipped table (use-lite/pieces.tsv) placing a rewording nearer
// than a sentence on something else.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { cosine, PieceTable, SentenceSimilarity } from "../../src/engine/sentence-similarity.js";
import { PROJECT_ROOT } from "../../src/shared/project-root.js";
import { fact } from "../commands/fixtures.js";

const bytes = (...values: number[]) => btoa(String.fromCharCode(...values.map((v) => v & 0xff)));
const RESERVED = ["<unk>", "<s>", "</s>", "x1", "x2", "x3"].map((p) => `${p}\t0\t${bytes(0, 0)}`);
// A toy table of 2-dimensional pieces: "▁talks" likelier whole than "▁talk" + "s".
const toy = new PieceTable(
  [
    ...RESERVED,
    `\u2581the\t-1\t${bytes(1, 1)}`,
    `\u2581talk\t-6\t${bytes(100, 0)}`,
    `s\t-3\t${bytes(0, 100)}`,
    `\u2581talks\t-7\t${bytes(90, 10)}`,
    `\u2581t\t-8\t${bytes(0, 0)}`,
    `a\t-8\t${bytes(0, 0)}`,
    `l\t-8\t${bytes(0, 0)}`,
    `k\t-8\t${bytes(0, 0)}`,
  ].join("\n"),
);
const piecesOf = (text: string) => {
  const names = [
    "<unk>",
    "<s>",
    "</s>",
    "x1",
    "x2",
    "x3",
    "▁the",
    "▁talk",
    "s",
    "▁talks",
    "▁t",
    "a",
    "l",
    "k",
  ];
  return toy.pieces(text).map((id) => names[id]);
};

describe("PieceTable.pieces", () => {
  test.each([
    ["talks", ["▁talks"]],
    ["Talks", ["▁talks"]],
    ["the  talks", ["▁the", "▁talks"]],
    ["talk", ["▁talk"]],
    ["tak", ["▁t", "a", "k"]],
    ["talks?", ["▁talks", "<unk>"]],
  ])("%s → %j", (text, pieces) => {
    expect(piecesOf(text)).toEqual(pieces);
  });
});

describe("PieceTable.embed", () => {
  test("a frequent piece weighs little beside a rare one", () => {
    const norm = (v: Float32Array) => Math.hypot(...v);
    expect(norm(toy.embed("the"))).toBeLessThan(0.01 * norm(toy.embed("talks")));
    expect(cosine(toy.embed("the talks"), toy.embed("talks"))).toBeGreaterThan(0.999);
  });
  test("reserved and unknown pieces add nothing", () => {
    expect([...toy.embed("?")]).toEqual([0, 0]);
  });
});

describe("cosine", () => {
  test.each([
    [[1, 0], [1, 0], 1],
    [[1, 0], [0, 1], 0],
    [[1, 1], [-1, -1], -1],
    [[0, 0], [1, 0], 0],
  ])("%j · %j = %s", (a, b, value) => {
    expect(cosine(Float32Array.from(a), Float32Array.from(b))).toBeCloseTo(value, 6);
  });
});

describe("the shipped table", () => {
  const table = new PieceTable(readFileSync(path.join(PROJECT_ROOT, "use-lite", "pieces.tsv"), "utf8"));
  const similarity = new SentenceSimilarity(table);
  test("has 8,000 pieces of 64 dimensions", () => {
    expect(table.dimensions).toBe(64);
    expect(table.pieces("negotiations").length).toBeLessThanOrEqual(2);
  });
  test.each([
    [
      "who is heading the delegation?",
      "Ron Dermer led the delegation.",
      "The ceasefire took effect on Saturday.",
    ],
    [
      "how long did the meeting go on?",
      "The meeting lasted around four hours.",
      "Syria detained two members of a militia.",
    ],
    ["which city hosted them?", "The officials met in Paris.", "Oil prices rose sharply last week."],
  ])("%s: nearer to “%s” than to “%s”", (ask, near, far) => {
    expect(similarity.of(ask, fact("near", near))).toBeGreaterThan(similarity.of(ask, fact("far", far)));
  });
  test("no table: nothing is alike", () => {
    expect(new SentenceSimilarity(undefined).of("who?", fact("f", "Someone."))).toBe(0);
  });
});
