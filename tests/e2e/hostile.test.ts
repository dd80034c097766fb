// A sample of hostile input through the shipped bot process (the property tests in tests/property cover
// far more of it without the network): mentions, markdown, masked links, bidi and zero-width characters,
// Arabic and Hebrew, lone surrogates, 4000-character messages. Each gets exactly one response, within
// Discord's limits, pinging nobody, echoing nothing live; long messages do not stall interactions.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hostileText, PIECES } from "../property/hostile.js";
import type { RecordedRequest, SentInteraction, SentMessage } from "../support/discord-stand-in.js";
import {
  answeredOnceProblems,
  asRecord,
  botForFile,
  type E2E,
  liveMarkdown,
  messageOf,
  messageProblems,
  notAnsweredOnce,
  person,
  rawMentions,
  visibleText,
} from "./harness.js";

let e: E2E;
let tried = 0;

botForFile(
  { env: { LOG_LEVEL: "warn" } },
  (started) => {
    e = started;
  },
  {
    before: () => {
      console.info(`hostile: ${tried} hostile inputs through the bot process`);
    },
  },
);

/** The same sample on every run: a failure here can be replayed. */
const SAMPLE = [
  ...PIECES.filter((p) => p.trim() !== ""),
  PIECES.join(" "),
  "[official report](https://evil.example/phish) who leads Syria's side?",
  // A URL-like label swallowed the "](" into the URL escapeText cut out: a live masked link (issue 12).
  "who leads? [Full report (https://)](https://evil.example/phish)",
  "[1](https://evil.example/phish) [Golan [1]](https://evil.example/x)",
  "****who**** leads ____Syria____?",
  `${"@everyone ".repeat(400)}`.slice(0, 4000),
  `${"```\n".repeat(1000)}`.slice(0, 4000),
  `${"من يقود الجانب السوري؟ ‏מי מוביל? ".repeat(200)}`.slice(0, 4000),
  "\ud800\udfff\udc00 who leads?",
  ...fc.sample(hostileText, { numRuns: 40, seed: 20250515 }),
];

/** The echoed questions: the first line of each embed's description, "> …" (several in a combined answer). */
function echoesOf(message: Record<string, unknown>): string[] {
  const embeds = Array.isArray(message.embeds) ? message.embeds.map(asRecord) : [];
  return embeds
    .map((embed) => (typeof embed.description === "string" ? embed.description.split("\n")[0] : undefined))
    .filter((first): first is string => first?.startsWith("> ") === true)
    .map((first) => first.slice(2));
}

function replyProblems(request: RecordedRequest, kind: "interaction" | "channel"): string[] {
  const message = messageOf(request);
  const problems = messageProblems(message, kind);
  if (request.status === null || request.status >= 300) problems.push(`status ${request.status}`);
  problems.push(...rawMentions(visibleText(message)).map((m) => `mention ${JSON.stringify(m)}`));
  for (const echo of echoesOf(message))
    problems.push(...liveMarkdown(echo).map((m) => `live markdown ${JSON.stringify(m)}`));
  return problems;
}

/** Deterministic words the knowledge base has never seen: the costliest input for the engine. */
function unknownWords(seed: number, length: number): string {
  let x = seed;
  const words: string[] = [];
  while (words.join(" ").length < length) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    words.push(x.toString(36).slice(0, 3 + (x % 7)));
  }
  return `${words.join(" ").slice(0, length - 1)}?`;
}

describe("hostile input through the real bot", () => {
  test("mentions of the bot with hostile text: one safe response each", async () => {
    const sent: Array<{ content: string; message: SentMessage }> = [];
    for (const content of SAMPLE) {
      const text = `<@${e.s.botUser.id}> ${content}`.slice(0, 4000);
      sent.push({
        content,
        message: e.s.sendMessage({
          content: text,
          channelId: e.otherChannelId,
          author: person(),
          mentions: [{ id: e.s.botUser.id, username: e.s.botUser.username }],
          replyTimeoutMs: 15_000,
        }),
      });
    }
    // A mention always gets a reply or a reaction; wait for a barrier question, then for the stragglers.
    const barrier = e.s.sendMessage({
      content: "Who leads Syria's side?",
      channelId: e.qaChannelId,
      author: person(),
    });
    await barrier.reply;
    // Answered by its own reply, in a combined answer (the channel was busy), or with a reaction.
    const ids = sent.map(({ message }) => message.id);
    await expect
      .poll(() => notAnsweredOnce(e.s.requests, ids).length, { timeout: 15_000, interval: 100 })
      .toBe(0);
    expect(notAnsweredOnce(e.s.requests, ids)).toEqual([]);
    const problems: string[] = [];
    for (const r of e.s.requests) {
      if (r.method !== "POST" || r.path !== `/channels/${e.otherChannelId}/messages` || r.fault) continue;
      problems.push(...replyProblems(r, "channel").map((p) => `${r.path}: ${p}`));
    }
    tried += sent.length;
    expect(problems).toEqual([]);
  }, 40_000);

  test("/ask and /source with hostile options: each answered once, safely", async () => {
    const sent: Array<SentInteraction & { content: string }> = [];
    for (const content of SAMPLE) {
      // Discord enforces the options' max_length (1000 and 200) before the bot sees them.
      sent.push({
        content,
        ...e.s.sendInteraction({
          kind: "command",
          name: "ask",
          options: { question: content.slice(0, 1000) },
          user: person(),
        }),
      });
      sent.push({
        content,
        ...e.s.sendInteraction({
          kind: "command",
          name: "source",
          options: { fact: content.slice(0, 200) },
          user: person(),
        }),
      });
      sent.push({
        content,
        ...e.s.sendInteraction({
          kind: "autocomplete",
          name: "ask",
          options: { question: content.slice(0, 1000) },
          user: person(),
        }),
      });
    }
    const settled = await Promise.allSettled(sent.map((x) => x.reply));
    expect(settled.filter((r) => r.status === "rejected")).toHaveLength(0);
    expect(answeredOnceProblems(e.s.requests, sent)).toEqual([]);
    const problems: string[] = [];
    settled.forEach((r, i) => {
      if (r.status !== "fulfilled" || asRecord(r.value.body).type === 8) return;
      const content = JSON.stringify(sent[i]?.content.slice(0, 60));
      problems.push(...replyProblems(r.value, "interaction").map((p) => `${content}: ${p}`));
    });
    tried += sent.length;
    expect(problems).toEqual([]);
  }, 40_000);

  test("autocomplete choices and echoes are cut between graphemes, never inside an emoji", async () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    const prefixes = (text: string) => {
      const out = new Set<string>();
      let at = "";
      for (const { segment } of segmenter.segment(text)) {
        at += segment;
        out.add(at);
      }
      return out;
    };
    const inputs = [
      `${"a".repeat(99)}😀 who leads?`,
      `${"a".repeat(98)}🇮🇱🇸🇾 who leads?`,
      `${"a".repeat(97)}👨‍👩‍👧 who leads?`,
      `${"é".repeat(99)}e\u0301 who leads?`,
    ];
    for (const question of inputs) {
      const sent = e.s.sendInteraction({
        kind: "autocomplete",
        name: "ask",
        options: { question },
        user: person(),
      });
      const request = await sent.reply;
      expect(request.status).toBeLessThan(300);
      const choices = asRecord(asRecord(request.body).data).choices as Array<{ name: string; value: string }>;
      // The first choice is what was typed, cut to a choice's 100 characters: a whole-grapheme prefix.
      const typed = choices[0];
      expect(typed?.value.length).toBeLessThanOrEqual(100);
      expect(prefixes(question).has(typed?.value ?? ""), JSON.stringify(typed?.value.slice(-4))).toBe(true);
      for (const c of choices) expect(`${c.name}${c.value}`).not.toMatch(/[\ud800-\udbff]$|\u200d$/);
    }
    tried += inputs.length;
  });

  test("twenty 4000-character questions do not push interactions sent behind them out of their 3 s window", async () => {
    for (let i = 0; i < 20; i++) {
      e.s.sendMessage({ content: unknownWords(i + 1, 4000), channelId: e.qaChannelId, author: person() });
    }
    const sent: SentInteraction[] = [];
    for (let i = 0; i < 20; i++) {
      sent.push(
        e.s.sendInteraction({
          kind: "command",
          name: "ask",
          options: { question: "Who leads Syria's side?" },
          user: person(),
        }),
      );
    }
    const settled = await Promise.allSettled(sent.map((x) => x.reply));
    expect(settled.filter((r) => r.status === "rejected")).toHaveLength(0);
    // A late callback is answered 10062 by the stand-in and reported here.
    expect(answeredOnceProblems(e.s.requests, sent)).toEqual([]);
    tried += 20;
  }, 30_000);
});
