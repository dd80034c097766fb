// Of the facts that answer an ask and scored close together, the likest the ask leads (alike-first.ts).
import { describe, expect, test } from "vitest";
import { alikeFirst } from "../../src/engine/alike-first.js";
import type { Hit } from "../../src/engine/search.js";
import { fact } from "../commands/fixtures.js";

const hit = (id: string, score: number): Hit => ({
  fact: fact(id, `Statement ${id}.`),
  coverage: score,
  questionMatch: score,
  score,
});

describe("alikeFirst", () => {
  // [what, scores by fact, likeness by fact, the order after]
  test.each([
    ["the likest close fact leads, at the best score", { a: 0.7, b: 0.65 }, { a: 0.3, b: 0.5 }, ["b", "a"]],
    [
      "a fact likelier by less than the margin does not",
      { a: 0.7, b: 0.65 },
      { a: 0.3, b: 0.33 },
      ["a", "b"],
    ],
    ["the best-scored fact stays when it is the likest", { a: 0.7, b: 0.65 }, { a: 0.6, b: 0.4 }, ["a", "b"]],
    ["a fact under 0.8 of the best score is not close", { a: 0.8, b: 0.6 }, { a: 0.1, b: 0.9 }, ["a", "b"]],
    ["a fact under the answer threshold is not chosen", { a: 0.55, b: 0.45 }, { a: 0.1, b: 0.9 }, ["a", "b"]],
    ["nothing over the threshold: nothing reordered", { a: 0.45, b: 0.44 }, { a: 0.1, b: 0.9 }, ["a", "b"]],
    [
      "of three close facts the likest leads",
      { a: 0.7, b: 0.68, c: 0.66 },
      { a: 0.2, b: 0.3, c: 0.6 },
      ["c", "a", "b"],
    ],
  ])("%s", (_what, scores, likeness, order) => {
    const hits = Object.entries(scores).map(([id, score]) => hit(id, score));
    const likenessOf = likeness as Record<string, number>;
    const after = alikeFirst(hits, 0.5, (f) => likenessOf[f.id] ?? 0);
    expect(after.map((h) => h.fact.id)).toEqual(order);
    expect(after[0]?.score).toBe(hits[0]?.score);
  });

  test("likeness is not computed when no two facts are close", () => {
    const asked: string[] = [];
    alikeFirst([hit("a", 0.9), hit("b", 0.5)], 0.5, (f) => {
      asked.push(f.id);
      return 0;
    });
    expect(asked).toEqual([]);
  });
});
