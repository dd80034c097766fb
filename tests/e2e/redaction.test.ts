// Secrets in logs (issue 12, item 5): at LOG_LEVEL=trace, with every failure path that logs a discord.js
// error taken (a command whose reply is rejected, the apology rejected too, a channel reply rejected), no
// stderr line holds an interaction token, a webhook token, the bot token or the member's question.
import { describe, expect, test } from "vitest";
import { botForFile, type E2E, person } from "./harness.js";

let e: E2E;

botForFile(
  { env: { LOG_LEVEL: "trace" } },
  (started) => {
    e = started;
  },
  { stillRunning: false },
);

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;
const REJECTED = { message: "Invalid Form Body", code: 50035, errors: {} };

describe("redaction", () => {
  test("failed replies, apologies and channel replies log no token, webhook URL or request body", async () => {
    const secretQuestion = "Who leads Syria's side? canary-question-7f3a";
    // The reply is rejected, then the apology: both are logged with discord.js's error (URL + body).
    const callbacks = e.s.restFault({
      method: "POST",
      path: CALLBACK,
      status: 400,
      body: REJECTED,
      times: 2,
    });
    const failed = e.s.sendInteraction({
      kind: "command",
      name: "ask",
      options: { question: secretQuestion },
      user: person(),
    });
    await expect.poll(() => e.bot.stderr(), { timeout: 10_000 }).toMatch(/could not send the apology/);
    expect(callbacks.hits).toBe(2);
    expect(e.bot.stderr()).toMatch(/command failed/);

    const channel = new RegExp(`^/channels/${e.qaChannelId}/messages$`);
    const posts = e.s.restFault({ method: "POST", path: channel, status: 400, body: REJECTED, times: 1 });
    e.s.sendMessage({ content: secretQuestion, channelId: e.qaChannelId, author: person() });
    await expect.poll(() => e.bot.stderr(), { timeout: 10_000 }).toMatch(/could not answer message/);
    expect(posts.hits).toBe(1);

    const lines = e.bot.stderr().split("\n").filter(Boolean);
    const offending = lines.filter(
      (line) =>
        line.includes(failed.token) ||
        line.includes(failed.token.split(":")[0] ?? failed.token) ||
        line.includes("canary-question-7f3a") ||
        /\/(interactions|webhooks)\/\d+\/(?!\[redacted\])[^/\s"]+/.test(line),
    );
    console.info(
      `redaction: ${lines.length} log lines at trace level checked, ${offending.length} with a secret`,
    );
    expect(offending).toEqual([]);
    // The lines are still useful: the failing route is named, with its token blanked.
    expect(e.bot.stderr()).toMatch(/\/interactions\/\d+\/\[redacted\]\/callback/);
  });
});
