/**
 * The end-to-end harness: the bot as it ships (`node dist/src/main.js`, built by tests/e2e/global-setup.ts)
 * in its own child process, pointed at the local Discord stand-in on 127.0.0.1 through DISCORD_API_URL.
 * Everything here is bounded in time; every process started is killed by `stop()`.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import type { ChannelSpec } from "../support/discord-stand-in.js";
import {
  type DiscordStandIn,
  type DiscordStandInOptions,
  type PersonSpec,
  type RecordedRequest,
  snowflake,
  startDiscordStandIn,
} from "../support/discord-stand-in.js";
import { startNode } from "../support/node-process.js";

export { liveMarkdown, rawMentions } from "../property/hostile.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const MAIN = path.join(ROOT, "dist/src/main.js");
export const DEPLOY = path.join(ROOT, "dist/src/discord/deploy.js");

/** A token shaped like Discord's (user id . timestamp . HMAC) with a distinctive secret part to search logs for. */
export function makeToken(applicationId: string): { token: string; secret: string } {
  const secret = randomBytes(27).toString("base64url");
  const stamp = Buffer.from(String(Math.floor(Date.now() / 1000))).toString("base64url");
  return { token: `${Buffer.from(applicationId).toString("base64url")}.${stamp}.${secret}`, secret };
}

export interface BotProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** SIGTERM, SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

/**
 * Exactly the variables the bot reads, empty ones too, with `overrides` on top: a developer's `.env` in the
 * working directory only fills variables that are unset, so it cannot leak into a test.
 */
export function botEnv(overrides: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    DISCORD_TOKEN: "",
    DISCORD_CLIENT_ID: "",
    GUILD_ID: "",
    QA_CHANNEL_IDS: "",
    COOLDOWN_MAX_QUESTIONS: "5",
    COOLDOWN_WINDOW_SECONDS: "10",
    LOG_LEVEL: "info",
    DISCORD_REST_TIMEOUT_MS: "5000",
    KNOWLEDGE_DIR: path.join(ROOT, "src/knowledge"),
    // A database of its own for every bot, never the working directory's data/; a test that restarts the
    // bot passes the same DATA_DIR again.
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "bot-data-")),
    FEEDBACK_RETENTION_DAYS: "90",
    ...overrides,
  };
}

/**
 * Starts the bot with exactly the variables it reads set (empty ones too): a developer's `.env` in the
 * working directory only fills variables that are unset, so it cannot leak into a test.
 */
export function startBot(env: Record<string, string>): BotProcess {
  const bot = startNode(MAIN, { cwd: ROOT, env: botEnv(env) });
  const { child, exited } = bot;
  return {
    ...bot,
    async stop(graceMs = 4_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Rejects after `ms` with a message naming what was awaited: no test waits forever. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it holds, failing after `ms` (and then polling no more). */
export async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await sleep(25);
  }
}

// ── what the bot sent ────────────────────────────────────────────────────────────────────────────────────────

export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

const CALLBACK = /^\/interactions\/(\d+)\/[^/]+\/callback$/;

/** Every callback request (faulted ones too) by interaction id. */
export function callbacksById(requests: readonly RecordedRequest[]): Map<string, RecordedRequest[]> {
  const out = new Map<string, RecordedRequest[]>();
  for (const r of requests) {
    const id = r.method === "POST" ? CALLBACK.exec(r.path)?.[1] : undefined;
    if (!id) continue;
    const list = out.get(id) ?? [];
    list.push(r);
    out.set(id, list);
  }
  return out;
}

/** Follow-ups and edits through the interaction webhook, by interaction token (an apology would be one). */
export function webhookCallsByToken(requests: readonly RecordedRequest[]): Map<string, RecordedRequest[]> {
  const out = new Map<string, RecordedRequest[]>();
  for (const r of requests) {
    const token = /^\/webhooks\/\d+\/([^/]+)/.exec(r.path)?.[1];
    if (!token) continue;
    const list = out.get(token) ?? [];
    list.push(r);
    out.set(token, list);
  }
  return out;
}

/**
 * What went wrong with the answers to these interactions, empty when each got exactly one accepted callback
 * (faulted attempts that discord.js retried do not count), no rejected one (10062 late, 40060 twice) and no
 * follow-up through the webhook.
 */
export function answeredOnceProblems(
  requests: readonly RecordedRequest[],
  sent: ReadonlyArray<{ id: string; token: string }>,
): string[] {
  const callbacks = callbacksById(requests);
  const webhooks = webhookCallsByToken(requests);
  const problems: string[] = [];
  for (const { id, token } of sent) {
    const list = callbacks.get(id) ?? [];
    const accepted = list.filter((r) => !r.fault && r.status !== null && r.status < 300);
    const rejected = list.filter((r) => !r.fault && r.status !== null && r.status >= 300);
    if (accepted.length !== 1) problems.push(`${id}: ${accepted.length} accepted callbacks`);
    for (const r of rejected) problems.push(`${id}: callback ${r.status} ${JSON.stringify(r.response)}`);
    const extra = webhooks.get(token) ?? [];
    if (extra.length > 0) problems.push(`${id}: ${extra.length} webhook calls (follow-up/edit)`);
  }
  return problems;
}

/** Bot replies in a channel: POST /channels/:id/messages, by the id of the message they reply to. */
export function channelRepliesByReference(
  requests: readonly RecordedRequest[],
): Map<string, RecordedRequest[]> {
  const out = new Map<string, RecordedRequest[]>();
  for (const r of requests) {
    if (r.method !== "POST" || !/^\/channels\/\d+\/messages$/.test(r.path)) continue;
    const ref = asRecord(asRecord(r.body).message_reference).message_id;
    if (typeof ref !== "string") continue;
    const list = out.get(ref) ?? [];
    list.push(r);
    out.set(ref, list);
  }
  return out;
}

/**
 * The bot's channel messages that answer each question, by question id: a reply answers the message it
 * references, and a combined answer ("Answering N questions together …") also every question it links to.
 * Counted as distinct messages Discord created (a retry Discord deduplicated by nonce is the same message).
 */
export function channelAnswers(requests: readonly RecordedRequest[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of requests) {
    if (r.method !== "POST" || !/^\/channels\/\d+\/messages$/.test(r.path) || r.fault || r.status !== 200)
      continue;
    const created = asRecord(r.response).id;
    if (typeof created !== "string") continue;
    const body = asRecord(r.body);
    const ids = new Set<string>();
    const ref = asRecord(body.message_reference).message_id;
    if (typeof ref === "string") ids.add(ref);
    const content = typeof body.content === "string" ? body.content : "";
    for (const m of content.matchAll(/\/channels\/(?:\d+|@me)\/\d+\/(\d+)/g)) if (m[1]) ids.add(m[1]);
    for (const id of ids) {
      const set = out.get(id) ?? new Set<string>();
      set.add(created);
      out.set(id, set);
    }
  }
  return out;
}

/** Questions not answered exactly once (by a reply, a combined answer or a reaction), with the count. */
export function notAnsweredOnce(
  requests: readonly RecordedRequest[],
  questionIds: readonly string[],
): string[] {
  const answers = channelAnswers(requests);
  const reactions = reactionsByMessage(requests);
  return questionIds
    .map((id) => [id, (answers.get(id)?.size ?? 0) + (reactions.get(id)?.length ?? 0)] as const)
    .filter(([, n]) => n !== 1)
    .map(([id, n]) => `${id}: ${n}`);
}

/** Reactions the bot put on a message (PUT …/reactions/:emoji/@me), by message id. */
export function reactionsByMessage(requests: readonly RecordedRequest[]): Map<string, RecordedRequest[]> {
  const out = new Map<string, RecordedRequest[]>();
  for (const r of requests) {
    const m = /^\/channels\/\d+\/messages\/(\d+)\/reactions\/[^/]+\/@me$/.exec(r.path);
    if (r.method !== "PUT" || !m?.[1]) continue;
    const list = out.get(m[1]) ?? [];
    list.push(r);
    out.set(m[1], list);
  }
  return out;
}

/** The message part of a callback body (type 4 → data) or a channel message body. */
export function messageOf(request: RecordedRequest): Record<string, unknown> {
  const body = asRecord(request.body);
  return typeof body.type === "number" ? asRecord(body.data) : body;
}

const len = (value: unknown) => (typeof value === "string" ? value.length : 0);

/**
 * Every Discord limit and safety rule a sent message must meet, counted in UTF-16 units (stricter than
 * Discord's code points). Empty when the message is fine.
 */
export function messageProblems(message: Record<string, unknown>, kind: "interaction" | "channel"): string[] {
  const p: string[] = [];
  if (len(message.content) > 2000) p.push(`content ${len(message.content)} > 2000`);
  const embeds = Array.isArray(message.embeds) ? message.embeds.map(asRecord) : [];
  if (embeds.length > 10) p.push("more than 10 embeds");
  let total = 0;
  for (const e of embeds) {
    const footer = asRecord(e.footer);
    const fields = Array.isArray(e.fields) ? e.fields.map(asRecord) : [];
    if (len(e.title) > 256) p.push("title > 256");
    if (len(e.description) > 4096) p.push("description > 4096");
    if (len(footer.text) > 2048) p.push("footer > 2048");
    if (fields.length > 25) p.push("more than 25 fields");
    total += len(e.title) + len(e.description) + len(footer.text) + len(asRecord(e.author).name);
    for (const f of fields) {
      if (len(f.name) === 0 || len(f.name) > 256) p.push(`field name length ${len(f.name)}`);
      if (len(f.value) === 0 || len(f.value) > 1024) p.push(`field value length ${len(f.value)}`);
      total += len(f.name) + len(f.value);
    }
  }
  if (total > 6000) p.push(`embeds total ${total} > 6000`);
  const rows = Array.isArray(message.components) ? message.components.map(asRecord) : [];
  if (rows.length > 5) p.push("more than 5 rows");
  for (const row of rows) {
    const buttons = Array.isArray(row.components) ? row.components.map(asRecord) : [];
    if (buttons.length === 0 || buttons.length > 5) p.push(`${buttons.length} buttons in a row`);
    for (const b of buttons) {
      if (len(b.label) > 80) p.push("button label > 80");
      if (len(b.custom_id) > 100) p.push("custom_id > 100");
      if (len(b.url) > 512) p.push("button url > 512");
    }
  }
  const expected = kind === "interaction" ? { parse: [] } : { parse: [], replied_user: false };
  if (JSON.stringify(message.allowed_mentions) !== JSON.stringify(expected)) {
    p.push(`allowed_mentions ${JSON.stringify(message.allowed_mentions)}`);
  }
  return p;
}

/** All visible text of a sent message (content, embed text, button labels). */
export function visibleText(message: Record<string, unknown>): string {
  const parts: string[] = [typeof message.content === "string" ? message.content : ""];
  for (const e of Array.isArray(message.embeds) ? message.embeds.map(asRecord) : []) {
    parts.push(String(e.title ?? ""), String(e.description ?? ""), String(asRecord(e.footer).text ?? ""));
    for (const f of Array.isArray(e.fields) ? e.fields.map(asRecord) : [])
      parts.push(String(f.name), String(f.value));
  }
  for (const row of Array.isArray(message.components) ? message.components.map(asRecord) : []) {
    for (const b of Array.isArray(row.components) ? row.components.map(asRecord) : [])
      parts.push(String(b.label ?? ""));
  }
  return parts.join("\n");
}

/** Numbered citations: at least one embed field named "[n] source" whose value is a quoted passage. */
export function citationCount(message: Record<string, unknown>): number {
  let n = 0;
  for (const e of Array.isArray(message.embeds) ? message.embeds.map(asRecord) : []) {
    for (const f of Array.isArray(e.fields) ? e.fields.map(asRecord) : []) {
      if (/^\[\d+\] /.test(String(f.name)) && /^“[\s\S]+”$/.test(String(f.value))) n++;
    }
  }
  return n;
}

// ── one stand-in + one bot process per test file ──────────────────────────────────────────────────────────────

export interface E2E {
  s: DiscordStandIn;
  bot: BotProcess;
  guildId: string;
  qaChannelId: string;
  otherChannelId: string;
  token: string;
  /** The HMAC part of the token: what must never appear anywhere. */
  secret: string;
  /** Stops the bot (SIGTERM, then SIGKILL), then the stand-in; resolves with the bot's exit code. */
  close(): Promise<number | null>;
}

export interface E2EOptions {
  env?: Record<string, string>;
  /** More channels in the guild (a forum, a channel denying Send Messages …). */
  channels?: ChannelSpec[];
  /** More ids for QA_CHANNEL_IDS, after the Q&A channel. */
  qaChannels?: string[];
  standIn?: Omit<DiscordStandInOptions, "guilds" | "token" | "applicationId">;
  /** Answer every channel question (QA_CHANNEL_IDS = the Q&A channel); default true. */
  qaChannel?: boolean;
  readyTimeoutMs?: number;
}

/**
 * The stand-in's heartbeat interval for tests that are not about heartbeats. Its own default is 1 s, for
 * quick zombie detection; on a loaded machine an ACK that comes a second late makes discord.js drop the
 * connection as a zombie and resume (close 4200) in the middle of a test about something else. Discord's is
 * 41.25 s.
 */
export const LOADED_MACHINE_HEARTBEAT_MS = 10_000;

/** A guild with a Q&A channel and another channel, the bot connected to it and READY. */
export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const guildId = snowflake();
  const qaChannelId = snowflake();
  const otherChannelId = snowflake();
  const applicationId = snowflake();
  const { token, secret } = makeToken(applicationId);
  const s = await startDiscordStandIn({
    token,
    applicationId,
    guilds: [
      {
        id: guildId,
        name: "E2E guild",
        channels: [
          { id: qaChannelId, name: "qa" },
          { id: otherChannelId, name: "general" },
          ...(options.channels ?? []),
        ],
      },
    ],
    heartbeatIntervalMs: LOADED_MACHINE_HEARTBEAT_MS,
    ...options.standIn,
  });
  const bot = startBot({
    DISCORD_TOKEN: token,
    DISCORD_API_URL: s.apiUrl,
    DISCORD_CLIENT_ID: applicationId,
    QA_CHANNEL_IDS: [
      ...(options.qaChannel === false ? [] : [qaChannelId]),
      ...(options.qaChannels ?? []),
    ].join(","),
    ...options.env,
  });
  const close = async () => {
    const code = await bot.stop();
    await s.close();
    return code;
  };
  try {
    await within(
      Promise.race([
        s.waitForReady(options.readyTimeoutMs ?? 20_000),
        bot.exited.then((code) => {
          throw new Error(`the bot exited with ${code} before READY:\n${bot.stderr()}`);
        }),
      ]),
      (options.readyTimeoutMs ?? 20_000) + 1_000,
      "the bot to connect",
    );
  } catch (err) {
    await close();
    throw err;
  }
  return { s, bot, guildId, qaChannelId, otherChannelId, token, secret, close };
}

let userCounter = 0;
/** A distinct human user (the per-user rate limit never applies across them). */
export function person(name = "member"): PersonSpec {
  userCounter += 1;
  return { id: snowflake(), username: `${name}${userCounter}` };
}

/** Where the token or its secret part shows up in the bot's output or in what it sent; empty when nowhere. */
export function secretLeaks(e: Pick<E2E, "s" | "bot" | "token" | "secret">): string[] {
  const leaks: string[] = [];
  for (const needle of [e.token, e.secret]) {
    if (e.bot.stdout().includes(needle)) leaks.push("stdout");
    if (e.bot.stderr().includes(needle)) leaks.push("stderr");
    for (const r of e.s.requests) {
      if (JSON.stringify(r.body ?? null).includes(needle)) leaks.push(`body of ${r.method} ${r.path}`);
      if (r.path.includes(needle)) leaks.push(`path ${r.path}`);
    }
  }
  return leaks;
}

/**
 * One stand-in and one bot for the whole test file: started before its first test (handed to `ready`), and
 * after its last checked — still running (nothing crashed it), no secret in its output or requests — then
 * stopped, expecting exit 0. `before` runs first in that check, for a file's own figures or expectations.
 */
export function botForFile(
  options: E2EOptions,
  ready: (e: E2E) => void,
  check: { stillRunning?: boolean; before?: (e: E2E) => void } = {},
): void {
  let e: E2E | undefined;
  beforeAll(async () => {
    e = await startE2E(options);
    ready(e);
  }, 30_000);
  afterAll(async () => {
    if (!e) return;
    check.before?.(e);
    if (check.stillRunning !== false) expect(e.bot.child.exitCode, "the bot is still running").toBeNull();
    expect(secretLeaks(e)).toEqual([]);
    expect(await e.close()).toBe(0);
  });
}
