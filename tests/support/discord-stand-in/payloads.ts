/**
 * Builders for the JSON payloads the Discord stand-in sends. Shapes follow what Discord sends today
 * (API v10) and, where discord.js 14.28 is picky, what its parsers read unconditionally:
 * - INTERACTION_CREATE must carry `entitlements` (array) and `authorizing_integration_owners` (object),
 *   or BaseInteraction's constructor throws inside the gateway handler (only visible as an unhandled rejection).
 * - A guild MESSAGE_CREATE is silently dropped unless GUILD_CREATE listed the channel.
 */
import type { APIUser, UserFlags } from "discord.js";

/** Discord's epoch (2015-01-01T00:00:00.000Z), used by snowflakes. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh, time-ordered snowflake, shaped as Discord makes them (timestamp << 22 | worker/process/increment). */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** The shard a guild lives on: (guild_id >> 22) % num_shards, as documented for the gateway. */
export function shardForGuild(guildId: string, shardCount: number): number {
  if (shardCount <= 1) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** Every permission a bot might need, as the decimal string Discord uses (`ADMINISTRATOR` is left out on purpose). */
export const ALL_TEXT_PERMISSIONS = "2248473465835073";

export interface UserSpec {
  id: string;
  username: string;
  bot?: boolean;
  globalName?: string | null;
}

export function user(spec: UserSpec): APIUser {
  return {
    id: spec.id,
    username: spec.username,
    discriminator: "0",
    global_name: spec.globalName ?? (spec.bot ? null : spec.username),
    avatar: null,
    // No flags set; the enum has no zero member, hence the cast.
    public_flags: 0 as UserFlags,
    ...(spec.bot ? { bot: true } : {}),
  };
}

export function botUser(id: string, username: string) {
  return {
    ...user({ id, username, bot: true }),
    verified: true,
    mfa_enabled: false,
    flags: 0,
    email: null,
    banner: null,
    accent_color: null,
  };
}

export interface GuildSpec {
  id: string;
  name?: string;
  channels: ChannelSpec[];
}

export interface ChannelSpec {
  id: string;
  name?: string;
  /** 0 GUILD_TEXT (default), 15 GUILD_FORUM, 2 GUILD_VOICE … */
  type?: number;
  /** Permission bits denied to @everyone in this channel (an overwrite), e.g. SEND_MESSAGES (1 << 11). */
  deny?: bigint;
}

export const SEND_MESSAGES = 1n << 11n;
export const SEND_MESSAGES_IN_THREADS = 1n << 38n;

export function guildTextChannel(guildId: string, channel: ChannelSpec, position: number) {
  return {
    id: channel.id,
    type: channel.type ?? 0,
    guild_id: guildId,
    name: channel.name ?? `channel-${position}`,
    position,
    permission_overwrites: channel.deny
      ? [{ id: guildId, type: 0, allow: "0", deny: channel.deny.toString() }]
      : [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0,
  };
}

export function member(u: APIUser, joinedAt: string) {
  return {
    user: u,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

/** GUILD_CREATE data: a full, available guild with the bot as its only cached member. */
export function guildCreate(spec: GuildSpec, bot: APIUser, ownerId: string, joinedAt: string) {
  return {
    id: spec.id,
    name: spec.name ?? `Guild ${spec.id}`,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        // @everyone shares the guild's id.
        id: spec.id,
        name: "@everyone",
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: ALL_TEXT_PERMISSIONS,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: "en-US",
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    incidents_data: null,
    // Gateway-only GUILD_CREATE extras.
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [member(bot, joinedAt)],
    channels: spec.channels.map((c, i) => {
      const { guild_id: _omitted, ...rest } = guildTextChannel(spec.id, c, i);
      return rest;
    }),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export interface MessageSpec {
  id: string;
  channelId: string;
  guildId?: string;
  author: APIUser;
  content: string;
  type?: number;
  mentions?: APIUser[];
  messageReference?: Record<string, unknown>;
  referencedMessage?: Record<string, unknown> | null;
  embeds?: unknown[];
  components?: unknown[];
  attachments?: unknown[];
  flags?: number;
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: Record<string, unknown>;
  timestamp?: string;
}

/** A message object as REST returns it (and as MESSAGE_CREATE carries it, minus gateway extras). */
export function message(spec: MessageSpec): Record<string, unknown> {
  return {
    id: spec.id,
    channel_id: spec.channelId,
    ...(spec.guildId ? { guild_id: spec.guildId } : {}),
    author: spec.author,
    content: spec.content,
    timestamp: spec.timestamp ?? new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: spec.mentions ?? [],
    mention_roles: [],
    attachments: spec.attachments ?? [],
    embeds: spec.embeds ?? [],
    pinned: false,
    type: spec.type ?? 0,
    flags: spec.flags ?? 0,
    components: spec.components ?? [],
    ...(spec.messageReference ? { message_reference: spec.messageReference } : {}),
    ...(spec.referencedMessage !== undefined ? { referenced_message: spec.referencedMessage } : {}),
    ...(spec.webhookId ? { webhook_id: spec.webhookId } : {}),
    ...(spec.applicationId ? { application_id: spec.applicationId } : {}),
    ...(spec.interactionMetadata ? { interaction_metadata: spec.interactionMetadata } : {}),
  };
}
