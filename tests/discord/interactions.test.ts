import type { ChatInputCommandInteraction, Interaction, Message } from "discord.js";
import { MessageFlags } from "discord.js";
import pino from "pino";
import { describe, expect, test, vi } from "vitest";
import { errorReply } from "../../src/commands/replies/notices.js";
import type { ChannelPost } from "../../src/discord/channel-sender.js";
import { handleInteraction } from "../../src/discord/interactions.js";
import {
  type ChannelPoster,
  createMessageHandler,
  SlidingWindowLimiter,
} from "../../src/discord/messages.js";
import { renderReply } from "../../src/discord/render.js";
import { respond, responseMethod } from "../../src/discord/respond.js";
import { ctx, fakeEngine } from "../commands/fixtures.js";

const log = pino({ level: "silent" });

describe("responseMethod", () => {
  test.each([
    [{ replied: false, deferred: false }, "reply"],
    [{ replied: false, deferred: true }, "editReply"],
    [{ replied: true, deferred: false }, "followUp"],
    [{ replied: true, deferred: true }, "followUp"],
  ])("%j → %s", (state, expected) => {
    expect(responseMethod(state)).toBe(expected);
  });
});

function fakeCommand(
  name: string,
  options: { name: string; value: string | boolean }[],
  state = { replied: false, deferred: false },
) {
  const calls: { method: string; payload: Record<string, unknown> }[] = [];
  const record = (method: string) =>
    vi.fn(async (payload: Record<string, unknown>) => {
      calls.push({ method, payload });
      state.replied = true;
      return {};
    });
  const interaction = {
    id: "1",
    commandName: name,
    options: { data: options },
    ...state,
    get replied() {
      return state.replied;
    },
    get deferred() {
      return state.deferred;
    },
    isChatInputCommand: () => true,
    isAutocomplete: () => false,
    isButton: () => false,
    reply: record("reply"),
    editReply: record("editReply"),
    followUp: record("followUp"),
  };
  return { interaction: interaction as unknown as ChatInputCommandInteraction & Interaction, calls };
}

describe("handleInteraction", () => {
  test("answers a slash command with a direct reply, hide → ephemeral", async () => {
    const { interaction, calls } = fakeCommand("who-leads", [
      { name: "side", value: "syria" },
      { name: "hide", value: true },
    ]);
    await handleInteraction(interaction, ctx, log);
    expect(calls.map((c) => c.method)).toEqual(["reply"]);
    expect(calls[0]?.payload.flags).toBe(MessageFlags.Ephemeral);
    expect(calls[0]?.payload.allowedMentions).toEqual({ parse: [] });
  });

  test("a failing handler gets one short ephemeral apology, not a crash", async () => {
    const engine = {
      ...fakeEngine(),
      ask: () => {
        throw new Error("boom");
      },
    };
    const { interaction, calls } = fakeCommand("ask", [{ name: "question", value: "who?" }]);
    await expect(handleInteraction(interaction, { ...ctx, engine }, log)).resolves.toBeUndefined();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.payload.flags).toBe(MessageFlags.Ephemeral);
    expect(String(calls[0]?.payload.content)).toMatch(/sorry/i);
  });

  test("a reply that fails after acknowledging is followed up, never replied twice", async () => {
    const { interaction, calls } = fakeCommand("about", [], { replied: true, deferred: false });
    await respond(interaction, renderReply(errorReply()));
    expect(calls.map((c) => c.method)).toEqual(["followUp"]);
  });

  test("a deferred interaction is edited, without the ephemeral flag", async () => {
    const { interaction, calls } = fakeCommand("about", [], { replied: false, deferred: true });
    await respond(interaction, renderReply(errorReply()));
    expect(calls.map((c) => c.method)).toEqual(["editReply"]);
    expect(calls[0]?.payload.flags).toBeUndefined();
  });

  test("even when sending the apology fails, nothing throws", async () => {
    const engine = {
      ...fakeEngine(),
      leaders: () => {
        throw new Error("boom");
      },
    };
    const { interaction } = fakeCommand("who-leads", []);
    (interaction as unknown as { reply: () => Promise<never> }).reply = () =>
      Promise.reject(new Error("network"));
    await expect(handleInteraction(interaction, { ...ctx, engine }, log)).resolves.toBeUndefined();
  });

  test("autocomplete responds with at most 25 choices", async () => {
    const respondFn = vi.fn(async () => undefined);
    const interaction = {
      commandName: "ask",
      responded: false,
      isChatInputCommand: () => false,
      isAutocomplete: () => true,
      isButton: () => false,
      options: { getFocused: () => ({ name: "question", value: "" }) },
      respond: respondFn,
    } as unknown as Interaction;
    await handleInteraction(interaction, ctx, log);
    expect(respondFn).toHaveBeenCalledOnce();
    const choices = (respondFn.mock.calls[0] as unknown as [unknown[]])[0];
    expect(choices.length).toBeLessThanOrEqual(25);
  });
});

function fakeMessage(content: string, overrides: Record<string, unknown> = {}) {
  const replies: Record<string, unknown>[] = [];
  const reactions: string[] = [];
  const message = {
    id: "m1",
    content,
    channelId: "3000",
    author: { id: "42", bot: false },
    client: { user: { id: "1000" } },
    reference: null,
    mentions: { repliedUser: null },
    inGuild: () => true,
    type: 0,
    partial: false,
    createdTimestamp: 0,
    guildId: "1",
    channel: { isThread: () => false },
    reply: vi.fn(async (payload: Record<string, unknown>) => {
      replies.push(payload);
      return {};
    }),
    react: vi.fn(async (emoji: string) => {
      reactions.push(emoji);
    }),
    ...overrides,
  };
  return { message: message as unknown as Message, replies, reactions };
}

/** Records what the handler queues for a channel, as the real ChannelSender would receive it. */
function fakePoster(usable = true) {
  const posts: ChannelPost[] = [];
  const poster: ChannelPoster = {
    enqueue: (post) => {
      if (usable) posts.push(post);
      return usable;
    },
    usable: () => usable,
  };
  return { poster, posts };
}

describe("message handler", () => {
  const make = (max = 2, poster = fakePoster().poster) =>
    createMessageHandler({
      ctx,
      log,
      qaChannelIds: ["2000"],
      limiter: new SlidingWindowLimiter(max, 10_000),
      poster,
      now: () => 0,
    });

  test("queues a mention's answer for its channel, as a reply to the message", async () => {
    const { poster, posts } = fakePoster();
    const { message, replies } = fakeMessage("<@1000> who leads Syria?");
    await make(2, poster)(message);
    expect(replies).toHaveLength(0);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ kind: "answer", target: { channelId: "3000", messageId: "m1" } });
  });

  test("floods are stopped with one notice per window", async () => {
    const { poster, posts } = fakePoster();
    const handle = make(2, poster);
    for (let i = 0; i < 6; i++) {
      const { message } = fakeMessage("<@1000> who leads Syria?", { id: `m${i}` });
      await handle(message);
    }
    expect(posts.map((p) => p.kind)).toEqual(["answer", "answer", "notice"]); // two answers + one notice
    expect(posts[2]?.reply.body).toMatch(/give me \d+ s/);
  });

  test("off-topic question in a Q&A channel gets a reaction, not a wall of text", async () => {
    const engine = fakeEngine({
      answer: (q) => ({ ...ctx.engine.ask(q), status: "no_answer", suggestions: [], citations: [] }),
    });
    const { poster, posts } = fakePoster();
    const handle = createMessageHandler({
      ctx: { ...ctx, engine },
      log,
      qaChannelIds: ["2000"],
      limiter: new SlidingWindowLimiter(5, 10_000),
      poster,
    });
    const { message, reactions } = fakeMessage("what's for lunch?", { channelId: "2000" });
    await handle(message);
    expect(posts).toHaveLength(0);
    expect(reactions).toEqual(["❔"]);
  });

  test("a message is responded to once: the same id again, or its edit, gets nothing more", async () => {
    const { poster, posts } = fakePoster();
    const handle = make(5, poster);
    const { message } = fakeMessage("<@1000> who leads Syria?");
    await handle(message);
    await handle(message, "edit");
    await handle(message);
    expect(posts).toHaveLength(1);
  });

  test("chatter edited into a question is answered once; a system message never", async () => {
    const { poster, posts } = fakePoster();
    const handle = make(5, poster);
    const chatter = fakeMessage("morning all", { channelId: "2000", createdTimestamp: 0 });
    await handle(chatter.message);
    expect(posts).toHaveLength(0);
    const edited = fakeMessage("who leads Syria's side?", { channelId: "2000", createdTimestamp: 0 });
    await handle(edited.message, "edit");
    await handle(edited.message, "edit");
    expect(posts).toHaveLength(1);
    const system = fakeMessage("who leads Syria's side?", { id: "m9", channelId: "2000", type: 18 });
    await handle(system.message);
    expect(posts).toHaveLength(1);
  });

  test("a reaction that fails (missing permissions) is logged, not thrown", async () => {
    const engine = fakeEngine({
      answer: (q) => ({ ...ctx.engine.ask(q), status: "no_answer", suggestions: [], citations: [] }),
    });
    const { message } = fakeMessage("what's for lunch?", {
      channelId: "2000",
      react: () => Promise.reject(new Error("Missing Permissions")),
    });
    const handle = createMessageHandler({
      ctx: { ...ctx, engine },
      log,
      qaChannelIds: ["2000"],
      limiter: new SlidingWindowLimiter(5, 10_000),
      poster: fakePoster().poster,
    });
    await expect(handle(message)).resolves.toBeUndefined();
  });
});
