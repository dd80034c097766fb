// The commands over the real knowledge base and engine: every reply renders within Discord's limits.
import { describe, expect, test } from "vitest";
import { commandsByName } from "../../src/commands/index.js";
import type { CommandContext } from "../../src/commands/types.js";
import { renderReply } from "../../src/discord/render.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { renderText } from "../../src/terminal/render.js";
import { limitViolations } from "../discord/limits-check.js";

const kb = loadKnowledgeBase();
const ctx: CommandContext = { engine: createEngine(kb), articles: kb.articles, story: kb.story };
const run = (name: string, options: Record<string, string | boolean>) => {
  const command = commandsByName.get(name);
  if (!command) throw new Error(name);
  return command.execute(options, ctx);
};

describe("commands over the real engine", () => {
  const cases: [string, Record<string, string | boolean>][] = [
    ["ask", { question: "Who leads Syria's side in the talks?" }],
    ["ask", { question: "What is the capital of France?" }],
    ["ask", { question: `@everyone **who** leads ${"very ".repeat(800)}syria?` }],
    ["who-leads", {}],
    ["who-leads", { side: "syria" }],
    ["who-leads", { side: "israel" }],
    ["who-leads", { side: "united-states" }],
    ["timeline", {}],
    ...ctx.engine.facts
      .flatMap((f) => f.topics)
      .filter((t, i, all) => all.indexOf(t) === i)
      .map((topic) => ["timeline", { topic }] as [string, Record<string, string>]),
    ["about", {}],
    ...ctx.engine.facts.map((f) => ["source", { fact: f.id }] as [string, Record<string, string>]),
  ];

  test.each(cases)("/%s %j renders within limits", (name, options) => {
    const reply = run(name, options);
    expect(limitViolations(renderReply(reply))).toEqual([]);
    expect(renderText(reply).length).toBeGreaterThan(0);
  });

  test("timeline: oldest first, every line cited", () => {
    const reply = run("timeline", {});
    const lines = reply.body.split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/\[\d+(, \d+)*\]$/);
  });

  test.each(["", "w", "who", "who leads", "golan", "x".repeat(300)])(
    "autocomplete for %j stays within limits",
    (typed) => {
      for (const [name, option] of [
        ["ask", "question"],
        ["source", "fact"],
      ] as const) {
        const choices = commandsByName.get(name)?.autocomplete?.({ name: option, value: typed }, ctx) ?? [];
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) {
          expect(c.name.length).toBeGreaterThan(0);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeGreaterThan(0);
          expect(c.value.length).toBeLessThanOrEqual(100);
        }
      }
    },
  );
});
