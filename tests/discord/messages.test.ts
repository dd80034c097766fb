import { describe, expect, test } from "vitest";
import {
  abstentionAction,
  decideMessage,
  type IncomingMessage,
  isQuestion,
  SlidingWindowLimiter,
  stripBotMention,
} from "../../src/discord/messages.js";
import { abstained, answered } from "../commands/fixtures.js";

const BOT = "1000";
const QA = "2000";
const OTHER = "3000";
const policy = { botId: BOT, qaChannelIds: new Set([QA]) };

const msg = (overrides: Partial<IncomingMessage>): IncomingMessage => ({
  authorId: "42",
  authorIsBot: false,
  channelId: OTHER,
  content: "",
  mentionsBot: false,
  repliesToBot: false,
  ...overrides,
});

describe("isQuestion", () => {
  test.each([
    ["Who leads Syria's side?", true],
    ["who leads syria", true],
    ["Does Israel name its negotiators", true],
    ["tell me about the golan", true],
    ["al-Dalati?", true],
    ["where did they meet?!", true],
    ["lol", false],
    ["nice weather today", false],
    ["???", false],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(isQuestion(text)).toBe(expected);
  });
});

describe("stripBotMention", () => {
  test.each([
    [`<@${BOT}> who leads?`, "who leads?"],
    [`<@!${BOT}>who leads?`, "who leads?"],
    [`who <@${BOT}> leads?`, "who leads?"],
    ["<@999> hi", "<@999> hi"],
  ])("%j → %j", (content, expected) => {
    expect(stripBotMention(content, BOT)).toBe(expected);
  });
});

describe("decideMessage", () => {
  test.each<[string, Partial<IncomingMessage>, string, string?]>([
    ["other bots are ignored", { authorIsBot: true, channelId: QA, content: "who leads?" }, "ignore"],
    ["itself is ignored", { authorId: BOT, channelId: QA, content: "who leads?" }, "ignore"],
    [
      "a bot mentioning it is ignored",
      { authorIsBot: true, mentionsBot: true, content: `<@${BOT}> who?` },
      "ignore",
    ],
    [
      "question in a Q&A channel",
      { channelId: QA, content: "Who leads Syria's side?" },
      "answer",
      "qa-channel",
    ],
    ["chatter in a Q&A channel", { channelId: QA, content: "lol same" }, "ignore"],
    ["question elsewhere, not addressed", { channelId: OTHER, content: "Who leads Syria's side?" }, "ignore"],
    ["mention with a question", { mentionsBot: true, content: `<@${BOT}> who leads?` }, "answer", "mention"],
    [
      "mention with a bare phrase",
      { mentionsBot: true, content: `<@${BOT}> Dalati role` },
      "answer",
      "mention",
    ],
    ["mention alone", { mentionsBot: true, content: `<@${BOT}>` }, "hint", "mention"],
    ["mention with one word", { mentionsBot: true, content: `<@${BOT}> hey` }, "hint", "mention"],
    ["thanks to the bot", { mentionsBot: true, content: `<@${BOT}> thanks!` }, "react", "mention"],
    [
      "reply to the bot with a question",
      { repliesToBot: true, content: "and who leads Israel?" },
      "answer",
      "reply",
    ],
    ["reply to the bot, empty (no content intent)", { repliesToBot: true, content: "" }, "hint", "reply"],
    [
      "mention in a Q&A channel counts as a mention",
      { channelId: QA, mentionsBot: true, content: `<@${BOT}> hi` },
      "hint",
      "mention",
    ],
  ])("%s", (_name, overrides, action, trigger) => {
    const decision = decideMessage(msg(overrides), policy);
    expect(decision.action).toBe(action);
    if (trigger) expect("trigger" in decision && decision.trigger).toBe(trigger);
  });

  test("the question handed on has the mention removed", () => {
    const decision = decideMessage(msg({ mentionsBot: true, content: `<@${BOT}> who leads Syria?` }), policy);
    expect(decision).toEqual({ action: "answer", question: "who leads Syria?", trigger: "mention" });
  });
});

describe("abstentionAction", () => {
  test.each([
    ["answered, qa channel", answered("q"), "qa-channel", "reply"],
    ["abstain with suggestions, qa channel", abstained("q"), "qa-channel", "reply"],
    ["abstain, nothing to suggest, qa channel", abstained("q", []), "qa-channel", "react"],
    ["abstain, nothing to suggest, mention", abstained("q", []), "mention", "reply"],
  ] as const)("%s → %s", (_name, answer, trigger, expected) => {
    expect(abstentionAction(answer, trigger)).toBe(expected);
  });
});

describe("SlidingWindowLimiter", () => {
  test("lets max through per window, then refuses with one notice per window", () => {
    const limiter = new SlidingWindowLimiter(3, 10_000);
    expect([0, 1000, 2000].map((t) => limiter.check("u", t).allowed)).toEqual([true, true, true]);
    expect(limiter.check("u", 3000)).toEqual({ allowed: false, notify: true, retryAfterMs: 7000 });
    expect(limiter.check("u", 4000)).toMatchObject({ allowed: false, notify: false });
    expect(limiter.check("u", 9000)).toMatchObject({ allowed: false, notify: false });
    // 10.001 s after the first question, one slot is free again.
    expect(limiter.check("u", 10_001).allowed).toBe(true);
  });

  test("users are limited separately", () => {
    const limiter = new SlidingWindowLimiter(1, 10_000);
    expect(limiter.check("a", 0).allowed).toBe(true);
    expect(limiter.check("b", 0).allowed).toBe(true);
    expect(limiter.check("a", 1).allowed).toBe(false);
  });

  test("a new window brings a new notice", () => {
    const limiter = new SlidingWindowLimiter(1, 1000);
    limiter.check("u", 0);
    expect(limiter.check("u", 10)).toMatchObject({ notify: true });
    expect(limiter.check("u", 500)).toMatchObject({ notify: false });
    limiter.check("u", 1500);
    expect(limiter.check("u", 1600)).toMatchObject({ allowed: false, notify: true });
  });

  test("the default (5 in 10 s) lets at least 3 questions through in 10 s", () => {
    const limiter = new SlidingWindowLimiter(5, 10_000);
    expect([0, 100, 200].every((t) => limiter.check("u", t).allowed)).toBe(true);
  });
});
