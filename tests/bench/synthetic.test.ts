// The synthetic knowledge bases the engine benchmark runs on: deterministic, the requested size, valid as a
// knowledge base (unique slug ids, known entities, schema-valid fields, every quote verbatim where its
// offset says), and still answering real questions with real facts. Correctness only: no timings here.
import { describe, expect, test } from "vitest";
import { parseArgs, replaceSection } from "../../bench/run.js";
import { pseudoVocabularySize, syntheticKnowledgeBase } from "../../bench/synthetic.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { factSchema } from "../../src/knowledge/schema.js";
import type { KnowledgeBase } from "../../src/knowledge/types.js";

const real: KnowledgeBase = loadKnowledgeBase();
const base = syntheticKnowledgeBase(real, 1_000, 7);

describe("syntheticKnowledgeBase", () => {
  test("is deterministic: the same seed gives the same base, another seed another", () => {
    expect(syntheticKnowledgeBase(real, 1_000, 7)).toEqual(base);
    const other = syntheticKnowledgeBase(real, 1_000, 8);
    expect(other.facts.map((f) => f.statement)).not.toEqual(base.facts.map((f) => f.statement));
  });

  test.each([real.facts.length, 1_000, 2_500])("has exactly %i facts with unique ids", (size) => {
    const kb = size === 1_000 ? base : syntheticKnowledgeBase(real, size, 7);
    expect(kb.facts).toHaveLength(size);
    expect(new Set(kb.facts.map((f) => f.id)).size).toBe(size);
  });

  test("keeps the real facts, articles, entities and lexicon", () => {
    expect(base.facts.slice(0, real.facts.length)).toEqual(real.facts);
    expect(base.articles).toBe(real.articles);
    expect(base.entities).toBe(real.entities);
    expect(base.lexicon).toBe(real.lexicon);
  });

  test("rejects a size smaller than the real base", () => {
    expect(() => syntheticKnowledgeBase(real, real.facts.length - 1)).toThrow(RangeError);
    expect(() => syntheticKnowledgeBase(real, 1_000.5)).toThrow(RangeError);
  });

  test("every fact is valid against the fact schema and names known entities", () => {
    const entityIds = new Set(real.entities.map((e) => e.id));
    for (const fact of base.facts) {
      const { articleId: _articleId, ...input } = fact;
      const parsed = factSchema.safeParse({ ...input, quotes: fact.quotes.map((q) => q.text) });
      expect(parsed.success, `${fact.id}: ${parsed.error?.message}`).toBe(true);
      for (const id of fact.entities) expect(entityIds.has(id), `${fact.id}: entity ${id}`).toBe(true);
    }
  });

  test("every quote stands verbatim in its article at its offset", () => {
    const texts = new Map(real.articles.map((a) => [a.id, a.text]));
    for (const fact of base.facts) {
      expect(fact.quotes.length).toBeGreaterThan(0);
      for (const quote of fact.quotes) {
        const text = texts.get(quote.articleId) ?? "";
        expect(text.slice(quote.offset, quote.offset + quote.text.length), fact.id).toBe(quote.text);
      }
    }
  });

  test("the vocabulary grows with the base (pseudo-words ∝ √facts)", () => {
    expect(pseudoVocabularySize(10_000)).toBeGreaterThan(3 * pseudoVocabularySize(1_000));
    const distinct = (kb: KnowledgeBase) =>
      new Set(kb.facts.flatMap((f) => f.statement.toLowerCase().match(/\p{L}+/gu) ?? [])).size;
    expect(distinct(syntheticKnowledgeBase(real, 4_000, 7))).toBeGreaterThan(distinct(base));
  });

  test("an engine on the 1,000-fact base still answers real questions with the real facts", () => {
    const engine = createEngine(base);
    const cases: Array<[string, string]> = [
      ["Who is leading Syria's side in the talks?", "syria-lead-al-dalati"],
      ["who is ahmad al-dalati", "al-dalati-role-position"],
    ];
    for (const [question, factId] of cases) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe("answered");
      expect(answer.factIds[0], question).toBe(factId);
      for (const citation of answer.parts.flatMap((p) => p.citations)) {
        expect(real.articles.some((a) => a.text.includes(citation.quote))).toBe(true);
      }
    }
    expect(engine.ask("Who won the 2022 World Cup?").status).toBe("no_answer");
  });
});

describe("bench runner", () => {
  test("replaces only its own section of the document, or appends it", () => {
    const doc = [
      "# Benchmarks",
      "",
      "## Engine",
      "",
      "Notes kept.",
      "<!-- bench:engine:start -->",
      "old",
      "<!-- bench:engine:end -->",
      "",
      "## End to end",
      "",
      "theirs",
      "",
    ].join("\n");
    const updated = replaceSection(doc, { id: "engine", title: "Engine" }, "new table");
    expect(updated).toContain(
      "Notes kept.\n<!-- bench:engine:start -->\nnew table\n<!-- bench:engine:end -->",
    );
    expect(updated).not.toContain("old");
    expect(updated.endsWith("## End to end\n\ntheirs\n")).toBe(true);
    const appended = replaceSection("# Benchmarks\n", { id: "other", title: "Other" }, "body");
    expect(appended).toBe(
      "# Benchmarks\n\n## Other\n\n<!-- bench:other:start -->\nbody\n<!-- bench:other:end -->\n",
    );
  });

  test("reads sections and --name=value options", () => {
    const { sections, options } = parseArgs(["engine", "--sizes=real,1k", "--no-fuse"]);
    expect(sections).toEqual(["engine"]);
    expect(options.get("sizes")).toBe("real,1k");
    expect(options.get("no-fuse")).toBe("true");
  });
});
