// REST for channels and their messages: what a bot posts, edits and reacts with.
import { SEND_MESSAGES, SEND_MESSAGES_IN_THREADS } from "./payloads.js";
import { asRecord, errorReply, notFound, type Reply, type StandInState } from "./state.js";
import type { RecordedRequest } from "./types.js";
import { fieldError, validateMessageBody } from "./validate.js";

/** /channels/:id[/messages[/:id[/reactions/:emoji/@me]]], with permissions, enforce_nonce and the send limit. */
export function channelRoute(s: StandInState, r: RecordedRequest, seg: string[]): Reply {
  const channelId = seg[1] ?? "";
  const channel = s.channels.get(channelId);
  if (!channel) return notFound("Unknown Channel", 10003);
  const guildId = s.guildOf(channelId);
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
    if (refId && !s.messages.has(refId) && reference.fail_if_not_exists !== false) {
      return errorReply(fieldError("message_reference", "REPLIES_UNKNOWN_MESSAGE", "Unknown message"));
    }
    const denied = s.deniedBits(channel);
    if (denied & (channel.type === 11 || channel.type === 12 ? SEND_MESSAGES_IN_THREADS : SEND_MESSAGES)) {
      return { status: 403, body: { message: "Missing Permissions", code: 50013 } };
    }
    // enforce_nonce: a repeated nonce returns the message already created, posting nothing new.
    const nonce =
      typeof body.nonce === "string" || typeof body.nonce === "number" ? String(body.nonce) : null;
    const existing =
      nonce && body.enforce_nonce === true ? s.byNonce.get(`${channelId}:${nonce}`) : undefined;
    if (existing) return { status: 200, body: existing };
    const limitHeaders: Record<string, string> = {};
    if (s.options.channelSendLimit) {
      const { count, windowMs } = s.options.channelSendLimit;
      const now = Date.now();
      const times = (s.sendTimes.get(channelId) ?? []).filter((t) => t > now - windowMs);
      s.sendTimes.set(channelId, times);
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
    const created = s.botMessage(body, { channelId, guildId });
    if (nonce !== null) created.nonce = nonce;
    if (nonce && body.enforce_nonce === true) s.byNonce.set(`${channelId}:${nonce}`, created);
    s.botMessages.set(String(created.id), created);
    return { status: 200, body: created, headers: limitHeaders };
  }
  const target = rest[1] ? s.messages.get(rest[1]) : undefined;
  if (!target || target.channel_id !== channelId) return notFound("Unknown Message", 10008);
  if (rest.length === 2) {
    if (r.method === "GET") return { status: 200, body: target };
    if (r.method === "PATCH") {
      if (asRecord(target.author).id !== s.bot.id) {
        return {
          status: 403,
          body: { message: "Cannot edit a message authored by another user", code: 50005 },
        };
      }
      return { status: 200, body: s.editMessage(target, asRecord(r.body)) };
    }
    if (r.method === "DELETE") {
      s.messages.delete(String(target.id));
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
}
