// Free-text questions in channels. The decisions are pure functions of a few message facts so they can be
// table-tested; `createMessageHandler` is the thin part that talks to discord.js.
import { type Message, MessageType } from "discord.js";
import { askQuestion } from "../commands/ask.js";
import { hintReply, rateLimitReply } from "../commands/replies/notices.js";
import type { CommandContext } from "../commands/types.js";
import { alternation, MESSAGE_OPENING_AUXILIARIES } from "../engine/auxiliaries.js";
import type { Answer } from "../engine/types.js";
import type { Logger } from "../log.js";
import type { ChannelPost } from "./channel-sender.js";
import { RecentIds } from "./dedupe.js";
import { factIdsOf, rateable } from "./feedback.js";
import { type RenderedMessage, renderReply } from "./render.js";

export interface IncomingMessage {
  authorId: string;
  authorIsBot: boolean;
  channelId: string;
  content: string;
  /** The bot is mentioned explicitly in the text (not merely as the author of a replied-to message). */
  mentionsBot: boolean;
  /** The message replies to one of the bot's own messages. */
  repliesToBot: boolean;
  /** For a message in a thread or forum post: the channel the thread belongs to. */
  parentChannelId?: string | null;
  /** A system message (thread created, member joined, pin …): never answered (Discord rejects a reply). */
  system?: boolean;
}

type Trigger = "qa-channel" | "mention" | "reply";

type MessageDecision =
  | { action: "ignore"; reason: string }
  | { action: "answer"; question: string; trigger: Trigger }
  | { action: "hint"; trigger: Trigger }
  | { action: "react"; emoji: string; trigger: Trigger };

interface MessagePolicy {
  botId: string;
  qaChannelIds: ReadonlySet<string>;
}

const INTERROGATIVE = new RegExp(
  `^(who|whom|whose|what|when|where|why|how|which|${alternation(MESSAGE_OPENING_AUXILIARIES)}|tell me|explain|describe|list|give me|show me|name)\\b`,
  "i",
);

const THANKS = /^(thanks|thank you|thx|ty|cheers|cool|nice|great|ok|okay|got it|good bot|👍|🙏)\b/iu;

/** Removes mentions of the bot so "@bot who leads?" reads as "who leads?". */
export function stripBotMention(content: string, botId: string): string {
  return content.replaceAll(`<@${botId}>`, " ").replaceAll(`<@!${botId}>`, " ").replace(/\s+/g, " ").trim();
}

/** A question: ends with "?" or opens like one ("who …", "does …", "tell me …"). */
export function isQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (!/\p{L}/u.test(trimmed)) return false;
  return /\?[\s\p{P}\p{Emoji_Presentation}]*$/u.test(trimmed) || INTERROGATIVE.test(trimmed);
}

export function decideMessage(message: IncomingMessage, policy: MessagePolicy): MessageDecision {
  if (message.authorIsBot || message.authorId === policy.botId) return { action: "ignore", reason: "bot" };
  if (message.system) return { action: "ignore", reason: "system message" };
  // A thread of a Q&A channel (a forum's posts are threads too) is part of it.
  const inQaChannel =
    policy.qaChannelIds.has(message.channelId) ||
    (message.parentChannelId != null && policy.qaChannelIds.has(message.parentChannelId));
  const trigger: Trigger | undefined = message.mentionsBot
    ? "mention"
    : message.repliesToBot
      ? "reply"
      : inQaChannel
        ? "qa-channel"
        : undefined;
  if (!trigger) return { action: "ignore", reason: "not addressed" };
  const text = stripBotMention(message.content, policy.botId);
  if (isQuestion(text)) return { action: "answer", question: text, trigger };
  // In a Q&A channel people also chat; only questions get an answer there.
  if (trigger === "qa-channel") return { action: "ignore", reason: "chatter" };
  if (THANKS.test(text)) return { action: "react", emoji: "👍", trigger };
  // Addressed directly with a bare phrase ("@bot al-Dalati"): treat it as a question; empty → hint.
  if (text.split(" ").filter((w) => /\p{L}/u.test(w)).length >= 2)
    return { action: "answer", question: text, trigger };
  return { action: "hint", trigger };
}

/**
 * An abstention is useful to someone who addressed the bot; to a passer-by in a Q&A channel whose question
 * is off the story entirely, a reaction is enough.
 */
export function abstentionAction(answer: Answer, trigger: Trigger): "reply" | "react" {
  if (answer.status === "answered") return "reply";
  return trigger === "qa-channel" && answer.suggestions.length === 0 ? "react" : "reply";
}

type LimitResult = { allowed: true } | { allowed: false; notify: boolean; retryAfterMs: number };

/** Per-key sliding-window limit: at most `max` events in any `windowMs`; one notice per window when over. */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly noticed = new Map<string, number>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  check(key: string, now: number): LimitResult {
    const since = now - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length < this.max) {
      recent.push(now);
      this.hits.set(key, recent);
      this.sweep(since);
      return { allowed: true };
    }
    this.hits.set(key, recent);
    const lastNotice = this.noticed.get(key);
    const notify = lastNotice === undefined || lastNotice <= since;
    if (notify) this.noticed.set(key, now);
    return { allowed: false, notify, retryAfterMs: (recent[0] ?? now) + this.windowMs - now };
  }

  /** Forgets idle users now and then so the maps don't grow with everyone who ever asked. */
  private sweep(since: number) {
    if (this.hits.size < 1000) return;
    for (const [key, times] of this.hits) if ((times.at(-1) ?? 0) <= since) this.hits.delete(key);
    for (const [key, at] of this.noticed) if (at <= since) this.noticed.delete(key);
  }
}

/** Message types people write; every other type is a system message. */
const USER_MESSAGE_TYPES: ReadonlySet<MessageType> = new Set([MessageType.Default, MessageType.Reply]);

/** The facts the decision needs, read from a discord.js message. */
function toIncoming(message: Message, botId: string): IncomingMessage {
  const content = message.content ?? "";
  const channel = message.channel;
  return {
    parentChannelId: channel?.isThread() ? channel.parentId : null,
    system: !USER_MESSAGE_TYPES.has(message.type),
    authorId: message.author.id,
    authorIsBot: message.author.bot,
    channelId: message.channelId,
    content,
    mentionsBot: content.includes(`<@${botId}>`) || content.includes(`<@!${botId}>`),
    repliesToBot: message.reference !== null && message.mentions.repliedUser?.id === botId,
  };
}

/** What the handler needs to post: the per-channel sender (channel-sender.ts), or a fake in unit tests. */
export interface ChannelPoster {
  enqueue(post: ChannelPost): boolean;
  usable(channelId: string, action: "reply" | "react"): boolean;
}

/** An edit older than this is not answered: the conversation has moved on. */
const EDIT_ANSWER_WINDOW_MS = 15 * 60_000;

interface MessageHandlerOptions {
  ctx: CommandContext;
  log: Logger;
  /** QA_CHANNEL_IDS; with a store, each server's own choice (set by /settings) comes first. */
  qaChannelIds: readonly string[];
  limiter: SlidingWindowLimiter;
  poster: ChannelPoster;
  now?: () => number;
}

/**
 * Handles a new message ("create") or an edited one ("edit"). Each message gets at most one response: an
 * edit is answered only when it turned chatter into a question nothing responded to yet, and only while
 * recent (EDIT_ANSWER_WINDOW_MS).
 */
export function createMessageHandler(options: MessageHandlerOptions) {
  const { ctx, log, limiter, poster } = options;
  const qaChannelIds = new Set(options.qaChannelIds);
  const now = options.now ?? Date.now;
  /** Messages something was done about (answer, reaction, hint, notice, or a rate-limit drop). */
  const handled = new RecentIds();

  return async function handleMessage(message: Message, how: "create" | "edit" = "create"): Promise<void> {
    const botId = message.client.user?.id;
    if (!botId || !message.inGuild() || message.partial) return;
    // Read for every message: a channel added with /settings is answered from the next message on.
    const channels = ctx.store ? ctx.store.qaChannels(message.guildId) : qaChannelIds;
    const decision = decideMessage(toIncoming(message, botId), { botId, qaChannelIds: channels });
    if (decision.action === "ignore") return;
    if (how === "edit") {
      if (decision.action !== "answer" || handled.has(message.id)) return;
      if (now() - message.createdTimestamp > EDIT_ANSWER_WINDOW_MS) return;
    }
    if (!handled.firstSight(message.id)) return;
    const receivedAt = now();
    const target = { channelId: message.channelId, guildId: message.guildId, messageId: message.id };
    const post = (kind: ChannelPost["kind"], reply: ChannelPost["reply"], rendered?: RenderedMessage) =>
      poster.enqueue({ kind, target, reply, receivedAt, ...(rendered ? { message: rendered } : {}) });
    try {
      if (decision.action === "react") {
        if (poster.usable(message.channelId, "react")) await message.react(decision.emoji);
        return;
      }
      const limit = limiter.check(message.author.id, receivedAt);
      if (!limit.allowed) {
        if (limit.notify) post("notice", rateLimitReply(Math.ceil(limit.retryAfterMs / 1000)));
        log.info({ userId: message.author.id }, "rate limited");
        return;
      }
      if (decision.action === "hint") {
        post("notice", hintReply(ctx.story));
        return;
      }
      // As /ask: cut to the one length cap, answered, built into the same reply.
      const { answer, reply } = askQuestion(ctx, decision.question, false);
      const record = {
        id: message.id,
        guildId: message.guildId,
        question: answer.question,
        status: answer.status,
      };
      if (abstentionAction(answer, decision.trigger) === "react") {
        // No reply to rate, but the question still shows curators what is missing.
        ctx.store?.recordAnswer({ ...record, factIds: factIdsOf(reply) });
        if (poster.usable(message.channelId, "react")) await message.react("❔");
        return;
      }
      // Alone, it carries the 👍/👎 row; combined with others (a busy channel), the combined form.
      post("answer", reply, rateable(ctx, reply, renderReply(reply), record));
      log.debug({ trigger: decision.trigger, status: answer.status, how }, "answer queued");
    } catch (err) {
      // A reaction refused (permissions, deleted message, network): log it and move on.
      log.warn({ err, messageId: message.id, channelId: message.channelId }, "could not answer message");
    }
  };
}
