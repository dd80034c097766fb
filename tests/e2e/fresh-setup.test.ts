// What a new admin does, step by step: a fresh copy of the project (only what git tracks, plus the build and
// the installed dependencies), `cp .env.example .env`, the secrets in the environment, start. The bot must
// reach IDENTIFY against the local stand-in with every other variable exactly as the example ships it.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { snowflake, startDiscordStandIn } from "../support/discord-stand-in.js";
import { freshCopy } from "./fresh-copy.js";
import { makeToken, within } from "./harness.js";

let copy: string;

beforeAll(() => {
  copy = freshCopy("fresh-setup");
  cpSync(path.join(copy, ".env.example"), path.join(copy, ".env"));
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test("cp .env.example .env, token in the environment, npm start: the bot identifies, with no build", async () => {
  const applicationId = snowflake();
  const guildId = snowflake();
  const { token } = makeToken(applicationId);
  const s = await startDiscordStandIn({
    token,
    applicationId,
    guilds: [{ id: guildId, channels: [{ id: snowflake() }] }],
  });
  // Only what a shell would have plus the secrets: every other variable comes from the copied .env.
  const child = spawn("npm", ["start"], {
    cwd: copy,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DISCORD_TOKEN: token,
      DISCORD_API_URL: s.apiUrl,
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: npm's child (the bot) is stopped with it.
    detached: true,
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  try {
    await within(
      Promise.race([
        s.waitForIdentify(1, 20_000),
        exited.then((code) => {
          throw new Error(`the bot exited with ${code} before IDENTIFY:\n${stderr}`);
        }),
      ]),
      21_000,
      "IDENTIFY",
    );
    await s.waitForReady(10_000);
    expect(stderr).not.toMatch(/\n\s+at /);
    // dist/ is current: npm start runs it as it is (scripts/built.mjs), no tsc.
    expect(stderr).not.toMatch(/Building first/);
  } finally {
    const group = -(child.pid as number);
    process.kill(group, "SIGTERM");
    await within(exited, 10_000, "the bot to stop").catch(() => process.kill(group, "SIGKILL"));
    await s.close();
  }
}, 40_000);

test("an older .env with SHARD_COUNT (a name discord.js reads itself): one line naming it, exit 1", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "old-env-"));
  try {
    writeFileSync(path.join(dir, ".env"), "SHARD_COUNT=auto\n");
    const child = spawn(process.execPath, [path.join(copy, "dist/src/main.js")], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? "",
        DISCORD_TOKEN: "abc.def.ghi",
        DISCORD_API_URL: "http://127.0.0.1:9/api",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await within(
      new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c))),
      15_000,
      "the bot to exit",
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/SHARD_COUNT: is read by discord\.js itself.*BOT_SHARD_COUNT.*"auto"/);
    expect(stderr).not.toMatch(/\n\s+at |ClientInvalidOption/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
