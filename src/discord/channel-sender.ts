// Channel replies, one queue per channel. Discord lets a bot post about 5 messages per 5 s in a channel, and
// discord.js queues a channel's requests behind each other: unbounded, one slow reply held every later
// answer in its channel (4 attempts × the REST timeout) and a flood piled up for minutes. Here:
// - each channel's queue is bounded (CHANNEL_QUEUE_MAX, oldest dropped) and never posts an answer more than
//   ANSWER_LATE_MAX_MS after its question arrived (stale questions are dropped);
// - questions waiting together are answered in one message that says so (COMBINE_MAX answers);
// - one reply may hold its channel for CHANNEL_REPLY_BUDGET_MS at most, retries included, and a retry
//   cannot post twice (nonce + enforce_nonce: Discord returns the message it already created);
// - the bot's permissions are checked before posting, and a channel answering 403 (50013 Missing
//   Permissions, 50001 Missing Access) is left alone for FORBIDDEN_BACKOFF_MS — every doomed request
//   counts toward Discord's 10,000 invalid requests per 10 minutes — with one log line per channel.
import {
  type Client,
  type GuildBasedChannel,
  PermissionFlagsBits,
  type PermissionResolvable,
  type RateLimitData,
  Routes,
} from "discord.js";
import type { Reply } from "../commands/reply.js";
import type { Logger } from "../log.js";
import {
  type ChannelReplyTarget,
  COMBINE_MAX,
  messageLink,
  type RenderedMessage,
  renderCombined,
  renderReply,
  toChannelMessageBody,
} from "./render.js";
import type { WorkTracker } from "./work.js";

/** No answer is posted later than this after its question arrived. */
const ANSWER_LATE_MAX_MS = 30_000;
/** The longest one reply (all its attempts) may hold its channel. */
const CHANNEL_REPLY_BUDGET_MS = 5_000;
/** One attempt's timeout within the budget: a hung request is given up on and sent again (same nonce). */
const REPLY_ATTEMPT_TIMEOUT_MS = 2_000;
/**
 * Questions waiting per channel; past this the oldest is dropped. At 5 messages per 5 s and up to 15
 * questions a message, a channel answers ~15 questions a second: 200 is about what 30 s can clear when
 * questions repeat, and bounds the memory a flood can take.
 */
const CHANNEL_QUEUE_MAX = 200;
/** Questions one combined message links to (each link ~90 characters of the 2000 of its content). */
const COMBINE_LINKS_MAX = 15;
/** How long a channel that answered 403 is left alone. */
const FORBIDDEN_BACKOFF_MS = 10 * 60_000;
/** Discord's codes for "the bot may not do this here". */
const FORBIDDEN_CODES: ReadonlySet<number> = new Set([50001, 50013]);

export interface ChannelPost {
  /** Answers may be combined with others; notices (hints, rate-limit notes) go alone. */
  kind: "answer" | "notice";
  target: ChannelReplyTarget;
  reply: Reply;
  /** The reply as sent alone, when it differs from renderReply(reply) (the 👍/👎 row of feedback.ts). */
  message?: RenderedMessage;
  receivedAt: number;
}

interface Queued extends ChannelPost {
  done: () => void;
}

interface ChannelSenderOptions {
  client: Client;
  log: Logger;
  work: WorkTracker;
  now?: () => number;
  budgetMs?: number;
  attemptTimeoutMs?: number;
}

interface ChannelSenderStats {
  posted: number;
  combined: number;
  droppedStale: number;
  droppedOverflow: number;
  droppedForbidden: number;
  failed: number;
}

const REPLY_PERMISSIONS: PermissionResolvable[] = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ReadMessageHistory,
];
const THREAD_REPLY_PERMISSIONS: PermissionResolvable[] = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ReadMessageHistory,
];
const REACT_PERMISSIONS: PermissionResolvable[] = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.AddReactions,
  PermissionFlagsBits.ReadMessageHistory,
];

/** The permissions the bot lacks to reply (or react) in a cached guild channel; [] when it has them all. */
export function missingPermissions(
  channel: GuildBasedChannel,
  me: string,
  action: "reply" | "react",
): string[] {
  const permissions = channel.permissionsFor(me);
  if (!permissions) return ["ViewChannel"];
  const needed =
    action === "react"
      ? REACT_PERMISSIONS
      : channel.isThread()
        ? THREAD_REPLY_PERMISSIONS
        : REPLY_PERMISSIONS;
  return permissions.missing(needed);
}

function discordErrorCode(err: unknown): number | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "number" ? code : undefined;
}

/** A timeout, a dropped connection or a 5xx: the reply may be sent again (the nonce prevents a double). */
function retriable(err: unknown): boolean {
  const e = err as { name?: unknown; status?: unknown; code?: unknown } | null;
  if (e?.name === "AbortError" || e?.name === "TimeoutError") return true;
  if (typeof e?.status === "number" && e.status >= 500) return true;
  return typeof e?.code === "string" && /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|UND_ERR)/.test(e.code);
}

/**
 * For discord.js's `rest.rejectOnRateLimit`: a channel message about to wait for a rate limit is handed back
 * (RateLimitError) so the sender waits outside its attempt timer. Every other request waits as usual.
 */
export function isChannelMessagePost(data: RateLimitData): boolean {
  return data.route === "/channels/:id/messages" && data.method.toUpperCase() === "POST";
}

/** How long a RateLimitError says to wait, in ms; undefined for any other error. */
function rateLimitWait(err: unknown): number | undefined {
  const e = err as { timeToReset?: unknown; retryAfter?: unknown } | null;
  if (typeof e?.timeToReset !== "number" || typeof e.retryAfter !== "number") return undefined;
  return Math.max(e.timeToReset, e.retryAfter, 0) + 50;
}

export class ChannelSender {
  readonly stats: ChannelSenderStats = {
    posted: 0,
    combined: 0,
    droppedStale: 0,
    droppedOverflow: 0,
    droppedForbidden: 0,
    failed: 0,
  };
  readonly #queues = new Map<string, Queued[]>();
  readonly #forbiddenUntil = new Map<string, number>();
  /** Channels already logged as unusable: one line per channel until it works again. */
  readonly #warned = new Set<string>();
  readonly #client: Client;
  readonly #log: Logger;
  readonly #work: WorkTracker;
  readonly #now: () => number;
  readonly #budgetMs: number;
  readonly #attemptTimeoutMs: number;

  constructor(options: ChannelSenderOptions) {
    this.#client = options.client;
    this.#log = options.log;
    this.#work = options.work;
    this.#now = options.now ?? Date.now;
    this.#budgetMs = options.budgetMs ?? CHANNEL_REPLY_BUDGET_MS;
    this.#attemptTimeoutMs = options.attemptTimeoutMs ?? REPLY_ATTEMPT_TIMEOUT_MS;
  }

  /** Questions waiting in all channels. */
  get waiting(): number {
    let n = 0;
    for (const queue of this.#queues.values()) n += queue.length;
    return n;
  }

  /**
   * Whether the bot may post (or react) in this channel now: not backed off after a 403, and holding the
   * permissions (when the channel is cached). Logs once per channel when it may not.
   */
  usable(channelId: string, action: "reply" | "react" = "reply"): boolean {
    const until = this.#forbiddenUntil.get(channelId);
    if (until !== undefined) {
      if (until > this.#now()) return false;
      this.#forbiddenUntil.delete(channelId);
    }
    const channel = this.#client.channels.cache.get(channelId);
    const me = this.#client.user?.id;
    if (!channel || channel.isDMBased() || !me) return true;
    const missing = missingPermissions(channel, me, action);
    if (missing.length === 0) {
      this.#warned.delete(`${channelId}:${action}`);
      return true;
    }
    if (!this.#warned.has(`${channelId}:${action}`)) {
      this.#warned.add(`${channelId}:${action}`);
      this.#log.warn(
        { channelId, action, missing },
        "missing permissions in a channel: not answering there until they are granted",
      );
    }
    return false;
  }

  /** A 403 from Discord for this channel: leave it alone for a while, and drop what waits for it. */
  forbidden(channelId: string, code: number | undefined): void {
    this.#forbiddenUntil.set(channelId, this.#now() + FORBIDDEN_BACKOFF_MS);
    const queue = this.#queues.get(channelId) ?? [];
    this.stats.droppedForbidden += queue.length;
    for (const item of queue.splice(0)) item.done();
    if (!this.#warned.has(`${channelId}:forbidden`)) {
      this.#warned.add(`${channelId}:forbidden`);
      this.#log.warn(
        { channelId, code, backoffMinutes: FORBIDDEN_BACKOFF_MS / 60_000 },
        "Discord refused the bot in a channel (missing permissions or access): not posting there for a while",
      );
    }
  }

  /** Queues a reply; false when the channel is not usable (nothing queued). */
  enqueue(post: ChannelPost): boolean {
    const channelId = post.target.channelId;
    if (!this.usable(channelId)) return false;
    let queue = this.#queues.get(channelId);
    const idle = queue === undefined;
    if (!queue) {
      queue = [];
      this.#queues.set(channelId, queue);
    }
    queue.push({ ...post, done: this.#work.begin() });
    if (queue.length > CHANNEL_QUEUE_MAX) {
      queue.shift()?.done();
      this.stats.droppedOverflow += 1;
      this.#log.debug({ channelId }, "channel queue full: oldest question dropped");
    }
    if (idle) void this.#pump(channelId, queue);
    return true;
  }

  async #pump(channelId: string, queue: Queued[]): Promise<void> {
    try {
      while (queue.length > 0) {
        const batch = this.#takeBatch(channelId, queue);
        if (batch.length > 0) await this.#send(channelId, batch);
      }
    } finally {
      this.#queues.delete(channelId);
    }
  }

  /** Drops what is too old to be answered in time, then takes one notice, or answers to combine. */
  #takeBatch(channelId: string, queue: Queued[]): Queued[] {
    const oldestAllowed = this.#now() - (ANSWER_LATE_MAX_MS - this.#budgetMs);
    let stale = 0;
    while (queue[0] && queue[0].receivedAt < oldestAllowed) {
      queue.shift()?.done();
      stale += 1;
    }
    if (stale > 0) {
      this.stats.droppedStale += stale;
      this.#log.info({ channelId, questions: stale }, "questions dropped: too late to answer");
    }
    const first = queue[0];
    if (!first) return [];
    if (first.kind === "notice") return queue.splice(0, 1);
    const batch: Queued[] = [];
    const replies = new Set<Reply>();
    while (queue[0]?.kind === "answer" && batch.length < COMBINE_LINKS_MAX) {
      const next: Queued = queue[0];
      if (!replies.has(next.reply) && replies.size >= COMBINE_MAX) break;
      replies.add(next.reply);
      batch.push(next);
      queue.shift();
    }
    return batch;
  }

  async #send(channelId: string, batch: Queued[]): Promise<void> {
    try {
      if (!this.usable(channelId)) {
        this.stats.droppedForbidden += batch.length;
        return;
      }
      const newest = batch[batch.length - 1] as Queued;
      const message =
        batch.length === 1
          ? (newest.message ?? renderReply(newest.reply))
          : renderCombined(
              batch.map((b) => b.reply),
              batch.map((b) => messageLink(b.target.guildId ?? "@me", channelId, b.target.messageId)),
            );
      // The newest question's id: unique per reply, and the same on every attempt.
      const latestAt = (batch[0] as Queued).receivedAt + ANSWER_LATE_MAX_MS;
      await this.#post(
        channelId,
        toChannelMessageBody(message, newest.target, newest.target.messageId),
        latestAt,
      );
      this.stats.posted += 1;
      if (batch.length > 1) this.stats.combined += batch.length;
    } catch (err) {
      const code = discordErrorCode(err);
      if (rateLimitWait(err) !== undefined) {
        // The channel's send limit would make this answer more than ANSWER_LATE_MAX_MS late.
        this.stats.droppedStale += batch.length;
        this.#log.info({ channelId, questions: batch.length }, "questions dropped: too late to answer");
      } else if (code !== undefined && FORBIDDEN_CODES.has(code)) {
        this.stats.droppedForbidden += batch.length;
        this.forbidden(channelId, code);
      } else {
        this.stats.failed += batch.length;
        this.#log.warn({ err, channelId, questions: batch.length }, "could not answer message");
      }
    } finally {
      for (const item of batch) item.done();
    }
  }

  /**
   * POST with a total budget: attempts of REPLY_ATTEMPT_TIMEOUT_MS, the same body (nonce) each time. Waiting
   * out the channel's send limit is not counted: that is Discord's pace, not a stuck request. discord.js
   * hands those waits to us (rejectOnRateLimit, see isChannelMessagePost) rather than sleeping inside a
   * request our timer would abort; we wait, unless the answer would then be more than ANSWER_LATE_MAX_MS
   * late (`latestAt`).
   */
  async #post(channelId: string, body: Record<string, unknown>, latestAt: number): Promise<unknown> {
    let deadline = this.#now() + this.#budgetMs;
    for (let attempt = 1; ; attempt++) {
      const left = deadline - this.#now();
      const signal = AbortSignal.timeout(Math.max(1, Math.min(this.#attemptTimeoutMs, left)));
      try {
        return await this.#client.rest.post(Routes.channelMessages(channelId), { body, signal });
      } catch (err) {
        const waitMs = rateLimitWait(err);
        if (waitMs !== undefined && this.#now() + waitMs < latestAt) {
          await new Promise((resolve) => setTimeout(resolve, waitMs));
          deadline += waitMs;
          continue;
        }
        if (!retriable(err) || deadline - this.#now() < 250) throw err;
        this.#log.debug(
          { channelId, attempt, err },
          "channel reply attempt failed; sending again (same nonce)",
        );
      }
    }
  }
}
