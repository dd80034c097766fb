// Gateway closes that mean "fix your setup": the shipped bot prints one clear line on stderr (no stack
// trace, no token) and exits 1, whether Discord refuses it at IDENTIFY or closes a running session.
import { GatewayIntentBits } from "discord.js";
import { afterEach, describe, expect, test } from "vitest";
import { type DiscordStandIn, snowflake, startDiscordStandIn } from "../support/discord-stand-in.js";
import { type BotProcess, makeToken, startBot, within } from "./harness.js";

const open: Array<{ bot?: BotProcess; s: DiscordStandIn }> = [];

afterEach(async () => {
  for (const { bot, s } of open.splice(0)) {
    await bot?.stop(1_000);
    await s.close();
  }
});

async function setUp(options: { gatewayToken?: string; requireIntents?: number; qa?: boolean }) {
  const applicationId = snowflake();
  const guildId = snowflake();
  const channelId = snowflake();
  const { token, secret } = makeToken(applicationId);
  const s = await startDiscordStandIn({
    token,
    applicationId,
    guilds: [{ id: guildId, channels: [{ id: channelId }] }],
    ...(options.gatewayToken ? { gatewayToken: options.gatewayToken } : {}),
    ...(options.requireIntents ? { requireIntents: options.requireIntents } : {}),
  });
  const bot = startBot({
    DISCORD_TOKEN: token,
    DISCORD_API_URL: s.apiUrl,
    DISCORD_CLIENT_ID: applicationId,
    QA_CHANNEL_IDS: options.qa ? channelId : "",
  });
  open.push({ bot, s });
  return { s, bot, token, secret };
}

function expectOneClearLine(bot: BotProcess, pattern: RegExp, secrets: string[]): void {
  const stderr = bot.stderr();
  expect(stderr).toMatch(pattern);
  // The line for the person setting up is plain text, alone on its line, not buried in a JSON record.
  expect(stderr.split("\n").filter((line) => pattern.test(line) && !line.startsWith("{"))).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  for (const secret of secrets) {
    expect(stderr).not.toContain(secret);
    expect(bot.stdout()).not.toContain(secret);
  }
}

describe("fatal gateway closes", () => {
  test("4004 at IDENTIFY (REST took the token, the gateway did not): clear message, exit 1", async () => {
    const { s, bot, token, secret } = await setUp({ gatewayToken: "a-token-reset-meanwhile" });
    expect(await within(bot.exited, 15_000, "the bot to exit")).toBe(1);
    expect(s.requests.some((r) => r.path === "/gateway/bot" && r.status === 200)).toBe(true);
    expect(s.gatewayEvents.some((g) => g.type === "close" && g.code === 4004)).toBe(true);
    expectOneClearLine(bot, /rejected the bot token \(gateway close 4004\).*DISCORD_TOKEN/, [token, secret]);
  });

  test("4004 on a running session: clear message, exit 1", async () => {
    const { s, bot, token, secret } = await setUp({});
    await s.waitForReady(15_000);
    s.closeGateway(4004, "Authentication failed.");
    expect(await within(bot.exited, 15_000, "the bot to exit")).toBe(1);
    expectOneClearLine(bot, /rejected the bot token \(gateway close 4004\)/, [token, secret]);
  });

  test("4014 (Message Content not enabled, Q&A channels set): says how to fix it, exit 1", async () => {
    const { bot, token, secret } = await setUp({
      requireIntents: GatewayIntentBits.MessageContent,
      qa: true,
    });
    expect(await within(bot.exited, 15_000, "the bot to exit")).toBe(1);
    expectOneClearLine(bot, /Message Content Intent.*QA_CHANNEL_IDS/, [token, secret]);
  });

  test("the same portal setting without Q&A channels: no privileged intent asked, the bot runs", async () => {
    const { s, bot } = await setUp({ requireIntents: GatewayIntentBits.MessageContent, qa: false });
    await s.waitForReady(15_000);
    const reply = await s.sendInteraction({ kind: "command", name: "about" }).reply;
    expect(reply.status).toBeLessThan(300);
    expect(bot.child.exitCode).toBeNull();
  });
});
