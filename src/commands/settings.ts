// /settings — per-server settings, stored in the database: the Q&A channels (answered without a mention)
// and whether questions and 👎 are recorded. Server only; Manage Server by default, and checked here too,
// since a server can change who sees a command.
import {
  type APIApplicationCommandChannelOption,
  ApplicationCommandOptionType,
  ChannelType,
  PermissionFlagsBits,
} from "discord.js";
import { infoReply, noticeReply } from "./replies/notices.js";
import type { Reply } from "./reply.js";
import {
  type Caller,
  type Command,
  type CommandContext,
  type CommandOptions,
  hasPermission,
  SERVER_ONLY,
  SUBCOMMAND,
  stringOption,
} from "./types.js";

const channelOption = (description: string): APIApplicationCommandChannelOption => ({
  type: ApplicationCommandOptionType.Channel,
  name: "channel",
  description,
  required: true,
  channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
});

export const NOT_IN_SERVER = "This command works in a server only.";
const NEEDS_MANAGE_SERVER = "You need the Manage Server permission to change these settings.";
export const NO_STORAGE = "Settings are not available: the bot runs without its database.";

export const settings: Command = {
  data: {
    name: "settings",
    description: "This server's settings for the bot",
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    ...SERVER_ONLY,
    options: [
      {
        type: ApplicationCommandOptionType.SubcommandGroup,
        name: "qa-channels",
        description: "Channels where every question is answered, no mention needed",
        options: [
          {
            type: ApplicationCommandOptionType.Subcommand,
            name: "add",
            description: "Answer every question posted in a channel",
            options: [channelOption("The channel to add")],
          },
          {
            type: ApplicationCommandOptionType.Subcommand,
            name: "remove",
            description: "Stop answering every question in a channel",
            options: [channelOption("The channel to remove")],
          },
          {
            type: ApplicationCommandOptionType.Subcommand,
            name: "list",
            description: "Show this server's Q&A channels",
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "logging",
        description: "Record unanswered questions and 👎 for curators (see PRIVACY.md)",
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: "state",
            description: "on: record (the default); off: record nothing and delete what was kept",
            required: true,
            choices: [
              { name: "on", value: "on" },
              { name: "off", value: "off" },
            ],
          },
        ],
      },
    ],
  },
  execute(options, ctx, caller) {
    return executeSettings(options, ctx, caller);
  },
};

function channelLabel(caller: Caller, id: string): string {
  const name = caller.channelName(id);
  return name ? `#${name} (${id})` : id;
}

function executeSettings(options: CommandOptions, ctx: CommandContext, caller: Caller | undefined): Reply {
  if (!caller?.guildId) return noticeReply(NOT_IN_SERVER);
  if (!hasPermission(caller, PermissionFlagsBits.ManageGuild)) return noticeReply(NEEDS_MANAGE_SERVER);
  const store = ctx.store;
  if (!store) return noticeReply(NO_STORAGE);
  const guildId = caller.guildId;
  const inGuild = (id: string) => caller.channelName(id) !== undefined;
  const channel = stringOption(options, "channel") ?? "";
  switch (options[SUBCOMMAND]) {
    case "qa-channels add": {
      const added = store.addQaChannel(guildId, channel, inGuild);
      const label = channelLabel(caller, channel);
      if (!added) return noticeReply(`${label} is already a Q&A channel.`);
      const intentNote = ctx.messageContent
        ? ""
        : " Note: I started without the Message Content intent, so I only see questions there that mention me until I am restarted (enable Message Content Intent in the Developer Portal first).";
      return noticeReply(`Added ${label}: I now answer every question posted there.${intentNote}`);
    }
    case "qa-channels remove": {
      const removed = store.removeQaChannel(guildId, channel, inGuild);
      const label = channelLabel(caller, channel);
      return noticeReply(
        removed
          ? `Removed ${label}: I answer there only when mentioned or replied to.`
          : `${label} was not a Q&A channel.`,
      );
    }
    case "qa-channels list": {
      const own = store.hasOwnQaChannels(guildId);
      const ids = [...store.qaChannels(guildId)].filter((id) => own || inGuild(id));
      const source = own ? "set with /settings" : "the default, QA_CHANNEL_IDS";
      return infoReply(
        "Q&A channels",
        ids.length === 0
          ? `No Q&A channels (${source}). Add one with /settings qa-channels add.`
          : `I answer every question posted in these channels (${source}):`,
        ids.length === 0 ? [] : [{ heading: "Channels", lines: ids.map((id) => channelLabel(caller, id)) }],
      );
    }
    case "logging": {
      const on = stringOption(options, "state") === "on";
      store.setLogging(guildId, on);
      return noticeReply(
        on
          ? "Logging is on: unanswered questions and 👎 are recorded for curators (see PRIVACY.md)."
          : "Logging is off: nothing is recorded for this server, and what was kept has been deleted.",
      );
    }
    default:
      return noticeReply("Unknown setting. Use /settings qa-channels add|remove|list or /settings logging.");
  }
}
