import { describe, expect, test } from "vitest";
import { commands, commandsByName } from "../../src/commands/index.js";
import { answerReply } from "../../src/commands/replies/answer.js";
import { parseLine } from "../../src/terminal/parse.js";
import { helpText, renderText } from "../../src/terminal/render.js";
import { answerLine } from "../../src/terminal/terminal.js";
import { answered, ctx, israelUnnamed } from "../commands/fixtures.js";

describe("parseLine", () => {
  test.each([
    ["", { kind: "empty" }],
    ["   ", { kind: "empty" }],
    ["quit", { kind: "quit" }],
    ["/exit", { kind: "quit" }],
    ["/help", { kind: "help" }],
    ["/nope x", { kind: "unknown", name: "nope" }],
  ])("%j → %j", (line, expected) => {
    expect(parseLine(line, commandsByName)).toEqual(expected);
  });

  test.each([
    ["/who-leads side:syria", "who-leads", { side: "syria" }],
    ["/who-leads syria", "who-leads", { side: "syria" }],
    ["/who-leads", "who-leads", {}],
    ["/timeline topic:golan hide:true", "timeline", { topic: "golan", hide: true }],
    ["/ask who leads Syria? hide:yes", "ask", { question: "who leads Syria?", hide: true }],
    ["/ask question:what is a side:effect?", "ask", { question: "what is a side:effect?" }],
    ["/source fact:dalati-leads", "source", { fact: "dalati-leads" }],
    ["/about", "about", {}],
    ["Who leads Syria's side?", "ask", { question: "Who leads Syria's side?" }],
    ["/ASK Who?", "ask", { question: "Who?" }],
  ])("%j → /%s %j", (line, name, options) => {
    const parsed = parseLine(line, commandsByName);
    expect(parsed.kind).toBe("command");
    if (parsed.kind === "command") {
      expect(parsed.command.data.name).toBe(name);
      expect(parsed.options).toEqual(options);
    }
  });
});

describe("terminal rendering", () => {
  test("numbered citations with source and URL", () => {
    const text = renderText(answerReply(answered("q", [israelUnnamed]), false));
    expect(text).toContain("Israel's participants are unnamed. [1]");
    expect(text).toContain("[1] “Israeli participants unnamed.”");
    expect(text).toContain("— Reuters via Levant24 <https://x.com/Levant_24_/status/1>");
  });

  test("help lists every command", () => {
    const help = helpText(commands);
    for (const c of commands) expect(help).toContain(`/${c.data.name}`);
  });

  test("answerLine runs the same commands; quit ends", () => {
    expect(answerLine("/who-leads side:syria", ctx)).toContain("al-Dalati");
    expect(answerLine("/nope", ctx)).toContain("Unknown command /nope");
    expect(answerLine("quit", ctx)).toBeNull();
    expect(answerLine("", ctx)).toBe("");
  });
});
