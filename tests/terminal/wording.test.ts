// The terminal's own wording over the real knowledge base: numbered suggestions that a number picks, fact
// ids shown, a short acknowledgement, the valid sides for an unknown one, no Discord-only instructions, and
// a clean exit line on Ctrl-C.
import { PassThrough } from "node:stream";
import { describe, expect, test } from "vitest";
import type { CommandContext } from "../../src/commands/types.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { runTerminal, TerminalSession } from "../../src/terminal/terminal.js";

const kb = loadKnowledgeBase();
const ctx: CommandContext = { engine: createEngine(kb), articles: kb.articles, story: kb.story };
const session = () => new TerminalSession(ctx);

/** Discord's instructions, which mean nothing at a prompt. */
const DISCORD_ONLY = /Pick a question below|Start typing|`fact` option|pick one from the list/;

describe("terminal wording", () => {
  test("suggestions are numbered with their fact ids, and typing a number answers with that fact", () => {
    const s = session();
    const abstained = s.answer("How tall is Ahmad al-Dalati?") ?? "";
    expect(abstained).toMatch(/Did you mean:\n {2}1\. .+ {2}\[[a-z0-9-]+\]\n {2}2\. /);
    expect(abstained).toMatch(/Type a number to pick one/);
    expect(abstained).not.toMatch(DISCORD_ONLY);
    const firstId = /1\. .+ {2}\[([a-z0-9-]+)\]/.exec(abstained)?.[1] ?? "";
    const fact = ctx.engine.fact(firstId);
    expect(fact).toBeDefined();
    const picked = s.answer("1") ?? "";
    expect(picked.startsWith(fact?.statement ?? "?")).toBe(true);
    expect(picked).toMatch(/Sources:\n {2}\[1\] “/);
    // The pick is used up: "1" again is a question like any other, not a second pick.
    expect(s.answer("1")).not.toBe(picked);
  });

  test("a number past the list says which numbers work", () => {
    const s = session();
    s.answer("How tall is Ahmad al-Dalati?");
    expect(s.answer("42")).toMatch(/^Type a number from 1 to \d, or ask a question\.\n$/);
  });

  test("/source without a known fact lists facts with ids; a number shows that fact's source", () => {
    const s = session();
    const listed = s.answer("/source") ?? "";
    expect(listed).toMatch(/Type a number below to see that fact, or \/source fact:<id>/);
    expect(listed).not.toMatch(DISCORD_ONLY);
    const secondId = /2\. .+ {2}\[([a-z0-9-]+)\]/.exec(listed)?.[1] ?? "";
    expect(ctx.engine.fact(secondId)).toBeDefined();
    expect(s.answer("2")).toMatch(new RegExp(`Passage \\[1\\][\\s\\S]*Fact id: ${secondId}\\n$`));
  });

  test.each(["thanks", "Thank you!", "ok", "thx 👍", "cheers", "thanks a lot"])(
    "%j gets a short acknowledgement",
    (line) => {
      expect(session().answer(line)).toBe("You're welcome.\n");
    },
  );

  test("thanks with a question still gets the answer", () => {
    expect(session().answer("thanks, who leads Syria's side?")).toMatch(/al-Dalati/);
  });

  test("/who-leads with a side the story lacks lists the sides instead of showing them all", () => {
    const text = session().answer("/who-leads side:turkey") ?? "";
    expect(text).toMatch(/There is no side “turkey”/);
    for (const side of ctx.story.sides) expect(text).toContain(`${side.id} (${side.label})`);
    expect(text).not.toMatch(/al-Dalati/);
    expect(session().answer("/who-leads side:Syria")).toMatch(/al-Dalati/);
  });

  test("/timeline never calls an undated event's date implied", () => {
    const text = session().answer("/timeline") ?? "";
    expect(text).toMatch(/not dated in the article — /);
    expect(text).not.toMatch(/not dated[^—\n]*\(date implied\)/);
  });

  test("/about reads as sentences, with no 'not stated, The' run-on", () => {
    const text = session().answer("/about") ?? "";
    expect(text).not.toMatch(/not stated, [A-Z]/);
  });
});

describe("leaving", () => {
  async function interactive(typed: string) {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = "";
    output.on("data", (d: Buffer) => {
      shown += d.toString();
    });
    const done = runTerminal({ ctx, input, output, interactive: true });
    input.write(typed);
    await done;
    return shown;
  }

  test("Ctrl-C in the middle of a typed line ends on a line of its own", async () => {
    const shown = await interactive("who lea\x03");
    expect(shown.endsWith("who lea\nBye.\n")).toBe(true);
  });

  test("the first lines name the process, for kb:publish --pid and kill -HUP", async () => {
    const shown = await interactive("quit\r");
    expect(shown).toContain(`(pid ${process.pid}: kill -HUP ${process.pid} reloads the knowledge base)\n`);
  });

  test("quit says goodbye once, on its own line", async () => {
    const shown = await interactive("quit\r");
    expect(shown.endsWith("quit\r\nBye.\n")).toBe(true);
    expect(shown.match(/Bye\./g)).toHaveLength(1);
  });
});
