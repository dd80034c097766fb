// The terminal mode as a real child process: compiled JS, piped stdin, no DISCORD_TOKEN.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { startNode } from "../support/node-process.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MAIN = path.join(ROOT, "dist/src/main.js");

// dist/ is built once for the whole run by tests/e2e/global-setup.ts.

async function run(
  input: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DISCORD_TOKEN: _token, ...rest } = process.env;
  // Run from a temporary-free directory without .env surprises: cwd is the project, env has no token.
  const terminal = startNode(MAIN, {
    cwd: ROOT,
    env: { ...rest, DISCORD_TOKEN: "", QA_CHANNEL_IDS: "", LOG_LEVEL: "info", ...env },
    stdin: "pipe",
  });
  terminal.child.stdin?.end(input);
  const code = await terminal.exited;
  return { code, stdout: terminal.stdout(), stderr: terminal.stderr() };
}

describe("terminal mode (child process)", () => {
  test("answers piped lines through the commands and exits at EOF", async () => {
    const { code, stdout, stderr } = await run(
      [
        "Who leads Syria's side in the talks?",
        "/who-leads side:israel",
        "/timeline",
        "/about",
        "/help",
        "What is the capital of France?",
      ].join("\n"),
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Dalati/);
    expect(stdout).toMatch(/\[1\] “/);
    expect(stdout).toMatch(/Sources:/);
    expect(stdout).toMatch(/1967/);
    expect(stdout).toMatch(/About this bot/);
    expect(stdout).toMatch(/\/who-leads/);
    expect(stdout).toMatch(/I can't answer that/);
  });

  test("quit stops before later lines", async () => {
    const { code, stdout } = await run("quit\nWho leads Syria's side?\n");
    expect(code).toBe(0);
    expect(stdout).toBe("");
  });

  test("a bad variable names it and exits 1 without a stack trace", async () => {
    const { code, stdout, stderr } = await run("", { GUILD_ID: "not-a-number" });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("GUILD_ID");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test("a missing knowledge directory names KNOWLEDGE_DIR and exits 1 without a stack trace", async () => {
    const { code, stderr } = await run("", { KNOWLEDGE_DIR: path.join(ROOT, "tests/terminal/no-such-dir") });
    expect(code).toBe(1);
    expect(stderr).toMatch(/KNOWLEDGE_DIR: no such directory .*no-such-dir/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
