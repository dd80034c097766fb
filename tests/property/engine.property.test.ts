// The engine under hostile questions: it never throws, stays within its own contract, cites only what the
// article says word for word, and answers the same question the same way every time.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { hostileText } from "./hostile.js";

const kb = loadKnowledgeBase();
const engine = createEngine(kb);
const articleText = kb.articles.map((a) => a.text).join("\n");
const NUM_RUNS = 300;

describe("engine.ask on hostile text", () => {
  test("never throws; answered → verbatim citations; no_answer → none; score in [0, 1]", () => {
    fc.assert(
      fc.property(hostileText, (question) => {
        const answer = engine.ask(question);
        expect(["answered", "no_answer"]).toContain(answer.status);
        expect(answer.score).toBeGreaterThanOrEqual(0);
        expect(answer.score).toBeLessThanOrEqual(1);
        for (const part of answer.parts) expect(typeof part.text).toBe("string");
        const citations = answer.parts.flatMap((p) => p.citations);
        if (answer.status === "answered") {
          expect(citations.length).toBeGreaterThan(0);
          for (const c of citations) expect(articleText).toContain(c.quote);
          for (const id of answer.factIds) expect(engine.fact(id)).toBeDefined();
        } else {
          expect(citations).toEqual([]);
        }
        for (const s of answer.suggestions) {
          expect(engine.fact(s.factId)).toBeDefined();
          expect(s.question.length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test("deterministic: the same question gets the same answer", () => {
    fc.assert(
      fc.property(hostileText, (question) => {
        expect(engine.ask(question)).toEqual(engine.ask(question));
      }),
      { numRuns: 100 },
    );
  });

  test("engine.suggest never throws and respects its limits", () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 1, max: 100 }),
        (partial, limit, maxLength) => {
          const choices = engine.suggest(partial, limit, maxLength);
          expect(choices.length).toBeLessThanOrEqual(limit);
          for (const c of choices) {
            expect(typeof c.name).toBe("string");
            expect([...c.value].length).toBeLessThanOrEqual(maxLength);
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  test("fact() with any id is a fact or undefined, never a throw", () => {
    fc.assert(
      fc.property(hostileText, (id) => {
        const fact = engine.fact(id);
        if (fact) expect(fact.id).toBe(id);
      }),
      { numRuns: 200 },
    );
  });
});
