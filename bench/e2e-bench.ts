// End-to-end benchmark: our bot (`node dist/src/main.js`) against the floor — a bare discord.js bot that
// replies a fixed string (`dist/bench/bare-bot.js`) — both talking to local Discord stand-ins over
// 127.0.0.1. Each round runs the two side by side and asks them the same questions in pairs, so that machine
// noise falls on both alike; the figure reported is the median of the rounds' ratios.
//
// Per round and program: spawn → IDENTIFY, then 1,600 questions (warm-up, sequential slash commands,
// sequential mentions, three 300-interaction bursts), then VmRSS from /proc/<pid>/status. A few extra
// start-only runs add samples for spawn → IDENTIFY. Results go to stdout and to the "End to end" section
// of docs/benchmarks.md (the rest of that file is left as it is).
//
//   npm run --silent build && node dist/bench/e2e-bench.js [--rounds=9] [--no-write] [--cpu-prof=DIR]
//     [--bot-env=NAME=VALUE,…]   (variables for this bot's process only, not the bare bot's)
//
// --cpu-prof=DIR runs both programs with `node --cpu-prof` (DIR/bot, DIR/bare: one .cpuprofile per process,
// a flame graph in Chrome DevTools or speedscope). The section is written between the
// `<!-- bench:e2e:start/end -->` markers, the convention bench/run.ts uses for every section.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { type DiscordStandIn, snowflake, startDiscordStandIn } from "../tests/support/discord-stand-in.js";
import { median, percentile } from "./stats.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DOC = path.join(ROOT, "docs/benchmarks.md");
// Nine rounds (~2 min): on the shared 2-core machine one round's /ask p50 ratio moved between 1.0× and 1.4×
// whatever the code; the median of nine is one round's figure, never an average.
const DEFAULT_ROUNDS = 9;
const START_ONLY_RUNS = 4;
const WARMUP = 100; // of each kind
const SEQUENTIAL = 250; // of each kind
const BURST = 300;
/**
 * Bursts per program and round, in pairs like the single questions: one program's burst, then the other's,
 * the order swapped from pair to pair. One burst each, one after the other, left the second to whatever the
 * machine did in the next ~0.4 s: its ratio moved between 1.05× and 1.48× from round to round.
 */
const BURSTS = 3;
const QUESTIONS_PER_RUN = 2 * WARMUP + 2 * SEQUENTIAL + BURSTS * BURST;
/**
 * discord.js queues REST calls past 50 a second (Discord's global limit; interaction callbacks are exempt),
 * so back-to-back mentions would time that queue, not the bot: sequential mentions go out at most this often.
 */
const MESSAGE_SPACING_MS = 22;

export interface E2eOptions {
  rounds: number;
  cpuProfDir: string | undefined;
  /**
   * Variables set in this bot's environment only, not the bare bot's (`--bot-env=NAME=VALUE,…`): how it is
   * started, e.g. with the README's `MALLOC_ARENA_MAX=1`.
   */
  botEnv?: Readonly<Record<string, string>>;
  log(line: string): void;
}

type BotName = "bot" | "bare";

const ENTRIES: Record<BotName, string> = {
  bot: path.join(ROOT, "dist/src/main.js"),
  bare: path.join(ROOT, "dist/bench/bare-bot.js"),
};

interface RunResult {
  identifyMs: number;
  /** CPU time (user + system) the process had spent when its IDENTIFY arrived. */
  identifyCpuMs: number;
  intents: number;
  interactionMs: number[];
  messageMs: number[];
  /** The median of the round's bursts. */
  burstMs: number;
  rssKiB: number;
  /** CPU time (user + system) the process spent on the questions, per question. */
  cpuMsPerQuestion: number;
  failures: number;
}

interface Questions {
  /** Every dev question, for /ask (an abstention is a reply too). */
  ask: string[];
  /** Only questions the story answers, for mentions: the reply is what we time. */
  mention: string[];
}

function loadQuestions(): Questions {
  const lines = readFileSync(path.join(ROOT, "tests/fixtures/dev-questions.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { q: string; expect: string });
  return { ask: lines.map((l) => l.q), mention: lines.filter((l) => l.expect === "answer").map((l) => l.q) };
}

/** Linux clock ticks per second for /proc/<pid>/stat (sysconf(_SC_CLK_TCK) is 100 on every common kernel). */
const CLOCK_TICKS = 100;

/** CPU milliseconds (user + system) a process has used: machine load does not inflate it, wall time does. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after "(comm)": state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]);
}

/**
 * The stand-in keeps every request for the tests' sake; over 1,000 questions that record (and any search
 * through it) is harness cost that would grow into the measurement, so the bench drops it between phases,
 * when nothing is waiting on it.
 */
function forgetRequests(s: DiscordStandIn): void {
  s.requests.length = 0;
}

interface Spawned {
  child: ChildProcess;
  spawnedAt: number;
  stderr: () => string;
  exited: Promise<number | null>;
}

function spawnBot(
  name: BotName,
  s: DiscordStandIn,
  cpuProfDir: string | undefined,
  ownEnv: Readonly<Record<string, string>> = {},
): Spawned {
  // Both programs are profiled, into DIR/bot and DIR/bare: the floor's profile is the one to diff against.
  const execArgv = cpuProfDir
    ? ["--cpu-prof", `--cpu-prof-dir=${path.join(cpuProfDir, name)}`]
    : ([] as string[]);
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, [...execArgv, ENTRIES[name]], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...ownEnv,
      DISCORD_TOKEN: s.token,
      DISCORD_API_URL: s.apiUrl,
      // Mentions, not a Q&A channel: both bots then ask for the same two intents, and every question
      // (even one the story does not answer) gets a reply rather than a reaction.
      QA_CHANNEL_IDS: "",
      GUILD_ID: "",
      LOG_LEVEL: "info",
      // A fresh database per process, never the working directory's data/ (the bare bot ignores it).
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "e2e-bench-data-")),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, spawnedAt, stderr: () => stderr, exited };
}

async function stop(bot: Spawned): Promise<void> {
  if (bot.child.exitCode !== null) return;
  bot.child.kill("SIGTERM");
  const timer = setTimeout(() => bot.child.kill("SIGKILL"), 10_000);
  await bot.exited;
  clearTimeout(timer);
}

async function identifyMs(
  s: DiscordStandIn,
  bot: Spawned,
): Promise<{ ms: number; cpuMs: number; intents: number }> {
  await Promise.race([
    s.waitForIdentify(1, 30_000),
    bot.exited.then((code) => {
      throw new Error(`bot exited with ${code} before IDENTIFY:\n${bot.stderr()}`);
    }),
  ]);
  // Read as soon as the stand-in has the IDENTIFY: the CPU the process spent to get there, which machine load
  // does not inflate as it does the wall time (to the 10 ms of the kernel's clock ticks, and a millisecond or
  // two of work after sending it).
  const cpu = cpuMs(bot.child.pid as number);
  const identify = s.gatewayEvents.find((e) => e.type === "identify");
  if (identify?.type !== "identify") throw new Error("no IDENTIFY recorded");
  return { ms: identify.at - bot.spawnedAt, cpuMs: cpu, intents: identify.intents };
}

async function standIn(guildId: string, channelId: string): Promise<DiscordStandIn> {
  return startDiscordStandIn({ guilds: [{ id: guildId, channels: [{ id: channelId }] }] });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One program started against a stand-in of its own, with what a round sends it. */
interface Started {
  name: BotName;
  s: DiscordStandIn;
  bot: Spawned;
  channelId: string;
  identifyMs: number;
  identifyCpuMs: number;
  intents: number;
  failures: number;
}

async function start(name: BotName, options: E2eOptions): Promise<Started> {
  const channelId = snowflake();
  const s = await standIn(snowflake(), channelId);
  const bot = spawnBot(name, s, options.cpuProfDir, name === "bot" ? options.botEnv : {});
  try {
    const { ms, cpuMs: identifyCpuMs, intents } = await identifyMs(s, bot);
    await s.waitForReady(30_000);
    return { name, s, bot, channelId, identifyMs: ms, identifyCpuMs, intents, failures: 0 };
  } catch (error) {
    await stop(bot);
    await s.close();
    throw error;
  }
}

async function finish(p: Started): Promise<void> {
  await stop(p.bot);
  await p.s.close();
}

/**
 * One round: both programs started (one after the other, so neither's start-up competes with the other's),
 * then asked the same questions in pairs — each question goes to one, then the other, the order swapped
 * from pair to pair — so that whatever else the machine is doing at a moment falls on both alike. The bursts
 * too: `BURSTS` for each, one program's and then the other's, the order swapped from pair to pair. `first`
 * starts first and takes the first burst.
 */
async function pairedRound(
  first: BotName,
  questions: Questions,
  options: E2eOptions,
): Promise<Record<BotName, RunResult>> {
  const names: [BotName, BotName] = first === "bot" ? ["bot", "bare"] : ["bare", "bot"];
  const programs: Started[] = [];
  try {
    for (const name of names) programs.push(await start(name, options));
    const [a, b] = programs as [Started, Started];
    const check = (p: Started, status: number | null) => {
      if (status === null || status >= 300) p.failures += 1;
    };
    let n = 0;
    const ask = (p: Started, question: string) =>
      p.s.sendInteraction({
        kind: "command",
        name: "ask",
        options: { question },
        // One user per interaction: nothing about a single user's history should weigh on the figures.
        user: { id: snowflake(), username: `asker${n}` },
      }).reply;
    const mention = (p: Started, question: string) =>
      p.s.sendMessage({
        content: `<@${p.s.botUser.id}> ${question}`,
        channelId: p.channelId,
        author: { id: snowflake(), username: `asker${n}` },
        mentions: [{ id: p.s.botUser.id, username: p.s.botUser.username }],
      }).reply;
    const timed = async (p: Started, send: () => Promise<{ status: number | null }>, into: number[]) => {
      const t0 = performance.now();
      const reply = await send();
      into.push(performance.now() - t0);
      check(p, reply.status);
    };
    /** The same question to both programs, in turn; the one asked first alternates. */
    const pair = async (kind: "ask" | "mention", into: Record<BotName, number[]>): Promise<void> => {
      const list = kind === "ask" ? questions.ask : questions.mention;
      const question = list[n % list.length] as string;
      const order = n % 2 === 0 ? [a, b] : [b, a];
      n++;
      for (const p of order) {
        await timed(p, () => (kind === "ask" ? ask(p, question) : mention(p, question)), into[p.name]);
      }
    };
    const pairedMention = async (into: Record<BotName, number[]>) => {
      const t0 = performance.now();
      await pair("mention", into);
      const elapsed = performance.now() - t0;
      if (elapsed < MESSAGE_SPACING_MS) await sleep(MESSAGE_SPACING_MS - elapsed);
    };
    const cpuBefore = {
      [a.name]: cpuMs(a.bot.child.pid as number),
      [b.name]: cpuMs(b.bot.child.pid as number),
    };
    const discard = { bot: [], bare: [] } as Record<BotName, number[]>;
    for (let i = 0; i < WARMUP; i++) await pair("ask", discard);
    for (let i = 0; i < WARMUP; i++) await pairedMention(discard);

    const forgetBoth = () => {
      forgetRequests(a.s);
      forgetRequests(b.s);
    };
    const interactionMs = { bot: [], bare: [] } as Record<BotName, number[]>;
    forgetBoth();
    for (let i = 0; i < SEQUENTIAL; i++) await pair("ask", interactionMs);
    const messageMs = { bot: [], bare: [] } as Record<BotName, number[]>;
    forgetBoth();
    for (let i = 0; i < SEQUENTIAL; i++) await pairedMention(messageMs);

    forgetBoth();
    const bursts = { bot: [], bare: [] } as Record<BotName, number[]>;
    for (let i = 0; i < BURSTS; i++) {
      // The same questions to both programs in a pair, as for the single questions.
      const from = n;
      for (const p of i % 2 === 0 ? [a, b] : [b, a]) {
        const t0 = performance.now();
        const replies = Array.from({ length: BURST }, (_, k) =>
          ask(p, questions.ask[(from + k) % questions.ask.length] as string),
        );
        for (const reply of await Promise.all(replies)) check(p, reply.status);
        bursts[p.name].push(performance.now() - t0);
      }
      n += BURST;
    }
    const burstMs = { bot: median(bursts.bot), bare: median(bursts.bare) };

    const result = (p: Started): RunResult => {
      const pid = p.bot.child.pid as number;
      return {
        identifyMs: p.identifyMs,
        identifyCpuMs: p.identifyCpuMs,
        intents: p.intents,
        interactionMs: interactionMs[p.name],
        messageMs: messageMs[p.name],
        burstMs: burstMs[p.name],
        rssKiB: rssKiB(pid),
        cpuMsPerQuestion: (cpuMs(pid) - (cpuBefore[p.name] as number)) / QUESTIONS_PER_RUN,
        failures: p.failures,
      };
    };
    return { [a.name]: result(a), [b.name]: result(b) } as Record<BotName, RunResult>;
  } finally {
    for (const p of programs) await finish(p);
  }
}

async function startOnlyRun(name: BotName): Promise<StartOnly> {
  const s = await standIn(snowflake(), snowflake());
  const bot = spawnBot(name, s, undefined);
  try {
    const { ms, cpuMs } = await identifyMs(s, bot);
    await s.waitForReady(30_000);
    return { ms, cpuMs };
  } finally {
    await stop(bot);
    await s.close();
  }
}

/** A run that only starts the program: spawn → IDENTIFY, in wall and CPU milliseconds. */
interface StartOnly {
  ms: number;
  cpuMs: number;
}

interface Summary {
  interactionP50: number;
  interactionP99: number;
  messageP50: number;
  messageP99: number;
  burstMs: number;
  identifyMs: number;
  identifyCpuMs: number;
  rssMiB: number;
  cpuMsPerQuestion: number;
  failures: number;
  intents: Set<number>;
}

function summarise(runs: RunResult[], startOnly: StartOnly[]): Summary {
  const interactions = runs.flatMap((r) => r.interactionMs).sort((a, b) => a - b);
  const messages = runs.flatMap((r) => r.messageMs).sort((a, b) => a - b);
  return {
    interactionP50: percentile(interactions, 50),
    interactionP99: percentile(interactions, 99),
    messageP50: percentile(messages, 50),
    messageP99: percentile(messages, 99),
    burstMs: median(runs.map((r) => r.burstMs)),
    identifyMs: median([...runs.map((r) => r.identifyMs), ...startOnly.map((r) => r.ms)]),
    identifyCpuMs: median([...runs.map((r) => r.identifyCpuMs), ...startOnly.map((r) => r.cpuMs)]),
    rssMiB: median(runs.map((r) => r.rssKiB)) / 1024,
    cpuMsPerQuestion: median(runs.map((r) => r.cpuMsPerQuestion)),
    failures: runs.reduce((sum, r) => sum + r.failures, 0),
    intents: new Set(runs.map((r) => r.intents)),
  };
}

interface Row {
  label: string;
  bot: number;
  bare: number;
  unit: "ms" | "MiB";
  /**
   * The figure of each round, bot over bare (a difference for MiB): the two programs of a round ran side by
   * side, so their ratio is what that round says; the median of the rounds' ratios is the figure reported.
   * Undefined: the ratio of the pooled figures.
   */
  perRound?: number[];
  /** "ratio ≤ x" or "difference ≤ x MiB"; undefined: reported, no target. */
  target?: { ratio: number } | { plusMiB: number };
}

function rows(bot: Summary, bare: Summary, runs: Record<BotName, RunResult[]>): Row[] {
  /** The rounds' ratios of one figure, bot over bare. */
  const ratios = (of: (r: RunResult) => number) =>
    runs.bot.map((r, i) => of(r) / of(runs.bare[i] as RunResult));
  return [
    {
      label: "INTERACTION_CREATE → callback, p50",
      bot: bot.interactionP50,
      bare: bare.interactionP50,
      unit: "ms",
      perRound: ratios((r) => percentile(r.interactionMs, 50)),
      target: { ratio: 1.2 },
    },
    {
      label: "INTERACTION_CREATE → callback, p99",
      bot: bot.interactionP99,
      bare: bare.interactionP99,
      unit: "ms",
      perRound: ratios((r) => percentile(r.interactionMs, 99)),
    },
    {
      label: "MESSAGE_CREATE → reply, p50",
      bot: bot.messageP50,
      bare: bare.messageP50,
      unit: "ms",
      perRound: ratios((r) => percentile(r.messageMs, 50)),
    },
    {
      label: "MESSAGE_CREATE → reply, p99",
      bot: bot.messageP99,
      bare: bare.messageP99,
      unit: "ms",
      perRound: ratios((r) => percentile(r.messageMs, 99)),
    },
    {
      label: `${BURST}-interaction burst, all answered`,
      bot: bot.burstMs,
      bare: bare.burstMs,
      unit: "ms",
      perRound: ratios((r) => r.burstMs),
      target: { ratio: 1.2 },
    },
    {
      label: "CPU time per question (user + system)",
      bot: bot.cpuMsPerQuestion,
      bare: bare.cpuMsPerQuestion,
      unit: "ms",
      perRound: ratios((r) => r.cpuMsPerQuestion),
    },
    {
      label: "process spawn → IDENTIFY",
      bot: bot.identifyMs,
      bare: bare.identifyMs,
      unit: "ms",
      target: { ratio: 1.3 },
    },
    {
      label: "CPU time, spawn → IDENTIFY (user + system)",
      bot: bot.identifyCpuMs,
      bare: bare.identifyCpuMs,
      unit: "ms",
      target: { ratio: 1.3 },
    },
    {
      label: `RSS after ${QUESTIONS_PER_RUN.toLocaleString("en")} questions`,
      bot: bot.rssMiB,
      bare: bare.rssMiB,
      unit: "MiB",
      perRound: runs.bot.map((r, i) => (r.rssKiB - (runs.bare[i] as RunResult).rssKiB) / 1024),
      target: { plusMiB: 30 },
    },
  ];
}

function fmt(value: number, unit: Row["unit"]): string {
  if (unit === "MiB") return `${value.toFixed(1)} MiB`;
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`;
}

function table(all: Row[]): string {
  const lines = [
    "| measure | this bot | bare discord.js | bot ÷ bare | rounds' range | target | met |",
    "| --- | ---: | ---: | ---: | ---: | --- | :---: |",
  ];
  for (const row of all) {
    const mib = row.unit === "MiB";
    const relation = row.perRound ? median(row.perRound) : mib ? row.bot - row.bare : row.bot / row.bare;
    const shown = (v: number) => (mib ? `${v >= 0 ? "+" : ""}${v.toFixed(1)} MiB` : `${v.toFixed(2)}×`);
    const range = row.perRound
      ? `${shown(Math.min(...row.perRound))} – ${shown(Math.max(...row.perRound))}`
      : "";
    let target = "—";
    let met = "";
    if (row.target && "ratio" in row.target) {
      target = `≤ ${row.target.ratio}×`;
      met = relation <= row.target.ratio ? "yes" : "**no**";
    } else if (row.target) {
      target = `≤ bare + ${row.target.plusMiB} MiB`;
      met = relation <= row.target.plusMiB ? "yes" : "**no**";
    }
    lines.push(
      `| ${row.label} | ${fmt(row.bot, row.unit)} | ${fmt(row.bare, row.unit)} | ${shown(relation)} | ${range} | ${target} | ${met} |`,
    );
  }
  return lines.join("\n");
}

function method(rounds: number, botEnv: Readonly<Record<string, string>> = {}): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const q = QUESTIONS_PER_RUN.toLocaleString("en");
  const env = Object.entries(botEnv).map(([name, value]) => `${name}=${value}`);
  const started = env.length > 0 ? `, started with \`${env.join(" ")}\` in its environment` : "";
  return `\`node dist/bench/e2e-bench.js\` (part of \`npm run bench\`) runs two programs, each against a local Discord
stand-in of its own (\`tests/support/discord-stand-in.ts\`, REST + gateway on 127.0.0.1): **this bot**
(\`node dist/src/main.js\`, the production entry${started}, JSON logs at \`info\` to a pipe) and **bare discord.js**
(\`bench/bare-bot.ts\`: the same client options and intents, a fixed-string reply, no engine, no logger). Each of
the ${rounds} rounds starts both (one after the other, the first alternating) and has each fresh process answer ${q}
questions, sent in pairs — each question to one program, then the same to the other, the order swapped from
pair to pair — so that whatever else the machine does at a moment falls on both alike: ${WARMUP} \`/ask\` and ${WARMUP}
mentions of warm-up, ${SEQUENTIAL} sequential \`/ask\` interactions (a different dev-set question and user each time),
${SEQUENTIAL} sequential mentions (at most one per ${MESSAGE_SPACING_MS} ms to each, under discord.js's 50 requests/s global queue), then
${BURSTS} bursts of ${BURST} \`/ask\` interactions dispatched at once, in pairs too (one program's burst, then the other's,
the order swapped from pair to pair; each program's figure the median of its ${BURSTS}). Latency runs from the stand-in
dispatching the event to it receiving the interaction callback / the message reply, so it includes the
stand-in's own work, alike for both. **bot ÷ bare is the median of the rounds' own ratios** (for RSS, of
their differences), with the lowest and highest round beside it; the figures of each program pool the rounds
(percentiles) or take their median (burst, RSS, CPU). Spawn → IDENTIFY is the median of the rounds' starts plus
${START_ONLY_RUNS} start-only runs per program, as wall time and as the CPU time (user + system) the process had used
when its IDENTIFY arrived, which load inflates far less. RSS is \`VmRSS\` from \`/proc/<pid>/status\` after the
${q} questions; CPU time (\`/proc/<pid>/stat\`, from READY to the end of the burst, per question) is what
machine load cannot inflate, so it shows best what the bot adds to the floor.

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpu}, Node ${process.version}. The machine is shared, so
single figures move by ±10–20 % between runs; the ratios, measured side by side, are the figures to compare.`;
}

/** Runs the benchmark and returns the Markdown for the "End to end" section. */
export async function runE2eBench(options: E2eOptions): Promise<string> {
  for (const entry of Object.values(ENTRIES)) {
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  }
  const questions = loadQuestions();
  const runs: Record<BotName, RunResult[]> = { bot: [], bare: [] };
  const starts: Record<BotName, StartOnly[]> = { bot: [], bare: [] };
  const loadBefore = loadavg();
  for (let round = 0; round < options.rounds; round++) {
    const paired = await pairedRound(round % 2 === 0 ? "bot" : "bare", questions, options);
    for (const name of ["bot", "bare"] as const) {
      const r = paired[name];
      runs[name].push(r);
      const p50 = percentile(r.interactionMs, 50);
      options.log(
        `round ${round + 1}/${options.rounds} ${name.padEnd(4)}: IDENTIFY ${r.identifyMs} ms (CPU ${r.identifyCpuMs} ms), /ask p50 ${p50.toFixed(2)} ms, ` +
          `burst ${r.burstMs.toFixed(0)} ms, CPU/question ${r.cpuMsPerQuestion.toFixed(2)} ms, RSS ${(r.rssKiB / 1024).toFixed(1)} MiB${r.failures ? `, ${r.failures} failed` : ""}`,
      );
    }
    const ratio = percentile(paired.bot.interactionMs, 50) / percentile(paired.bare.interactionMs, 50);
    options.log(`round ${round + 1}/${options.rounds}: /ask p50 bot ÷ bare ${ratio.toFixed(2)}×`);
  }
  for (let i = 0; i < START_ONLY_RUNS; i++) {
    for (const name of ["bot", "bare"] as const) starts[name].push(await startOnlyRun(name));
  }
  const shown = (list: StartOnly[]) => list.map((r) => `${r.ms} (CPU ${r.cpuMs})`).join(", ");
  options.log(`start-only IDENTIFY: bot ${shown(starts.bot)} ms; bare ${shown(starts.bare)} ms`);
  const loadAfter = loadavg();
  const bot = summarise(runs.bot, starts.bot);
  const bare = summarise(runs.bare, starts.bare);
  const intents = new Set([...bot.intents, ...bare.intents]);
  if (intents.size !== 1) {
    throw new Error(`the two bots identified with different intents: ${[...intents].join(", ")}`);
  }
  const failures = bot.failures + bare.failures;
  if (failures > 0) throw new Error(`${failures} replies failed (non-2xx from the stand-in)`);
  const load = `Machine load average (1 min) ${loadBefore[0]?.toFixed(1)} at the start, ${loadAfter[0]?.toFixed(1)} at the end, on ${cpus().length} cores.`;
  return `${method(options.rounds, options.botEnv)}\n\n${table(rows(bot, bare, runs))}\n\n${load}\n`;
}

/** The section in the shape bench/run.ts expects of its SECTIONS entries. */
export const e2eSection = {
  id: "e2e",
  title: "End to end",
  run: (context: { options: ReadonlyMap<string, string>; log(line: string): void }) =>
    runE2eBench({
      rounds: Math.max(1, Number(context.options.get("rounds")) || DEFAULT_ROUNDS),
      cpuProfDir: context.options.get("cpu-prof"),
      botEnv: envOf(context.options.get("bot-env")),
      log: context.log,
    }),
};

/** `NAME=VALUE,NAME=VALUE` as variables (`--bot-env`). */
function envOf(list: string | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of (list ?? "").split(",").filter((p) => p !== "")) {
    const [name, ...value] = pair.split("=");
    if (!name || value.length === 0) throw new Error(`--bot-env wants NAME=VALUE, not ${pair}`);
    env[name] = value.join("=");
  }
  return env;
}

/** Writes `body` between the section's markers, or appends the section (creating the file if needed). */
function writeSection(body: string): void {
  const start = `<!-- bench:${e2eSection.id}:start -->`;
  const end = `<!-- bench:${e2eSection.id}:end -->`;
  const doc = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
  const block = `${start}\n${body.trim()}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end, from);
  let out: string;
  const heading = `\n## ${e2eSection.title}\n`;
  if (from >= 0 && to >= 0) {
    out = doc.slice(0, from) + block + doc.slice(to + end.length);
  } else if (doc.includes(heading)) {
    // The heading without markers yet: the block goes right under it, before whatever text follows.
    const at = doc.indexOf(heading) + heading.length;
    out = `${doc.slice(0, at)}\n${block}\n${doc.slice(at)}`;
  } else {
    const head = doc.trim() === "" ? "# Benchmarks\n" : doc.replace(/\s*$/, "\n");
    out = `${head}\n## ${e2eSection.title}\n\n${block}\n`;
  }
  writeFileSync(DOC, out);
}

async function main(): Promise<void> {
  const flags = new Map<string, string>();
  for (const arg of process.argv.slice(2)) {
    const flag = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!flag?.[1])
      throw new Error(
        `unknown argument ${arg}; use --rounds=N, --cpu-prof=DIR, --bot-env=NAME=VALUE, --no-write`,
      );
    flags.set(flag[1], flag[2] ?? "true");
  }
  const began = performance.now();
  const body = await e2eSection.run({
    options: flags,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${body}\n`);
  process.stderr.write(`end-to-end bench: ${((performance.now() - began) / 1000).toFixed(0)} s\n`);
  // A profiled run is for exploring, not for the record.
  if (flags.has("no-write") || flags.has("cpu-prof")) return;
  writeSection(body);
  process.stderr.write(`wrote the End to end section of ${path.relative(ROOT, DOC)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
