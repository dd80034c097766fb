// What a new admin does, step by step: a fresh copy of the project (only what git tracks, plus the build and
// the installed dependencies), `cp .env.example .env`, the secrets in the environment, start. The bot must
// reach IDENTIFY against the local stand-in with every other variable exactly as the example ships it.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { snowflake, startDiscordStandIn } from "../support/discord-stand-in.js";
import { makeToken, ROOT, within } from "./harness.js";

let copy: string;

/** The project as a fresh clone has it (tracked files), with dist/ and node_modules/ from this checkout. */
function freshCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "fresh-setup-"));
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter((file) => file !== "");
  for (const file of tracked) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    // A file deleted in the working tree but not yet in git is not part of the copy.
    cpSync(path.join(ROOT, file), path.join(dir, file), { force: true, errorOnExist: false });
  }
  cpSync(path.join(ROOT, "dist"), path.join(dir, "dist"), { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  cpSync(path.join(dir, ".env.example"), path.join(dir, ".env"));
  return dir;
}

beforeAll(() => {
  copy = freshCopy();
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test("cp .env.example .env, token in the environment, start: the bot identifies", async () => {
  const applicationId = snowflake();
  const guildId = snowflake();
  const { token } = makeToken(applicationId);
  const s = await startDiscordStandIn({
    token,
    applicationId,
    guilds: [{ id: guildId, channels: [{ id: snowflake() }] }],
  });
  // Only what a shell would have plus the secrets: every other variable comes from the copied .env.
  const child = spawn(process.execPath, ["dist/src/main.js"], {
    cwd: copy,
    env: { PATH: process.env.PATH ?? "", DISCORD_TOKEN: token, DISCORD_API_URL: s.apiUrl },
    stdio: ["ignore", "pipe", "pipe"],
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
  } finally {
    child.kill("SIGTERM");
    await within(exited, 10_000, "the bot to stop").catch(() => child.kill("SIGKILL"));
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
