import type { ChatInputCommandInteraction, Interaction, Message } from "discord.js";
import { MessageFlags } from "discord.js";
import pino from "pino";
import { describe, expect, test, vi } from "vitest";
import { errorReply } from "../../src/commands/reply.js";
import { handleInteraction } from "../../src/discord/interactions.js";
import { createMessageHandler, SlidingWindowLimiter } from "../../src/discord/messages.js";
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

describe("message handler", () => {
  const make = (max = 2) =>
    createMessageHandler({
      ctx,
      log,
      qaChannelIds: ["2000"],
      limiter: new SlidingWindowLimiter(max, 10_000),
      now: () => 0,
    });

  test("answers a mention with message.reply that pings nobody", async () => {
    const { message, replies } = fakeMessage("<@1000> who leads Syria?");
    await make()(message);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(replies[0]?.flags).toBeUndefined();
  });

  test("floods are stopped with one notice per window", async () => {
    const handle = make(2);
    const sent: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      const { message, replies } = fakeMessage("<@1000> who leads Syria?");
      await handle(message);
      sent.push(...replies);
    }
    expect(sent).toHaveLength(3); // two answers + one notice
    expect(String((sent[2] as { content?: string }).content)).toMatch(/give me \d+ s/);
  });

  test("off-topic question in a Q&A channel gets a reaction, not a wall of text", async () => {
    const engine = fakeEngine({
      answer: (q) => ({ ...ctx.engine.ask(q), status: "no_answer", suggestions: [], citations: [] }),
    });
    const handle = createMessageHandler({
      ctx: { ...ctx, engine },
      log,
      qaChannelIds: ["2000"],
      limiter: new SlidingWindowLimiter(5, 10_000),
    });
    const { message, replies, reactions } = fakeMessage("what's for lunch?", { channelId: "2000" });
    await handle(message);
    expect(replies).toHaveLength(0);
    expect(reactions).toEqual(["❔"]);
  });

  test("a reply that fails (missing permissions) is logged, not thrown", async () => {
    const { message } = fakeMessage("<@1000> who leads Syria?", {
      reply: () => Promise.reject(new Error("Missing Permissions")),
    });
    await expect(make()(message)).resolves.toBeUndefined();
  });
});
