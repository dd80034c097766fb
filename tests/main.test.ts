// `node dist/src/main.js` as production runs it, pointed at the local Discord stand-in with DISCORD_API_URL:
// it answers commands and questions, and turns fatal gateway closes into one line and exit code 1.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { GatewayIntentBits } from "discord.js";
import { afterEach, describe, expect, test } from "vitest";
import { type DiscordStandIn, snowflake, startDiscordStandIn } from "./support/discord-stand-in.js";
import { type NodeProcess, startNode } from "./support/node-process.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const MAIN = path.join(ROOT, "dist/src/main.js");

// dist/ is built once for the whole run by tests/e2e/global-setup.ts.

const children: ChildProcess[] = [];
const standIns: DiscordStandIn[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const s of standIns.splice(0)) await s.close();
});

function startBot(env: NodeJS.ProcessEnv): NodeProcess {
  const bot = startNode(MAIN, {
    cwd: ROOT,
    env: {
      ...process.env,
      LOG_LEVEL: "info",
      QA_CHANNEL_IDS: "",
      GUILD_ID: "",
      // Its own database, never the working directory's data/.
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "main-process-data-")),
      ...env,
    },
  });
  children.push(bot.child);
  return bot;
}

async function standIn(options: Parameters<typeof startDiscordStandIn>[0] = {}) {
  const s = await startDiscordStandIn(options);
  standIns.push(s);
  return s;
}

describe("main.js against the Discord stand-in", () => {
  test("answers a slash command and a mention; SIGTERM exits 0", async () => {
    const guildId = snowflake();
    const channelId = snowflake();
    const s = await standIn({ guilds: [{ id: guildId, channels: [{ id: channelId }] }] });
    const bot = startBot({ DISCORD_TOKEN: s.token, DISCORD_API_URL: s.apiUrl });
    await s.waitForReady(15_000);

    const command = s.sendInteraction({ kind: "command", name: "who-leads", options: { side: "syria" } });
    const reply = await command.reply;
    expect(reply.status).toBeLessThan(300);
    expect(JSON.stringify(reply.body)).toContain("Dalati");

    const message = s.sendMessage({
      content: `<@${s.botUser.id}> who leads Syria's side?`,
      channelId,
      mentions: [{ id: s.botUser.id, username: s.botUser.username }],
    });
    const answer = await message.reply;
    expect(answer.status).toBeLessThan(300);
    expect(answer.body).toMatchObject({ allowed_mentions: { parse: [], replied_user: false } });

    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    expect(bot.stderr()).not.toContain(s.token);
  });

  test("a rejected token: one clear line, exit 1", async () => {
    const s = await standIn();
    const bot = startBot({ DISCORD_TOKEN: "wrong.token.value", DISCORD_API_URL: s.apiUrl });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/rejected the bot token/);
    expect(bot.stderr()).not.toMatch(/\n\s+at /);
  });

  test("a broken knowledge base and a rejected token: the base's problems are reported, exit 1", async () => {
    // Start-up asks DISCORD_API_URL while the base loads (docs/benchmarks.md); the base still speaks first.
    const s = await standIn();
    const emptyBase = mkdtempSync(path.join(tmpdir(), "main-process-kb-"));
    const bot = startBot({
      DISCORD_TOKEN: "wrong.token.value",
      DISCORD_API_URL: s.apiUrl,
      KNOWLEDGE_DIR: emptyBase,
    });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/The knowledge base has \d+ problem\(s\):/);
    expect(bot.stderr()).toContain("story.json: file is missing");
    expect(bot.stderr()).not.toMatch(/rejected the bot token/);
  });

  test("a broken knowledge base and a working token: the base's problems once connected, exit 1", async () => {
    // The base is loaded and validated when READY arrives (docs/benchmarks.md, start-up), not before IDENTIFY.
    const s = await standIn();
    const emptyBase = mkdtempSync(path.join(tmpdir(), "main-process-kb-"));
    const bot = startBot({ DISCORD_TOKEN: s.token, DISCORD_API_URL: s.apiUrl, KNOWLEDGE_DIR: emptyBase });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/^The knowledge base has \d+ problem\(s\):$/m);
    expect(bot.stderr()).toContain("story.json: file is missing");
    expect(bot.stderr()).not.toMatch(/\n\s+at /);
  });

  test("Message Content not enabled (4014): says how to fix it, exit 1", async () => {
    const s = await standIn({ requireIntents: GatewayIntentBits.MessageContent });
    const bot = startBot({
      DISCORD_TOKEN: s.token,
      DISCORD_API_URL: s.apiUrl,
      QA_CHANNEL_IDS: "123456789012345678",
    });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/Message Content Intent.*QA_CHANNEL_IDS/);
  });
});
