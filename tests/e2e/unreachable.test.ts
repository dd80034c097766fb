// Start-up against an address that does not work, as a new admin meets it: a closed port on 127.0.0.1
// (refused at once) and a server that accepts the connection and never answers. The bot, the sharding
// manager and deploy-commands each print one line naming the address and DISCORD_API_URL and exit 1:
// within 10 s when refused, and within the (here shortened) REST timeout when silent.

import { createServer, type Server, type Socket } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startNode } from "../support/node-process.js";
import { botEnv, DEPLOY, MAIN, ROOT, within } from "./harness.js";

const SHARDED = path.join(ROOT, "dist/src/sharded.js");
/** The REST timeout for the silent server: short, so the test is quick; the default is 15 s (capped at 25). */
const SILENT_TIMEOUT_MS = 2_000;

let silent: Server;
const held: Socket[] = [];
let silentUrl: string;
let closedUrl: string;

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

beforeAll(async () => {
  silent = createServer((socket) => {
    held.push(socket); // accepted, never answered
  });
  silentUrl = `http://127.0.0.1:${await listen(silent)}/api`;
  // A port that was just free: nothing listens there, so the connection is refused.
  const probe = createServer();
  closedUrl = `http://127.0.0.1:${await listen(probe)}/api`;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});

afterAll(async () => {
  for (const socket of held) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

/** Runs an entry point to its end (bounded) and returns its exit code, output and run time. */
async function run(file: string, env: Record<string, string>, args: string[] = [], limitMs = 20_000) {
  const started = Date.now();
  const { child, stdout, stderr, exited } = startNode(file, {
    args,
    cwd: ROOT,
    env: botEnv({ DISCORD_TOKEN: "abc.def.ghi", DISCORD_CLIENT_ID: "123", ...env }),
  });
  try {
    const code = await within(exited, limitMs, `${path.basename(file)} to exit`);
    return { code, stdout: stdout(), stderr: stderr(), ms: Date.now() - started };
  } finally {
    child.kill("SIGKILL");
  }
}

function expectOneLine(stderr: string, url: string, reason: RegExp): void {
  const lines = stderr.split("\n").filter((l) => l.includes("Could not reach Discord"));
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toContain(url);
  expect(lines[0]).toMatch(reason);
  expect(lines[0]).toMatch(/DISCORD_API_URL/);
  expect(stderr).not.toMatch(/\n\s+at |^\{/m);
}

const entries = [
  ["the bot (npm start)", MAIN, []],
  ["the sharding manager (npm run start:sharded)", SHARDED, []],
  ["deploy-commands", DEPLOY, ["--force"]],
] as const;

describe.each(entries)("%s", (_, file, args) => {
  test("a refused connection: one line, exit 1 (10 s at most)", async () => {
    const r = await run(file, { DISCORD_API_URL: closedUrl }, [...args], 10_000);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, closedUrl, /connection refused/);
  });

  test("a server that never answers: one line naming DISCORD_REST_TIMEOUT_MS too, exit 1", async () => {
    const r = await run(
      file,
      { DISCORD_API_URL: silentUrl, DISCORD_REST_TIMEOUT_MS: String(SILENT_TIMEOUT_MS) },
      [...args],
      // The timeout, then process start-up on a busy machine; discord.js's retries alone would take 4×.
      SILENT_TIMEOUT_MS + 15_000,
    );
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, silentUrl, /no answer within 2 s .*DISCORD_REST_TIMEOUT_MS/);
  });
});

describe("path variables name themselves", () => {
  const missing = path.join(ROOT, "no-such-knowledge-dir");
  const ASK = path.join(ROOT, "dist/src/cli/ask.js");
  const CHECK = path.join(ROOT, "dist/src/knowledge/check.js");
  test.each([
    [
      "the bot",
      { KNOWLEDGE_DIR: missing },
      MAIN,
      [],
      /KNOWLEDGE_DIR: no such directory .*no-such-knowledge-dir/,
    ],
    ["the bot", { KNOWLEDGE_DIR: "package.json" }, MAIN, [], /KNOWLEDGE_DIR: is a file, not a directory/],
    ["the bot", { INDEX_CACHE_DIR: "package.json/cache" }, MAIN, [], /INDEX_CACHE_DIR: cannot be created/],
    ["ask", { KNOWLEDGE_DIR: missing }, ASK, ["Who?"], /KNOWLEDGE_DIR: no such directory/],
    ["kb:check", { KNOWLEDGE_DIR: missing }, CHECK, [], /KNOWLEDGE_DIR: no such directory/],
    ["deploy-commands", { INDEX_CACHE_DIR: "package.json" }, DEPLOY, [], /INDEX_CACHE_DIR: is a file/],
    [
      "the bot",
      { DATA_DIR: "package.json/data" },
      MAIN,
      [],
      /DATA_DIR: cannot be created: .*package\.json is a file/,
    ],
  ])("%s with %j", async (_, env, file, args, message) => {
    const r = await run(file, { DISCORD_TOKEN: "", ...env }, args, 15_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Fix the path, or unset it for the default/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });
});
