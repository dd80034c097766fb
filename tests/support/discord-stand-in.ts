/**
 * A small, faithful local stand-in for Discord's REST API and gateway (API v10) on 127.0.0.1, so the real,
 * unmodified discord.js client can log in, receive events and answer. One HTTP server serves both:
 * REST under `/api/v10/...` and the gateway WebSocket on `/`.
 *
 * Give the client `rest: { api: standIn.apiUrl }` (the bot under test gets the same value as DISCORD_API_URL).
 * discord.js then learns the gateway URL from GET /gateway/bot, exactly as it does against Discord.
 *
 * Usage:
 *   const discord = await startDiscordStandIn({ guilds: [{ id: G, channels: [{ id: C }] }] });
 *   // start the bot with DISCORD_TOKEN=discord.token DISCORD_API_URL=discord.apiUrl, then:
 *   await discord.waitForReady();
 *   const { reply } = discord.sendInteraction({ kind: "command", name: "ask", options: { question: "…" } });
 *   expect((await reply).body).toMatchObject({ type: 4 });
 *   await discord.close();
 *
 * Faithful where it matters to a bot: Discord's error shapes and codes (401, 404 10062/10015/10008/10003,
 * 400 40060 / 50035 / 50006, 429 with retry-after), the 3 s window for the first interaction response,
 * intents (no GUILD_CREATE without GUILDS, no MESSAGE_CREATE without GUILD_MESSAGES/DIRECT_MESSAGES, blanked
 * content without MESSAGE_CONTENT), session resume with replay, shard routing by guild id.
 */
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { memberActions } from "./discord-stand-in/events.js";
import { GatewayStandIn } from "./discord-stand-in/gateway.js";
import { handle } from "./discord-stand-in/rest.js";
import { type Fault, StandInState } from "./discord-stand-in/state.js";
import type { DiscordStandIn, DiscordStandInOptions } from "./discord-stand-in/types.js";

/** How long an idle HTTP connection stays open: a minute, as a real API's does, not Node's 5 s. */
const KEEP_ALIVE_MS = 60_000;

// The public API: the types and helpers a test or a benchmark needs; the rest of ./discord-stand-in/ is
// the stand-in's own (state, REST routes by resource, gateway, payloads, validation, waiting).
export type { GatewayEvent } from "./discord-stand-in/gateway.js";
export {
  type ChannelSpec,
  SEND_MESSAGES,
  shardForGuild,
  snowflake,
} from "./discord-stand-in/payloads.js";
export type {
  DiscordStandIn,
  DiscordStandInOptions,
  PersonSpec,
  RecordedRequest,
  SentInteraction,
  SentMessage,
} from "./discord-stand-in/types.js";
export { MEMBER_PERMISSIONS } from "./discord-stand-in/types.js";

export async function startDiscordStandIn(options: DiscordStandInOptions = {}): Promise<DiscordStandIn> {
  const s = new StandInState(options);
  const gateway = new GatewayStandIn(
    {
      token: options.gatewayToken ?? s.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1_000,
      shardCount: s.shardCount,
      disallowedIntents: options.requireIntents ?? 0,
      readyData: (shardId, count) => s.readyData(shardId, count),
      guildCreates: (shardId, count) => s.guildCreates(shardId, count),
    },
    s.waiters,
  );

  const server = createServer((req, res) => {
    handle(s, gateway, req, res).catch((error: unknown) => {
      // A bug in the stand-in must not look like a hang: answer 500 and let the test see it.
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `stand-in error: ${String(error)}`, code: 0 }));
    });
  });
  // Discord's API keeps an idle connection open for minutes; Node's default 5 s closed the bot's pooled
  // socket while its event loop was busy building the engine, and the next reply then failed with
  // "other side closed" (main.test.ts and e2e/commands.test.ts, 2 of 3 runs at load 15). close() ends every
  // connection, so a long timeout keeps nothing alive after a test.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.on("upgrade", (req, socket, head) => {
    if ((req.url ?? "/").startsWith("/api")) {
      socket.destroy();
      return;
    }
    gateway.handleUpgrade(req, socket, head);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  gateway.url = `ws://127.0.0.1:${port}`;
  const members = memberActions(s, gateway);
  const { waiters } = s;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl: gateway.url,
    token: s.token,
    applicationId: s.applicationId,
    botUser: s.bot,
    defaultUser: s.defaultUser,
    requests: s.requests,
    gatewayEvents: gateway.events,
    commands: s.commands,
    waitForRequest: (predicate, timeoutMs = 5_000) =>
      waiters.waitFor(
        () => s.requests.find((r) => r.status !== null && predicate(r)),
        timeoutMs,
        "a matching REST request",
      ),
    waitForReady: async (timeoutMs = 5_000) => {
      await waiters.waitFor(() => (gateway.isReady() ? true : undefined), timeoutMs, "READY on every shard");
    },
    waitForIdentify: async (n = 1, timeoutMs = 5_000) => {
      await waiters.waitFor(
        () => (gateway.identifyCount() >= n ? true : undefined),
        timeoutMs,
        `${n} IDENTIFY`,
      );
    },
    waitForGatewayEvent: (predicate, timeoutMs = 5_000) =>
      waiters.waitFor(() => gateway.events.find(predicate), timeoutMs, "a matching gateway event"),
    sessionId: (shardId = 0) => gateway.sessionId(shardId),
    sendInteraction: members.sendInteraction,
    pressButton: members.pressButton,
    sendMessage: (o) => members.sendMessage(o),
    editMessage: members.editMessage,
    createThread: members.createThread,
    botMessages: s.botMessages,
    dispatch: (t, d, guildId) => gateway.dispatch(t, d, guildId ?? null),
    closeGateway: (code, reason) => gateway.closeGateway(code, reason),
    dropGateway: () => gateway.dropGateway(),
    requestReconnect: () => gateway.requestReconnect(),
    invalidateSession: (resumable) => gateway.invalidateSession(resumable),
    stopHeartbeatAcks: () => gateway.stopHeartbeatAcks(),
    resumeHeartbeatAcks: () => gateway.resumeHeartbeatAcks(),
    restFault: (spec) => {
      const fault: Fault = { spec, remaining: spec.times ?? 1, hits: 0 };
      s.faults.push(fault);
      return {
        get hits() {
          return fault.hits;
        },
        remove: () => {
          fault.remaining = 0;
        },
      };
    },
    close: async () => {
      waiters.close();
      gateway.close();
      for (const res of s.hung) res.destroy();
      s.hung.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
