// /kb — for the people who keep the knowledge base: `reload` re-reads KNOWLEDGE_DIR without a restart,
// `gaps` lists this server's most frequent unanswered and 👎 questions. Server only; only administrators
// see it by default ("0"); the handler checks the member too (reload: Administrator, gaps: Manage Server).
import { ApplicationCommandOptionType, PermissionFlagsBits } from "discord.js";
import { readGaps } from "../storage/gaps.js";
import { infoReply, noticeReply } from "./replies/notices.js";
import type { Reply, ReplySection } from "./reply.js";
import { NO_STORAGE, NOT_IN_SERVER } from "./settings.js";
import {
  type Caller,
  type Command,
  type CommandContext,
  hasPermission,
  SERVER_ONLY,
  SUBCOMMAND,
} from "./types.js";

/** How many questions of each list /kb gaps shows. */
const GAPS_SHOWN = 10;

export const kb: Command = {
  data: {
    name: "kb",
    description: "Knowledge base tools for administrators",
    default_member_permissions: "0",
    ...SERVER_ONLY,
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "reload",
        description: "Re-read the knowledge base now, without a restart (a broken one is refused)",
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "gaps",
        description: `This server's ${GAPS_SHOWN} most asked unanswered questions and most disliked answers`,
      },
    ],
  },
  execute(options, ctx, caller) {
    if (!caller?.guildId) return noticeReply(NOT_IN_SERVER);
    if (options[SUBCOMMAND] === "reload") return reload(ctx, caller);
    if (options[SUBCOMMAND] === "gaps") return gaps(ctx, caller, caller.guildId);
    return noticeReply("Unknown subcommand. Use /kb reload or /kb gaps.");
  },
};

function reload(ctx: CommandContext, caller: Caller): Reply {
  if (!hasPermission(caller, PermissionFlagsBits.Administrator))
    return noticeReply("You need the Administrator permission to reload the knowledge base.");
  if (!ctx.reload) return noticeReply("This bot cannot reload its knowledge base.");
  const result = ctx.reload();
  if (result.ok) {
    return noticeReply(
      `Knowledge base reloaded: ${result.articles} article(s), ${result.facts} facts. New questions use it now.`,
    );
  }
  return infoReply(
    "Knowledge base refused",
    "The knowledge base has problems, so I kept the one I had; it still answers. Fix these and run /kb reload again:",
    [{ heading: "kb:check", lines: [...result.problems] }],
  );
}

function gaps(ctx: CommandContext, caller: Caller, guildId: string): Reply {
  if (!hasPermission(caller, PermissionFlagsBits.ManageGuild))
    return noticeReply("You need the Manage Server permission to see what members asked.");
  if (!ctx.store) return noticeReply(NO_STORAGE);
  ctx.store.flush();
  const found = readGaps(ctx.store.db, { guildId, limit: GAPS_SHOWN });
  const sections: ReplySection[] = [
    {
      heading: "Asked, not answered",
      lines:
        found.unanswered.length === 0
          ? ["None recorded."]
          : found.unanswered.map(
              (g, i) =>
                `${i + 1}. ${g.question} — ${g.count}×, last ${g.lastAsked.slice(0, 10)}; nearest fact: ${g.nearestFact ?? "none"}`,
            ),
    },
    {
      heading: "Answers voted 👎",
      lines:
        found.disliked.length === 0
          ? ["None recorded."]
          : found.disliked.map(
              (g, i) => `${i + 1}. ${g.question} — ${g.count}× 👎; facts: ${g.factIds.join(", ") || "none"}`,
            ),
    },
  ];
  const off = ctx.store.loggingEnabled(guildId)
    ? ""
    : " Logging is off for this server: nothing new is recorded.";
  return infoReply(
    "Knowledge gaps",
    `What members here asked that the knowledge base did not serve well.${off}`,
    sections,
  );
}
