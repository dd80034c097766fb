// Time-aware answers on a small two-article base (the town council story of tests/fixtures/other-story
// plus a later article in which the council changes chair): "now" gets the newer fact with the older
// one shown as earlier, "first" and "in March" get the older one, and nothing is merged into one statement.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { commandsByName } from "../../src/commands/index.js";
import { answerReply } from "../../src/commands/replies/answer.js";
import type { CommandContext } from "../../src/commands/types.js";
import { createEngine } from "../../src/engine/engine.js";
import { timeIntentOf } from "../../src/engine/time-intent.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { addArticle, PROJECT_ROOT } from "../knowledge/tmp-kb.js";
import { textOf } from "./parts.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "kb-time-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(path.join(PROJECT_ROOT, "tests", "fixtures", "other-story"), dir, { recursive: true });
const LATER = "new-council-chair";
const TEXT =
  "New chair for the council\nHARBOURTOWN, April 20, 2026 — Jonas Brandt now chairs the town council after Maria Keller stepped down.\n";
addArticle(dir, {
  id: LATER,
  title: "New chair for the council",
  published: "2026-04-20",
  text: TEXT,
  facts: [
    {
      id: "brandt-leads-council",
      statement: "Jonas Brandt chairs the town council since Maria Keller stepped down.",
      quotes: ["Jonas Brandt now chairs the town council after Maria Keller stepped down."],
      entities: ["jonas-brandt", "maria-keller"],
      topics: ["vote"],
      questions: ["Who leads the council?"],
      kinds: ["who"],
      side: "council",
      timeline: { when: "20 April 2026", sort: "2026-04-20", implied: false },
    },
  ],
});
// The new chair is a person of the base, as a curator would add him.
const ENTITIES = path.join(dir, "entities.json");
const entities = JSON.parse(readFileSync(ENTITIES, "utf8")) as { entities: unknown[] };
entities.entities.push({
  id: "jonas-brandt",
  name: "Jonas Brandt",
  kind: "person",
  aliases: ["Brandt"],
  description: "Chairs the town council from April 2026.",
});
writeFileSync(ENTITIES, JSON.stringify(entities));
const engine = createEngine(loadKnowledgeBase(dir));

describe("a question about who leads", () => {
  test("with no time word, the newer report answers and the older is shown as earlier, with its date", () => {
    const answer = engine.ask("Who leads the council?");
    expect(answer.factIds[0]).toBe("brandt-leads-council");
    const reply = answerReply(answer, false);
    expect(reply.body).toMatch(
      /^Jonas Brandt chairs the town council.*\[1\] Earlier \(reported 3 March 2026\): Mayor Maria Keller chairs the town council\. \[2\]$/,
    );
    expect(reply.citations.map((c) => c.factId)).toEqual(["brandt-leads-council", "keller-leads-council"]);
  });

  test.each(["Who leads the council now?", "who is currently leading the council?"])(
    "%j → the current chair",
    (question) => {
      expect(engine.ask(question).factIds[0]).toBe("brandt-leads-council");
    },
  );

  test.each([
    "Who first led the council?",
    "Who led the council originally?",
    "who led the council in March?",
  ])("%j → the earlier chair, and the newer one is not merged in", (question) => {
    const answer = engine.ask(question);
    expect(answer.factIds[0]).toBe("keller-leads-council");
    expect(textOf(answer)).not.toContain("Brandt");
  });
});

test.each([
  ["who leads syria's side now?", { kind: "latest" }],
  ["is the quneitra governor still leading?", { kind: "latest" }],
  ["where were the latest talks held?", { kind: "latest" }],
  ["who's mediating these days", { kind: "latest" }],
  // "rn" is chat "right now".
  ["who's mediating rn", { kind: "latest" }],
  ["when did they last meet", { kind: "latest" }],
  ["who led syria's side in the first talks?", { kind: "earliest" }],
  ["who originally led the talks", { kind: "earliest" }],
  ["who led the talks when they began?", { kind: "earliest" }],
  // "Since the talks began" is the time from then on, not the first of anything.
  ["has chile cut its strikes since the talks began?", null],
  ["did the raids stop after the new round began", null],
  ["what was on the agenda in august", { kind: "period", month: "08", year: null }],
  ["what came out of the amman meeting on aug 12", { kind: "period", month: "08", year: null, day: "12" }],
  ["what happened on 3 march?", { kind: "period", month: "03", year: null, day: "03" }],
  ["what happened on 19 August 2025", { kind: "period", month: "08", year: "2025", day: "19" }],
  ["what happened in July 2025", { kind: "period", month: "07", year: "2025" }],
  ["how long did the july paris meeting last", { kind: "period", month: "07", year: null }],
  ["how long did the meeting last?", null],
  ["how long did the last meeting go on?", { kind: "latest" }],
  ["were the may talks in paris too?", { kind: "period", month: "05", year: null }],
  ["who leads syria's side?", null],
  ["how many people died last week", null],
])("timeIntentOf(%j)", (question, expected) => {
  expect(timeIntentOf(question)).toEqual(expected);
});

describe("the commands over two reports", () => {
  const kb = loadKnowledgeBase(dir);
  const ctx: CommandContext = { engine, articles: kb.articles, story: kb.story };
  const run = (name: string, options: Record<string, string> = {}) => {
    const reply = commandsByName.get(name)?.execute(options, ctx);
    if (!reply) throw new Error(`no command ${name}`);
    return reply;
  };

  test("/who-leads: the current lead first, the earlier one after it with its date", () => {
    const reply = run("who-leads", { side: "council" });
    expect(reply.body.split("\n")).toEqual([
      "Jonas Brandt chairs the town council since Maria Keller stepped down. [1]",
      "Earlier (reported 3 March 2026): Mayor Maria Keller chairs the town council. [2]",
    ]);
    const all = run("who-leads");
    expect(all.sections[0]?.lines[0]).toMatch(/^Jonas Brandt/);
    expect(all.sections[0]?.lines[1]).toMatch(/^Earlier \(reported 3 March 2026\)/);
  });

  test("/about lists both articles with their dates, oldest first", () => {
    const sources = run("about").sections[0];
    expect(sources?.heading).toBe("Source articles");
    expect(sources?.lines[0]).toMatch(
      /^“Council approves the harbour bridge”, Harbourtown Gazette, 3 March 2026/,
    );
    expect(sources?.lines[1]).toMatch(/^“New chair for the council”, outlet not stated, 20 April 2026/);
  });

  test("/timeline merges the articles, each entry citing its own article", () => {
    const reply = run("timeline");
    expect(reply.body.split("\n")).toEqual([
      expect.stringMatching(/^Monday, 2 March 2026 \(date implied\) — The town council voted/),
      expect.stringMatching(/^20 April 2026 — Jonas Brandt chairs/),
    ]);
    expect(reply.citations.map((c) => c.source)).toEqual([
      "Council approves the harbour bridge (section: Introduction)",
      "New chair for the council (section: Introduction)",
    ]);
  });
});
