import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseEnv } from "node:util";
import { describe, expect, test } from "vitest";
import {
  ConfigError,
  DEFAULT_API_URL,
  describeConfig,
  knowledgeDirOf,
  loadConfig,
  loadDotEnv,
  parseShardCount,
  SHARD_COUNT_VARIABLE,
} from "../src/config.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../src/knowledge/knowledge-dir.js";

function problemsOf(env: NodeJS.ProcessEnv) {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe("loadConfig", () => {
  test("defaults with an empty environment: terminal mode", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      token: undefined,
      qaChannelIds: [],
      cooldown: { maxQuestions: 5, windowMs: 10_000 },
      logLevel: "info",
      apiUrl: DEFAULT_API_URL,
      restTimeoutMs: 15_000,
      dataDir: "data",
      feedbackRetentionDays: 90,
    });
  });

  test("reads every variable", () => {
    const config = loadConfig({
      DISCORD_TOKEN: "abc.def.ghi",
      DISCORD_CLIENT_ID: "123456789012345678",
      GUILD_ID: "223456789012345678",
      QA_CHANNEL_IDS: " 111111111111111111, 222222222222222222 ,,111111111111111111",
      COOLDOWN_MAX_QUESTIONS: "3",
      COOLDOWN_WINDOW_SECONDS: "20",
      LOG_LEVEL: "DEBUG",
      DISCORD_API_URL: "http://127.0.0.1:4567/api/",
      DISCORD_REST_TIMEOUT_MS: "2000",
      DATA_DIR: "/var/lib/bot",
      FEEDBACK_RETENTION_DAYS: "30",
    });
    expect(config).toEqual({
      token: "abc.def.ghi",
      clientId: "123456789012345678",
      guildId: "223456789012345678",
      qaChannelIds: ["111111111111111111", "222222222222222222"],
      cooldown: { maxQuestions: 3, windowMs: 20_000 },
      logLevel: "debug",
      apiUrl: "http://127.0.0.1:4567/api",
      restTimeoutMs: 2000,
      knowledgeDir: DEFAULT_KNOWLEDGE_DIR,
      indexCacheDir: undefined,
      shard: undefined,
      dataDir: "/var/lib/bot",
      feedbackRetentionDays: 30,
    });
  });

  test("blank values count as unset", () => {
    expect(loadConfig({ DISCORD_TOKEN: "  ", GUILD_ID: "", QA_CHANNEL_IDS: "" }).token).toBeUndefined();
  });

  test.each([
    ["DISCORD_CLIENT_ID", "my-app", /Application ID/],
    ["GUILD_ID", "abc", /Copy Server ID/],
    ["QA_CHANNEL_IDS", "123,general", /"general" is not a channel id/],
    ["COOLDOWN_MAX_QUESTIONS", "lots", /whole number/],
    ["COOLDOWN_MAX_QUESTIONS", "0", /greater than 0/],
    ["FEEDBACK_RETENTION_DAYS", "forever", /whole number/],
    ["COOLDOWN_WINDOW_SECONDS", "1.5", /whole number/],
    ["LOG_LEVEL", "loud", /one of fatal, error/],
    ["DISCORD_API_URL", "not a url", /http\(s\) URL/],
    ["DISCORD_API_URL", "ftp://example.com", /http\(s\) URL/],
    ["DISCORD_REST_TIMEOUT_MS", "-5", /greater than 0/],
    ["DISCORD_TOKEN", "has a space", /must not contain spaces/],
  ])("%s=%j is rejected, naming the variable", (variable, value, message) => {
    const problems = problemsOf({ [variable]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.variable).toBe(variable);
    expect(problems[0]?.message).toMatch(message);
  });

  test("several bad values are all reported at once", () => {
    const problems = problemsOf({ GUILD_ID: "x", LOG_LEVEL: "y" });
    expect(problems.map((p) => p.variable).sort()).toEqual(["GUILD_ID", "LOG_LEVEL"]);
  });

  test("a malformed token is never echoed", () => {
    const secret = "secret token value";
    const problems = problemsOf({ DISCORD_TOKEN: secret });
    expect(JSON.stringify(problems)).not.toContain("secret");
    try {
      loadConfig({ DISCORD_TOKEN: secret });
    } catch (err) {
      expect(String((err as Error).message)).not.toContain(secret);
    }
  });

  test("describeConfig (what gets logged) has no token", () => {
    const described = describeConfig(loadConfig({ DISCORD_TOKEN: "abc.def.ghi-secret" }));
    expect(JSON.stringify(described)).not.toContain("abc.def.ghi-secret");
  });
});

describe("variables discord.js reads itself", () => {
  const manager = { SHARDING_MANAGER: "true", SHARDING_MANAGER_MODE: "process" };

  test("a shard of the sharding manager: SHARDS/SHARD_COUNT become config.shard", () => {
    expect(loadConfig({ ...manager, SHARDS: "1", SHARD_COUNT: "2" }, true).shard).toEqual({
      id: 1,
      count: 2,
    });
  });

  test.each([
    // Outside the manager (npm start, ask, deploy-commands): present at all, even empty, is refused.
    [{ SHARD_COUNT: "auto" }, false, ["SHARD_COUNT"], /set only by the sharding manager.*BOT_SHARD_COUNT/],
    [{ SHARD_COUNT: "" }, false, ["SHARD_COUNT"], /remove it from \.env/],
    [{ SHARDS: "0" }, false, ["SHARDS"], /read by discord\.js itself/],
    [{ SHARDING_MANAGER_MODE: "worker" }, false, ["SHARDING_MANAGER_MODE"], /sharding manager/],
    // Inside: what the manager sets must be usable, and there must be a manager to talk to.
    [{ ...manager, SHARDS: "0", SHARD_COUNT: "auto" }, true, ["SHARD_COUNT"], /"auto"/],
    [{ ...manager, SHARDS: "[0,1]", SHARD_COUNT: "2" }, true, ["SHARDS"], /"\[0,1\]"/],
    [{ ...manager, SHARDS: "2", SHARD_COUNT: "2" }, true, ["SHARDS"], /not below SHARD_COUNT 2/],
    [{ ...manager, SHARDS: "0", SHARD_COUNT: "1" }, false, ["SHARDING_MANAGER"], /sharding manager/],
    [
      { SHARDING_MANAGER: "true", SHARDS: "0", SHARD_COUNT: "1" },
      true,
      ["SHARDING_MANAGER_MODE"],
      /undefined/,
    ],
  ] as const)("%j (IPC channel: %s) is refused, naming %j", (env, ipc, variables, message) => {
    let problems: readonly { variable: string; message: string }[] = [];
    try {
      loadConfig({ ...env }, ipc);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      problems = err.problems;
    }
    expect(problems.map((p) => p.variable)).toEqual(variables);
    expect(problems[0]?.message).toMatch(message);
  });
});

describe("path variables", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "paths-"));
  const file = path.join(dir, "a-file");
  writeFileSync(file, "");

  test("existing or creatable directories are resolved into the config", () => {
    const config = loadConfig({ KNOWLEDGE_DIR: dir, INDEX_CACHE_DIR: path.join(dir, "new", "cache") });
    expect(config.knowledgeDir).toBe(dir);
    expect(config.indexCacheDir).toBe(path.join(dir, "new", "cache"));
    expect(loadConfig({ KNOWLEDGE_DIR: " " }).knowledgeDir).toBe(DEFAULT_KNOWLEDGE_DIR);
  });

  // One resolver for every entry point: the bot's configuration and the tools' --kb DIR agree.
  test.each([
    ["--kb DIR over KNOWLEDGE_DIR", "kb-dir", { KNOWLEDGE_DIR: dir }, path.resolve("kb-dir")],
    ["KNOWLEDGE_DIR without --kb", undefined, { KNOWLEDGE_DIR: dir }, dir],
    ["a blank KNOWLEDGE_DIR: the shipped base", undefined, { KNOWLEDGE_DIR: " " }, DEFAULT_KNOWLEDGE_DIR],
    ["neither: the shipped base", undefined, {}, DEFAULT_KNOWLEDGE_DIR],
  ])("the knowledge folder, %s", (_, kb, env, expected) => {
    expect(knowledgeDirOf(kb, env)).toBe(expected);
    if (kb === undefined) expect(loadConfig(env).knowledgeDir).toBe(expected);
  });

  test("a wrong KNOWLEDGE_DIR names the variable to the tools, and stops none given --kb DIR", () => {
    const missing = { KNOWLEDGE_DIR: path.join(dir, "missing") };
    expect(() => knowledgeDirOf(undefined, missing)).toThrow(/KNOWLEDGE_DIR: no such directory/);
    expect(knowledgeDirOf(dir, missing)).toBe(dir);
  });

  test.each([
    ["KNOWLEDGE_DIR", path.join(dir, "missing"), /no such directory .*Fix the path, or unset it/],
    ["KNOWLEDGE_DIR", file, /is a file, not a directory/],
    ["INDEX_CACHE_DIR", file, /is a file, not a directory/],
    ["INDEX_CACHE_DIR", path.join(file, "cache"), /cannot be created: .*a-file is a file/],
    ["DATA_DIR", file, /is a file, not a directory/],
  ])("%s=%j is refused, naming the variable", (variable, value, message) => {
    const problems = problemsOf({ [variable]: value });
    expect(problems.map((p) => p.variable)).toEqual([variable]);
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.message).toContain(value);
  });

  test("a relative path is shown resolved against the working directory", () => {
    expect(problemsOf({ KNOWLEDGE_DIR: "no/such/dir" })[0]?.message).toContain(
      `"no/such/dir", i.e. ${path.resolve("no/such/dir")}`,
    );
  });
});

describe(".env.example", () => {
  test("every variable is valid as shipped, with a token filled in", () => {
    const shipped = parseEnv(readFileSync(path.resolve(import.meta.dirname, "../.env.example"), "utf8"));
    const env: Record<string, string> = { ...shipped, DISCORD_TOKEN: "abc.def.ghi" };
    expect(() => loadConfig(env, false)).not.toThrow();
    expect(parseShardCount(env[SHARD_COUNT_VARIABLE])).toBe("auto");
    // Names discord.js reads from process.env itself must never be in the example.
    for (const name of ["SHARDS", "SHARD_COUNT", "SHARDING_MANAGER", "SHARDING_MANAGER_MODE"]) {
      expect(Object.keys(shipped)).not.toContain(name);
    }
  });
});

describe(".env", () => {
  test.each([
    ["A=1", { A: "1" }],
    ["export A=1", { A: "1" }],
    ['A="x y" ', { A: "x y" }],
    ["A='x # y'", { A: "x # y" }],
    ["A=x # comment", { A: "x" }],
    ["# comment\n\nA=1\r\nB=", { A: "1", B: "" }],
    ['A="line\\nbreak"', { A: "line\nbreak" }],
    ["not a line", {}],
  ])("loadDotEnv reads %j as %j", (text, expected) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "env-")), ".env");
    writeFileSync(file, text);
    const env: NodeJS.ProcessEnv = {};
    loadDotEnv(file, env);
    expect(env).toEqual(expected);
  });

  test("loadDotEnv does not override the real environment", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "env-"));
    const file = path.join(dir, ".env");
    writeFileSync(file, "LOG_LEVEL=debug\nGUILD_ID=123\n");
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: "warn" };
    expect(loadDotEnv(file, env)).toEqual(["GUILD_ID"]);
    expect(env).toEqual({ LOG_LEVEL: "warn", GUILD_ID: "123" });
    expect(loadDotEnv(path.join(dir, "missing"), env)).toEqual([]);
  });
});
