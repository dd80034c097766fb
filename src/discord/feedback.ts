// 👍/👎 on every answer. The buttons carry the answer's id (the interaction id of a slash command, the id of
// the message a channel reply answers), and the answer itself is kept in the database, so a press still
// counts after a restart. A press is counted once per member per answer and acknowledged only to them.
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from "discord.js";
import { noticeReply, unknownComponentReply } from "../commands/replies/notices.js";
import type { Reply } from "../commands/reply.js";
import type { CommandContext } from "../commands/types.js";
import type { AnswerRecord, Vote } from "../storage/store.js";
import type { ComponentInteraction } from "./components.js";
import { ACTION_ROWS_MAX } from "./limits.js";
import { type RenderedMessage, renderReply } from "./render.js";
import { respond } from "./respond.js";

export const FEEDBACK_ID_PREFIX = "feedback:";
const VOTES: Record<Vote, string> = { up: "👍", down: "👎" };

/** The custom id of a feedback button (≤ 100 characters: snowflakes have at most 20 digits). */
export function feedbackId(vote: Vote, answerId: string): string {
  return `${FEEDBACK_ID_PREFIX}${vote}:${answerId}`;
}

export function parseFeedbackId(customId: string): { vote: Vote; answerId: string } | undefined {
  const match = /^feedback:(up|down):(\d{1,20})$/.exec(customId);
  return match ? { vote: match[1] as Vote, answerId: match[2] as string } : undefined;
}

/** Replies members can rate: answers and abstentions, not notices, errors or /about. */
export function isRateable(reply: Reply): boolean {
  return reply.kind === "answer" || reply.kind === "abstain";
}

/** The facts an answer rests on, or for an abstention the nearest ones it suggested. */
export function factIdsOf(reply: Reply): string[] {
  const ids =
    reply.citations.length > 0
      ? reply.citations.map((c) => c.factId)
      : reply.suggestions.map((s) => s.factId);
  return [...new Set(ids)];
}

/**
 * The message with a 👍/👎 row added last. The rendered message may be shared (a remembered answer), so
 * this builds a new one; with every row taken, the last (link) row gives way.
 */
export function withFeedback(message: RenderedMessage, answerId: string): RenderedMessage {
  const row: APIActionRowComponent<APIButtonComponent> = {
    type: ComponentType.ActionRow,
    components: (["up", "down"] as const).map((vote) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: feedbackId(vote, answerId),
      emoji: { name: VOTES[vote] },
    })),
  };
  return { ...message, components: [...message.components.slice(0, ACTION_ROWS_MAX - 1), row] };
}

/**
 * Keeps the answer (off the reply path: the store queues it) and returns the message with its buttons.
 * Without a store (no database) the message goes out as it is.
 */
export function rateable(
  ctx: CommandContext,
  reply: Reply,
  message: RenderedMessage,
  record: Omit<AnswerRecord, "factIds">,
): RenderedMessage {
  if (!ctx.store || !isRateable(reply)) return message;
  ctx.store.recordAnswer({ ...record, factIds: factIdsOf(reply) });
  return withFeedback(message, record.id);
}

const ACK: Record<"counted" | "already-counted" | "unknown-answer", (vote: Vote) => string> = {
  counted: (vote) => `Thanks — your ${VOTES[vote]} is counted.`,
  "already-counted": () => "You already rated this answer; it counts once.",
  "unknown-answer": () => "This answer is too old to rate (votes are kept for a limited time).",
};

/** A press on 👍 or 👎 (registered in components.ts); a malformed id is answered as unknown. */
export async function handleFeedback(interaction: ComponentInteraction, ctx: CommandContext): Promise<void> {
  const parsed = parseFeedbackId(interaction.customId);
  if (!parsed) {
    await respond(interaction, renderReply(unknownComponentReply()));
    return;
  }
  const result = ctx.store
    ? ctx.store.vote(parsed.answerId, interaction.user.id, parsed.vote)
    : "unknown-answer";
  await respond(interaction, renderReply(noticeReply(ACK[result](parsed.vote))));
}
