// Short replies of our own: hints, notices, errors, and informational lists.
import type { Story } from "../../knowledge/types.js";
import { baseReply, type Reply, type ReplySection } from "../reply.js";

/** A short hint for chatter that mentions the bot but asks nothing. */
export function hintReply(story: Story): Reply {
  return baseReply(
    "notice",
    "Ask me something",
    `Ask me a question about the ${story.name}, e.g. “${story.example}”, or use /ask.`,
    false,
  );
}

export function rateLimitReply(retryAfterSeconds: number): Reply {
  return baseReply(
    "notice",
    "Slow down",
    `You're asking quickly — give me ${retryAfterSeconds} s and ask again.`,
    true,
  );
}

export function errorReply(): Reply {
  return baseReply("error", "Sorry", "Sorry, something went wrong while answering. Please try again.", true);
}

/** For a button, menu or form the bot does not know (an older version's, or a forged one): only the clicker sees it. */
export function unknownComponentReply(): Reply {
  return baseReply(
    "notice",
    "Not available",
    "This control no longer works (it may come from an older version of the bot). Ask again with /ask.",
    true,
  );
}

/** A short message of our own (settings, reload, feedback acknowledgements): plain text, no embed. */
export function noticeReply(body: string, ephemeral = true): Reply {
  return baseReply("notice", "Notice", body, ephemeral);
}

/** An informational reply with titled sections (settings list, gaps). */
export function infoReply(title: string, body: string, sections: ReplySection[], ephemeral = true): Reply {
  return { ...baseReply("info", title, body, ephemeral), sections };
}
