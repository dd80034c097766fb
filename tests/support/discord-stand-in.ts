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
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIApplicationCommandInteractionDataOption, APIUser } from "discord.js";
import { type DispatchOutcome, type GatewayEvent, GatewayStandIn } from "./discord-stand-in-gateway.js";
import {
  ALL_TEXT_PERMISSIONS,
  botUser,
  type GuildSpec,
  guildCreate,
  guildTextChannel,
  member,
  message,
  SEND_MESSAGES,
  SEND_MESSAGES_IN_THREADS,
  shardForGuild,
  snowflake,
  user,
} from "./discord-stand-in-payloads.js";
import {
  type DiscordError,
  fieldError,
  validateAutocompleteChoices,
  validateCommands,
  validateMessageBody,
} from "./discord-stand-in-validate.js";
import { quiet, Waiters } from "./discord-stand-in-waiters.js";

export type { GatewayEvent } from "./discord-stand-in-gateway.js";
export { snowflake } from "./discord-stand-in-payloads.js";

export interface DiscordStandInOptions {
  /** The only token accepted. Others: REST 401, gateway close 4004 after IDENTIFY. */
  token?: string;
  /**
   * The token the gateway accepts in IDENTIFY/RESUME; default `token`. Set it to something else to have REST
   * accept the bot's token while the gateway closes with 4004 — what Discord does when a token is reset
   * between GET /gateway/bot and IDENTIFY, and the only way to reach a bot's 4004 handling through discord.js
   * (with a wrong token it stops at the REST 401 first).
   */
  gatewayToken?: string;
  applicationId?: string;
  botUserId?: string;
  botUsername?: string;
  guilds?: GuildSpec[];
  /** `shards` advertised by GET /gateway/bot (discord.js with shards "auto" spawns that many). */
  shards?: number;
  /**
   * Privileged intents NOT enabled for this application in the developer portal: an IDENTIFY asking for any
   * of these bits is closed with 4014 "Disallowed intent(s)" (e.g. GatewayIntentBits.MessageContent).
   */
  requireIntents?: number;
  /** heartbeat_interval sent in HELLO. Discord uses 41250; tests want faster zombie detection. */
  heartbeatIntervalMs?: number;
  /** session_start_limit.max_concurrency; defaults to the shard count so shards identify without a 5 s wait. */
  maxConcurrency?: number;
  /**
   * Discord rejects an initial interaction response that arrives more than 3 s after the interaction
   * (404 Unknown interaction, code 10062). Same default here; 0 disables the check.
   */
  interactionDeadlineMs?: number;
  /**
   * Discord's per-channel limit on the bot's messages (about 5 per 5 s): POST /channels/:id/messages answers
   * with X-RateLimit-* headers, and 429 past the limit. Off by default.
   */
  channelSendLimit?: { count: number; windowMs: number };
}

/** Discord's window for the first response to an interaction. */
export const DISCORD_INTERACTION_WINDOW_MS = 3_000;

/**
 * The window the stand-in enforces when a caller does not choose one: Discord's 3 s, or
 * STAND_IN_INTERACTION_WINDOW_MS, which the test suite sets (vitest.config.ts, where it says why) and the
 * benchmarks do not, so `npm run bench` still counts every answer later than 3 s as a failure.
 */
function defaultInteractionDeadlineMs(): number {
  const chosen = Number(process.env.STAND_IN_INTERACTION_WINDOW_MS);
  return Number.isInteger(chosen) && chosen >= 0 ? chosen : DISCORD_INTERACTION_WINDOW_MS;
}

/**
 * How long sendInteraction/sendMessage wait for the bot's reply when the caller does not say: 10 s, or
 * STAND_IN_REPLY_TIMEOUT_MS (set by vitest.config.ts for a loaded machine). Only a bound on waiting.
 */
function defaultReplyTimeoutMs(): number {
  const chosen = Number(process.env.STAND_IN_REPLY_TIMEOUT_MS);
  return Number.isInteger(chosen) && chosen > 0 ? chosen : 10_000;
}

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface RecordedRequest {
  method: string;
  /** Route relative to /api/v10, percent-decoded: `/webhooks/1/tok/messages/@original`. */
  path: string;
  /** The request path exactly as received, e.g. `/api/v10/webhooks/1/tok/messages/%40original`. */
  rawPath: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON body; for multipart, the parsed `payload_json` field. */
  body: unknown;
  files: RecordedFile[];
  at: number;
  /** Status answered; null while unanswered (or forever, for a `hang` fault). */
  status: number | null;
  /** The JSON body answered, if any. */
  response: unknown;
  /** True when the answer came from restFault() rather than the emulated API. */
  fault: boolean;
}

export interface RestFaultSpec {
  method?: string;
  /** Tested against RecordedRequest.path (relative to /api/v10, decoded). */
  path: RegExp;
  status?: number;
  /** Seconds, as Discord's `retry_after` (429 only). Default 0.1. */
  retryAfter?: number;
  /** 429 scope: "user" (default), "global" (adds X-RateLimit-Global) or "shared". */
  scope?: "user" | "global" | "shared";
  /** How many matching requests to fault (default 1; Infinity for all). */
  times?: number;
  /** Never answer (until close()); use the client's REST `timeout` to observe it. */
  hang?: boolean;
  /**
   * Slow but successful: the request is carried out at once (a message is created) and answered after
   * this many ms — what Discord does when it is slow. A client that gives up first and retries without a
   * nonce posts twice.
   */
  delayMs?: number;
  /** Override the JSON error body. */
  body?: unknown;
  /** Only requests this accepts (e.g. a reply to one message: r.body.message_reference.message_id). */
  match?: (r: RecordedRequest) => boolean;
}

export interface RestFaultHandle {
  /** Matching requests faulted so far. */
  readonly hits: number;
  remove(): void;
}

export interface PersonSpec {
  id: string;
  username: string;
  bot?: boolean;
}

export interface SendInteractionOptions {
  /** "component": a button or select menu click (type 3); "modal": a submitted form (type 5). */
  kind: "command" | "autocomplete" | "component" | "modal";
  /** Command name; for a component or modal, its custom_id. */
  name: string;
  /** Component: 2 (button, default) or 3 (string select, with `values`). */
  componentType?: number;
  values?: string[];
  /** Name → value (types taken from the registered command, else inferred), or raw Discord option objects. */
  options?: Record<string, string | number | boolean> | APIApplicationCommandInteractionDataOption[];
  /** Autocomplete: the option being typed (default: the last option given). */
  focused?: string;
  user?: PersonSpec;
  /** Default: the first configured guild. `null` → a DM with the bot. */
  guildId?: string | null;
  channelId?: string;
  locale?: string;
  /**
   * The member's permissions in the channel (Discord's decimal bitfield string); default every text
   * permission but Administrator and Manage Server. See MEMBER_PERMISSIONS.
   */
  permissions?: string;
  /** How long `reply` waits for the callback (default 10 s). */
  replyTimeoutMs?: number;
}

/** Permission sets for `permissions`: a plain member, one with Manage Server, an administrator. */
export const MEMBER_PERMISSIONS = {
  member: ALL_TEXT_PERMISSIONS,
  manageServer: String(BigInt(ALL_TEXT_PERMISSIONS) | (1n << 5n)),
  administrator: String(BigInt(ALL_TEXT_PERMISSIONS) | (1n << 3n) | (1n << 5n)),
} as const;

export interface PressButtonOptions {
  customId: string;
  /** The message holding the button: a message id, or the original response of an interaction. */
  messageId?: string;
  interactionId?: string;
  user?: PersonSpec;
  permissions?: string;
  replyTimeoutMs?: number;
}

export interface SentInteraction {
  id: string;
  token: string;
  /** The first callback request (POST /interactions/:id/:token/callback) not produced by a fault. */
  reply: Promise<RecordedRequest>;
}

export interface SendMessageOptions {
  content: string;
  author?: PersonSpec;
  channelId: string;
  /** Default: the guild that lists channelId; none → a DM. */
  guildId?: string;
  mentions?: PersonSpec[];
  /** Message type: 0 default, 19 reply, 18 "thread created" and other system messages. */
  type?: number;
  /** Id of an earlier message (sent by sendMessage or by the bot) this message replies to. */
  referencedMessage?: string;
  replyTimeoutMs?: number;
}

export interface SentMessage {
  id: string;
  /** The first POST /channels/:channelId/messages whose message_reference points at this message. */
  reply: Promise<RecordedRequest>;
}

export interface DiscordStandIn {
  /** REST base for discord.js `rest.api` / DISCORD_API_URL, e.g. `http://127.0.0.1:PORT/api`. */
  readonly apiUrl: string;
  /** Gateway URL advertised by GET /gateway/bot, e.g. `ws://127.0.0.1:PORT`. */
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly defaultUser: APIUser;
  readonly requests: RecordedRequest[];
  readonly gatewayEvents: GatewayEvent[];
  /** Commands stored by PUT /applications/:app/commands (key "global") and …/guilds/:g/commands (key guild id). */
  readonly commands: Map<string, Array<Record<string, unknown>>>;
  /** Resolves with the first request (already recorded or future) matching the predicate. */
  waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** Resolves once every advertised shard has a session and its READY went out. */
  waitForReady(timeoutMs?: number): Promise<void>;
  /** Resolves once at least n IDENTIFY payloads were received in total. */
  waitForIdentify(n?: number, timeoutMs?: number): Promise<void>;
  /** Resolves with the first gateway log entry (past or future) matching the predicate. */
  waitForGatewayEvent(predicate: (e: GatewayEvent) => boolean, timeoutMs?: number): Promise<GatewayEvent>;
  /** Current session id of a shard (unchanged across a RESUME). */
  sessionId(shardId?: number): string | undefined;
  sendInteraction(options: SendInteractionOptions): SentInteraction;
  /**
   * A member presses a button of a message the bot sent (INTERACTION_CREATE type 3, as Discord sends it);
   * throws if the message has no button with that custom_id.
   */
  pressButton(options: PressButtonOptions): SentInteraction;
  sendMessage(options: SendMessageOptions): SentMessage;
  /** MESSAGE_UPDATE: a user edits a message sent with sendMessage (new content). */
  editMessage(id: string, content: string): SentMessage;
  /**
   * A thread under `parentId` (THREAD_CREATE). In a forum (type 15) this is a post: `starter` is its first
   * message (id = thread id). In a text channel a "thread created" system message (type 18) goes to the parent.
   */
  createThread(options: { parentId: string; name?: string; starter?: SendMessageOptions }): {
    threadId: string;
    starter?: SentMessage;
  };
  /** Messages the bot created (by id), with the nonce they were created with. */
  readonly botMessages: Map<string, Record<string, unknown>>;
  /** Dispatch a raw event to the shard owning `guildId` (shard 0 without one). */
  dispatch(t: string, d: unknown, guildId?: string): void;
  closeGateway(code: number, reason?: string): void;
  dropGateway(): void;
  requestReconnect(): void;
  invalidateSession(resumable: boolean): void;
  stopHeartbeatAcks(): void;
  resumeHeartbeatAcks(): void;
  restFault(spec: RestFaultSpec): RestFaultHandle;
  close(): Promise<void>;
}

// ── implementation ─────────────────────────────────────────────────────────────────────────────────────────

interface InteractionState {
  id: string;
  token: string;
  kind: SendInteractionOptions["kind"];
  createdAt: number;
  channelId: string;
  guildId: string | null;
  user: APIUser;
  /** The callback type that acknowledged it, once acknowledged. */
  callbackType: number | null;
  original: Record<string, unknown> | null;
  followups: Map<string, Record<string, unknown>>;
}

interface Fault {
  spec: RestFaultSpec;
  remaining: number;
  hits: number;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const GUILD_MESSAGES = 1 << 9;
const DIRECT_MESSAGES = 1 << 12;
const MESSAGE_CONTENT = 1 << 15;
const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;

const INTERACTION_TYPE = { command: 2, component: 3, autocomplete: 4, modal: 5 } as const;

const UNAUTHORIZED: Reply = { status: 401, body: { message: "401: Unauthorized", code: 0 } };

function errorReply(e: DiscordError): Reply {
  return { status: e.status, body: e.body };
}

function notFound(message: string, code: number): Reply {
  return { status: 404, body: { message, code } };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export async function startDiscordStandIn(options: DiscordStandInOptions = {}): Promise<DiscordStandIn> {
  const applicationId = options.applicationId ?? snowflake();
  // Shaped like a real bot token (base64 user id . timestamp . hmac) for code that peeks into it.
  const token =
    options.token ?? `${Buffer.from(applicationId).toString("base64url")}.StandIn.${"x".repeat(38)}`;
  const bot = botUser(options.botUserId ?? applicationId, options.botUsername ?? "StandInBot");
  const defaultUser = user({ id: snowflake(), username: "tester" });
  const guilds = options.guilds ?? [];
  const shardCount = Math.max(1, options.shards ?? 1);
  const maxConcurrency = options.maxConcurrency ?? shardCount;
  const deadlineMs = options.interactionDeadlineMs ?? defaultInteractionDeadlineMs();
  const startedAt = new Date().toISOString();
  const ownerId = snowflake();

  const waiters = new Waiters();
  const requests: RecordedRequest[] = [];
  const commands = new Map<string, Array<Record<string, unknown>>>();
  const interactions = new Map<string, InteractionState>();
  const interactionsByToken = new Map<string, InteractionState>();
  /** Messages known to exist (sent by users through the stand-in, or created by the bot), by id. */
  const messages = new Map<string, Record<string, unknown>>();
  /** Text channels: guild channels from the configuration plus DM channels created on demand. */
  const channels = new Map<string, Record<string, unknown>>();
  const faults: Fault[] = [];
  /**
   * The first answered, non-fault request per "METHOD path" (and per "METHOD path#referenced message id"), so
   * each reply waiter finds its request in O(1): with hundreds of interactions in flight, scanning `requests`
   * on every notify was quadratic and slowed the stand-in enough to miss the 3 s window it enforces.
   */
  const firstAnswered = new Map<string, RecordedRequest>();
  const answeredKey = (method: string, path: string, referenced?: string) =>
    referenced === undefined ? `${method} ${path}` : `${method} ${path}#${referenced}`;
  const hung = new Set<ServerResponse>();
  /** Bot messages by "channel:nonce", for enforce_nonce. */
  const byNonce = new Map<string, Record<string, unknown>>();
  const botMessages = new Map<string, Record<string, unknown>>();
  /** Times of the bot's recent messages per channel, for channelSendLimit. */
  const sendTimes = new Map<string, number[]>();
  let identifies = 0;

  guilds.forEach((g) => {
    g.channels.forEach((c, i) => {
      channels.set(c.id, guildTextChannel(g.id, c, i));
    });
  });

  const guildOf = (channelId: string): string | null => {
    const ch = channels.get(channelId);
    return ch && typeof ch.guild_id === "string" ? ch.guild_id : null;
  };

  /** Bits an @everyone overwrite denies in this channel (a thread inherits its parent's). */
  const deniedBits = (channel: Record<string, unknown>): bigint => {
    const source =
      typeof channel.parent_id === "string" && (channel.type === 11 || channel.type === 12)
        ? (channels.get(channel.parent_id) ?? channel)
        : channel;
    const overwrites = Array.isArray(source.permission_overwrites)
      ? (source.permission_overwrites as Array<{ deny?: string }>)
      : [];
    return overwrites.reduce((bits, o) => bits | BigInt(o.deny ?? "0"), 0n);
  };

  const dmChannel = (recipient: APIUser, channelId?: string): string => {
    const id = channelId ?? snowflake();
    if (!channels.has(id)) {
      channels.set(id, { id, type: 1, last_message_id: null, flags: 0, recipients: [recipient] });
    }
    return id;
  };

  const gateway = new GatewayStandIn(
    {
      token: options.gatewayToken ?? token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1_000,
      shardCount,
      disallowedIntents: options.requireIntents ?? 0,
      readyData: (shardId, count) => {
        identifies += 1;
        return {
          v: 10,
          user_settings: {},
          user: bot,
          session_type: "normal",
          relationships: [],
          private_channels: [],
          presences: [],
          guilds: guilds
            .filter((g) => shardForGuild(g.id, count) === shardId)
            .map((g) => ({ id: g.id, unavailable: true })),
          guild_join_requests: [],
          geo_ordered_rtc_regions: ["stand-in"],
          // GATEWAY_MESSAGE_CONTENT_LIMITED (1 << 19): the flag an unverified app with the intent enabled has.
          application: {
            id: applicationId,
            flags: (options.requireIntents ?? 0) & MESSAGE_CONTENT ? 0 : 1 << 19,
          },
          auth: {},
          _trace: ['["stand-in-gateway",{"micros":0}]'],
        };
      },
      guildCreates: (shardId, count) =>
        guilds
          .filter((g) => shardForGuild(g.id, count) === shardId)
          .map((g) => guildCreate(g, bot, ownerId, startedAt)),
    },
    waiters,
  );

  // ── REST ──────────────────────────────────────────────────────────────────────────────────────────────────

  const authorized = (r: RecordedRequest) => r.headers.authorization === `Bot ${token}`;

  const storeMessage = (m: Record<string, unknown>) => {
    messages.set(String(m.id), m);
    return m;
  };

  /** A message the bot created through REST: `body` is what it sent. */
  const botMessage = (
    body: Record<string, unknown>,
    where: { channelId: string; guildId: string | null },
    extra: { webhook?: boolean; type?: number; flags?: number; interaction?: InteractionState } = {},
  ) => {
    const reference = asRecord(body.message_reference);
    const referencedId = typeof reference.message_id === "string" ? reference.message_id : undefined;
    const referenced = referencedId ? (messages.get(referencedId) ?? null) : undefined;
    const flags = extra.flags ?? (typeof body.flags === "number" ? body.flags : 0);
    return storeMessage(
      message({
        id: snowflake(),
        channelId: where.channelId,
        ...(where.guildId ? { guildId: where.guildId } : {}),
        author: bot,
        content: typeof body.content === "string" ? body.content : "",
        type: extra.type ?? (referencedId ? 19 : 0),
        embeds: Array.isArray(body.embeds) ? body.embeds : [],
        components: Array.isArray(body.components) ? body.components : [],
        flags,
        ...(referencedId
          ? {
              messageReference: {
                type: 0,
                message_id: referencedId,
                channel_id: where.channelId,
                ...(where.guildId ? { guild_id: where.guildId } : {}),
              },
              referencedMessage: referenced ?? null,
            }
          : {}),
        ...(extra.webhook ? { webhookId: applicationId, applicationId } : {}),
        ...(extra.interaction
          ? {
              interactionMetadata: {
                id: extra.interaction.id,
                type: 2,
                user: extra.interaction.user,
                authorizing_integration_owners: {},
              },
            }
          : {}),
      }),
    );
  };

  const editMessage = (m: Record<string, unknown>, body: Record<string, unknown>) => {
    for (const key of ["content", "embeds", "components", "attachments", "allowed_mentions"] as const) {
      if (key in body && key !== "allowed_mentions") m[key] = body[key];
    }
    // Editing a deferred response turns the "thinking…" placeholder into the real message.
    m.flags = (typeof m.flags === "number" ? m.flags : 0) & ~LOADING;
    m.edited_timestamp = new Date().toISOString();
    return m;
  };

  const callback = (r: RecordedRequest, id: string, interactionToken: string): Reply => {
    const state = interactions.get(id);
    if (!state || state.token !== interactionToken) return notFound("Unknown interaction", 10062);
    if (state.callbackType !== null) {
      return { status: 400, body: { message: "Interaction has already been acknowledged.", code: 40060 } };
    }
    if (deadlineMs > 0 && Date.now() - state.createdAt > deadlineMs)
      return notFound("Unknown interaction", 10062);
    const body = asRecord(r.body);
    const type = body.type;
    const data = asRecord(body.data);
    const allowed = {
      command: [4, 5, 9, 10, 12],
      autocomplete: [8],
      component: [4, 5, 6, 7, 9, 10, 12],
      modal: [4, 5, 6, 7, 10, 12],
    }[state.kind];
    if (typeof type !== "number" || !allowed.includes(type)) {
      return errorReply(fieldError("type", "INTERACTION_RESPONSE_TYPE_INVALID", "Value is invalid."));
    }
    if (type === 4) {
      const invalid = validateMessageBody(data, { requireSomething: true, fileCount: r.files.length });
      if (invalid) return errorReply(invalid);
    }
    if (type === 8) {
      const invalid = validateAutocompleteChoices(data);
      if (invalid) return errorReply(invalid);
    }
    state.callbackType = type;
    const where = { channelId: state.channelId, guildId: state.guildId };
    const flags = typeof data.flags === "number" ? data.flags : 0;
    if (type === 4)
      state.original = botMessage(data, where, { webhook: true, type: 20, interaction: state, flags });
    if (type === 5) {
      state.original = botMessage({}, where, {
        webhook: true,
        type: 20,
        interaction: state,
        flags: (flags & EPHEMERAL) | LOADING,
      });
    }
    if (r.query.with_response !== "true") return { status: 204 };
    const original = state.original;
    return {
      status: 200,
      body: {
        interaction: {
          id: state.id,
          type: INTERACTION_TYPE[state.kind],
          activity_instance_id: null,
          response_message_id: original ? original.id : null,
          response_message_loading: original ? type === 5 : null,
          response_message_ephemeral: original ? (Number(original.flags) & EPHEMERAL) !== 0 : null,
        },
        resource: { type, ...(original ? { message: original } : {}) },
      },
    };
  };

  const webhook = (r: RecordedRequest, seg: string[]): Reply => {
    const [, appId, webhookToken, sub, messageId] = seg;
    const state = webhookToken ? interactionsByToken.get(webhookToken) : undefined;
    if (appId !== applicationId || !state) return notFound("Unknown Webhook", 10015);
    // The interaction webhook only exists once the interaction was acknowledged.
    if (state.callbackType === null || state.callbackType === 8) return notFound("Unknown Webhook", 10015);
    const where = { channelId: state.channelId, guildId: state.guildId };
    if (sub === undefined && r.method === "POST") {
      const body = asRecord(r.body);
      const invalid = validateMessageBody(body, { requireSomething: true, fileCount: r.files.length });
      if (invalid) return errorReply(invalid);
      const created = botMessage(body, where, { webhook: true, interaction: state });
      state.followups.set(String(created.id), created);
      return r.query.wait === "false" ? { status: 204 } : { status: 200, body: created };
    }
    if (sub !== "messages" || messageId === undefined || seg.length !== 5)
      return notFound("404: Not Found", 0);
    const target = messageId === "@original" ? state.original : (state.followups.get(messageId) ?? null);
    if (!target) return notFound("Unknown Message", 10008);
    if (r.method === "GET") return { status: 200, body: target };
    if (r.method === "PATCH") {
      const invalid = validateMessageBody(r.body, { requireSomething: false, fileCount: r.files.length });
      if (invalid) return errorReply(invalid);
      return { status: 200, body: editMessage(target, asRecord(r.body)) };
    }
    if (r.method === "DELETE") {
      if (messageId === "@original") state.original = null;
      else state.followups.delete(messageId);
      messages.delete(String(target.id));
      return { status: 204 };
    }
    return { status: 405, body: { message: "405: Method Not Allowed", code: 0 } };
  };

  const channelRoute = (r: RecordedRequest, seg: string[]): Reply => {
    const channelId = seg[1] ?? "";
    const channel = channels.get(channelId);
    if (!channel) return notFound("Unknown Channel", 10003);
    const guildId = guildOf(channelId);
    const rest = seg.slice(2);
    if (rest.length === 0 && r.method === "GET") return { status: 200, body: channel };
    if (rest.length === 1 && rest[0] === "typing" && r.method === "POST") return { status: 204 };
    if (rest[0] !== "messages") return notFound("404: Not Found", 0);
    if (rest.length === 1 && r.method === "POST") {
      const body = asRecord(r.body);
      const invalid = validateMessageBody(body, { requireSomething: true, fileCount: r.files.length });
      if (invalid) return errorReply(invalid);
      const reference = asRecord(body.message_reference);
      const refId = typeof reference.message_id === "string" ? reference.message_id : undefined;
      if (refId && !messages.has(refId) && reference.fail_if_not_exists !== false) {
        return errorReply(fieldError("message_reference", "REPLIES_UNKNOWN_MESSAGE", "Unknown message"));
      }
      const denied = deniedBits(channel);
      if (denied & (channel.type === 11 || channel.type === 12 ? SEND_MESSAGES_IN_THREADS : SEND_MESSAGES)) {
        return { status: 403, body: { message: "Missing Permissions", code: 50013 } };
      }
      // enforce_nonce: a repeated nonce returns the message already created, posting nothing new.
      const nonce =
        typeof body.nonce === "string" || typeof body.nonce === "number" ? String(body.nonce) : null;
      const existing =
        nonce && body.enforce_nonce === true ? byNonce.get(`${channelId}:${nonce}`) : undefined;
      if (existing) return { status: 200, body: existing };
      const limitHeaders: Record<string, string> = {};
      if (options.channelSendLimit) {
        const { count, windowMs } = options.channelSendLimit;
        const now = Date.now();
        const times = (sendTimes.get(channelId) ?? []).filter((t) => t > now - windowMs);
        sendTimes.set(channelId, times);
        const resetAfter = ((times[0] ?? now) + windowMs - now) / 1000;
        if (times.length >= count) {
          return {
            status: 429,
            headers: {
              "retry-after": String(resetAfter),
              "x-ratelimit-limit": String(count),
              "x-ratelimit-remaining": "0",
              "x-ratelimit-reset-after": String(resetAfter),
              "x-ratelimit-bucket": `channel-${channelId}`,
              "x-ratelimit-scope": "user",
            },
            body: { message: "You are being rate limited.", retry_after: resetAfter, global: false },
          };
        }
        times.push(now);
        Object.assign(limitHeaders, {
          "x-ratelimit-limit": String(count),
          "x-ratelimit-remaining": String(count - times.length),
          "x-ratelimit-reset-after": String(((times[0] ?? now) + windowMs - now) / 1000),
          "x-ratelimit-bucket": `channel-${channelId}`,
        });
      }
      const created = botMessage(body, { channelId, guildId });
      if (nonce !== null) created.nonce = nonce;
      if (nonce && body.enforce_nonce === true) byNonce.set(`${channelId}:${nonce}`, created);
      botMessages.set(String(created.id), created);
      return { status: 200, body: created, headers: limitHeaders };
    }
    const target = rest[1] ? messages.get(rest[1]) : undefined;
    if (!target || target.channel_id !== channelId) return notFound("Unknown Message", 10008);
    if (rest.length === 2) {
      if (r.method === "GET") return { status: 200, body: target };
      if (r.method === "PATCH") {
        if (asRecord(target.author).id !== bot.id) {
          return {
            status: 403,
            body: { message: "Cannot edit a message authored by another user", code: 50005 },
          };
        }
        return { status: 200, body: editMessage(target, asRecord(r.body)) };
      }
      if (r.method === "DELETE") {
        messages.delete(String(target.id));
        return { status: 204 };
      }
    }
    // PUT|DELETE /channels/:id/messages/:mid/reactions/:emoji/@me
    if (
      rest.length === 5 &&
      rest[2] === "reactions" &&
      rest[4] === "@me" &&
      (r.method === "PUT" || r.method === "DELETE")
    ) {
      return { status: 204 };
    }
    return notFound("404: Not Found", 0);
  };

  const commandRoute = (r: RecordedRequest, key: string, tail: string[]): Reply => {
    const stored = commands.get(key) ?? [];
    if (key !== "global" && !guilds.some((g) => g.id === key)) return notFound("Unknown Guild", 10004);
    const complete = (raw: unknown, existing?: Record<string, unknown>) => {
      const c = asRecord(raw);
      return {
        type: 1,
        default_member_permissions: null,
        nsfw: false,
        ...(key === "global" ? { integration_types: [0], contexts: null } : {}),
        ...c,
        id: existing?.id ?? snowflake(),
        application_id: applicationId,
        ...(key !== "global" ? { guild_id: key } : {}),
        version: snowflake(),
      };
    };
    if (tail.length === 0 && r.method === "GET") return { status: 200, body: stored };
    if (tail.length === 0 && r.method === "PUT") {
      const invalid = validateCommands(r.body);
      if (invalid) return errorReply(invalid);
      const list = (r.body as unknown[]).map((raw) =>
        complete(
          raw,
          stored.find((s) => s.name === asRecord(raw).name && (s.type ?? 1) === (asRecord(raw).type ?? 1)),
        ),
      );
      commands.set(key, list);
      return { status: 200, body: list };
    }
    if (tail.length === 0 && r.method === "POST") {
      const invalid = validateCommands([r.body]);
      if (invalid) return errorReply(invalid);
      const existing = stored.find((s) => s.name === asRecord(r.body).name);
      const created = complete(r.body, existing);
      commands.set(key, [...stored.filter((s) => s !== existing), created]);
      return { status: existing ? 200 : 201, body: created };
    }
    const found = stored.find((s) => s.id === tail[0]);
    if (tail.length === 1 && found) {
      if (r.method === "GET") return { status: 200, body: found };
      if (r.method === "DELETE") {
        commands.set(
          key,
          stored.filter((s) => s !== found),
        );
        return { status: 204 };
      }
      if (r.method === "PATCH") {
        Object.assign(found, asRecord(r.body), { version: snowflake() });
        return { status: 200, body: found };
      }
    }
    return notFound("Unknown application command", 10063);
  };

  const route = (r: RecordedRequest): Reply => {
    const seg = r.path.split("/").slice(1);
    const [first] = seg;
    if (first === "interactions" && seg.length === 4 && seg[3] === "callback" && r.method === "POST") {
      return callback(r, seg[1] ?? "", seg[2] ?? "");
    }
    // Interaction webhooks are authenticated by their token in the path; discord.js sends no Authorization.
    if (first === "webhooks" && seg.length >= 3) return webhook(r, seg);
    if (r.path === "/gateway" && r.method === "GET") return { status: 200, body: { url: gateway.url } };
    if (!authorized(r)) return UNAUTHORIZED;
    if (r.path === "/gateway/bot" && r.method === "GET") {
      return {
        status: 200,
        body: {
          url: gateway.url,
          shards: shardCount,
          session_start_limit: {
            total: 1000,
            remaining: Math.max(0, 1000 - identifies),
            reset_after: 14_400_000,
            max_concurrency: maxConcurrency,
          },
        },
      };
    }
    if (r.path === "/users/@me" && r.method === "GET") return { status: 200, body: bot };
    if (r.path === "/applications/@me" && r.method === "GET") {
      return {
        status: 200,
        body: {
          id: applicationId,
          name: bot.username,
          icon: null,
          description: "",
          summary: "",
          type: null,
          bot_public: false,
          bot_require_code_grant: false,
          verify_key: "0".repeat(64),
          flags: 1 << 19,
          owner: user({ id: ownerId, username: "owner" }),
          team: null,
          bot,
          approximate_guild_count: guilds.length,
          interactions_endpoint_url: null,
          redirect_uris: [],
          tags: [],
          integration_types_config: { "0": {} },
        },
      };
    }
    if (first === "applications" && seg[1] === applicationId && seg[2] === "commands") {
      return commandRoute(r, "global", seg.slice(3));
    }
    if (
      first === "applications" &&
      seg[1] === applicationId &&
      seg[2] === "guilds" &&
      seg[4] === "commands"
    ) {
      return commandRoute(r, seg[3] ?? "", seg.slice(5));
    }
    if (first === "applications" && seg[1] !== applicationId && seg[1] !== "@me") {
      return { status: 403, body: { message: "Missing Access", code: 50001 } };
    }
    if (first === "channels" && seg.length >= 2) return channelRoute(r, seg);
    return notFound("404: Not Found", 0);
  };

  const faultReply = (fault: Fault, r: RecordedRequest): Reply | "hang" => {
    const spec = fault.spec;
    if (spec.hang) return "hang";
    const status = spec.status ?? 500;
    if (status === 429) {
      const retryAfter = spec.retryAfter ?? 0.1;
      const scope = spec.scope ?? "user";
      return {
        status,
        headers: {
          // Discord's header is whole seconds; a fractional value keeps tests fast and @discordjs/rest
          // reads it with Number(), so it behaves the same, only sooner.
          "retry-after": String(retryAfter),
          "x-ratelimit-limit": "5",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset-after": String(retryAfter),
          "x-ratelimit-bucket": "stand-in-bucket",
          "x-ratelimit-scope": scope,
          ...(scope === "global" ? { "x-ratelimit-global": "true" } : {}),
        },
        body: spec.body ?? {
          message: "You are being rate limited.",
          retry_after: retryAfter,
          global: scope === "global",
        },
      };
    }
    const text: Record<number, string> = {
      500: "500: Internal Server Error",
      502: "502: Bad Gateway",
      503: "503: Service Unavailable",
      504: "504: Gateway Timeout",
    };
    void r;
    return { status, body: spec.body ?? { message: text[status] ?? `${status}: Error`, code: 0 } };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
    }
    const method = (req.method ?? "GET").toUpperCase();
    const prefix = "/api/v10";
    const inApi = url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
    const relative = inApi ? url.pathname.slice(prefix.length) || "/" : url.pathname;
    let path: string;
    try {
      path = relative.split("/").map(decodeURIComponent).join("/");
    } catch {
      path = relative;
    }
    const record: RecordedRequest = {
      method,
      path,
      rawPath: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: undefined,
      files: [],
      at: Date.now(),
      status: null,
      response: undefined,
      fault: false,
    };
    requests.push(record);

    let reply: Reply | "hang";
    try {
      await parseBody(record, raw, headers["content-type"] ?? "");
      const fault = faults.find(
        (f) =>
          f.remaining > 0 &&
          f.spec.path.test(path) &&
          (!f.spec.method || f.spec.method.toUpperCase() === method) &&
          (!f.spec.match || f.spec.match(record)),
      );
      if (fault?.spec.delayMs !== undefined) {
        // Carried out now, answered late: not a fault in the record (the request succeeded).
        fault.remaining -= 1;
        fault.hits += 1;
        reply = route(record);
        const answered = reply;
        await new Promise((resolve) => setTimeout(resolve, fault.spec.delayMs));
        reply = answered;
      } else if (fault) {
        fault.remaining -= 1;
        fault.hits += 1;
        record.fault = true;
        reply = faultReply(fault, record);
      } else if (!inApi) {
        reply = notFound("404: Not Found", 0);
      } else {
        reply = route(record);
      }
    } catch (error) {
      reply = {
        status: 400,
        body: { message: `Stand-in could not parse the request: ${(error as Error).message}`, code: 50109 },
      };
    }
    if (reply === "hang") {
      hung.add(res);
      res.on("close", () => hung.delete(res));
      waiters.notify();
      return;
    }
    record.status = reply.status;
    record.response = reply.body;
    if (!record.fault) {
      const referenced = asRecord(asRecord(record.body).message_reference).message_id;
      const keys = [answeredKey(method, path)];
      if (typeof referenced === "string") keys.push(answeredKey(method, path, referenced));
      for (const key of keys) if (!firstAnswered.has(key)) firstAnswered.set(key, record);
    }
    const body = reply.body === undefined ? "" : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      ...(reply.body === undefined ? {} : { "content-type": "application/json" }),
      ...reply.headers,
    });
    res.end(body);
    waiters.notify();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the stand-in must not look like a hang: answer 500 and let the test see it.
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `stand-in error: ${String(error)}`, code: 0 }));
    });
  });
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
  const apiUrl = `http://127.0.0.1:${port}/api`;
  gateway.url = `ws://127.0.0.1:${port}`;

  // ── events ────────────────────────────────────────────────────────────────────────────────────────────────

  const registeredOptionTypes = (name: string, guildId: string | null) => {
    const list = [...(guildId ? (commands.get(guildId) ?? []) : []), ...(commands.get("global") ?? [])];
    const command = list.find((c) => c.name === name && (c.type ?? 1) === 1);
    const types = new Map<string, number>();
    if (Array.isArray(command?.options)) {
      for (const o of command.options as Array<Record<string, unknown>>) {
        if (typeof o.name === "string" && typeof o.type === "number") types.set(o.name, o.type);
      }
    }
    return { command, types };
  };

  const sendInteraction = (o: SendInteractionOptions): SentInteraction => {
    const id = snowflake();
    const interactionToken = `aW50ZXJhY3Rpb246${id}:${Buffer.from(id).toString("base64url")}`;
    const invoker = o.user ? user(o.user) : defaultUser;
    const guildId = o.guildId === undefined ? (guilds[0]?.id ?? null) : o.guildId;
    const guild = guildId ? guilds.find((g) => g.id === guildId) : undefined;
    if (guildId && !guild)
      throw new Error(`sendInteraction: guild ${guildId} is not configured in the stand-in`);
    const channelId = guild ? (o.channelId ?? guild.channels[0]?.id) : dmChannel(invoker, o.channelId);
    if (!channelId) throw new Error(`sendInteraction: guild ${guildId} has no channels`);
    const channel = channels.get(channelId);
    if (!channel) throw new Error(`sendInteraction: channel ${channelId} is unknown to the stand-in`);
    if (guildId && channel.guild_id !== guildId) {
      throw new Error(`sendInteraction: channel ${channelId} is not in guild ${guildId}`);
    }
    const { command, types } = registeredOptionTypes(o.name, guildId);
    let dataOptions: Array<Record<string, unknown>>;
    if (Array.isArray(o.options)) {
      dataOptions = o.options.map((opt) => ({ ...opt }));
    } else {
      dataOptions = Object.entries(o.options ?? {}).map(([name, value]) => ({
        name,
        type:
          types.get(name) ??
          (typeof value === "string" ? 3 : typeof value === "boolean" ? 5 : Number.isInteger(value) ? 4 : 10),
        value,
      }));
    }
    if (o.kind === "autocomplete") {
      const focusName = o.focused ?? dataOptions.at(-1)?.name;
      const focus = dataOptions.find((opt) => opt.name === focusName);
      if (!focus) throw new Error("sendInteraction: autocomplete needs the focused option among `options`");
      focus.focused = true;
      // While typing, Discord sends the partial text as a string, whatever the option type.
      focus.value = String(focus.value ?? "");
    }
    const locale = o.locale ?? "en-US";
    const state: InteractionState = {
      id,
      token: interactionToken,
      kind: o.kind,
      createdAt: Date.now(),
      channelId,
      guildId,
      user: invoker,
      callbackType: null,
      original: null,
      followups: new Map(),
    };
    interactions.set(id, state);
    interactionsByToken.set(interactionToken, state);
    const commandData = {
      id: typeof command?.id === "string" ? command.id : snowflake(),
      name: o.name,
      type: 1,
      ...(dataOptions.length > 0 ? { options: dataOptions } : {}),
      ...(guildId && command?.guild_id ? { guild_id: guildId } : {}),
    };
    const componentType = o.componentType ?? 2;
    // A component lives on a message of the bot's (here a made-up one, as after a restart).
    const componentMessage = message({
      id: snowflake(),
      channelId,
      ...(guildId ? { guildId } : {}),
      author: bot,
      content: "",
      components: [],
    });
    const data =
      o.kind === "component"
        ? {
            custom_id: o.name,
            component_type: componentType,
            ...(componentType === 2 ? {} : { values: o.values ?? [] }),
          }
        : o.kind === "modal"
          ? {
              custom_id: o.name,
              components: [
                {
                  type: 1,
                  components: [{ type: 4, custom_id: "field", value: String(o.values?.[0] ?? "") }],
                },
              ],
            }
          : commandData;
    const payload = {
      id,
      application_id: applicationId,
      type: INTERACTION_TYPE[o.kind],
      data,
      ...(o.kind === "component" ? { message: componentMessage } : {}),
      ...(guildId
        ? {
            guild_id: guildId,
            guild: { id: guildId, locale: "en-US", features: [] },
            guild_locale: "en-US",
            member: { ...member(invoker, startedAt), permissions: o.permissions ?? ALL_TEXT_PERMISSIONS },
          }
        : { user: invoker }),
      channel: guildId ? { ...channel } : { ...channel, recipients: [invoker] },
      channel_id: channelId,
      token: interactionToken,
      version: 1,
      app_permissions: ALL_TEXT_PERMISSIONS,
      locale,
      entitlements: [],
      authorizing_integration_owners: guildId ? { "0": guildId } : { "1": invoker.id },
      context: guildId ? 0 : 1,
      attachment_size_limit: 10_485_760,
    };
    const reply = quiet(
      waiters.waitFor(
        () => firstAnswered.get(answeredKey("POST", `/interactions/${id}/${interactionToken}/callback`)),
        o.replyTimeoutMs ?? defaultReplyTimeoutMs(),
        `the callback of interaction ${o.name} (${id})`,
      ),
    );
    gateway.dispatch("INTERACTION_CREATE", payload, guildId ?? null);
    return { id, token: interactionToken, reply };
  };

  const pressButton = (o: PressButtonOptions): SentInteraction => {
    const target = o.messageId
      ? messages.get(o.messageId)
      : o.interactionId
        ? (interactions.get(o.interactionId)?.original ?? undefined)
        : undefined;
    if (!target)
      throw new Error("pressButton: no such message (give messageId or an answered interactionId)");
    const buttons = (Array.isArray(target.components) ? target.components : []).flatMap((row) => {
      const inner = asRecord(row).components;
      return Array.isArray(inner) ? inner.map(asRecord) : [];
    });
    if (!buttons.some((b) => b.custom_id === o.customId)) {
      throw new Error(`pressButton: message ${String(target.id)} has no button ${o.customId}`);
    }
    const id = snowflake();
    const interactionToken = `aW50ZXJhY3Rpb246${id}:${Buffer.from(id).toString("base64url")}`;
    const invoker = o.user ? user(o.user) : defaultUser;
    const channelId = String(target.channel_id);
    const guildId = guildOf(channelId);
    const channel = channels.get(channelId) ?? {};
    const state: InteractionState = {
      id,
      token: interactionToken,
      kind: "component",
      createdAt: Date.now(),
      channelId,
      guildId,
      user: invoker,
      callbackType: null,
      original: null,
      followups: new Map(),
    };
    interactions.set(id, state);
    interactionsByToken.set(interactionToken, state);
    const payload = {
      id,
      application_id: applicationId,
      type: 3,
      data: { custom_id: o.customId, component_type: 2 },
      message: JSON.parse(JSON.stringify(target)),
      ...(guildId
        ? {
            guild_id: guildId,
            guild: { id: guildId, locale: "en-US", features: [] },
            guild_locale: "en-US",
            member: { ...member(invoker, startedAt), permissions: o.permissions ?? ALL_TEXT_PERMISSIONS },
          }
        : { user: invoker }),
      channel: { ...channel },
      channel_id: channelId,
      token: interactionToken,
      version: 1,
      app_permissions: ALL_TEXT_PERMISSIONS,
      locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: guildId ? { "0": guildId } : { "1": invoker.id },
      context: guildId ? 0 : 1,
      attachment_size_limit: 10_485_760,
    };
    const reply = quiet(
      waiters.waitFor(
        () => firstAnswered.get(answeredKey("POST", `/interactions/${id}/${interactionToken}/callback`)),
        o.replyTimeoutMs ?? defaultReplyTimeoutMs(),
        `the callback of a press on ${o.customId} (${id})`,
      ),
    );
    gateway.dispatch("INTERACTION_CREATE", payload, guildId ?? null);
    return { id, token: interactionToken, reply };
  };

  const sendMessage = (
    o: SendMessageOptions & { id?: string; event?: "MESSAGE_CREATE" | "MESSAGE_UPDATE" },
  ): SentMessage => {
    const id = o.id ?? snowflake();
    const author = o.author ? user(o.author) : defaultUser;
    const guildId = o.guildId ?? guildOf(o.channelId);
    if (guildId && !channels.has(o.channelId)) {
      throw new Error(
        `sendMessage: channel ${o.channelId} is not listed in guild ${guildId} (discord.js would drop it)`,
      );
    }
    if (!guildId) dmChannel(author, o.channelId);
    const mentions = (o.mentions ?? []).map((p) => ({
      ...user(p),
      ...(guildId ? { member: { ...member(user(p), startedAt), user: undefined } } : {}),
    }));
    const referenced = o.referencedMessage ? messages.get(o.referencedMessage) : undefined;
    if (o.referencedMessage && !referenced) {
      throw new Error(`sendMessage: referencedMessage ${o.referencedMessage} is unknown to the stand-in`);
    }
    const full = storeMessage({
      ...message({
        id,
        channelId: o.channelId,
        ...(guildId ? { guildId } : {}),
        author,
        content: o.content,
        mentions: mentions.map(({ member: _m, ...u }) => u),
        type: o.type ?? (referenced ? 19 : 0),
        ...(referenced
          ? {
              messageReference: {
                type: 0,
                message_id: referenced.id,
                channel_id: o.channelId,
                ...(guildId ? { guild_id: guildId } : {}),
              },
              referencedMessage: referenced,
            }
          : {}),
      }),
    });
    const mentionsBot = (o.mentions ?? []).some((p) => p.id === bot.id);
    const build = (intents: number): DispatchOutcome => {
      if (guildId && (intents & GUILD_MESSAGES) === 0) return { drop: "no GUILD_MESSAGES intent" };
      if (!guildId && (intents & DIRECT_MESSAGES) === 0) return { drop: "no DIRECT_MESSAGES intent" };
      const d: Record<string, unknown> = {
        ...full,
        mentions: JSON.parse(JSON.stringify(mentions)),
        // Gateway-only; discord.js needs it to build an uncached DM channel (with Partials.Channel).
        channel_type: guildId ? Number(channels.get(o.channelId)?.type ?? 0) : 1,
        ...(o.event === "MESSAGE_UPDATE" ? { edited_timestamp: new Date().toISOString() } : {}),
        ...(guildId ? { member: { ...member(author, startedAt), user: undefined } } : {}),
      };
      // Without MESSAGE_CONTENT, Discord blanks content-bearing fields except in DMs, mentions of the bot,
      // and the bot's own messages.
      if ((intents & MESSAGE_CONTENT) === 0 && guildId && !mentionsBot && author.id !== bot.id) {
        Object.assign(d, { content: "", embeds: [], attachments: [], components: [] });
      }
      return { d: JSON.parse(JSON.stringify(d)) };
    };
    const reply = quiet(
      waiters.waitFor(
        () => firstAnswered.get(answeredKey("POST", `/channels/${o.channelId}/messages`, id)),
        o.replyTimeoutMs ?? defaultReplyTimeoutMs(),
        `a reply to message ${id}`,
      ),
    );
    gateway.dispatch(o.event ?? "MESSAGE_CREATE", build, guildId ?? null);
    return { id, reply };
  };

  const userEdit = (id: string, content: string): SentMessage => {
    const stored = messages.get(id);
    if (!stored) throw new Error(`editMessage: message ${id} is unknown to the stand-in`);
    const author = asRecord(stored.author) as unknown as APIUser;
    return sendMessage({
      id,
      event: "MESSAGE_UPDATE",
      content,
      channelId: String(stored.channel_id),
      author: { id: author.id, username: author.username },
    });
  };

  const createThread = (o: { parentId: string; name?: string; starter?: SendMessageOptions }) => {
    const parent = channels.get(o.parentId);
    const guildId = guildOf(o.parentId);
    if (!parent || !guildId) throw new Error(`createThread: channel ${o.parentId} is not a guild channel`);
    const threadId = snowflake();
    const ownerId = o.starter?.author?.id ?? defaultUser.id;
    const thread = {
      id: threadId,
      type: 11, // PUBLIC_THREAD (a forum post is one too)
      guild_id: guildId,
      parent_id: o.parentId,
      name: o.name ?? "thread",
      owner_id: ownerId,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
      message_count: 0,
      member_count: 1,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: new Date().toISOString(),
        locked: false,
        create_timestamp: new Date().toISOString(),
      },
      total_message_sent: 0,
    };
    channels.set(threadId, thread);
    gateway.dispatch("THREAD_CREATE", { ...thread, newly_created: true }, guildId);
    const isForum = parent.type === 15 || parent.type === 16;
    if (!isForum) {
      // Discord announces a new thread in its parent with a system message.
      sendMessage({
        content: String(thread.name),
        channelId: o.parentId,
        type: 18,
        ...(o.starter?.author ? { author: o.starter.author } : {}),
      });
    }
    if (!o.starter) return { threadId };
    // A forum post's first message has the thread's id.
    const starter = sendMessage({ ...o.starter, channelId: threadId, ...(isForum ? { id: threadId } : {}) });
    return { threadId, starter };
  };

  return {
    apiUrl,
    gatewayUrl: gateway.url,
    token,
    applicationId,
    botUser: bot,
    defaultUser,
    requests,
    gatewayEvents: gateway.events,
    commands,
    waitForRequest: (predicate, timeoutMs = 5_000) =>
      waiters.waitFor(
        () => requests.find((r) => r.status !== null && predicate(r)),
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
    sendInteraction,
    pressButton,
    sendMessage: (o) => sendMessage(o),
    editMessage: userEdit,
    createThread,
    botMessages,
    dispatch: (t, d, guildId) => gateway.dispatch(t, d, guildId ?? null),
    closeGateway: (code, reason) => gateway.closeGateway(code, reason),
    dropGateway: () => gateway.dropGateway(),
    requestReconnect: () => gateway.requestReconnect(),
    invalidateSession: (resumable) => gateway.invalidateSession(resumable),
    stopHeartbeatAcks: () => gateway.stopHeartbeatAcks(),
    resumeHeartbeatAcks: () => gateway.resumeHeartbeatAcks(),
    restFault: (spec) => {
      const fault: Fault = { spec, remaining: spec.times ?? 1, hits: 0 };
      faults.push(fault);
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
      for (const res of hung) res.destroy();
      hung.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

/** JSON bodies, or multipart/form-data with `payload_json` + `files[n]` as discord.js sends attachments. */
async function parseBody(record: RecordedRequest, raw: Buffer, contentType: string): Promise<void> {
  if (raw.length === 0) return;
  if (contentType.startsWith("application/json")) {
    record.body = JSON.parse(raw.toString("utf8"));
    return;
  }
  if (contentType.startsWith("multipart/form-data")) {
    // undici's Response parses multipart for us (Node ≥ 18), no extra dependency needed.
    const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
    for (const [field, value] of form.entries()) {
      if (typeof value === "string") {
        if (field === "payload_json") record.body = JSON.parse(value);
      } else {
        record.files.push({ field, filename: value.name, contentType: value.type, size: value.size });
      }
    }
    return;
  }
  record.body = raw.toString("utf8");
}
