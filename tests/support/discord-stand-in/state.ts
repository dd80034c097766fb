// The stand-in's state: what Discord knows (guilds, channels, messages, commands, interactions) and what it
// recorded (requests), shared by the REST routes, the gateway's READY and the members' actions.
import type { ServerResponse } from "node:http";
import type { APIUser } from "discord.js";
import {
  botUser,
  guildCreate,
  guildTextChannel,
  message,
  shardForGuild,
  snowflake,
  user,
} from "./payloads.js";
import type {
  DiscordStandInOptions,
  RecordedRequest,
  RestFaultSpec,
  SendInteractionOptions,
} from "./types.js";
import type { DiscordError } from "./validate.js";
import { quiet, Waiters } from "./waiters.js";

export const GUILD_MESSAGES = 1 << 9;
export const DIRECT_MESSAGES = 1 << 12;
export const MESSAGE_CONTENT = 1 << 15;
export const EPHEMERAL = 1 << 6;
export const LOADING = 1 << 7;
export const INTERACTION_TYPE = { command: 2, component: 3, autocomplete: 4, modal: 5 } as const;

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
export function defaultReplyTimeoutMs(): number {
  const chosen = Number(process.env.STAND_IN_REPLY_TIMEOUT_MS);
  return Number.isInteger(chosen) && chosen > 0 ? chosen : 10_000;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const UNAUTHORIZED: Reply = { status: 401, body: { message: "401: Unauthorized", code: 0 } };

export function errorReply(e: DiscordError): Reply {
  return { status: e.status, body: e.body };
}

export function notFound(message: string, code: number): Reply {
  return { status: 404, body: { message, code } };
}

export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export interface InteractionState {
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

export interface Fault {
  spec: RestFaultSpec;
  remaining: number;
  hits: number;
}

/** The key a reply waiter looks its request up by: "METHOD path", or "METHOD path#referenced message id". */
export function answeredKey(method: string, path: string, referenced?: string): string {
  return referenced === undefined ? `${method} ${path}` : `${method} ${path}#${referenced}`;
}

export class StandInState {
  readonly options: DiscordStandInOptions;
  readonly applicationId: string;
  readonly token: string;
  readonly bot: APIUser;
  readonly defaultUser: APIUser;
  readonly guilds: NonNullable<DiscordStandInOptions["guilds"]>;
  readonly shardCount: number;
  readonly maxConcurrency: number;
  readonly deadlineMs: number;
  readonly startedAt = new Date().toISOString();
  readonly ownerId = snowflake();

  readonly waiters = new Waiters();
  readonly requests: RecordedRequest[] = [];
  readonly commands = new Map<string, Array<Record<string, unknown>>>();
  readonly interactions = new Map<string, InteractionState>();
  readonly interactionsByToken = new Map<string, InteractionState>();
  /** Messages known to exist (sent by users through the stand-in, or created by the bot), by id. */
  readonly messages = new Map<string, Record<string, unknown>>();
  /** Text channels: guild channels from the configuration plus DM channels created on demand. */
  readonly channels = new Map<string, Record<string, unknown>>();
  readonly faults: Fault[] = [];
  /**
   * The first answered, non-fault request per "METHOD path" (and per "METHOD path#referenced message id"), so
   * each reply waiter finds its request in O(1): with hundreds of interactions in flight, scanning `requests`
   * on every notify was quadratic and slowed the stand-in enough to miss the 3 s window it enforces.
   */
  readonly firstAnswered = new Map<string, RecordedRequest>();
  readonly hung = new Set<ServerResponse>();
  /** Bot messages by "channel:nonce", for enforce_nonce. */
  readonly byNonce = new Map<string, Record<string, unknown>>();
  readonly botMessages = new Map<string, Record<string, unknown>>();
  /** Times of the bot's recent messages per channel, for channelSendLimit. */
  readonly sendTimes = new Map<string, number[]>();
  identifies = 0;

  constructor(options: DiscordStandInOptions) {
    this.options = options;
    this.applicationId = options.applicationId ?? snowflake();
    // Shaped like a real bot token (base64 user id . timestamp . hmac) for code that peeks into it.
    this.token =
      options.token ?? `${Buffer.from(this.applicationId).toString("base64url")}.StandIn.${"x".repeat(38)}`;
    this.bot = botUser(options.botUserId ?? this.applicationId, options.botUsername ?? "StandInBot");
    this.defaultUser = user({ id: snowflake(), username: "tester" });
    this.guilds = options.guilds ?? [];
    this.shardCount = Math.max(1, options.shards ?? 1);
    this.maxConcurrency = options.maxConcurrency ?? this.shardCount;
    this.deadlineMs = options.interactionDeadlineMs ?? defaultInteractionDeadlineMs();
    this.guilds.forEach((g) => {
      g.channels.forEach((c, i) => {
        this.channels.set(c.id, guildTextChannel(g.id, c, i));
      });
    });
  }

  guildOf(channelId: string): string | null {
    const ch = this.channels.get(channelId);
    return ch && typeof ch.guild_id === "string" ? ch.guild_id : null;
  }

  /** Bits an @everyone overwrite denies in this channel (a thread inherits its parent's). */
  deniedBits(channel: Record<string, unknown>): bigint {
    const source =
      typeof channel.parent_id === "string" && (channel.type === 11 || channel.type === 12)
        ? (this.channels.get(channel.parent_id) ?? channel)
        : channel;
    const overwrites = Array.isArray(source.permission_overwrites)
      ? (source.permission_overwrites as Array<{ deny?: string }>)
      : [];
    return overwrites.reduce((bits, o) => bits | BigInt(o.deny ?? "0"), 0n);
  }

  dmChannel(recipient: APIUser, channelId?: string): string {
    const id = channelId ?? snowflake();
    if (!this.channels.has(id)) {
      this.channels.set(id, { id, type: 1, last_message_id: null, flags: 0, recipients: [recipient] });
    }
    return id;
  }

  storeMessage(m: Record<string, unknown>): Record<string, unknown> {
    this.messages.set(String(m.id), m);
    return m;
  }

  /** A new interaction from `invoker` in a channel, known by its id and its token until the stand-in closes. */
  newInteraction(
    kind: SendInteractionOptions["kind"],
    where: { channelId: string; guildId: string | null },
    invoker: APIUser,
  ): InteractionState {
    const id = snowflake();
    const state: InteractionState = {
      id,
      token: `aW50ZXJhY3Rpb246${id}:${Buffer.from(id).toString("base64url")}`,
      kind,
      createdAt: Date.now(),
      channelId: where.channelId,
      guildId: where.guildId,
      user: invoker,
      callbackType: null,
      original: null,
      followups: new Map(),
    };
    this.interactions.set(id, state);
    this.interactionsByToken.set(state.token, state);
    return state;
  }

  /** The bot's first answered callback to an interaction, once it comes (bounded; never an unhandled rejection). */
  callbackOf(state: InteractionState, timeoutMs: number | undefined, what: string): Promise<RecordedRequest> {
    return quiet(
      this.waiters.waitFor(
        () =>
          this.firstAnswered.get(answeredKey("POST", `/interactions/${state.id}/${state.token}/callback`)),
        timeoutMs ?? defaultReplyTimeoutMs(),
        what,
      ),
    );
  }

  /** The READY payload of a shard: the bot, its guilds on that shard (unavailable until GUILD_CREATE). */
  readyData(shardId: number, count: number): Record<string, unknown> {
    this.identifies += 1;
    return {
      v: 10,
      user_settings: {},
      user: this.bot,
      session_type: "normal",
      relationships: [],
      private_channels: [],
      presences: [],
      guilds: this.guilds
        .filter((g) => shardForGuild(g.id, count) === shardId)
        .map((g) => ({ id: g.id, unavailable: true })),
      guild_join_requests: [],
      geo_ordered_rtc_regions: ["stand-in"],
      // GATEWAY_MESSAGE_CONTENT_LIMITED (1 << 19): the flag an unverified app with the intent enabled has.
      application: {
        id: this.applicationId,
        flags: (this.options.requireIntents ?? 0) & MESSAGE_CONTENT ? 0 : 1 << 19,
      },
      auth: {},
      _trace: ['["stand-in-gateway",{"micros":0}]'],
    };
  }

  guildCreates(shardId: number, count: number): Array<Record<string, unknown>> {
    return this.guilds
      .filter((g) => shardForGuild(g.id, count) === shardId)
      .map((g) => guildCreate(g, this.bot, this.ownerId, this.startedAt));
  }

  /** A message the bot created through REST: `body` is what it sent. */
  botMessage(
    body: Record<string, unknown>,
    where: { channelId: string; guildId: string | null },
    extra: { webhook?: boolean; type?: number; flags?: number; interaction?: InteractionState } = {},
  ): Record<string, unknown> {
    const reference = asRecord(body.message_reference);
    const referencedId = typeof reference.message_id === "string" ? reference.message_id : undefined;
    const referenced = referencedId ? (this.messages.get(referencedId) ?? null) : undefined;
    const flags = extra.flags ?? (typeof body.flags === "number" ? body.flags : 0);
    return this.storeMessage(
      message({
        id: snowflake(),
        channelId: where.channelId,
        ...(where.guildId ? { guildId: where.guildId } : {}),
        author: this.bot,
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
        ...(extra.webhook ? { webhookId: this.applicationId, applicationId: this.applicationId } : {}),
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
  }

  editMessage(m: Record<string, unknown>, body: Record<string, unknown>): Record<string, unknown> {
    for (const key of ["content", "embeds", "components", "attachments", "allowed_mentions"] as const) {
      if (key in body && key !== "allowed_mentions") m[key] = body[key];
    }
    // Editing a deferred response turns the "thinking…" placeholder into the real message.
    m.flags = (typeof m.flags === "number" ? m.flags : 0) & ~LOADING;
    m.edited_timestamp = new Date().toISOString();
    return m;
  }
}
