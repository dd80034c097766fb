// What discord.js keeps in memory. A Q&A bot needs its guilds, channels (threads too), roles and its own
// member (to compute its permissions), and nothing about the people who ask: by default every asker's user
// and member stayed cached for the life of the process, one of each per asker (docs/engine.md, figures).
import { type Client, Options, type SweeperOptions } from "discord.js";

/** Keeps the bot's own user and member: permissions are computed from guild.members.me. */
const isSelf = (value: { id: string; client: Client }) => value.id === value.client.user?.id;

/** Managers whose entries a Q&A bot never reads back: nothing is cached (0), the bot's own entry excepted. */
const CACHE_LIMITS = {
  ...Options.DefaultMakeCacheSettings,
  MessageManager: 0,
  UserManager: { maxSize: 0, keepOverLimit: isSelf },
  GuildMemberManager: { maxSize: 0, keepOverLimit: isSelf },
  PresenceManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  ThreadMemberManager: 0,
  VoiceStateManager: 0,
  GuildBanManager: 0,
  GuildInviteManager: 0,
  GuildScheduledEventManager: 0,
  StageInstanceManager: 0,
  AutoModerationRuleManager: 0,
};

export function makeCache() {
  return Options.cacheWithLimits(CACHE_LIMITS);
}

/** Archived threads are dropped after an hour; active ones stay (their messages need the channel). */
export const SWEEPERS: SweeperOptions = {
  ...Options.DefaultSweeperSettings,
  threads: { interval: 3_600, lifetime: 3_600 },
};

/** Cache sizes for a log line: how much discord.js holds. */
export function cacheSizes(client: Client): Record<string, number> {
  let members = 0;
  let channels = 0;
  for (const guild of client.guilds.cache.values()) {
    members += guild.members.cache.size;
    channels += guild.channels.cache.size;
  }
  return { guilds: client.guilds.cache.size, users: client.users.cache.size, members, channels };
}
