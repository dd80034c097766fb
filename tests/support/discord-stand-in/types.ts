// The stand-in's public types: its options, what it records, and what a test can do with it.
import type { APIApplicationCommandInteractionDataOption, APIUser } from "discord.js";
import type { GatewayEvent } from "./gateway.js";
import { ALL_TEXT_PERMISSIONS, type GuildSpec } from "./payloads.js";

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
