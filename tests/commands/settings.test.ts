// /settings and /kb as pure commands over a real store (SQLite in a temporary folder): who may do what,
// and what each subcommand changes. Option flattening (subcommand paths) is tested here too.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type CommandInteractionOption, PermissionFlagsBits } from "discord.js";
import { describe, expect, test } from "vitest";
import { kb } from "../../src/commands/kb.js";
import { settings } from "../../src/commands/settings.js";
import type { Caller, CommandContext, CommandOptions } from "../../src/commands/types.js";
import { optionsOf, questionOf } from "../../src/discord/interactions.js";
import { createEngine } from "../../src/engine/engine.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import { openDatabase } from "../../src/storage/database.js";
import { BotStore } from "../../src/storage/store.js";

const base = loadKnowledgeBase();
const G = "10";
const CHANNELS: Record<string, string> = { "1": "qa", "2": "questions" };

function context(): CommandContext {
  const store = new BotStore(openDatabase(mkdtempSync(path.join(tmpdir(), "settings-"))), {
    retentionDays: 90,
    defaultQaChannelIds: ["1"],
  });
  return {
    engine: createEngine(base),
    articles: base.articles,
    story: base.story,
    store,
    messageContent: true,
  };
}

function caller(permissions: bigint | null, guildId: string | null = G): Caller {
  return { userId: "u", guildId, permissions, channelName: (id) => CHANNELS[id] };
}

const MANAGE = PermissionFlagsBits.ManageGuild;
const run = (ctx: CommandContext, options: CommandOptions, who: Caller) =>
  settings.execute(options, ctx, who).body;

describe("/settings", () => {
  test.each([
    ["outside a server", caller(null, null), /server only/],
    ["without Manage Server", caller(PermissionFlagsBits.SendMessages), /Manage Server/],
  ])("refused %s", (_what, who, message) => {
    const ctx = context();
    expect(run(ctx, { subcommand: "qa-channels add", channel: "2" }, who)).toMatch(message);
    expect([...(ctx.store?.qaChannels(G) ?? [])]).toEqual(["1"]);
  });

  test("add, list, remove, logging — with Manage Server, or as an administrator", () => {
    const ctx = context();
    expect(run(ctx, { subcommand: "qa-channels add", channel: "2" }, caller(MANAGE))).toMatch(
      /Added #questions/,
    );
    expect(run(ctx, { subcommand: "qa-channels add", channel: "2" }, caller(MANAGE))).toMatch(/already/);
    const list = settings.execute(
      { subcommand: "qa-channels list" },
      ctx,
      caller(PermissionFlagsBits.Administrator),
    );
    expect(list.sections[0]?.lines).toEqual(["#qa (1)", "#questions (2)"]);
    expect(run(ctx, { subcommand: "qa-channels remove", channel: "1" }, caller(MANAGE))).toMatch(
      /Removed #qa/,
    );
    expect(run(ctx, { subcommand: "qa-channels remove", channel: "1" }, caller(MANAGE))).toMatch(/was not/);
    expect([...(ctx.store?.qaChannels(G) ?? [])]).toEqual(["2"]);
    expect(run(ctx, { subcommand: "logging", state: "off" }, caller(MANAGE))).toMatch(/Logging is off/);
    expect(ctx.store?.loggingEnabled(G)).toBe(false);
  });

  test("adding a channel without the Message Content intent says a restart is needed", () => {
    const ctx = { ...context(), messageContent: false };
    expect(run(ctx, { subcommand: "qa-channels add", channel: "2" }, caller(MANAGE))).toMatch(/restarted/);
  });
});

describe("/kb", () => {
  test("reload needs Administrator; gaps needs Manage Server", () => {
    const ctx = { ...context(), reload: () => ({ ok: true as const, articles: 1, facts: 2 }) };
    expect(kb.execute({ subcommand: "reload" }, ctx, caller(MANAGE)).body).toMatch(/Administrator/);
    expect(kb.execute({ subcommand: "reload" }, ctx, caller(PermissionFlagsBits.Administrator)).body).toMatch(
      /reloaded: 1 article\(s\), 2 facts/,
    );
    expect(kb.execute({ subcommand: "gaps" }, ctx, caller(PermissionFlagsBits.SendMessages)).body).toMatch(
      /Manage Server/,
    );
    expect(kb.execute({ subcommand: "gaps" }, ctx, caller(MANAGE)).title).toBe("Knowledge gaps");
  });

  test("a refused reload shows kb:check's lines", () => {
    const ctx = {
      ...context(),
      reload: () => ({ ok: false as const, problems: ["kb:check: 1 problem in /x", "a.json: bad"] }),
    };
    const reply = kb.execute({ subcommand: "reload" }, ctx, caller(PermissionFlagsBits.Administrator));
    expect(reply.sections[0]?.lines).toEqual(["kb:check: 1 problem in /x", "a.json: bad"]);
  });
});

const opt = (o: Partial<CommandInteractionOption> & { name: string; type: number }) =>
  o as CommandInteractionOption;

test.each([
  [[opt({ name: "question", type: 3, value: "Who?" })], { question: "Who?" }],
  [
    [
      opt({
        name: "qa-channels",
        type: 2,
        options: [opt({ name: "add", type: 1, options: [opt({ name: "channel", type: 7, value: "5" })] })],
      }),
    ],
    { subcommand: "qa-channels add", channel: "5" },
  ],
  [
    [opt({ name: "logging", type: 1, options: [opt({ name: "state", type: 3, value: "off" })] })],
    { subcommand: "logging", state: "off" },
  ],
])("optionsOf flattens %j", (data, expected) => {
  expect(optionsOf(data)).toEqual(expected);
});

test.each([
  ["ask", { question: "Who leads?", hide: true }, "Who leads?"],
  ["who-leads", { side: "syria", hide: false }, "/who-leads side:syria"],
  ["timeline", {}, "/timeline"],
])("questionOf(%s, %j) = %j", (name, options, question) => {
  expect(questionOf(name, options)).toBe(question);
});
