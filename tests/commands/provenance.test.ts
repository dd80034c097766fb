// Provenance: /about and /source state each article's outlet, date and link as its article.json gives
// them, and say plainly what is unknown.
import { describe, expect, test } from "vitest";
import { commandsByName } from "../../src/commands/index.js";
import { provenanceLine } from "../../src/commands/replies/provenance.js";
import type { CommandContext } from "../../src/commands/types.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";

const kb = loadKnowledgeBase();
const ctx: CommandContext = { engine: createEngine(kb), articles: kb.articles, story: kb.story };
const run = (name: string, options: Record<string, string>) => {
  const command = commandsByName.get(name);
  if (!command) throw new Error(name);
  return command.execute(options, ctx);
};

const known = {
  title: "Talks begin",
  outlet: "Example Times",
  published: "2025-05-27",

  url: "https://example.com/talks",
};

test.each([
  [known, "“Talks begin”, Example Times, 27 May 2025 — https://example.com/talks"],
  [{ ...known, outlet: null }, "“Talks begin”, outlet not stated, 27 May 2025 — https://example.com/talks"],
  [{ ...known, url: null }, "“Talks begin”, Example Times, 27 May 2025 — no link known"],
  [
    { ...known, published: null, publishedNote: "The date is not stated." },
    "“Talks begin”, Example Times, The date is not stated. — https://example.com/talks",
  ],
])("provenanceLine(%o)", (article, line) => {
  expect(provenanceLine(article)).toBe(line);
});

describe("the shipped base", () => {
  test("every article.json states outlet, date and link (null meaning unknown), and /about shows them", () => {
    const about = run("about", {});
    for (const article of kb.articles) {
      expect(article).toHaveProperty("outlet");
      expect(article).toHaveProperty("url");
      expect(about.sections[0]?.lines).toContain(provenanceLine(article));
    }
  });

  test("/source names the article the fact comes from, with its provenance", () => {
    const fact = kb.facts[0];
    if (!fact) throw new Error("no facts");
    const reply = run("source", { fact: fact.id });
    const article = kb.articles.find((a) => a.id === fact.quotes[0]?.articleId);
    if (!article) throw new Error("no article");
    const section = reply.sections.find((s) => s.heading === "Article");
    expect(section?.lines).toEqual([provenanceLine(article)]);
    // The shipped article names no outlet and has no link: said plainly.
    expect(section?.lines[0]).toMatch(/outlet not stated/);
    expect(section?.lines[0]).toMatch(/no link known/);
  });
});
