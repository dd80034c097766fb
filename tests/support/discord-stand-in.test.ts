/**
 * Proves the stand-in against the real, unmodified discord.js client: every test logs a Client in through
 * the stand-in on 127.0.0.1 and checks what arrives on the wire.
 */
import { once } from "node:events";
import { inflateSync } from "node:zlib";
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  Partials,
} from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { type DiscordStandIn, type DiscordStandInOptions, startDiscordStandIn } from "./discord-stand-in.js";

const GUILD_ID = "1100000000000000001";
const CHANNEL_ID = "1100000000000000002";
const OTHER_CHANNEL_ID = "1100000000000000003";

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  // Clients first (they talk to the stand-in while closing), then the stand-in.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function standIn(extra: DiscordStandInOptions = {}): Promise<DiscordStandIn> {
  const s = await startDiscordStandIn({
    guilds: [
      {
        id: GUILD_ID,
        name: "Test guild",
        channels: [{ id: CHANNEL_ID, name: "qa" }, { id: OTHER_CHANNEL_ID }],
      },
    ],
    ...extra,
  });
  cleanups.push(() => s.close());
  return s;
}

const DEFAULT_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
];

function client(s: DiscordStandIn, options: Partial<ClientOptions> = {}): Client {
  const c = new Client({
    intents: DEFAULT_INTENTS,
    ...options,
    rest: { api: s.apiUrl, timeout: 2_000, ...options.rest },
  });
  cleanups.push(() => c.destroy());
  return c;
}

/** Bounded wait for one emission of an event. */
async function next<T extends unknown[]>(emitter: Client, event: string, ms = 5_000): Promise<T> {
  return (await once(emitter, event, { signal: AbortSignal.timeout(ms) })) as T;
}

async function loggedIn(extra: DiscordStandInOptions = {}, options: Partial<ClientOptions> = {}) {
  const s = await standIn(extra);
  const c = client(s, options);
  const ready = next(c, Events.ClientReady);
  await c.login(s.token);
  await ready;
  return { s, c };
}

/** Runs `handler` on the next interaction, reporting its failure instead of losing it in an event listener. */
function onNextInteraction(c: Client, handler: (i: Interaction) => Promise<unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    c.once(Events.InteractionCreate, (i) => {
      handler(i).then(() => resolve(), reject);
    });
  });
}

describe("discord stand-in with the real discord.js client", () => {
  it("logs in: GET /gateway/bot, IDENTIFY, READY, GUILD_CREATE with channels", async () => {
    const { s, c } = await loggedIn();
    expect(c.user?.id).toBe(s.botUser.id);
    expect(c.application?.id).toBe(s.applicationId);
    expect(c.guilds.cache.get(GUILD_ID)?.channels.cache.has(CHANNEL_ID)).toBe(true);
    const gatewayBot = s.requests.find((r) => r.path === "/gateway/bot");
    expect(gatewayBot?.headers.authorization).toBe(`Bot ${s.token}`);
    const identify = s.gatewayEvents.find((e) => e.type === "identify");
    expect(identify).toMatchObject({ shard: [0, 1], compress: false });
    expect(identify?.type === "identify" && identify.intents).toBe(
      DEFAULT_INTENTS.reduce((a, b) => a | b, 0),
    );
    expect(s.gatewayEvents.find((e) => e.type === "open")).toMatchObject({
      query: { v: "10", encoding: "json" },
    });
    await s.waitForGatewayEvent((e) => e.type === "heartbeat", 3_000);
  });

  it("slash command answered with reply() arrives as a type 4 callback without Authorization", async () => {
    const { s, c } = await loggedIn();
    const handled = onNextInteraction(c, async (i) => {
      expect(i.isChatInputCommand()).toBe(true);
      const cmd = i as ChatInputCommandInteraction;
      expect(cmd.options.getString("question")).toBe("who talked?");
      expect(cmd.guildId).toBe(GUILD_ID);
      await cmd.reply({ content: "an answer" });
    });
    const sent = s.sendInteraction({ kind: "command", name: "ask", options: { question: "who talked?" } });
    await handled;
    const reply = await sent.reply;
    expect(reply.status).toBe(204);
    expect(reply.query.with_response).toBe("false");
    expect(reply.headers.authorization).toBeUndefined();
    expect(reply.body).toMatchObject({ type: 4, data: { content: "an answer" } });
  });

  it("deferReply + editReply + followUp: callback type 5, PATCH @original, webhook POST", async () => {
    const { s, c } = await loggedIn();
    const handled = onNextInteraction(c, async (i) => {
      const cmd = i as ChatInputCommandInteraction;
      await cmd.deferReply();
      const edited = await cmd.editReply("done thinking");
      expect(edited.content).toBe("done thinking");
      const follow = await cmd.followUp({ content: "one more thing" });
      expect(follow.content).toBe("one more thing");
      const fetched = await cmd.fetchReply();
      expect(fetched.content).toBe("done thinking");
    });
    const sent = s.sendInteraction({ kind: "command", name: "ask", options: { question: "q" } });
    await handled;
    expect((await sent.reply).body).toMatchObject({ type: 5 });
    const patch = await s.waitForRequest(
      (r) => r.method === "PATCH" && r.path.endsWith("/messages/@original"),
    );
    expect(patch.rawPath).toContain("%40original");
    expect(patch.path).toBe(`/webhooks/${s.applicationId}/${sent.token}/messages/@original`);
    expect(patch.body).toMatchObject({ content: "done thinking" });
    const follow = await s.waitForRequest(
      (r) => r.method === "POST" && r.path === `/webhooks/${s.applicationId}/${sent.token}`,
    );
    expect(follow.body).toMatchObject({ content: "one more thing" });
    expect(follow.query.wait).toBe("true");
  });

  it("reply({ withResponse: true }) gets Discord's callback response body", async () => {
    const { s, c } = await loggedIn();
    const handled = onNextInteraction(c, async (i) => {
      const response = await (i as ChatInputCommandInteraction).reply({
        content: "hello",
        withResponse: true,
      });
      expect(response.interaction.id).toBe(i.id);
      expect(response.resource?.message?.content).toBe("hello");
    });
    const sent = s.sendInteraction({ kind: "command", name: "ask" });
    await handled;
    expect((await sent.reply).status).toBe(200);
  });

  it("autocomplete respond() arrives as a type 8 callback with choices", async () => {
    const { s, c } = await loggedIn();
    const handled = onNextInteraction(c, async (i) => {
      expect(i.isAutocomplete()).toBe(true);
      const ac = i as AutocompleteInteraction;
      expect(ac.options.getFocused(true)).toMatchObject({ name: "topic", value: "bor" });
      await ac.respond([{ name: "border", value: "border" }]);
    });
    const sent = s.sendInteraction({ kind: "autocomplete", name: "ask", options: { topic: "bor" } });
    await handled;
    expect((await sent.reply).body).toEqual({
      type: 8,
      data: { choices: [{ name: "border", value: "border" }] },
    });
  });

  it("rejects what Discord rejects: a second acknowledgement, content over 2000 chars", async () => {
    const { s, c } = await loggedIn();
    const handled = onNextInteraction(c, async (i) => {
      const cmd = i as ChatInputCommandInteraction;
      await expect(cmd.reply("x".repeat(2001))).rejects.toMatchObject({ code: 50035, status: 400 });
      await cmd.reply("ok");
      // discord.js guards the second reply itself; the raw second callback hits Discord's 40060.
      await expect(
        c.rest.post(`/interactions/${cmd.id}/${cmd.token}/callback`, {
          body: { type: 4, data: { content: "again" } },
          auth: false,
        }),
      ).rejects.toMatchObject({ code: 40060 });
    });
    s.sendInteraction({ kind: "command", name: "ask" });
    await handled;
  });

  it("guild message reaches messageCreate and message.reply() is recorded with message_reference", async () => {
    const { s, c } = await loggedIn();
    const received = next<[Message]>(c, Events.MessageCreate);
    const sent = s.sendMessage({ content: "hello bot", channelId: CHANNEL_ID });
    const [msg] = await received;
    expect(msg.content).toBe("hello bot");
    expect(msg.guildId).toBe(GUILD_ID);
    await msg.reply("hello human");
    await msg.react("👍");
    const reply = await sent.reply;
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ content: "hello human", message_reference: { message_id: sent.id } });
    expect(reply.response).toMatchObject({ type: 19, referenced_message: { id: sent.id } });
    const reaction = await s.waitForRequest((r) => r.method === "PUT" && r.path.includes("/reactions/"));
    expect(reaction.path).toBe(`/channels/${CHANNEL_ID}/messages/${sent.id}/reactions/👍/@me`);
  });

  it("without MESSAGE_CONTENT, guild content is blanked unless the bot is mentioned", async () => {
    const { s, c } = await loggedIn(
      {},
      { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] },
    );
    const first = next<[Message]>(c, Events.MessageCreate);
    s.sendMessage({ content: "secret", channelId: CHANNEL_ID });
    expect((await first)[0].content).toBe("");
    const second = next<[Message]>(c, Events.MessageCreate);
    s.sendMessage({
      content: `<@${s.botUser.id}> hi`,
      channelId: CHANNEL_ID,
      mentions: [{ id: s.botUser.id, username: s.botUser.username, bot: true }],
    });
    const [m] = await second;
    expect(m.content).toBe(`<@${s.botUser.id}> hi`);
    expect(m.mentions.users.has(s.botUser.id)).toBe(true);
  });

  it("registers commands with PUT and uses their option types in interactions", async () => {
    const { s, c } = await loggedIn();
    const stored = await c.application?.commands.set(
      [{ name: "ask", description: "Ask", options: [{ name: "count", description: "n", type: 10 }] }],
      GUILD_ID,
    );
    expect(stored?.first()?.name).toBe("ask");
    expect(s.commands.get(GUILD_ID)?.[0]).toMatchObject({ name: "ask", guild_id: GUILD_ID });
    const handled = onNextInteraction(c, async (i) => {
      const cmd = i as ChatInputCommandInteraction;
      expect(cmd.commandId).toBe(stored?.first()?.id);
      expect(cmd.options.getNumber("count")).toBe(3);
      await cmd.reply("ok");
    });
    s.sendInteraction({ kind: "command", name: "ask", options: { count: 3 } });
    await handled;
    await expect(c.application?.commands.set([{ name: "Bad Name", description: "x" }])).rejects.toMatchObject(
      { code: 50035 },
    );
  });
});

describe("more of Discord's behaviour", () => {
  it("DM message (needs Partials.Channel in discord.js) and its reply", async () => {
    const { s, c } = await loggedIn({}, { partials: [Partials.Channel] });
    const received = next<[Message]>(c, Events.MessageCreate);
    const sent = s.sendMessage({ content: "psst", channelId: "1200000000000000001" });
    const [msg] = await received;
    expect(msg.guildId).toBeNull();
    expect(msg.content).toBe("psst");
    await msg.reply("hi in private");
    expect((await sent.reply).path).toBe("/channels/1200000000000000001/messages");
  });

  it("an interaction answered after the 3 s window (here 200 ms) gets 10062 Unknown interaction", async () => {
    const { s, c } = await loggedIn({ interactionDeadlineMs: 200 });
    const handled = onNextInteraction(c, async (i) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect((i as ChatInputCommandInteraction).reply("too late")).rejects.toMatchObject({
        code: 10062,
      });
    });
    s.sendInteraction({ kind: "command", name: "ask" });
    await handled;
  });

  it("attachments arrive as multipart: payload_json parsed into body, files listed", async () => {
    const { s, c } = await loggedIn();
    const handled = onNextInteraction(c, async (i) => {
      await (i as ChatInputCommandInteraction).reply({
        content: "see file",
        files: [{ attachment: Buffer.from("hello"), name: "a.txt" }],
      });
    });
    const sent = s.sendInteraction({ kind: "command", name: "ask" });
    await handled;
    const reply = await sent.reply;
    expect(reply.headers["content-type"]).toMatch(/^multipart\/form-data/);
    expect(reply.body).toMatchObject({ type: 4, data: { content: "see file" } });
    expect(reply.files).toEqual([
      { field: "files[0]", filename: "a.txt", contentType: expect.any(String), size: 5 },
    ]);
  });

  it("two shards: each IDENTIFYs with its shard, events go to the shard owning the guild", async () => {
    const guildA = (2n << 22n).toString(); // shard 0 of 2
    const guildB = (3n << 22n).toString(); // shard 1 of 2
    const s = await startDiscordStandIn({
      shards: 2,
      guilds: [
        { id: guildA, channels: [{ id: "1300000000000000001" }] },
        { id: guildB, channels: [{ id: "1300000000000000002" }] },
      ],
    });
    cleanups.push(() => s.close());
    // discord.js uses shardCount 1 unless asked for "auto" (then it follows GET /gateway/bot's `shards`).
    const c = client(s, { shards: "auto" });
    const ready = next(c, Events.ClientReady);
    await c.login(s.token);
    await ready;
    await s.waitForReady();
    const shards = s.gatewayEvents.flatMap((e) => (e.type === "identify" ? [e.shard] : []));
    expect(shards.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const received = next<[Message]>(c, Events.MessageCreate);
    s.sendMessage({ content: "on shard 1", channelId: "1300000000000000002" });
    const [msg] = await received;
    expect(msg.guild?.shardId).toBe(1);
    expect(s.gatewayEvents.findLast((e) => e.type === "dispatch")).toMatchObject({
      t: "MESSAGE_CREATE",
      shardId: 1,
    });
  });

  it("a restarted bot (destroy, new client) gets events dispatched while it was away", async () => {
    const { s, c } = await loggedIn();
    await c.destroy();
    await s.waitForGatewayEvent((e) => e.type === "close" && e.by === "client" && e.code === 1000);
    s.sendMessage({ content: "queued for the next session", channelId: CHANNEL_ID });
    const c2 = client(s);
    const received = next<[Message]>(c2, Events.MessageCreate);
    await c2.login(s.token);
    expect((await received)[0].content).toBe("queued for the next session");
  });
});

describe("gateway faults", () => {
  it("close 4000 → the client RESUMEs and an event queued while down is replayed", async () => {
    const { s, c } = await loggedIn();
    const sessionBefore = s.sessionId();
    s.closeGateway(4000, "Unknown error");
    // Queued while the client is disconnected; must arrive through the RESUME replay.
    const received = next<[Message]>(c, Events.MessageCreate, 8_000);
    s.sendMessage({ content: "while you were away", channelId: CHANNEL_ID });
    const resume = await s.waitForGatewayEvent((e) => e.type === "resume", 5_000);
    expect(resume).toMatchObject({ accepted: true, sessionId: sessionBefore, replayed: 1 });
    expect((await received)[0].content).toBe("while you were away");
    expect(s.sessionId()).toBe(sessionBefore);
    expect(s.gatewayEvents.filter((e) => e.type === "identify")).toHaveLength(1);
  });

  it("dropped socket (1006) → RESUME", async () => {
    const { s } = await loggedIn();
    s.dropGateway();
    await expect(s.waitForGatewayEvent((e) => e.type === "resume", 5_000)).resolves.toMatchObject({
      accepted: true,
    });
  });

  it("op 7 Reconnect → reconnect and resume", async () => {
    const { s, c } = await loggedIn();
    s.requestReconnect();
    await s.waitForGatewayEvent((e) => e.type === "resume" && e.accepted, 5_000);
    const received = next<[Message]>(c, Events.MessageCreate);
    s.sendMessage({ content: "after reconnect", channelId: CHANNEL_ID });
    expect((await received)[0].content).toBe("after reconnect");
    expect(s.gatewayEvents.find((e) => e.type === "close" && e.by === "client")).toMatchObject({
      code: 4200,
    });
  });

  it("missing heartbeat ACKs → the client declares a zombie connection and resumes", async () => {
    const { s } = await loggedIn({ heartbeatIntervalMs: 300 });
    s.stopHeartbeatAcks();
    await s.waitForGatewayEvent((e) => e.type === "close" && e.by === "client", 5_000);
    s.resumeHeartbeatAcks();
    await expect(s.waitForGatewayEvent((e) => e.type === "resume", 5_000)).resolves.toMatchObject({
      accepted: true,
    });
  });

  it("resumable op 9 → RESUME on the same socket", async () => {
    const { s } = await loggedIn();
    s.invalidateSession(true);
    await expect(s.waitForGatewayEvent((e) => e.type === "resume", 5_000)).resolves.toMatchObject({
      accepted: true,
    });
  });

  it("non-resumable op 9 → a fresh IDENTIFY and a new session (slow: discord.js waits out its 5 s identify window)", async () => {
    const { s, c } = await loggedIn();
    const before = s.sessionId();
    s.invalidateSession(false);
    await s.waitForIdentify(2, 9_000);
    await s.waitForReady();
    expect(s.sessionId()).not.toBe(before);
    const received = next<[Message]>(c, Events.MessageCreate);
    s.sendMessage({ content: "new session", channelId: CHANNEL_ID });
    expect((await received)[0].content).toBe("new session");
  }, 15_000);

  it("wrong token → REST 401 and login rejects; gateway IDENTIFY with it → close 4004", async () => {
    const s = await standIn();
    const c = client(s);
    await expect(c.login("not-the-token")).rejects.toMatchObject({ code: "TokenInvalid" });
    expect(s.requests.find((r) => r.path === "/gateway/bot")?.status).toBe(401);

    // The gateway path, by hand: discord.js never gets there with a bad token since /gateway/bot refuses it.
    const ws = new WebSocket(`${s.gatewayUrl}/?v=10&encoding=json`);
    cleanups.push(async () => ws.terminate());
    await once(ws, "message", { signal: AbortSignal.timeout(3_000) });
    ws.send(JSON.stringify({ op: 2, d: { token: "nope", intents: 1, properties: {} } }));
    const [code] = await once(ws, "close", { signal: AbortSignal.timeout(3_000) });
    expect(code).toBe(4004);
  });

  it("privileged intent not enabled (requireIntents) → close 4014 and login rejects", async () => {
    const s = await standIn({ requireIntents: GatewayIntentBits.MessageContent });
    const c = client(s);
    await expect(c.login(s.token)).rejects.toThrow(/disallowed intents/i);
    expect(s.gatewayEvents.find((e) => e.type === "close")).toMatchObject({ code: 4014, by: "server" });
  });

  it("zlib-stream and identify compression are served when asked for", async () => {
    const s = await standIn();
    const ws = new WebSocket(`${s.gatewayUrl}/?v=10&encoding=json&compress=zlib-stream`);
    cleanups.push(async () => ws.terminate());
    const frames: Buffer[] = [];
    ws.on("message", (data: Buffer) => frames.push(data));
    await s.waitForGatewayEvent((e) => e.type === "server-op");
    await expect.poll(() => frames.length, { timeout: 2_000 }).toBeGreaterThan(0);
    ws.send(JSON.stringify({ op: 2, d: { token: s.token, intents: 1, properties: {} } }));
    await expect.poll(() => frames.length, { timeout: 2_000 }).toBeGreaterThanOrEqual(3);
    // One zlib context for the whole connection; every message ends with the Z_SYNC_FLUSH marker.
    const text = inflateSync(Buffer.concat(frames), { finishFlush: 2 }).toString("utf8");
    expect(text).toContain('"op":10');
    expect(text).toContain('"t":"READY"');
    expect(text).toContain('"t":"GUILD_CREATE"');
  });
});

describe("REST faults", () => {
  it("429 on a callback is retried by discord.js after retry_after", async () => {
    const { s, c } = await loggedIn();
    const fault = s.restFault({
      method: "POST",
      path: /^\/interactions\/.*\/callback$/,
      status: 429,
      retryAfter: 0.3,
    });
    const handled = onNextInteraction(c, async (i) => {
      await (i as ChatInputCommandInteraction).reply("after the rate limit");
    });
    const sent = s.sendInteraction({ kind: "command", name: "ask" });
    await handled;
    const reply = await sent.reply;
    expect(fault.hits).toBe(1);
    const limited = s.requests.find((r) => r.fault && r.path.endsWith("/callback"));
    expect(limited?.status).toBe(429);
    expect(limited?.response).toMatchObject({ retry_after: 0.3, global: false });
    expect(reply.status).toBe(204);
    expect(reply.at - (limited?.at ?? 0)).toBeGreaterThanOrEqual(300);
  });

  it("500 twice then success: discord.js retries 5xx immediately", async () => {
    const { s, c } = await loggedIn();
    s.restFault({ path: /^\/channels\/\d+\/messages$/, status: 500, times: 2 });
    const received = next<[Message]>(c, Events.MessageCreate);
    const sent = s.sendMessage({ content: "hi", channelId: CHANNEL_ID });
    const [msg] = await received;
    await msg.reply("eventually");
    expect((await sent.reply).status).toBe(200);
    expect(s.requests.filter((r) => r.fault).map((r) => r.status)).toEqual([500, 500]);
  });

  it("a hung request times out on the client's REST timeout; close() still resolves promptly", async () => {
    const { s, c } = await loggedIn({}, { rest: { timeout: 300, retries: 0 } });
    s.restFault({ path: /^\/channels\/\d+\/messages$/, hang: true, times: Number.POSITIVE_INFINITY });
    const received = next<[Message]>(c, Events.MessageCreate);
    s.sendMessage({ content: "hi", channelId: CHANNEL_ID });
    const [msg] = await received;
    await expect(msg.reply("never")).rejects.toThrow(/abort/i);
    const started = Date.now();
    await s.close();
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("unknown routes answer 404 JSON and are recorded", async () => {
    const { s, c } = await loggedIn();
    await expect(c.rest.get("/nowhere/at/all")).rejects.toMatchObject({ status: 404, code: 0 });
    expect(s.requests.at(-1)).toMatchObject({ method: "GET", path: "/nowhere/at/all", status: 404 });
  });
});
