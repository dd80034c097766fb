// `npm run bench -- reliability [--askers=N]`: the bot process under the conditions of issue 12, against
// the stand-in: resident memory after many distinct askers (discord.js caches: limits and sweepers), and
// how long one stuck channel reply holds its channel at the default REST timeout (15 s).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type DiscordStandIn, snowflake, startDiscordStandIn } from "../tests/support/discord-stand-in.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MAIN = path.join(ROOT, "dist/src/main.js");
const DEFAULT_ASKERS = 20_000;
/** Askers per second, as in the issue's flood. */
const RATE = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMiB(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

interface Bot {
  child: ChildProcess;
  stderr(): string;
  exited: Promise<number | null>;
}

function startBot(s: DiscordStandIn, qaChannelId: string, env: Record<string, string> = {}): Bot {
  const child = spawn(process.execPath, ["--expose-gc", MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      DISCORD_TOKEN: s.token,
      DISCORD_API_URL: s.apiUrl,
      QA_CHANNEL_IDS: qaChannelId,
      LOG_LEVEL: "info",
      KNOWLEDGE_DIR: path.join(ROOT, "src/knowledge"),
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "reliability-bench-")),
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

async function world(env: Record<string, string> = {}, channelSendLimit = false) {
  const guildId = snowflake();
  const qaChannelId = snowflake();
  const s = await startDiscordStandIn({
    guilds: [{ id: guildId, channels: [{ id: qaChannelId, name: "qa" }] }],
    interactionDeadlineMs: 0,
    ...(channelSendLimit ? { channelSendLimit: { count: 5, windowMs: 5_000 } } : {}),
  });
  const bot = startBot(s, qaChannelId, env);
  await s.waitForReady(30_000);
  return { s, bot, qaChannelId };
}

async function stop(bot: Bot): Promise<number | null> {
  bot.child.kill("SIGTERM");
  const timer = setTimeout(() => bot.child.kill("SIGKILL"), 12_000);
  const code = await bot.exited;
  clearTimeout(timer);
  return code;
}

/** RSS after `askers` distinct users each ask once (/ask) at RATE per second, every one answered. */
async function memoryRun(askers: number, log: (line: string) => void) {
  const { s, bot } = await world();
  const pid = bot.child.pid ?? 0;
  // Warm up (engine built, code paths compiled), then the baseline.
  for (let i = 0; i < 200; i++) {
    s.sendInteraction({
      kind: "command",
      name: "ask",
      options: { question: "Who leads Syria's side?" },
      user: { id: snowflake(), username: `warm${i}` },
    });
  }
  await sleep(3_000);
  const before = rssMiB(pid);
  const started = Date.now();
  let answered = 0;
  const batch = RATE / 10;
  for (let sent = 0; sent < askers; sent += batch) {
    const replies = [];
    for (let i = 0; i < batch && sent + i < askers; i++) {
      replies.push(
        s.sendInteraction({
          kind: "command",
          name: "ask",
          options: { question: "Who leads Syria's side?" },
          user: { id: snowflake(), username: `asker${sent + i}` },
          replyTimeoutMs: 60_000,
        }).reply,
      );
    }
    void Promise.allSettled(replies).then((r) => {
      answered += r.filter((x) => x.status === "fulfilled").length;
    });
    // The stand-in records every request; the bench forgets them (harness memory, not the bot's).
    if (s.requests.length > 5_000) s.requests.length = 0;
    await sleep(100);
    if (sent % 10_000 === 0 && sent > 0)
      log(`reliability: ${sent} askers, RSS ${rssMiB(pid).toFixed(0)} MiB`);
  }
  const deadline = Date.now() + 120_000;
  while (answered < askers && Date.now() < deadline) await sleep(200);
  const seconds = (Date.now() - started) / 1000;
  await sleep(2_000);
  const after = rssMiB(pid);
  const code = await stop(bot);
  const drained = bot
    .stderr()
    .split("\n")
    .find((l) => l.includes('"drained'));
  const cache = drained ? (JSON.parse(drained) as { cache: Record<string, number> }).cache : undefined;
  await s.close();
  return { askers, answered, seconds, before, after, cache, code };
}

/**
 * A flood of `questions` distinct askers in one Q&A channel at RATE per second, under Discord's per-channel
 * send limit (5 per 5 s): what is answered, combined or dropped, how late, and the bot's RSS.
 */
async function floodRun(questions: number, log: (line: string) => void) {
  const { s, bot, qaChannelId } = await world({}, true);
  const pid = bot.child.pid ?? 0;
  await sleep(2_000);
  const before = rssMiB(pid);
  const texts = [
    "Who leads Syria's side?",
    "Where did the talks take place?",
    "What role does the US play?",
    "When did the talks start?",
  ];
  const sentAt = new Map<string, number>();
  const lateness: number[] = [];
  let maxRss = before;
  const batch = RATE / 10;
  for (let sent = 0; sent < questions; sent += batch) {
    for (let i = 0; i < batch && sent + i < questions; i++) {
      const m = s.sendMessage({
        content: texts[(sent + i) % texts.length] ?? "",
        channelId: qaChannelId,
        author: { id: snowflake(), username: `flood${sent + i}` },
        replyTimeoutMs: 1,
      });
      sentAt.set(m.id, Date.now());
    }
    collect();
    await sleep(100);
    maxRss = Math.max(maxRss, rssMiB(pid));
    if (sent % 10_000 === 0 && sent > 0)
      log(`reliability: ${sent} channel questions, RSS ${rssMiB(pid).toFixed(0)} MiB`);
  }
  await sleep(35_000);
  collect();
  const after = rssMiB(pid);
  await stop(bot);
  const drained = bot
    .stderr()
    .split("\n")
    .find((l) => l.includes('"drained'));
  const stats = drained
    ? (JSON.parse(drained) as { channelReplies: Record<string, number> }).channelReplies
    : undefined;
  await s.close();
  lateness.sort((a, b) => a - b);
  return {
    questions,
    answered: lateness.length,
    before,
    after,
    maxRss,
    stats,
    median: lateness[Math.floor(lateness.length / 2)] ?? 0,
    max: lateness.at(-1) ?? 0,
  };

  /** Answers seen so far: each question a posted message links to or replies to, with how late it was. */
  function collect() {
    for (const r of s.requests) {
      if (r.method !== "POST" || r.status !== 200 || !r.path.endsWith("/messages")) continue;
      const body = r.body as { content?: string; message_reference?: { message_id?: string } };
      const ids = [
        body.message_reference?.message_id,
        ...[...(body.content ?? "").matchAll(/\/(\d+)>/g)].map((m) => m[1]),
      ];
      for (const id of ids) {
        const at = id ? sentAt.get(id) : undefined;
        if (id && at !== undefined) {
          lateness.push(r.at - at);
          sentAt.delete(id);
        }
      }
    }
    s.requests.length = 0;
  }
}

/** The longest a never-answered reply holds its channel, at the default REST timeout (15 s). */
async function holdRun() {
  const { s, bot, qaChannelId } = await world({ DISCORD_REST_TIMEOUT_MS: "15000" });
  const stuck = s.sendMessage({
    content: "Who leads Syria's side?",
    channelId: qaChannelId,
    author: { id: snowflake(), username: "a" },
  });
  s.restFault({
    method: "POST",
    path: new RegExp(`^/channels/${qaChannelId}/messages$`),
    hang: true,
    times: Number.POSITIVE_INFINITY,
    match: (r) =>
      ((r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id ?? "") ===
      stuck.id,
  });
  await sleep(100);
  const asked = Date.now();
  const later = s.sendMessage({
    content: "Where did the talks take place?",
    channelId: qaChannelId,
    author: { id: snowflake(), username: "b" },
    replyTimeoutMs: 90_000,
  });
  const reply = await later.reply;
  const heldMs = reply.at - asked;
  await stop(bot);
  await s.close();
  return heldMs;
}

export async function runReliabilityBench(askers: number, log: (line: string) => void): Promise<string> {
  log(`reliability: ${askers} distinct askers at ${RATE}/s`);
  const memory = await memoryRun(askers, log);
  log("reliability: a stuck channel reply at the default REST timeout");
  const heldMs = await holdRun();
  const floodSize = Math.min(askers, 20_000);
  log(`reliability: ${floodSize} questions in one channel at ${RATE}/s under its send limit`);
  const flood = await floodRun(floodSize, log);
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench -- reliability --askers=${askers}\` on this machine (2 cores, shared).`,
    "",
    "| measure | figure |",
    "| --- | --: |",
    `| distinct askers (one /ask each, ${RATE}/s) | ${memory.askers.toLocaleString("en")} (${memory.answered.toLocaleString("en")} answered, ${memory.seconds.toFixed(0)} s) |`,
    `| bot RSS after warm-up → after the askers | ${memory.before.toFixed(0)} MiB → ${memory.after.toFixed(0)} MiB |`,
    `| discord.js caches at the SIGTERM after them | ${memory.cache ? `${memory.cache.users} user(s), ${memory.cache.members} member(s), ${memory.cache.channels} channels` : "n/a"} |`,
    `| exit code after SIGTERM | ${memory.code} |`,
    `| a reply Discord never answers holds its channel (REST timeout 15 s) | ${(heldMs / 1000).toFixed(1)} s |`,
    `| ${flood.questions.toLocaleString("en")} questions from distinct askers in one channel (${RATE}/s, 5 messages per 5 s allowed) | ${flood.answered.toLocaleString("en")} answered in ${flood.stats?.posted ?? "?"} messages, ${((flood.stats?.droppedStale ?? 0) + (flood.stats?.droppedOverflow ?? 0)).toLocaleString("en")} dropped (stale or queue full) |`,
    `| how late those answers were (median / max) | ${(flood.median / 1000).toFixed(1)} s / ${(flood.max / 1000).toFixed(1)} s |`,
    `| bot RSS during that flood (before → peak → after) | ${flood.before.toFixed(0)} → ${flood.maxRss.toFixed(0)} → ${flood.after.toFixed(0)} MiB |`,
    "",
  ].join("\n");
}

export const reliabilitySection = {
  id: "reliability",
  title: "Reliability (issue 12)",
  run: (context: { options: ReadonlyMap<string, string>; log(line: string): void }) =>
    runReliabilityBench(Math.max(100, Number(context.options.get("askers")) || DEFAULT_ASKERS), context.log),
};
