// The shipped bot through gateway and REST faults, one process for the whole file. Each fault hits in the
// middle of a burst of interactions, and each scenario ends with every interaction answered exactly once,
// inside Discord's 3 s window (the stand-in answers a late callback with 10062, counted as a failure).
import { describe, expect, test } from "vitest";
import type { GatewayEvent, RecordedRequest, SentInteraction } from "../support/discord-stand-in.js";
import { answeredOnceProblems, botForFile, type E2E, person, sleep } from "./harness.js";

/** Low, so a hung request is given up on and retried well inside the 3 s interaction window. */
const REST_TIMEOUT_MS = 1_000;
let e: E2E;
let answered = 0;
let faultsSurvived = 0;

botForFile(
  {
    env: { DISCORD_REST_TIMEOUT_MS: String(REST_TIMEOUT_MS), LOG_LEVEL: "debug" },
    // The missed-ACK scenario below counts on a 1 s heartbeat to be noticed quickly.
    standIn: { heartbeatIntervalMs: 1_000 },
  },
  (started) => {
    e = started;
  },
  {
    before: (e) => {
      console.info(
        `faults: ${faultsSurvived} faults survived, ${answered} interactions answered exactly once`,
      );
      expect(e.bot.stderr()).not.toMatch(/unhandled promise rejection/);
    },
  },
);

const QUESTIONS = [
  ["ask", { question: "Who leads Syria's side?" }],
  ["who-leads", { side: "israel" }],
  ["timeline", {}],
  ["about", { hide: true }],
  ["source", { fact: "syria-lead-al-dalati" }],
  ["ask", { question: "Where did the talks take place?" }],
] as const;

function send(n: number, into: SentInteraction[]): void {
  for (let i = 0; i < n; i++) {
    const [name, options] = QUESTIONS[(into.length + i) % QUESTIONS.length] ?? QUESTIONS[0];
    into.push(e.s.sendInteraction({ kind: "command", name, options: { ...options }, user: person() }));
  }
}

/** Waits for every reply (bounded by the stand-in), then checks each interaction was answered once. */
async function expectAllAnsweredOnce(sent: SentInteraction[]): Promise<void> {
  const settled = await Promise.allSettled(sent.map((x) => x.reply));
  const timedOut = settled.filter((r) => r.status === "rejected").length;
  expect(timedOut, "interactions with no callback at all").toBe(0);
  expect(answeredOnceProblems(e.s.requests, sent)).toEqual([]);
  answered += sent.length;
  faultsSurvived += 1;
}

const eventsSince = (at: number) => e.s.gatewayEvents.filter((g: GatewayEvent) => g.at >= at);

/** The accepted RESUME after `at` (bounded wait). */
async function resumedSince(at: number): Promise<Extract<GatewayEvent, { type: "resume" }>> {
  const event = await e.s.waitForGatewayEvent((g) => g.at >= at && g.type === "resume" && g.accepted, 8_000);
  if (event.type !== "resume") throw new Error("not a resume");
  return event;
}

describe("gateway faults mid-burst", () => {
  test.each([
    ["close 4000", () => e.s.closeGateway(4000, "Unknown error")],
    ["dropped socket (1006)", () => e.s.dropGateway()],
  ])("%s: the bot RESUMEs, missed events are replayed and answered", async (_name, fault) => {
    await e.s.waitForReady(10_000);
    const start = Date.now();
    const sent: SentInteraction[] = [];
    send(10, sent);
    fault();
    // Dispatched while the bot is disconnected: stored in the session, replayed on RESUME.
    send(10, sent);
    await expectAllAnsweredOnce(sent);
    expect((await resumedSince(start)).replayed).toBeGreaterThan(0);
    expect(
      eventsSince(start).some((g) => g.type === "identify"),
      "no new session",
    ).toBe(false);
  });

  test("op 7 Reconnect: reconnects, resumes, answers everything", async () => {
    await e.s.waitForReady(10_000);
    const start = Date.now();
    const sent: SentInteraction[] = [];
    send(10, sent);
    e.s.requestReconnect();
    // The bot reads on until it closes the socket; what is dispatched after that waits for the RESUME.
    await e.s.waitForGatewayEvent((g) => g.at >= start && g.type === "close" && g.by === "client", 5_000);
    send(10, sent);
    await expectAllAnsweredOnce(sent);
    expect((await resumedSince(start)).replayed).toBeGreaterThan(0);
  });

  test("resumable op 9: RESUME on the same socket, events replayed", async () => {
    await e.s.waitForReady(10_000);
    const start = Date.now();
    const sent: SentInteraction[] = [];
    send(10, sent);
    e.s.invalidateSession(true);
    send(10, sent);
    await expectAllAnsweredOnce(sent);
    expect((await resumedSince(start)).replayed).toBeGreaterThan(0);
  });

  test("a missed heartbeat ACK: the bot drops the zombie connection and resumes", async () => {
    await e.s.waitForReady(10_000);
    const start = Date.now();
    const sent: SentInteraction[] = [];
    send(5, sent);
    e.s.stopHeartbeatAcks();
    try {
      // Keep questions coming while the bot notices (next heartbeat, ≤ 2 intervals of 1 s).
      const zombie = e.s.waitForGatewayEvent(
        (g) => g.at >= start && g.type === "close" && g.by === "client",
        6_000,
      );
      for (let i = 0; i < 6; i++) {
        send(2, sent);
        await sleep(250);
      }
      await zombie;
    } finally {
      e.s.resumeHeartbeatAcks();
    }
    send(5, sent);
    await expectAllAnsweredOnce(sent);
    await resumedSince(start);
  });

  test("non-resumable op 9: a new session (after discord.js's 5 s identify wait), then answers again", async () => {
    await e.s.waitForReady(10_000);
    const before = e.s.sessionId();
    const identifies = e.s.gatewayEvents.filter((g) => g.type === "identify").length;
    const sent: SentInteraction[] = [];
    send(10, sent);
    e.s.invalidateSession(false);
    await e.s.waitForIdentify(identifies + 1, 12_000);
    await e.s.waitForReady(5_000);
    expect(e.s.sessionId()).not.toBe(before);
    send(10, sent);
    await expectAllAnsweredOnce(sent);
  }, 30_000);
});

describe("REST faults on the interaction callback", () => {
  const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;

  test.each([
    [429, 3],
    [500, 2],
    [502, 2],
  ])("%i (%i times): retried by discord.js, each interaction answered once", async (status, times) => {
    await e.s.waitForReady(10_000);
    const fault = e.s.restFault({ method: "POST", path: CALLBACK, status, retryAfter: 0.3, times });
    const sent: SentInteraction[] = [];
    send(8, sent);
    await expectAllAnsweredOnce(sent);
    expect(fault.hits).toBe(times);
  });

  test("a callback that never returns: given up after DISCORD_REST_TIMEOUT_MS, retried, answered once", async () => {
    const fault = e.s.restFault({ method: "POST", path: CALLBACK, hang: true, times: 1 });
    const sent: SentInteraction[] = [];
    send(4, sent);
    await expectAllAnsweredOnce(sent);
    expect(fault.hits).toBe(1);
    const hung = e.s.requests.filter((r: RecordedRequest) => r.fault && r.status === null);
    expect(hung.length).toBeGreaterThanOrEqual(1);
  });

  test("a channel reply that never returns: retried, the question answered once", async () => {
    const route = new RegExp(`^/channels/${e.qaChannelId}/messages$`);
    const fault = e.s.restFault({ method: "POST", path: route, hang: true, times: 1 });
    const question = e.s.sendMessage({
      content: "Who leads Syria's side?",
      channelId: e.qaChannelId,
      author: person(),
    });
    const reply = await question.reply;
    expect(reply.status).toBe(200);
    expect(fault.hits).toBe(1);
    const replies = e.s.requests.filter(
      (r) =>
        r.method === "POST" &&
        route.test(r.path) &&
        !r.fault &&
        (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id ===
          question.id,
    );
    expect(replies).toHaveLength(1);
    faultsSurvived += 1;
  });

  test("a callback failing for good: logged, no crash, the next interaction is answered", async () => {
    const fault = e.s.restFault({
      method: "POST",
      path: CALLBACK,
      status: 500,
      times: Number.POSITIVE_INFINITY,
    });
    const doomed = e.s.sendInteraction({ kind: "command", name: "about", user: person() });
    // discord.js gives up after its retries, the bot tries to apologise (also failing), and logs it.
    await expect.poll(() => e.bot.stderr(), { timeout: 15_000 }).toMatch(/could not send the apology/);
    fault.remove();
    expect(doomed.id).toBeTruthy();
    expect(e.bot.child.exitCode).toBeNull();
    const sent: SentInteraction[] = [];
    send(3, sent);
    await expectAllAnsweredOnce(sent);
  });
});
