// What members do, sent to the bot through the gateway: slash commands and other interactions, button
// presses, messages and edits, threads and forum posts. Each returns a promise of the bot's reply.
import type { APIUser } from "discord.js";
import type { DispatchOutcome, GatewayStandIn } from "./gateway.js";
import { ALL_TEXT_PERMISSIONS, member, message, snowflake, user } from "./payloads.js";
import {
  answeredKey,
  asRecord,
  DIRECT_MESSAGES,
  defaultReplyTimeoutMs,
  GUILD_MESSAGES,
  INTERACTION_TYPE,
  type InteractionState,
  MESSAGE_CONTENT,
  type StandInState,
} from "./state.js";
import type {
  PressButtonOptions,
  SendInteractionOptions,
  SendMessageOptions,
  SentInteraction,
  SentMessage,
} from "./types.js";
import { quiet } from "./waiters.js";

/** The registered chat command `name` (guild commands first, then global) and its options' types. */
function registeredOptionTypes(s: StandInState, name: string, guildId: string | null) {
  const list = [...(guildId ? (s.commands.get(guildId) ?? []) : []), ...(s.commands.get("global") ?? [])];
  const command = list.find((c) => c.name === name && (c.type ?? 1) === 1);
  const types = new Map<string, number>();
  if (Array.isArray(command?.options)) {
    for (const o of command.options as Array<Record<string, unknown>>) {
      if (typeof o.name === "string" && typeof o.type === "number") types.set(o.name, o.type);
    }
  }
  return { command, types };
}

/** INTERACTION_CREATE as Discord sends it: the interaction's own part plus who, where and with what rights. */
function interactionPayload(
  s: StandInState,
  state: InteractionState,
  own: {
    type: number;
    data: unknown;
    message?: unknown;
    channel: Record<string, unknown>;
    permissions?: string;
    locale: string;
  },
): Record<string, unknown> {
  const { guildId, user: invoker } = state;
  return {
    id: state.id,
    application_id: s.applicationId,
    type: own.type,
    data: own.data,
    ...(own.message !== undefined ? { message: own.message } : {}),
    ...(guildId
      ? {
          guild_id: guildId,
          guild: { id: guildId, locale: "en-US", features: [] },
          guild_locale: "en-US",
          member: { ...member(invoker, s.startedAt), permissions: own.permissions ?? ALL_TEXT_PERMISSIONS },
        }
      : { user: invoker }),
    channel: own.channel,
    channel_id: state.channelId,
    token: state.token,
    version: 1,
    app_permissions: ALL_TEXT_PERMISSIONS,
    locale: own.locale,
    entitlements: [],
    authorizing_integration_owners: guildId ? { "0": guildId } : { "1": invoker.id },
    context: guildId ? 0 : 1,
    attachment_size_limit: 10_485_760,
  };
}

export interface MemberActions {
  sendInteraction(o: SendInteractionOptions): SentInteraction;
  pressButton(o: PressButtonOptions): SentInteraction;
  sendMessage(
    o: SendMessageOptions & { id?: string; event?: "MESSAGE_CREATE" | "MESSAGE_UPDATE" },
  ): SentMessage;
  editMessage(id: string, content: string): SentMessage;
  createThread(o: { parentId: string; name?: string; starter?: SendMessageOptions }): {
    threadId: string;
    starter?: SentMessage;
  };
}

export function memberActions(s: StandInState, gateway: GatewayStandIn): MemberActions {
  const sendInteraction: MemberActions["sendInteraction"] = (o) => {
    const invoker = o.user ? user(o.user) : s.defaultUser;
    const guildId = o.guildId === undefined ? (s.guilds[0]?.id ?? null) : o.guildId;
    const guild = guildId ? s.guilds.find((g) => g.id === guildId) : undefined;
    if (guildId && !guild)
      throw new Error(`sendInteraction: guild ${guildId} is not configured in the stand-in`);
    const channelId = guild ? (o.channelId ?? guild.channels[0]?.id) : s.dmChannel(invoker, o.channelId);
    if (!channelId) throw new Error(`sendInteraction: guild ${guildId} has no channels`);
    const channel = s.channels.get(channelId);
    if (!channel) throw new Error(`sendInteraction: channel ${channelId} is unknown to the stand-in`);
    if (guildId && channel.guild_id !== guildId) {
      throw new Error(`sendInteraction: channel ${channelId} is not in guild ${guildId}`);
    }
    const { command, types } = registeredOptionTypes(s, o.name, guildId);
    let dataOptions: Array<Record<string, unknown>>;
    if (Array.isArray(o.options)) {
      dataOptions = o.options.map((opt) => ({ ...opt }));
    } else {
      dataOptions = Object.entries(o.options ?? {}).map(([name, value]) => ({
        name,
        type:
          types.get(name) ??
          (typeof value === "string" ? 3 : typeof value === "boolean" ? 5 : Number.isInteger(value) ? 4 : 10),
        value,
      }));
    }
    if (o.kind === "autocomplete") {
      const focusName = o.focused ?? dataOptions.at(-1)?.name;
      const focus = dataOptions.find((opt) => opt.name === focusName);
      if (!focus) throw new Error("sendInteraction: autocomplete needs the focused option among `options`");
      focus.focused = true;
      // While typing, Discord sends the partial text as a string, whatever the option type.
      focus.value = String(focus.value ?? "");
    }
    const state = s.newInteraction(o.kind, { channelId, guildId }, invoker);
    const commandData = {
      id: typeof command?.id === "string" ? command.id : snowflake(),
      name: o.name,
      type: 1,
      ...(dataOptions.length > 0 ? { options: dataOptions } : {}),
      ...(guildId && command?.guild_id ? { guild_id: guildId } : {}),
    };
    const componentType = o.componentType ?? 2;
    // A component lives on a message of the bot's (here a made-up one, as after a restart).
    const componentMessage = message({
      id: snowflake(),
      channelId,
      ...(guildId ? { guildId } : {}),
      author: s.bot,
      content: "",
      components: [],
    });
    const data =
      o.kind === "component"
        ? {
            custom_id: o.name,
            component_type: componentType,
            ...(componentType === 2 ? {} : { values: o.values ?? [] }),
          }
        : o.kind === "modal"
          ? {
              custom_id: o.name,
              components: [
                {
                  type: 1,
                  components: [{ type: 4, custom_id: "field", value: String(o.values?.[0] ?? "") }],
                },
              ],
            }
          : commandData;
    const payload = interactionPayload(s, state, {
      type: INTERACTION_TYPE[o.kind],
      data,
      ...(o.kind === "component" ? { message: componentMessage } : {}),
      channel: guildId ? { ...channel } : { ...channel, recipients: [invoker] },
      ...(o.permissions !== undefined ? { permissions: o.permissions } : {}),
      locale: o.locale ?? "en-US",
    });
    const reply = s.callbackOf(
      state,
      o.replyTimeoutMs,
      `the callback of interaction ${o.name} (${state.id})`,
    );
    gateway.dispatch("INTERACTION_CREATE", payload, guildId ?? null);
    return { id: state.id, token: state.token, reply };
  };

  const pressButton: MemberActions["pressButton"] = (o) => {
    const target = o.messageId
      ? s.messages.get(o.messageId)
      : o.interactionId
        ? (s.interactions.get(o.interactionId)?.original ?? undefined)
        : undefined;
    if (!target)
      throw new Error("pressButton: no such message (give messageId or an answered interactionId)");
    const buttons = (Array.isArray(target.components) ? target.components : []).flatMap((row) => {
      const inner = asRecord(row).components;
      return Array.isArray(inner) ? inner.map(asRecord) : [];
    });
    if (!buttons.some((b) => b.custom_id === o.customId)) {
      throw new Error(`pressButton: message ${String(target.id)} has no button ${o.customId}`);
    }
    const invoker = o.user ? user(o.user) : s.defaultUser;
    const channelId = String(target.channel_id);
    const guildId = s.guildOf(channelId);
    const channel = s.channels.get(channelId) ?? {};
    const state = s.newInteraction("component", { channelId, guildId }, invoker);
    const payload = interactionPayload(s, state, {
      type: 3,
      data: { custom_id: o.customId, component_type: 2 },
      message: JSON.parse(JSON.stringify(target)),
      channel: { ...channel },
      ...(o.permissions !== undefined ? { permissions: o.permissions } : {}),
      locale: "en-US",
    });
    const reply = s.callbackOf(
      state,
      o.replyTimeoutMs,
      `the callback of a press on ${o.customId} (${state.id})`,
    );
    gateway.dispatch("INTERACTION_CREATE", payload, guildId ?? null);
    return { id: state.id, token: state.token, reply };
  };

  const sendMessage: MemberActions["sendMessage"] = (o) => {
    const id = o.id ?? snowflake();
    const author = o.author ? user(o.author) : s.defaultUser;
    const guildId = o.guildId ?? s.guildOf(o.channelId);
    if (guildId && !s.channels.has(o.channelId)) {
      throw new Error(
        `sendMessage: channel ${o.channelId} is not listed in guild ${guildId} (discord.js would drop it)`,
      );
    }
    if (!guildId) s.dmChannel(author, o.channelId);
    const mentions = (o.mentions ?? []).map((p) => ({
      ...user(p),
      ...(guildId ? { member: { ...member(user(p), s.startedAt), user: undefined } } : {}),
    }));
    const referenced = o.referencedMessage ? s.messages.get(o.referencedMessage) : undefined;
    if (o.referencedMessage && !referenced) {
      throw new Error(`sendMessage: referencedMessage ${o.referencedMessage} is unknown to the stand-in`);
    }
    const full = s.storeMessage({
      ...message({
        id,
        channelId: o.channelId,
        ...(guildId ? { guildId } : {}),
        author,
        content: o.content,
        mentions: mentions.map(({ member: _m, ...u }) => u),
        type: o.type ?? (referenced ? 19 : 0),
        ...(referenced
          ? {
              messageReference: {
                type: 0,
                message_id: referenced.id,
                channel_id: o.channelId,
                ...(guildId ? { guild_id: guildId } : {}),
              },
              referencedMessage: referenced,
            }
          : {}),
      }),
    });
    const mentionsBot = (o.mentions ?? []).some((p) => p.id === s.bot.id);
    const build = (intents: number): DispatchOutcome => {
      if (guildId && (intents & GUILD_MESSAGES) === 0) return { drop: "no GUILD_MESSAGES intent" };
      if (!guildId && (intents & DIRECT_MESSAGES) === 0) return { drop: "no DIRECT_MESSAGES intent" };
      const d: Record<string, unknown> = {
        ...full,
        mentions: JSON.parse(JSON.stringify(mentions)),
        // Gateway-only; discord.js needs it to build an uncached DM channel (with Partials.Channel).
        channel_type: guildId ? Number(s.channels.get(o.channelId)?.type ?? 0) : 1,
        ...(o.event === "MESSAGE_UPDATE" ? { edited_timestamp: new Date().toISOString() } : {}),
        ...(guildId ? { member: { ...member(author, s.startedAt), user: undefined } } : {}),
      };
      // Without MESSAGE_CONTENT, Discord blanks content-bearing fields except in DMs, mentions of the bot,
      // and the bot's own messages.
      if ((intents & MESSAGE_CONTENT) === 0 && guildId && !mentionsBot && author.id !== s.bot.id) {
        Object.assign(d, { content: "", embeds: [], attachments: [], components: [] });
      }
      return { d: JSON.parse(JSON.stringify(d)) };
    };
    const reply = quiet(
      s.waiters.waitFor(
        () => s.firstAnswered.get(answeredKey("POST", `/channels/${o.channelId}/messages`, id)),
        o.replyTimeoutMs ?? defaultReplyTimeoutMs(),
        `a reply to message ${id}`,
      ),
    );
    gateway.dispatch(o.event ?? "MESSAGE_CREATE", build, guildId ?? null);
    return { id, reply };
  };

  const editMessage: MemberActions["editMessage"] = (id, content) => {
    const stored = s.messages.get(id);
    if (!stored) throw new Error(`editMessage: message ${id} is unknown to the stand-in`);
    const author = asRecord(stored.author) as unknown as APIUser;
    return sendMessage({
      id,
      event: "MESSAGE_UPDATE",
      content,
      channelId: String(stored.channel_id),
      author: { id: author.id, username: author.username },
    });
  };

  const createThread: MemberActions["createThread"] = (o) => {
    const parent = s.channels.get(o.parentId);
    const guildId = s.guildOf(o.parentId);
    if (!parent || !guildId) throw new Error(`createThread: channel ${o.parentId} is not a guild channel`);
    const threadId = snowflake();
    const ownerId = o.starter?.author?.id ?? s.defaultUser.id;
    const thread = {
      id: threadId,
      type: 11, // PUBLIC_THREAD (a forum post is one too)
      guild_id: guildId,
      parent_id: o.parentId,
      name: o.name ?? "thread",
      owner_id: ownerId,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
      message_count: 0,
      member_count: 1,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: new Date().toISOString(),
        locked: false,
        create_timestamp: new Date().toISOString(),
      },
      total_message_sent: 0,
    };
    s.channels.set(threadId, thread);
    gateway.dispatch("THREAD_CREATE", { ...thread, newly_created: true }, guildId);
    const isForum = parent.type === 15 || parent.type === 16;
    if (!isForum) {
      // Discord announces a new thread in its parent with a system message.
      sendMessage({
        content: String(thread.name),
        channelId: o.parentId,
        type: 18,
        ...(o.starter?.author ? { author: o.starter.author } : {}),
      });
    }
    if (!o.starter) return { threadId };
    // A forum post's first message has the thread's id.
    const starter = sendMessage({ ...o.starter, channelId: threadId, ...(isForum ? { id: threadId } : {}) });
    return { threadId, starter };
  };

  return { sendInteraction, pressButton, sendMessage, editMessage, createThread };
}
