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
): Promise<{ code: number | null; stdout: string; stderr: string; pid: number | undefined }> {
  const { DISCORD_TOKEN: _token, ...rest } = process.env;
  // Run from a temporary-free directory without .env surprises: cwd is the project, env has no token.
  const terminal = startNode(MAIN, {
    cwd: ROOT,
    env: { ...rest, DISCORD_TOKEN: "", QA_CHANNEL_IDS: "", LOG_LEVEL: "info", ...env },
    stdin: "pipe",
  });
  terminal.child.stdin?.end(input);
  const code = await terminal.exited;
  return { code, stdout: terminal.stdout(), stderr: terminal.stderr(), pid: terminal.child.pid };
}

describe("terminal mode (child process)", () => {
  test("answers piped lines through the commands and exits at EOF", async () => {
    const { code, stdout, stderr, pid } = await run(
      [
        "Who leads Syria's side in the talks?",
        "/who-leads side:israel",
        "/timeline",
        "/about",
        "/help",
        "What is the capital of France?",
      ].join("\n"),
    );
    // One log line, the pid a curator's kb:publish --pid needs: stdout is answers only (the third curator
    // trial fed the terminal mode from a fifo and found its pid nowhere).
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({
      pid,
      msg: `terminal mode started; kill -HUP ${pid} reloads the knowledge base`,
    });
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

// A curator's last step is a reload (README, curating a new article): the terminal, as the bot, re-reads
// KNOWLEDGE_DIR on SIGHUP. It had no handler, and SIGHUP's default ended it without a word.
describe("terminal mode: SIGHUP reloads the knowledge base", () => {
  test("an article added to KNOWLEDGE_DIR answers after SIGHUP; a broken base is refused and the old one answers", async () => {
    const { copyKnowledgeBase, removeCopies, editJson, FACTS_REL, factById } = await import(
      "../knowledge/tmp-kb.js"
    );
    const { addArticle } = await import("../../src/knowledge/add.js");
    const live = copyKnowledgeBase();
    const scratch = copyKnowledgeBase();
    const august = addArticle([
      "--kb",
      scratch,
      path.join(ROOT, "tests/fixtures/followups/2025-08-paris-talks.txt"),
    ]);
    const { DISCORD_TOKEN: _token, ...rest } = process.env;
    const terminal = startNode(MAIN, {
      cwd: ROOT,
      env: { ...rest, DISCORD_TOKEN: "", QA_CHANNEL_IDS: "", LOG_LEVEL: "info", KNOWLEDGE_DIR: live },
      stdin: "pipe",
    });
    const question = "Who was Syria's intelligence chief at the Paris talks in August?\n";
    /** Waits (bounded) until stdout or stderr holds `text` `times` times. */
    const until = async (read: () => string, text: string, times = 1) => {
      for (let i = 0; i < 300 && read().split(text).length - 1 < times; i++)
        await new Promise((r) => setTimeout(r, 100));
    };
    try {
      terminal.child.stdin?.write(question);
      await until(terminal.stdout, "\n\n");
      expect(terminal.stdout()).not.toContain("Salameh");
      // The curator's copy into the live base, then the reload.
      const { cpSync } = await import("node:fs");
      cpSync(path.join(scratch, "articles", august.id), path.join(live, "articles", august.id), {
        recursive: true,
      });
      cpSync(path.join(scratch, "entities.json"), path.join(live, "entities.json"));
      terminal.child.kill("SIGHUP");
      await until(terminal.stderr, "knowledge base reloaded");
      terminal.child.stdin?.write(question);
      await until(terminal.stdout, "Salameh");
      expect(terminal.stdout()).toContain("Salameh");
      // A broken base: refused with kb:check's lines, the previous one goes on answering.
      editJson(live, FACTS_REL, (data) => {
        factById(data, "golan-occupied-since-1967").statement = "";
      });
      terminal.child.kill("SIGHUP");
      await until(terminal.stderr, "reload refused");
      expect(terminal.stderr()).toContain("must not be empty");
      terminal.child.stdin?.end(question);
      expect(await terminal.exited).toBe(0);
      expect(terminal.stdout().split("Salameh").length - 1).toBeGreaterThanOrEqual(2);
    } finally {
      if (terminal.child.exitCode === null) terminal.child.kill("SIGKILL");
      removeCopies();
    }
  });
});
