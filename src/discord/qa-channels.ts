// A configured Q&A channel the bot cannot answer in is a set-up mistake nobody would notice (the bot just
// stays silent there): at start-up, each one gets a warning saying why and what to fix.
import { ChannelType, type Client } from "discord.js";
import { missingPermissions } from "./channel-sender.js";

/** Channels whose messages (or, for forums, whose posts' messages) the bot answers. */
const ANSWERABLE: ReadonlySet<ChannelType> = new Set([
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.GuildForum,
  ChannelType.GuildMedia,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
]);

interface QaChannelProblem {
  channelId: string;
  msg: string;
  missing?: string[];
}

/** One problem per configured channel that cannot be answered; empty when all can. */
export function qaChannelProblems(client: Client, channelIds: readonly string[]): QaChannelProblem[] {
  const problems: QaChannelProblem[] = [];
  const me = client.user?.id;
  for (const channelId of channelIds) {
    const channel = client.channels.cache.get(channelId);
    if (!channel) {
      problems.push({
        channelId,
        msg: "QA_CHANNEL_IDS lists a channel the bot cannot see: check the id, that the bot is in that server, and its View Channel permission there",
      });
      continue;
    }
    if (!ANSWERABLE.has(channel.type) || channel.isDMBased()) {
      problems.push({
        channelId,
        msg: `QA_CHANNEL_IDS lists a channel of type ${ChannelType[channel.type]}, which has no messages to answer: use a text or forum channel`,
      });
      continue;
    }
    if (!me) continue;
    // A forum's questions are its posts (threads): replying there needs Send Messages in Threads.
    const isForum = channel.type === ChannelType.GuildForum || channel.type === ChannelType.GuildMedia;
    const missing = isForum
      ? (channel
          .permissionsFor(me)
          ?.missing(["ViewChannel", "SendMessagesInThreads", "EmbedLinks", "ReadMessageHistory"]) ?? [
          "ViewChannel",
        ])
      : missingPermissions(channel, me, "reply");
    if (missing.length > 0) {
      problems.push({
        channelId,
        missing,
        msg: `QA_CHANNEL_IDS lists a channel where the bot lacks permissions (${missing.join(", ")}): grant them to the bot's role in that channel`,
      });
    }
  }
  return problems;
}
