import { readFileSync } from "node:fs";
import path from "node:path";
import { ApplicationCommandOptionType, InteractionContextType, MessageFlags } from "discord.js";
import { describe, expect, test } from "vitest";
import { usage } from "../../src/commands/about.js";
import { ask, askQuestion } from "../../src/commands/ask.js";
import {
  commands,
  commandsByName,
  isServerOnly,
  registry,
  serverCommands,
} from "../../src/commands/index.js";
import { clampChoices } from "../../src/commands/options.js";
import type { Command } from "../../src/commands/types.js";
import { parseSide } from "../../src/commands/who-leads.js";
import { renderReply, toInteractionPayload } from "../../src/discord/render.js";
import { MAX_QUESTION_LENGTH } from "../../src/engine/question-length.js";
import { PROJECT_ROOT } from "../../src/shared/project-root.js";
import { limitViolations } from "../discord/limits-check.js";
import { ctx, FACTS, fakeEngine, story } from "./fixtures.js";

const get = (name: string): Command => {
  const command = commandsByName.get(name);
  if (!command) throw new Error(`no command ${name}`);
  return command;
};

describe("command definitions", () => {
  test.each(commands.map((c) => [c.data.name, c] as const))(
    "/%s is a valid chat-input command",
    (_name, command) => {
      expect(command.data.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(command.data.description.length).toBeGreaterThan(0);
      expect(command.data.description.length).toBeLessThanOrEqual(100);
      const options = command.data.options ?? [];
      expect(options.length).toBeLessThanOrEqual(25);
      // Required options must come first.
      const firstOptional = options.findIndex((o) => !("required" in o && o.required));
      if (firstOptional !== -1)
        expect(options.slice(firstOptional).every((o) => !("required" in o && o.required))).toBe(true);
      const hide = options.find((o) => o.name === "hide");
      expect(hide?.type).toBe(ApplicationCommandOptionType.Boolean);
      for (const option of options) {
        expect(option.description.length).toBeLessThanOrEqual(100);
        if ("choices" in option && option.choices) expect(option.choices.length).toBeLessThanOrEqual(25);
      }
    },
  );

  test("the registry: unique names; the terminal's set is every command not declared server-only", () => {
    const names = registry.map((c) => c.data.name);
    expect(new Set(names).size).toBe(names.length);
    expect(commands).toEqual(registry.filter((c) => !isServerOnly(c)));
    expect(serverCommands.length).toBeGreaterThan(0);
    for (const c of serverCommands) {
      expect(c.data.contexts).toEqual([InteractionContextType.Guild]);
      expect(commandsByName.has(c.data.name)).toBe(false);
    }
    expect(commandsByName.get("ask")).toBe(ask);
  });

  test("the README's command table has a row for each command of the registry, and no other", () => {
    // Adding a command is its module, a line in the registry and this row: everything else derives from the
    // registry, and this test keeps the README's table with it.
    const readme = readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("## What it answers"), readme.indexOf("Every command takes"));
    const documented = new Set([...table.matchAll(/^\| `\/([-\w]+)/gm)].map((m) => m[1]));
    expect(documented).toEqual(new Set(registry.map((c) => c.data.name)));
  });

  test("/about lists every read-only command that gives a line, with its usage, and nothing else", () => {
    const reply = get("about").execute({}, ctx);
    const listed = reply.sections.find((s) => s.heading === "Commands")?.lines ?? [];
    const expected = commands.filter((c) => c.about).map((c) => `${usage(c)} — ${c.about?.(story)}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(listed.slice(0, -1)).toEqual(expected);
    expect(listed).toContain("/who-leads [side] — who leads or represents Syria, Israel, United States");
    for (const c of serverCommands) expect(listed.join("\n")).not.toContain(`/${c.data.name}`);
  });
});

describe("every command's payload", () => {
  const cases: [string, Record<string, string | boolean>][] = [
    ["ask", { question: "Who leads Syria's side?" }],
    ["ask", { question: "What's the weather?" }],
    ["who-leads", {}],
    ["who-leads", { side: "syria" }],
    ["who-leads", { side: "united-states" }],
    ["timeline", {}],
    ["timeline", { topic: "golan" }],
    ["source", { fact: "dalati-leads" }],
    ["source", { fact: "no such thing at all" }],
    ["about", {}],
  ];
  test.each(cases)("/%s %j: within limits, no mentions, hide → ephemeral", (name, options) => {
    for (const hide of [false, true]) {
      const reply = get(name).execute({ ...options, hide }, ctx);
      const message = renderReply(reply);
      expect(limitViolations(message)).toEqual([]);
      const payload = toInteractionPayload(message);
      expect(payload.allowedMentions).toEqual({ parse: [] });
      expect(payload.flags === MessageFlags.Ephemeral).toBe(hide);
      // Every citation number used in the text is a citation we carry, and every citation is used.
      const text = [reply.body, ...reply.sections.flatMap((s) => [s.heading, ...s.lines])].join("\n");
      const used = [...text.matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap((m) =>
        (m[1] ?? "").split(", ").map(Number),
      );
      // (/about cites nothing: its "[1], [2] …" describes how answers cite.)
      if (reply.citations.length > 0)
        expect(new Set(used)).toEqual(new Set(reply.citations.map((_, i) => i + 1)));
    }
  });
});

describe("/who-leads", () => {
  test.each([
    ["syria", "syria"],
    ["Syria", "syria"],
    ["united states", "united-states"],
    ["US", "united-states"],
    ["mars", undefined],
    [undefined, undefined],
  ])("parseSide(%j) = %j", (input, expected) => {
    expect(parseSide(input, story)).toBe(expected);
  });

  test("without a side, every side in one reply with its citations", () => {
    const reply = get("who-leads").execute({}, ctx);
    expect(reply.sections.map((s) => s.heading)).toEqual(["Syria", "Israel"]);
    expect(reply.citations.length).toBe(3);
  });

  test("one side only", () => {
    const reply = get("who-leads").execute({ side: "syria" }, ctx);
    expect(reply.body).toContain("al-Dalati");
    expect(reply.body).not.toContain("Israel's participants");
  });
});

describe("/timeline", () => {
  test("oldest first, dated as given, implied dates marked, each line cited", () => {
    const reply = get("timeline").execute({}, ctx);
    const lines = reply.body.split("\n");
    expect(lines[0]).toMatch(/^1967 — /);
    expect(lines[1]).toMatch(/^in December \(date implied\) — /);
    for (const line of lines) expect(line).toMatch(/\[\d+(, \d+)*\]$/);
  });

  test("restricted to a topic", () => {
    const reply = get("timeline").execute({ topic: "golan" }, ctx);
    expect(reply.body.split("\n")).toHaveLength(1);
    expect(reply.title).toContain("Golan");
  });
});

describe("/ask", () => {
  test("abstention explains and offers did-you-mean", () => {
    const reply = get("ask").execute({ question: "What's the weather?" }, ctx);
    expect(reply.kind).toBe("abstain");
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(reply.citations).toEqual([]);
  });

  test("autocomplete: at most 25 choices, names and values at most 100 characters", () => {
    const long = "x".repeat(250);
    const engine = fakeEngine({
      suggest: () =>
        Array.from({ length: 60 }, (_, i) => ({ name: `${long} ${i}`, value: `${i} ${"word ".repeat(40)}` })),
    });
    const choices = get("ask").autocomplete?.({ name: "question", value: "who" }, { ...ctx, engine }) ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeGreaterThan(0);
    }
  });

  test("one length cap: the option declares what the engine is handed, a longer question is cut to it", () => {
    const asked: string[] = [];
    const engine = fakeEngine({
      answer: (q) => {
        asked.push(q);
        return fakeEngine().ask(q);
      },
    });
    const option = get("ask").data.options?.find((o) => o.name === "question");
    expect(option && "max_length" in option ? option.max_length : undefined).toBe(MAX_QUESTION_LENGTH);
    const long = `who leads ${"a".repeat(MAX_QUESTION_LENGTH * 2)}?`;
    get("ask").execute({ question: long }, { ...ctx, engine });
    const { answer } = askQuestion({ engine }, long, false);
    expect(asked.map((q) => q.length)).toEqual([MAX_QUESTION_LENGTH, MAX_QUESTION_LENGTH]);
    expect(answer.question).toBe(long.slice(0, MAX_QUESTION_LENGTH));
  });

  test("a 4000-character question is accepted", () => {
    const reply = get("ask").execute({ question: `who leads ${"a".repeat(4000)}?` }, ctx);
    expect(limitViolations(renderReply(reply))).toEqual([]);
  });
});

describe("/source", () => {
  test("shows the passage around the quote and its attribution", () => {
    const reply = get("source").execute({ fact: "dalati-leads" }, ctx);
    expect(reply.sections[0]?.lines[0]).toBe(
      "Ahmad al-Dalati leads Syria's side. He is governor of Quneitra.",
    );
    expect(reply.citations.map((c) => c.quote)).toEqual([
      "Ahmad al-Dalati leads Syria's side.",
      "He is governor of Quneitra.",
    ]);
  });

  test("free text naming one fact resolves to it", () => {
    expect(get("source").execute({ fact: "Golan since 1967" }, ctx).footer).toBe("Fact id: golan-1967");
  });

  test("autocomplete over facts: ≤ 25, names ≤ 100, values are fact ids", () => {
    const many = Array.from({ length: 80 }, (_, i) => ({
      ...FACTS[0],
      id: `fact-${i}`,
      statement: "s".repeat(300),
    }));
    const engine = { ...fakeEngine(), facts: many as typeof FACTS };
    const choices = get("source").autocomplete?.({ name: "fact", value: "" }, { ...ctx, engine }) ?? [];
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value).toMatch(/^fact-\d+$/);
    }
    const filtered = get("source").autocomplete?.({ name: "fact", value: "quneitra" }, ctx) ?? [];
    expect(filtered.map((c) => c.value)).toEqual(["dalati-leads"]);
    // A misspelt word matches no fact as typed: the closest facts are offered instead of nothing.
    const misspelt = get("source").autocomplete?.({ name: "fact", value: "qunietra" }, ctx) ?? [];
    expect(misspelt.map((c) => c.value)).toContain("dalati-leads");
    expect(get("source").autocomplete?.({ name: "fact", value: "zzzzzzzz" }, ctx) ?? []).toEqual([]);
    // Long text that matches nothing is not handed to fuse.js (its cost grows with the length typed).
    const long = `qunietra ${"z".repeat(40)}`;
    expect(get("source").autocomplete?.({ name: "fact", value: long }, ctx) ?? []).toEqual([]);
  });
});

describe("clampChoices", () => {
  test.each([
    [[{ name: "", value: "x" }], []],
    [[{ name: "a", value: "" }], []],
    [[{ name: "a", value: "v".repeat(101) }], []],
    [
      [
        { name: "a", value: "same" },
        { name: "b", value: "same" },
      ],
      [{ name: "a", value: "same" }],
    ],
    [[{ name: "multi\nline   name", value: "v" }], [{ name: "multi line name", value: "v" }]],
  ])("%j → %j", (input, expected) => {
    expect(clampChoices(input)).toEqual(expected);
  });
});
