// Start-up benchmark (`npm run bench -- start`): spawn → first IDENTIFY at the local Discord stand-in, for
// what an admin runs — `npm start` on a built checkout — next to `node dist/src/main.js`, the bare discord.js
// bot (bench/bare-bot.ts, the floor) and, for the record, the old `npm start` that ran tsc before every start.
// Rounds are interleaved (one start of each program per round) so a change in machine load hits all alike.
// Target: `npm start` within 2× the bare bot (median).
import { type ChildProcess, spawn } from "node:child_process";
import { loadavg } from "node:os";
import path from "node:path";
import { startDiscordStandIn } from "../tests/support/discord-stand-in.js";
import type { BenchContext, BenchSection } from "./run.js";
import { median } from "./stats.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DEFAULT_ROUNDS = 7;
/** The old start runs tsc every time (4–14 s): a few rounds are enough to show it. */
const OLD_START_ROUNDS = 3;
const TARGET_RATIO = 2;

interface Program {
  label: string;
  command: string;
  args: string[];
  rounds?: number;
}

const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");

const PROGRAMS: readonly Program[] = [
  {
    label: "bare discord.js (`node dist/bench/bare-bot.js`)",
    command: process.execPath,
    args: ["dist/bench/bare-bot.js"],
  },
  { label: "`node dist/src/main.js`", command: process.execPath, args: ["dist/src/main.js"] },
  { label: "`npm start` (built checkout)", command: "npm", args: ["start"] },
  {
    label: "before: tsc, then node (the old `npm start`)",
    command: "sh",
    args: [
      "-c",
      `"${process.execPath}" "${TSC}" -p tsconfig.build.json && exec "${process.execPath}" dist/src/main.js`,
    ],
    rounds: OLD_START_ROUNDS,
  },
];

/** Milliseconds from spawn to the stand-in's first IDENTIFY; the whole process group is stopped after. */
async function startToIdentify(program: Program): Promise<number> {
  const s = await startDiscordStandIn({ guilds: [{ id: "1", channels: [{ id: "2" }] }] });
  const spawnedAt = Date.now();
  const child: ChildProcess = spawn(program.command, program.args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DISCORD_TOKEN: s.token,
      DISCORD_API_URL: s.apiUrl,
      DISCORD_CLIENT_ID: "",
      GUILD_ID: "",
      QA_CHANNEL_IDS: "",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "ignore", "pipe"],
    // Its own process group: npm and sh have children, and all of them must go.
    detached: true,
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  try {
    await Promise.race([
      s.waitForIdentify(1, 60_000),
      exited.then(() => {
        throw new Error(`${program.label} exited before IDENTIFY:\n${stderr}`);
      }),
    ]);
    const identify = s.gatewayEvents.find((e) => e.type === "identify");
    if (!identify) throw new Error("no IDENTIFY recorded");
    return identify.at - spawnedAt;
  } finally {
    if (child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    await s.close();
  }
}

async function run(context: BenchContext): Promise<string> {
  const rounds = Number(context.options.get("start-rounds") ?? DEFAULT_ROUNDS);
  const samples = new Map<Program, number[]>(PROGRAMS.map((p) => [p, []]));
  for (let round = 0; round < rounds; round++) {
    for (const program of PROGRAMS) {
      if (round >= (program.rounds ?? rounds)) continue;
      const ms = await startToIdentify(program);
      samples.get(program)?.push(ms);
      context.log(`round ${round + 1}: ${program.label} ${ms} ms`);
    }
  }
  const bare = median(samples.get(PROGRAMS[0] as Program) ?? []);
  const rows = PROGRAMS.map((program) => {
    const values = samples.get(program) ?? [];
    const m = median(values);
    const target = program.args[0] === "start" ? `≤ ${TARGET_RATIO}×` : "";
    const met = target ? (m <= TARGET_RATIO * bare ? "yes" : "**no**") : "";
    return `| ${program.label} | ${values.length} | ${m} | ${Math.min(...values)} | ${(m / bare).toFixed(2)}× | ${target} | ${met} |`;
  });
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
  return [
    `Run ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, load average ${load} (1 / 5 / 15 min) at the end.`,
    "Spawn → first IDENTIFY at the local stand-in, in ms; rounds interleaved; ratio of medians to the bare bot.",
    "",
    "| program | starts | median (ms) | fastest (ms) | ÷ bare | target | met |",
    "|---|--:|--:|--:|--:|--:|:-:|",
    ...rows,
  ].join("\n");
}

export const startSection: BenchSection = {
  id: "start",
  title: "Start-up: npm start against a bare discord.js bot",
  run,
};
