// Reliability under real Discord conditions (issue 12), one bot process for the file: unknown components
// and modals, permissions (a channel overwrite, a 403 from Discord), which messages are answered (threads,
// forum posts, edits, system messages).
import { describe, expect, test } from "vitest";
import { SEND_MESSAGES, type SentMessage, snowflake } from "../support/discord-stand-in.js";
import {
  asRecord,
  botForFile,
  channelAnswers,
  type E2E,
  messageOf,
  person,
  sleep,
  visibleText,
} from "./harness.js";

let e: E2E;
const deniedChannel = snowflake();
const revokedChannel = snowflake();
const forumChannel = snowflake();
const voiceChannel = snowflake();
const missingChannel = snowflake();

botForFile(
  {
    env: { LOG_LEVEL: "info" },
    channels: [
      { id: deniedChannel, name: "read-only", deny: SEND_MESSAGES },
      { id: revokedChannel, name: "revoked" },
      { id: forumChannel, name: "questions", type: 15 },
      { id: voiceChannel, name: "voice", type: 2 },
    ],
    qaChannels: [deniedChannel, revokedChannel, forumChannel, voiceChannel, missingChannel],
  },
  (started) => {
    e = started;
  },
);

const EPHEMERAL = 1 << 6;

describe("components and modals", () => {
  test.each([
    ["an old version's button", { kind: "component", name: "vote:v1:up" }],
    ["a forged custom_id", { kind: "component", name: "\u0000<@everyone>".padEnd(100, "x") }],
    ["a select menu", { kind: "component", name: "pick-topic", componentType: 3, values: ["golan"] }],
    ["a modal form", { kind: "modal", name: "feedback-form", values: ["hello"] }],
  ] as const)("%s gets a short ephemeral answer and a log line", async (_name, spec) => {
    const sent = e.s.sendInteraction({
      ...spec,
      values: "values" in spec ? [...spec.values] : undefined,
      user: person(),
    });
    const reply = await sent.reply;
    expect(reply.status, JSON.stringify(reply.response)).toBeLessThan(300);
    const body = asRecord(reply.body);
    expect(body.type).toBe(4);
    const data = asRecord(body.data);
    expect(Number(data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(messageOf(reply))).toMatch(/no longer works/);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    await expect.poll(() => e.bot.stderr(), { timeout: 5_000 }).toMatch(/unknown component or modal/);
  });

  test("a known button (a 'did you mean' suggestion) still answers", async () => {
    const sent = e.s.sendInteraction({
      kind: "component",
      name: "suggest:syria-lead-al-dalati",
      user: person(),
    });
    const reply = await sent.reply;
    expect(reply.status).toBeLessThan(300);
    expect(visibleText(messageOf(reply))).toMatch(/Dalati/);
  });
});

describe("permissions", () => {
  test("a Q&A channel denying Send Messages: warned at start-up, nothing posted there", async () => {
    expect(e.bot.stderr()).toMatch(
      new RegExp(`"channelId":"${deniedChannel}".*lacks permissions \\(SendMessages`),
    );
    for (let i = 0; i < 5; i++) {
      e.s.sendMessage({ content: "Who leads Syria's side?", channelId: deniedChannel, author: person() });
    }
    // A barrier in a working channel: by the time it is answered, the others were handled.
    await e.s.sendMessage({ content: "Who leads Syria's side?", channelId: e.qaChannelId, author: person() })
      .reply;
    await sleep(300);
    expect(e.s.requests.filter((r) => r.path === `/channels/${deniedChannel}/messages`)).toEqual([]);
    expect(e.bot.stderr().match(/missing permissions in a channel/g)?.length).toBe(1);
  });

  test("after a 403 (50013) the bot backs off from that channel: one request, one log line", async () => {
    const path = new RegExp(`^/channels/${revokedChannel}/messages$`);
    const refused = e.s.restFault({
      method: "POST",
      path,
      status: 403,
      body: { message: "Missing Permissions", code: 50013 },
      times: Number.POSITIVE_INFINITY,
    });
    for (let i = 0; i < 21; i++) {
      e.s.sendMessage({ content: "Who leads Syria's side?", channelId: revokedChannel, author: person() });
      await sleep(20);
    }
    await e.s.sendMessage({ content: "Who leads Syria's side?", channelId: e.qaChannelId, author: person() })
      .reply;
    await sleep(500);
    const requests = e.s.requests.filter((r) => path.test(r.path)).length;
    console.info(`permissions: 21 questions after a 403 → ${requests} request(s) to that channel`);
    expect(refused.hits).toBe(requests);
    expect(requests).toBeLessThanOrEqual(2);
    expect(e.bot.stderr().match(/Discord refused the bot in a channel/g)?.length).toBe(1);
    refused.remove();
  });
});

describe("which messages are answered", () => {
  const answersTo = (id: string) => channelAnswers(e.s.requests).get(id)?.size ?? 0;

  test("a question in a thread of a Q&A channel is answered in the thread", async () => {
    const { threadId, starter } = e.s.createThread({
      parentId: e.qaChannelId,
      name: "talks",
      starter: { content: "Who leads Syria's side?", channelId: "", author: person() },
    });
    const reply = await (starter as SentMessage).reply;
    expect(reply.path).toBe(`/channels/${threadId}/messages`);
    expect(reply.status).toBe(200);
  });

  test("a forum post in a Q&A forum is answered; start-up did not warn about the forum", async () => {
    const { threadId, starter } = e.s.createThread({
      parentId: forumChannel,
      name: "Who leads?",
      starter: { content: "Who leads Syria's side?", channelId: "", author: person() },
    });
    const reply = await (starter as SentMessage).reply;
    expect(reply.path).toBe(`/channels/${threadId}/messages`);
    expect(e.bot.stderr()).not.toMatch(new RegExp(`"channelId":"${forumChannel}"`));
  });

  test("the 'thread created' system message gets no reply", async () => {
    const system = e.s.sendMessage({
      content: "Who leads Syria's side?",
      channelId: e.qaChannelId,
      type: 18,
      author: person(),
    });
    await e.s.sendMessage({ content: "Who leads Syria's side?", channelId: e.qaChannelId, author: person() })
      .reply;
    await sleep(300);
    expect(answersTo(system.id)).toBe(0);
  });

  test("chatter edited into a question is answered once; an answered question edited is not answered again", async () => {
    const author = person();
    const chatter = e.s.sendMessage({ content: "morning all", channelId: e.qaChannelId, author });
    await sleep(300);
    expect(answersTo(chatter.id)).toBe(0);
    const edited = e.s.editMessage(chatter.id, "Who leads Syria's side?");
    expect((await edited.reply).status).toBe(200);
    e.s.editMessage(chatter.id, "Where did the talks take place?");
    const asked = e.s.sendMessage({
      content: "When did the talks start?",
      channelId: e.qaChannelId,
      author: person(),
    });
    await asked.reply;
    e.s.editMessage(asked.id, "Who leads Israel's side?");
    await e.s.sendMessage({ content: "Who leads Syria's side?", channelId: e.qaChannelId, author: person() })
      .reply;
    await sleep(300);
    expect(answersTo(chatter.id)).toBe(1);
    expect(answersTo(asked.id)).toBe(1);
  });

  test("start-up warns about a configured channel that cannot be answered", () => {
    expect(e.bot.stderr()).toMatch(new RegExp(`"channelId":"${voiceChannel}".*no messages to answer`));
    expect(e.bot.stderr()).toMatch(new RegExp(`"channelId":"${missingChannel}".*cannot see`));
  });
});
