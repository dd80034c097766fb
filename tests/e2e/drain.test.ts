// Drain on SIGTERM (issue 12, item 1): a restart under load answers everything Discord already delivered —
// interactions inside their 3 s window, channel questions — then closes the gateway normally (1000) and
// exits 0, within the drain grace (8 s + 1 s to close). Each test starts its own bot and stops it.
import { describe, expect, test } from "vitest";
import type { GatewayEvent, SentInteraction, SentMessage } from "../support/discord-stand-in.js";
import {
  answeredOnceProblems,
  type E2E,
  notAnsweredOnce,
  person,
  secretLeaks,
  sleep,
  startE2E,
  within,
} from "./harness.js";

/** SIGTERM, then the exit code and how long the process took to exit. */
async function sigterm(e: E2E): Promise<{ code: number | null; exitMs: number }> {
  const at = Date.now();
  e.bot.child.kill("SIGTERM");
  const code = await within(e.bot.exited, 12_000, "the bot to exit after SIGTERM");
  return { code, exitMs: Date.now() - at };
}

function closedNormally(e: E2E): boolean {
  return e.s.gatewayEvents.some(
    (g: GatewayEvent) => g.type === "close" && g.by === "client" && g.code === 1000,
  );
}

describe("drain on SIGTERM", () => {
  test("300 interactions, SIGTERM right behind them: every one answered once, then exit 0", async () => {
    // The 3 s window is not enforced here: on a busy 2-core machine 300 at once can pass it without any
    // SIGTERM (tests/e2e/load.test.ts covers the window). This test is about nothing being dropped.
    const e = await startE2E({ env: { LOG_LEVEL: "info" }, standIn: { interactionDeadlineMs: 0 } });
    try {
      const sent: SentInteraction[] = [];
      for (let i = 0; i < 300; i++) {
        sent.push(
          e.s.sendInteraction({
            kind: "command",
            name: i % 3 === 0 ? "who-leads" : "ask",
            options: i % 3 === 0 ? {} : { question: "Who leads Syria's side?" },
            user: person(),
          }),
        );
      }
      const { code, exitMs } = await sigterm(e);
      const settled = await Promise.allSettled(sent.map((x) => x.reply));
      const answered = settled.filter((r) => r.status === "fulfilled").length;
      console.info(
        `drain: ${answered}/300 interactions answered across SIGTERM, exit ${code} after ${exitMs} ms`,
      );
      expect(code).toBe(0);
      expect(answeredOnceProblems(e.s.requests, sent)).toEqual([]);
      expect(closedNormally(e)).toBe(true);
      // (Whether the drain log says "everything received was answered" depends on the machine's speed
      // within the 8 s grace; what members see is asserted above.)
      expect(secretLeaks(e)).toEqual([]);
      // Cache limits (item 10): 300 distinct askers leave no user or member cached but the bot's own.
      const drained = e.bot
        .stderr()
        .split("\n")
        .filter((l) => l.includes('"drained'))
        .map((l) => JSON.parse(l) as { cache: Record<string, number> })[0];
      console.info(`drain: caches after 300 distinct askers ${JSON.stringify(drained?.cache)}`);
      expect(drained?.cache.users).toBeLessThanOrEqual(1);
      expect(drained?.cache.members).toBeLessThanOrEqual(1);
      expect(drained?.cache.channels).toBe(2);
    } finally {
      await e.close();
    }
  }, 40_000);

  test("channel questions, SIGTERM 1 s in: every one answered once before the exit", async () => {
    const e = await startE2E({ env: { LOG_LEVEL: "info" } });
    try {
      const questions: SentMessage[] = [];
      const ask = (n: number) => {
        for (let i = 0; i < n; i++) {
          questions.push(
            e.s.sendMessage({
              content: `${i % 2 === 0 ? "" : `<@${e.s.botUser.id}> `}Who leads Syria's side?`,
              channelId: i % 2 === 0 ? e.qaChannelId : e.otherChannelId,
              author: person(),
              mentions: i % 2 === 0 ? [] : [{ id: e.s.botUser.id, username: e.s.botUser.username }],
              replyTimeoutMs: 15_000,
            }),
          );
        }
      };
      ask(150);
      await sleep(1_000);
      ask(50);
      const { code, exitMs } = await sigterm(e);
      // The process is gone: whatever was posted, was posted. Combined answers count for each question.
      const once =
        200 -
        notAnsweredOnce(
          e.s.requests,
          questions.map((q) => q.id),
        ).length;
      console.info(
        `drain: ${once}/200 channel questions answered across SIGTERM, exit ${code} after ${exitMs} ms`,
      );
      expect(code).toBe(0);
      if (once !== 200)
        console.info(
          e.bot
            .stderr()
            .split("\n")
            .filter((l) => /drain|could not|dropped|shutting/.test(l))
            .join("\n"),
        );
      expect(once).toBe(200);
      expect(closedNormally(e)).toBe(true);
    } finally {
      await e.close();
    }
  }, 40_000);

  test("an idle bot exits at once", async () => {
    const e = await startE2E({ env: { LOG_LEVEL: "info" } });
    try {
      const { code, exitMs } = await sigterm(e);
      expect(code).toBe(0);
      expect(exitMs).toBeLessThan(3_000);
      expect(closedNormally(e)).toBe(true);
    } finally {
      await e.close();
    }
  });
});
