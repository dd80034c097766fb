// Reliability under real Discord conditions (issue 12), one bot process for the file: unknown components
// and modals, permissions (a channel overwrite, a 403 from Discord), which messages are answered (threads,
// forum posts, edits, system messages).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { asRecord, type E2E, messageOf, person, secretLeaks, startE2E, visibleText } from "./harness.js";

let e: E2E;

beforeAll(async () => {
  e = await startE2E({ env: { LOG_LEVEL: "info" } });
}, 30_000);

afterAll(async () => {
  if (!e) return;
  expect(e.bot.child.exitCode, "the bot is still running").toBeNull();
  expect(secretLeaks(e)).toEqual([]);
  expect(await e.close()).toBe(0);
});

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
