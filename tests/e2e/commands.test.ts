// The shipped bot (`node dist/src/main.js`, one process for the file) against the Discord stand-in: every
// command and option, autocomplete, `hide`, free text in each way it can reach the bot, deploy-commands as
// a child process, and the token in no log line and no body. Assertions are on the recorded REST bodies.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { commandPayload, commands, registry } from "../../src/commands/index.js";
import { loadKnowledgeBase } from "../../src/knowledge/loader.js";
import type { RecordedRequest, SentMessage } from "../support/discord-stand-in.js";
import {
  asRecord,
  callbacksById,
  channelRepliesByReference,
  citationCount,
  DEPLOY,
  type E2E,
  messageOf,
  messageProblems,
  person,
  reactionsByMessage,
  secretLeaks,
  startE2E,
  visibleText,
  within,
} from "./harness.js";

const EPHEMERAL = 64;
let e: E2E;
let deployOutput = "";

beforeAll(async () => {
  // trace: every discord.js debug line reaches the log too, so the secrets check sees all of it.
  e = await startE2E({ env: { LOG_LEVEL: "trace", GUILD_ID: "" } });
}, 30_000);

afterAll(async () => {
  const code = await e?.close();
  // SIGTERM is the documented clean stop: exit 0.
  expect(code).toBe(0);
});

/** Sends a command, waits for its callback, checks the body meets every limit, returns the message. */
async function command(
  name: string,
  options: Record<string, string | number | boolean> = {},
): Promise<{ message: Record<string, unknown>; request: RecordedRequest; id: string }> {
  const sent = e.s.sendInteraction({ kind: "command", name, options, user: person() });
  const request = await sent.reply;
  expect(request.status, JSON.stringify(request.response)).toBeLessThan(300);
  expect(asRecord(request.body).type).toBe(4);
  const message = messageOf(request);
  expect(messageProblems(message, "interaction")).toEqual([]);
  expect(callbacksById(e.s.requests).get(sent.id)).toHaveLength(1);
  return { message, request, id: sent.id };
}

const flagsOf = (message: Record<string, unknown>) => (typeof message.flags === "number" ? message.flags : 0);

describe("slash commands", () => {
  test.each([
    ["syria", /Dalati/],
    ["israel", /Israel/],
    ["united-states", /United States|U\.S\./],
  ])("/who-leads side:%s cites the article", async (side, pattern) => {
    const { message } = await command("who-leads", { side });
    expect(visibleText(message)).toMatch(pattern);
    expect(citationCount(message)).toBeGreaterThan(0);
    expect(flagsOf(message) & EPHEMERAL).toBe(0);
  });

  test("/who-leads with no side groups every side", async () => {
    const { message } = await command("who-leads");
    const text = visibleText(message);
    expect(text).toMatch(/\*\*Syria\*\*/);
    expect(text).toMatch(/\*\*Israel\*\*/);
    expect(citationCount(message)).toBeGreaterThan(1);
  });

  test("/timeline with no topic: dated, oldest first, cited", async () => {
    const { message } = await command("timeline");
    expect(visibleText(message)).toMatch(/2025/);
    expect(citationCount(message)).toBeGreaterThan(0);
  });

  test("/timeline with every topic choice answers within limits", async () => {
    for (const { id: topic } of loadKnowledgeBase().story.topics) {
      const { message } = await command("timeline", { topic });
      const title = String(asRecord(asRecord(message).embeds && (message.embeds as unknown[])[0]).title);
      expect(title).toMatch(/^Timeline/);
    }
  });

  test("/ask: an answer with numbered verbatim citations; off-topic abstains", async () => {
    const answered = await command("ask", { question: "Who leads Syria's side?" });
    expect(visibleText(answered.message)).toMatch(/Dalati/);
    expect(citationCount(answered.message)).toBeGreaterThan(0);

    const abstained = await command("ask", { question: "Who won the Premier League?" });
    expect(visibleText(abstained.message)).toMatch(/can't answer/i);
    expect(citationCount(abstained.message)).toBe(0);
  });

  test("/source by fact id and by free text; an unknown fact says so", async () => {
    const byId = await command("source", { fact: "syria-lead-al-dalati" });
    expect(visibleText(byId.message)).toMatch(/Passage \[1\]/);
    expect(citationCount(byId.message)).toBeGreaterThan(0);

    const byText = await command("source", { fact: "al-Dalati" });
    expect(citationCount(byText.message)).toBeGreaterThan(0);

    const unknown = await command("source", { fact: "zzzz qqqq" });
    expect(visibleText(unknown.message)).toMatch(/No such fact/);
  });

  test("/about names the source article", async () => {
    const { message } = await command("about");
    expect(visibleText(message)).toMatch(/Source article/);
  });

  test("hide:true → the ephemeral flag (64) on every command; hide:false → none", async () => {
    // Every read-only command of the registry, its required options filled in.
    const examples: Record<string, string> = {
      question: "Who leads Syria's side?",
      fact: "syria-lead-al-dalati",
    };
    const cases = commands.map((c): [string, Record<string, string>] => {
      const options: Record<string, string> = {};
      for (const o of c.data.options ?? []) {
        if (!("required" in o && o.required)) continue;
        const example = examples[o.name];
        if (example === undefined) throw new Error(`no example value for /${c.data.name} ${o.name}`);
        options[o.name] = example;
      }
      return [c.data.name, options];
    });
    for (const [name, options] of cases) {
      const hidden = await command(name, { ...options, hide: true });
      expect(flagsOf(hidden.message) & EPHEMERAL, name).toBe(EPHEMERAL);
      const shown = await command(name, { ...options, hide: false });
      expect(flagsOf(shown.message) & EPHEMERAL, name).toBe(0);
    }
  });
});

describe("autocomplete", () => {
  async function choices(name: string, options: Record<string, string>) {
    const sent = e.s.sendInteraction({ kind: "autocomplete", name, options, user: person() });
    const request = await sent.reply;
    expect(request.status, JSON.stringify(request.response)).toBeLessThan(300);
    const body = asRecord(request.body);
    expect(body.type).toBe(8);
    const list = asRecord(body.data).choices as Array<{ name: string; value: string }>;
    expect(list.length).toBeLessThanOrEqual(25);
    for (const c of list) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    return list;
  }

  test("/ask suggests questions for what is typed, and for nothing typed", async () => {
    expect((await choices("ask", { question: "who lea" })).length).toBeGreaterThan(0);
    await choices("ask", { question: "" });
    await choices("ask", { question: "x".repeat(1000) });
  });

  test("/source offers fact ids that /source accepts", async () => {
    const list = await choices("source", { fact: "dalati" });
    expect(list.length).toBeGreaterThan(0);
    const first = list[0];
    if (!first) throw new Error("no choice");
    const { message } = await command("source", { fact: first.value });
    expect(citationCount(message)).toBeGreaterThan(0);
  });
});

describe("free text", () => {
  const botMention = () => ({ id: e.s.botUser.id, username: e.s.botUser.username });

  async function channelReply(sent: SentMessage): Promise<Record<string, unknown>> {
    const request = await sent.reply;
    expect(request.status, JSON.stringify(request.response)).toBeLessThan(300);
    const message = asRecord(request.body);
    expect(messageProblems(message, "channel")).toEqual([]);
    return message;
  }

  /**
   * Proves a message got no answer without a fixed sleep: the bot handles gateway events in order, so once
   * a later question in the Q&A channel is answered, any reply or reaction to the earlier one would exist.
   */
  async function expectIgnored(messageId: string): Promise<void> {
    const barrier = e.s.sendMessage({
      content: "Who leads Israel's side?",
      channelId: e.qaChannelId,
      author: person(),
    });
    await channelReply(barrier);
    expect(channelRepliesByReference(e.s.requests).get(messageId)).toBeUndefined();
    expect(reactionsByMessage(e.s.requests).get(messageId)).toBeUndefined();
    expect(
      e.s.requests.filter((r) => r.path.includes(`/messages/${messageId}`)),
      "any request about the message",
    ).toEqual([]);
  }

  test("a question in the Q&A channel is answered, cited, pinging nobody", async () => {
    const message = await channelReply(
      e.s.sendMessage({ content: "Who leads Syria's side?", channelId: e.qaChannelId, author: person() }),
    );
    expect(citationCount(message)).toBeGreaterThan(0);
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test("a mention in another channel is answered", async () => {
    const message = await channelReply(
      e.s.sendMessage({
        content: `<@${e.s.botUser.id}> who leads Syria's side?`,
        channelId: e.otherChannelId,
        author: person(),
        mentions: [botMention()],
      }),
    );
    expect(visibleText(message)).toMatch(/Dalati/);
  });

  test("a reply to the bot's message is answered", async () => {
    const first = e.s.sendMessage({
      content: `<@${e.s.botUser.id}> who leads Syria's side?`,
      channelId: e.otherChannelId,
      author: person(),
      mentions: [botMention()],
    });
    const botMessageId = String(asRecord((await first.reply).response).id);
    const message = await channelReply(
      e.s.sendMessage({
        content: "Where did the talks take place?",
        channelId: e.otherChannelId,
        author: person(),
        referencedMessage: botMessageId,
        // A reply pings its author by default, as Discord's client does.
        mentions: [botMention()],
      }),
    );
    expect(citationCount(message)).toBeGreaterThan(0);
  });

  test("a question in another channel without a mention: no request at all", async () => {
    const ignored = e.s.sendMessage({
      content: "Who leads Syria's side?",
      channelId: e.otherChannelId,
      author: person(),
    });
    await expectIgnored(ignored.id);
  });

  test("a bot asking in the Q&A channel, even mentioning the bot, is ignored", async () => {
    const ignored = e.s.sendMessage({
      content: `<@${e.s.botUser.id}> Who leads Syria's side?`,
      channelId: e.qaChannelId,
      author: { ...person("bot"), bot: true },
      mentions: [botMention()],
    });
    await expectIgnored(ignored.id);
  });

  test("chatter in the Q&A channel is ignored; an off-topic question gets a ❔ reaction", async () => {
    const chatter = e.s.sendMessage({
      content: "nice weather today",
      channelId: e.qaChannelId,
      author: person(),
    });
    await expectIgnored(chatter.id);

    const offTopic = e.s.sendMessage({
      content: "What is the capital of France?",
      channelId: e.qaChannelId,
      author: person(),
    });
    const reaction = await e.s.waitForRequest(
      (r) =>
        r.method === "PUT" &&
        r.path.startsWith(`/channels/${e.qaChannelId}/messages/${offTopic.id}/reactions/`),
      5_000,
    );
    expect(reaction.path).toContain("❔");
  });

  test("a mention with no question gets a one-line hint", async () => {
    const message = await channelReply(
      e.s.sendMessage({
        content: `<@${e.s.botUser.id}>`,
        channelId: e.otherChannelId,
        author: person(),
        mentions: [botMention()],
      }),
    );
    expect(String(message.content)).toMatch(/Ask me a question/);
  });
});

describe("deploy-commands as a child process", () => {
  function deploy(cwd: string): Promise<{ code: number; output: string }> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [DEPLOY],
        {
          cwd,
          timeout: 15_000,
          env: {
            PATH: process.env.PATH ?? "",
            DISCORD_TOKEN: e.token,
            DISCORD_CLIENT_ID: e.s.applicationId,
            GUILD_ID: e.guildId,
            DISCORD_API_URL: e.s.apiUrl,
            DISCORD_REST_TIMEOUT_MS: "5000",
          },
        },
        (error, stdout, stderr) => {
          const output = `${stdout}${stderr}`;
          deployOutput += output;
          resolve({ code: error ? Number(error.code ?? 1) : 0, output });
        },
      );
    });
  }

  test("PUTs the command set once; a second run with no change sends nothing", async () => {
    // The hash file is written to the working directory: a fresh one per run of this test.
    const dir = mkdtempSync(path.join(tmpdir(), "deploy-e2e-"));
    const route = `/applications/${e.s.applicationId}/guilds/${e.guildId}/commands`;
    const puts = () => e.s.requests.filter((r) => r.method === "PUT" && r.path === route);
    try {
      const first = await within(deploy(dir), 20_000, "deploy-commands");
      expect(first.code, first.output).toBe(0);
      expect(first.output).toMatch(new RegExp(`Deployed ${registry.length} commands`));
      expect(puts()).toHaveLength(1);
      expect(puts()[0]?.status).toBe(200);
      expect(puts()[0]?.body).toEqual(JSON.parse(JSON.stringify(commandPayload("guild"))));
      expect(e.s.commands.get(e.guildId)?.map((c) => c.name)).toEqual(registry.map((c) => c.data.name));

      const second = await within(deploy(dir), 20_000, "deploy-commands again");
      expect(second.code, second.output).toBe(0);
      expect(second.output).toMatch(/unchanged/);
      expect(puts()).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("secrets", () => {
  test("the token is in no log line of the bot or deploy-commands, and in no body sent", () => {
    expect(e.bot.stderr().length).toBeGreaterThan(0);
    expect(secretLeaks(e)).toEqual([]);
    expect(deployOutput).not.toContain(e.token);
    expect(deployOutput).not.toContain(e.secret);
  });
});
