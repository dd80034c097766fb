// `node dist/src/sharded.js` (npm run start:sharded) against the Discord stand-in advertising 2 shards: the
// ShardingManager forks one dist/src/main.js per shard; each identifies with its own [id, 2], answers what
// Discord dispatches on its own connection (one guild per shard: (guild_id >> 22) % 2), and a SIGTERM to
// the manager closes every gateway normally and ends every process with exit code 0.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { parseShardCount } from "../../src/config.js";
import { spawnWaves } from "../../src/sharded.js";
import {
  type DiscordStandIn,
  type GatewayEvent,
  type RecordedRequest,
  shardForGuild,
  snowflake,
  startDiscordStandIn,
} from "../support/discord-stand-in.js";
import { botEnv, LOADED_MACHINE_HEARTBEAT_MS, until, within } from "./harness.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHARDED = path.join(ROOT, "dist/src/sharded.js");
const SHARDS = 2;
const QUESTION = "Who leads Syria's side in the talks?";

interface Manager {
  child: ChildProcess;
  stderr(): string;
  exited: Promise<number | null>;
}

const processes: ChildProcess[] = [];
const standIns: DiscordStandIn[] = [];
/** Shard processes seen in the manager's log, so afterAll can kill any that outlived a failed test. */
const shardPids = new Set<number>();

afterEach(async () => {
  for (const s of standIns.splice(0)) await s.close();
});

afterAll(() => {
  for (const child of processes)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const pid of shardPids) if (alive(pid)) process.kill(pid, "SIGKILL");
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A shard whose manager was killed is reparented; once it exits it stays a zombie until init reaps it,
  // which can take a while: that is not running.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.charAt(stat.lastIndexOf(")") + 2);
    return state !== "Z" && state !== "X";
  } catch {
    return true;
  }
}

/** A guild id that Discord's routing, (id >> 22) % count, puts on `shard`. */
function guildOnShard(shard: number, count: number): string {
  for (;;) {
    const id = snowflake();
    if (shardForGuild(id, count) === shard) return id;
  }
}

interface World {
  s: DiscordStandIn;
  guilds: Array<{ id: string; channelId: string }>;
}

async function world(): Promise<World> {
  const guilds = Array.from({ length: SHARDS }, (_, shard) => ({
    id: guildOnShard(shard, SHARDS),
    channelId: snowflake(),
  }));
  const s = await startDiscordStandIn({
    shards: SHARDS,
    guilds: guilds.map((g) => ({ id: g.id, channels: [{ id: g.channelId }] })),
    heartbeatIntervalMs: LOADED_MACHINE_HEARTBEAT_MS,
  });
  standIns.push(s);
  return { s, guilds };
}

/** The manager with exactly the variables the bot reads (a developer's .env only fills unset ones). */
function startManager(w: World, env: Record<string, string>): Manager {
  const child = spawn(process.execPath, [SHARDED], {
    cwd: ROOT,
    env: botEnv({
      DISCORD_TOKEN: w.s.token,
      DISCORD_API_URL: w.s.apiUrl,
      // Every question in these channels is answered, not only mentions (asks for Message Content).
      QA_CHANNEL_IDS: w.guilds.map((g) => g.channelId).join(","),
      ...env,
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  processes.push(child);
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
    for (const match of stderr.matchAll(/"childPid":(\d+)/g)) shardPids.add(Number(match[1]));
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

/** JSON log lines (the manager's and every shard's: they share its stderr). */
function logLines(m: Manager): Array<Record<string, unknown>> {
  return m
    .stderr()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** pid of each shard's process, from the manager's "shard process started" lines. */
function pidsByShard(m: Manager): Map<number, number> {
  const out = new Map<number, number>();
  for (const line of logLines(m)) {
    if (line.msg === "shard process started") out.set(Number(line.shard), Number(line.childPid));
  }
  return out;
}

type Identify = Extract<GatewayEvent, { type: "identify" }>;

const identifies = (s: DiscordStandIn) => s.gatewayEvents.filter((e): e is Identify => e.type === "identify");

function expectAnswered(reply: RecordedRequest): void {
  expect(reply.status, JSON.stringify(reply.response)).toBeLessThan(300);
  expect(JSON.stringify(reply.body)).toContain("Dalati");
}

/** Every shard up, each answering a slash command and a channel question in its own guild. */
async function checkShards(w: World, m: Manager): Promise<void> {
  await within(
    Promise.race([
      w.s.waitForReady(50_000),
      m.exited.then((code) => {
        throw new Error(`manager exited (${code}) before the shards were ready:\n${m.stderr()}`);
      }),
    ]),
    51_000,
    "both shards READY",
  );

  // One IDENTIFY per shard, each on its own connection, with its own [id, 2].
  const ids = identifies(w.s);
  expect(ids.map((e) => e.shard).sort()).toEqual([
    [0, SHARDS],
    [1, SHARDS],
  ]);
  expect(new Set(ids.map((e) => e.connectionId)).size).toBe(SHARDS);
  // Two processes, one per shard, each logging as its shard.
  await until(() => pidsByShard(m).size === SHARDS, 5_000, "both shard processes in the log");
  const pids = pidsByShard(m);
  expect(new Set(pids.values()).size).toBe(SHARDS);
  const connectedLines = () => logLines(m).filter((l) => l.msg === "connected to Discord");
  await until(() => connectedLines().length === SHARDS, 5_000, "both shards' ready line");
  const connected = connectedLines();
  expect(connected.map((l) => [l.shard, l.pid]).sort()).toEqual(
    [...pids].map(([shard, pid]) => [shard, pid]).sort(),
  );

  for (const [shard, guild] of w.guilds.entries()) {
    const command = w.s.sendInteraction({
      kind: "command",
      name: "ask",
      options: { question: QUESTION },
      guildId: guild.id,
      user: { id: snowflake(), username: `asker-${shard}` },
    });
    const message = w.s.sendMessage({
      content: QUESTION,
      channelId: guild.channelId,
      author: { id: snowflake(), username: `writer-${shard}` },
    });
    expectAnswered(await command.reply);
    expectAnswered(await message.reply);
  }
  // Each event went out on the connection of the shard owning its guild, and only there: what answered it
  // was that shard's process.
  const delivered = w.s.gatewayEvents.filter(
    (e): e is Extract<GatewayEvent, { type: "dispatch" }> =>
      e.type === "dispatch" && (e.t === "INTERACTION_CREATE" || e.t === "MESSAGE_CREATE"),
  );
  expect(delivered.map((e) => [e.t, e.shardId, e.delivered]).sort()).toEqual(
    [
      ["INTERACTION_CREATE", 0, true],
      ["INTERACTION_CREATE", 1, true],
      ["MESSAGE_CREATE", 0, true],
      ["MESSAGE_CREATE", 1, true],
    ].sort(),
  );
}

/** SIGTERM to the manager: every gateway closed normally by its client, every process gone, exit 0. */
async function checkCleanStop(w: World, m: Manager): Promise<void> {
  const pids = [...pidsByShard(m).values()];
  m.child.kill("SIGTERM");
  expect(await within(m.exited, 10_000, "the manager to exit after SIGTERM")).toBe(0);
  const closes = w.s.gatewayEvents.filter(
    (e): e is Extract<GatewayEvent, { type: "close" }> => e.type === "close",
  );
  // The connection each shard had when the manager was stopped (a shard killed earlier left an older one).
  const current = new Map(identifies(w.s).map((e) => [e.shard?.[0], e.connectionId]));
  expect(current.size).toBe(SHARDS);
  for (const connectionId of current.values()) {
    expect(closes.find((c) => c.connectionId === connectionId)).toMatchObject({ by: "client", code: 1000 });
  }
  for (const pid of pids) expect(alive(pid), `shard process ${pid} still running`).toBe(false);
  expect(m.stderr()).not.toContain(w.s.token);
}

describe("npm run start:sharded against a stand-in with 2 shards", () => {
  test("BOT_SHARD_COUNT=2: one process per shard, each answers on its own connection; SIGTERM stops all", async () => {
    const w = await world();
    const m = startManager(w, { BOT_SHARD_COUNT: String(SHARDS) });
    await checkShards(w, m);
    await checkCleanStop(w, m);
  }, 120_000);

  test("BOT_SHARD_COUNT=auto: the count comes from GET /gateway/bot on DISCORD_API_URL", async () => {
    const w = await world();
    const m = startManager(w, { BOT_SHARD_COUNT: "auto" });
    await checkShards(w, m);
    // The manager's own request (before any shard), then one per shard.
    const gatewayBot = w.s.requests.filter((r) => r.method === "GET" && r.path === "/gateway/bot");
    expect(gatewayBot.length).toBeGreaterThanOrEqual(SHARDS + 1);
    expect(gatewayBot.every((r) => r.status === 200)).toBe(true);
    const started = logLines(m).find((l) => l.msg === "starting shards");
    expect(started).toMatchObject({ shards: SHARDS, requested: "auto", recommended: SHARDS });
    await checkCleanStop(w, m);
  }, 120_000);

  test("a manager killed outright takes its shards with it", async () => {
    const w = await world();
    const m = startManager(w, { BOT_SHARD_COUNT: String(SHARDS) });
    await within(w.s.waitForReady(50_000), 51_000, "both shards READY");
    await until(() => pidsByShard(m).size === SHARDS, 5_000, "both shard processes in the log");
    const pids = [...pidsByShard(m).values()];
    m.child.kill("SIGKILL");
    // The IPC channel closes with the manager; each shard then shuts down as on SIGTERM.
    await until(() => pids.every((pid) => !alive(pid)), 10_000, "the orphaned shards to exit");
    // Every shard's gateway connection is gone. Whether each closed with 1000 is not asserted here: with the
    // manager killed, a shard's log writes go to a pipe nobody reads, and under load one may exit before its
    // close frame is sent (the SIGTERM test above asserts the normal close).
    await until(
      () => w.s.gatewayEvents.filter((e) => e.type === "close").length >= SHARDS,
      5_000,
      "both gateway connections to close",
    );
  }, 120_000);

  test("a shard that dies after READY is started again and answers again", async () => {
    const w = await world();
    const m = startManager(w, { BOT_SHARD_COUNT: String(SHARDS) });
    await checkShards(w, m);
    const first = pidsByShard(m).get(1) as number;
    process.kill(first, "SIGKILL");
    await until(
      () => identifies(w.s).filter((e) => e.shard?.[0] === 1).length === 2,
      20_000,
      "shard 1 to identify again",
    );
    await until(() => pidsByShard(m).get(1) !== first, 5_000, "a new process for shard 1");
    const guild = w.guilds[1] as { id: string; channelId: string };
    const again = w.s.sendInteraction({
      kind: "command",
      name: "ask",
      options: { question: QUESTION },
      guildId: guild.id,
      user: { id: snowflake(), username: "asker-again" },
    });
    expectAnswered(await again.reply);
    await checkCleanStop(w, m);
  }, 120_000);

  test("a rejected token: one line, exit 1, no shard started", async () => {
    const w = await world();
    const m = startManager(w, { BOT_SHARD_COUNT: "auto", DISCORD_TOKEN: "wrong.token.value" });
    expect(await within(m.exited, 15_000, "the manager to exit")).toBe(1);
    expect(m.stderr()).toMatch(/rejected the bot token/);
    expect(pidsByShard(m).size).toBe(0);
    expect(identifies(w.s)).toHaveLength(0);
  }, 30_000);

  test("BOT_SHARD_COUNT that is neither auto nor a number: named, exit 1", async () => {
    const w = await world();
    const m = startManager(w, { BOT_SHARD_COUNT: "two" });
    expect(await within(m.exited, 15_000, "the manager to exit")).toBe(1);
    expect(m.stderr()).toMatch(/BOT_SHARD_COUNT: must be "auto".*"two"/);
  }, 30_000);
});

describe("shard count and spawn order", () => {
  test.each([
    [undefined, "auto"],
    ["", "auto"],
    [" Auto ", "auto"],
    ["3", 3],
  ] as const)("BOT_SHARD_COUNT=%j → %j", (value, expected) => {
    expect(parseShardCount(value)).toBe(expected);
  });

  test.each(["0", "-1", "1.5", "two"])("BOT_SHARD_COUNT=%j is refused", (value) => {
    expect(() => parseShardCount(value)).toThrow(/BOT_SHARD_COUNT/);
  });

  test("shards identify together up to max_concurrency, in shard order", () => {
    expect(spawnWaves(2, 2)).toEqual([[0, 1]]);
    expect(spawnWaves(2, 16)).toEqual([[0, 1]]);
    expect(spawnWaves(3, 1)).toEqual([[0], [1], [2]]);
    expect(spawnWaves(5, 2)).toEqual([[0, 1], [2, 3], [4]]);
  });
});
