// One engine for any story: a small base about a different subject (a town council's bridge vote, in
// tests/fixtures/other-story/) loads and runs every command with no code change, and nothing the bot
// says names the Israel–Syria story.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { commandsByName } from "../../src/commands/index.js";
import type { CommandContext } from "../../src/commands/types.js";
import { createEngine } from "../../src/engine/engine.js";
import { addArticle } from "../../src/knowledge/add.js";
import { checkKnowledgeBase, formatProblem, loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { PROJECT_ROOT } from "./tmp-kb.js";

const DIR = path.join(PROJECT_ROOT, "tests", "fixtures", "other-story");
const kb = loadKnowledgeBase(DIR);
const ctx: CommandContext = { engine: createEngine(kb), articles: kb.articles, story: kb.story };

function run(name: string, options: Record<string, string> = {}) {
  const command = commandsByName.get(name);
  if (!command) throw new Error(`no command ${name}`);
  const reply = command.execute(options, ctx);
  const text = [reply.title, reply.body, ...reply.sections.flatMap((s) => [s.heading, ...s.lines])].join(
    "\n",
  );
  return { reply, text };
}

test("the other story's base checks clean", () => {
  expect(checkKnowledgeBase(DIR).problems.map(formatProblem)).toEqual([]);
});

test("/ask answers from the other story, and abstains in its own words", () => {
  const { reply } = run("ask", { question: "How much will the bridge cost?" });
  expect(reply.body).toContain("12 million euros");
  const off = run("ask", { question: "Who won the football match?" });
  expect(off.reply.kind).toBe("abstain");
  expect(off.reply.body).toBe(kb.story.noAnswer);
});

test("/who-leads groups by the story's own sides, and the side option reads its labels and aliases", () => {
  const all = run("who-leads");
  expect(all.reply.sections.map((s) => s.heading)).toEqual(["Town council", "Residents' group"]);
  expect(run("who-leads", { side: "tc" }).text).toContain("Maria Keller");
  expect(run("who-leads", { side: "Residents' group" }).text).toContain("Tom Hale");
  const choices = commandsByName.get("who-leads")?.autocomplete?.({ name: "side", value: "" }, ctx) ?? [];
  expect(choices.map((c) => c.value)).toEqual(["council", "residents"]);
});

test("/timeline and /about use the story's topics, name and scope", () => {
  expect(run("timeline", { topic: "vote" }).reply.title).toBe("Timeline: The vote");
  const about = run("about");
  expect(about.reply.body).toBe(kb.story.scope);
  expect(about.text).toContain("Council approves the harbour bridge");
  expect(about.text).toContain("Cost and funding");
});

test("no reply about the other story mentions Israel or Syria", () => {
  const texts = [
    run("ask", { question: "Who leads the council?" }).text,
    run("ask", { question: "What is the capital of France?" }).text,
    run("ask", {}).text,
    run("who-leads").text,
    run("timeline").text,
    run("about").text,
  ];
  for (const text of texts) expect(text).not.toMatch(/Israel|Syria|May 2025/);
});

test("kb:add drafts an article of the other story: each side's lead from the story's own sides and labels", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kb-other-story-"));
  try {
    cpSync(DIR, dir, { recursive: true });
    const file = path.join(dir, "talks.txt");
    writeFileSync(
      file,
      [
        "Council and residents meet over the harbour bridge",
        "",
        "HARBOURTOWN, April 9, 2026 — The council's chair, Maria Keller, and the residents' leader, Tom Hale, held talks at the town hall on Wednesday about the harbour bridge.",
        "",
        "The meeting lasted two hours. Keller said the council would publish the costs.",
        "",
      ].join("\n"),
    );
    const added = addArticle(["--kb", dir, file]);
    expect(checkKnowledgeBase(dir).problems.map(formatProblem)).toEqual([]);
    const facts = loadKnowledgeBase(dir).facts.filter((f) => f.articleId === added.id);
    const leads = facts.filter((f) => f.side !== undefined).map((f) => [f.side, f.happened, f.statement]);
    expect(leads).toEqual([
      [
        "council",
        "2026-04-08",
        expect.stringMatching(
          /^Maria Keller, the council's chair, led Town council's side at the talks on 8 April 2026\.$/,
        ),
      ],
      [
        "residents",
        "2026-04-08",
        expect.stringMatching(
          /^Tom Hale, the residents' leader, led Residents' group's side at the talks on 8 April 2026\.$/,
        ),
      ],
    ]);
    for (const fact of facts) expect(fact.statement).not.toMatch(/Israel|Syria/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
