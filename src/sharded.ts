// `npm run start:sharded`: the bot past one process. discord.js's ShardingManager forks one process per
// shard, each running the normal entry (dist/src/main.js) with its own engine — nothing is shared, so no
// server is needed. The shard count comes from BOT_SHARD_COUNT: a number, or `auto` (default) for Discord's
// recommendation from GET /gateway/bot. (Not SHARD_COUNT: discord.js reads that itself in every shard.)
//
// The manager asks DISCORD_API_URL itself: discord.js's own "auto" (fetchRecommendedShardCount) always calls
// https://discord.com/api, whatever the client's REST base. The same answer gives max_concurrency, so shards
// that may identify together start together rather than 5.5 s apart (discord.js's fixed spawn delay).
//
// SIGTERM / SIGINT: every shard gets SIGTERM (each closes its gateway normally and exits 0), the manager
// waits for them all, then exits 0. A shard that fails before it is ready (bad token, disallowed intents)
// stops everything with exit code 1; one that dies after being ready is restarted.
import { ChildProcess } from "node:child_process";
import path from "node:path";
import { type Shard, ShardingManager } from "discord.js";
import { type Config, loadDotEnv, shardCountFromEnv } from "./config.js";
import { fetchGatewayBot, type GatewayBotInfo } from "./discord/reach.js";
import { createLogger, type Logger } from "./log.js";
import { isMainModule } from "./shared/main-module.js";
import { messageOf } from "./shared/message-of.js";
import { exitWithMessage, loadConfigOrExit, orExit } from "./startup.js";
import { loadKnowledgeBaseOrExit } from "./startup-knowledge.js";

/** The bot entry every shard runs: main.js next to this file. */
const SHARD_FILE = path.join(import.meta.dirname, "main.js");
/** How long a shard may take from fork to READY (discord.js's default). */
const SPAWN_TIMEOUT_MS = 30_000;
/** Discord allows max_concurrency IDENTIFYs per 5 s; discord.js waits 5.5 s between spawns. */
const IDENTIFY_WINDOW_MS = 5_500;
/** A shard drains for up to 8 + 1 s (main.ts: DRAIN_GRACE_MS); after this the manager kills what is left. */
const STOP_GRACE_MS = 10_000;
const RESPAWN_DELAY_MS = 1_000;

/**
 * Shards in identify order, grouped so each group may IDENTIFY at once: Discord's rate-limit key is
 * shard_id % max_concurrency, one IDENTIFY per key per 5 s.
 */
export function spawnWaves(count: number, maxConcurrency: number): number[][] {
  const waves: number[][] = [];
  for (let first = 0; first < count; first += maxConcurrency) {
    waves.push(Array.from({ length: Math.min(maxConcurrency, count - first) }, (_, i) => first + i));
  }
  return waves;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

function runManager(config: Config & { token: string }, count: number, waves: number[][], log: Logger) {
  const manager = new ShardingManager(SHARD_FILE, {
    totalShards: count,
    shardList: Array.from({ length: count }, (_, i) => i),
    mode: "process",
    // Restarts are decided below: discord.js would also respawn a shard that can never start.
    respawn: false,
    token: config.token,
  });
  const shards = new ShardProcesses(count, log);
  process.on("SIGTERM", () => void shards.stopAll(0, "SIGTERM"));
  process.on("SIGINT", () => void shards.stopAll(0, "SIGINT"));
  return spawnInWaves(manager, waves, shards, log);
}

/** The shards' processes: which are running and which ready, each restarted when it dies, and all stopped once. */
class ShardProcesses {
  /** Shards whose current process has reached READY. */
  readonly #live = new Set<number>();
  readonly #children = new Set<ChildProcess>();
  #stopping = false;

  constructor(
    readonly count: number,
    private readonly log: Logger,
  ) {}

  get stopping(): boolean {
    return this.#stopping;
  }

  async stopAll(code: number, reason: string): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    this.log.info({ reason, shards: this.#children.size }, "stopping all shards");
    const running = [...this.#children].filter((c) => c.exitCode === null && c.signalCode === null);
    for (const child of running) child.kill("SIGTERM");
    const timer = setTimeout(() => {
      for (const child of running)
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }, STOP_GRACE_MS);
    await Promise.all(running.map(exited));
    clearTimeout(timer);
    process.exit(code);
  }

  watch(shard: Shard): void {
    const { count, log } = this;
    shard.on("spawn", (child) => {
      // Always a ChildProcess in "process" mode; worker threads are not used.
      if (!(child instanceof ChildProcess)) return;
      this.#children.add(child);
      child.once("exit", () => this.#children.delete(child));
      log.info({ shard: shard.id, of: count, childPid: child.pid }, "shard process started");
    });
    shard.on("ready", () => {
      this.#live.add(shard.id);
      log.info({ shard: shard.id, of: count }, "shard ready");
    });
    shard.on("death", (child) => {
      const wasLive = this.#live.delete(shard.id);
      // A process that never got ready is a set-up problem: the rejected spawn() handles it.
      if (this.#stopping || !wasLive) return;
      log.warn(
        child instanceof ChildProcess
          ? { shard: shard.id, code: child.exitCode, signal: child.signalCode }
          : { shard: shard.id },
        "shard exited; starting it again",
      );
      setTimeout(() => this.#restart(shard), RESPAWN_DELAY_MS);
    });
  }

  #restart(shard: Shard): void {
    if (this.#stopping) return;
    shard.spawn(SPAWN_TIMEOUT_MS).catch((err: unknown) => {
      this.log.error({ err, shard: shard.id }, "shard could not be started again");
      void this.stopAll(1, "shard failed");
    });
  }
}

/** Each wave's shards started together, a wave per identify window; one failing to start stops them all. */
async function spawnInWaves(
  manager: ShardingManager,
  waves: number[][],
  shards: ShardProcesses,
  log: Logger,
): Promise<void> {
  for (const [i, wave] of waves.entries()) {
    if (shards.stopping) return;
    const startedAt = Date.now();
    const started = wave.map((id) => manager.createShard(id));
    for (const shard of started) shards.watch(shard);
    try {
      await Promise.all(started.map((shard) => shard.spawn(SPAWN_TIMEOUT_MS)));
    } catch (err) {
      if (shards.stopping) return;
      // The shard printed why (token, intents, knowledge base); say which one gave up.
      log.error({ err }, "a shard failed to start");
      await shards.stopAll(1, "shard failed to start");
      return;
    }
    const wait = IDENTIFY_WINDOW_MS - (Date.now() - startedAt);
    if (i < waves.length - 1 && wait > 0) await sleep(wait);
  }
  log.info({ shards: shards.count }, "all shards ready");
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfigOrExit();
  const requested = orExit(() => shardCountFromEnv());
  const token = config.token;
  if (!token) {
    exitWithMessage([
      "DISCORD_TOKEN is not set: the sharded bot runs only on Discord (npm start opens the terminal mode).",
    ]);
  }
  const log = createLogger({ level: config.logLevel, secrets: [token] });

  // Check the knowledge base once here, so a broken base prints its problems once, not once per shard.
  loadKnowledgeBaseOrExit(config.knowledgeDir);

  let gateway: GatewayBotInfo;
  try {
    gateway = await fetchGatewayBot(config, token);
  } catch (err) {
    exitWithMessage([messageOf(err)]);
  }
  const count = requested === "auto" ? gateway.shards : requested;
  const waves = spawnWaves(count, gateway.maxConcurrency);
  log.info(
    { shards: count, requested, recommended: gateway.shards, maxConcurrency: gateway.maxConcurrency },
    "starting shards",
  );
  await runManager({ ...config, token }, count, waves, log);
}

// Importable by tests without starting anything.
if (isMainModule(import.meta.url)) await main();
