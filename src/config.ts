// Configuration from the environment (and a `.env` file if present), checked by hand (below: why not zod). Every error
// names the variable and says how to fix it. The config object is never logged whole: it holds the token.
import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { DEFAULT_KNOWLEDGE_DIR } from "./knowledge/knowledge-dir.js";
import { LOG_LEVELS, type LogLevel } from "./log.js";

export const DEFAULT_API_URL = "https://discord.com/api";
/** Relative to the working directory; git-ignored. */
const DEFAULT_DATA_DIR = "data";

export interface Config {
  /** Unset → terminal mode. */
  token: string | undefined;
  clientId: string | undefined;
  guildId: string | undefined;
  /** Channels where every question gets an answer (needs the Message Content intent). */
  qaChannelIds: string[];
  cooldown: { maxQuestions: number; windowMs: number };
  logLevel: LogLevel;
  /** REST base URL without version; discord.js reads the gateway URL from GET /gateway/bot. */
  apiUrl: string;
  restTimeoutMs: number;
  /** The knowledge base's folder, absolute (knowledgeDirOf): KNOWLEDGE_DIR, else the shipped base. */
  knowledgeDir: string;
  /** INDEX_CACHE_DIR, resolved; undefined → node_modules/.cache/… under the project. */
  indexCacheDir: string | undefined;
  /** Set when this process is one shard of `npm run start:sharded` (from the manager's SHARDS/SHARD_COUNT). */
  shard: { id: number; count: number } | undefined;
  /** Where the database (settings, feedback, unanswered questions) lives; created on first start. */
  dataDir: string;
  /** Answers, votes and unanswered questions older than this are deleted. */
  feedbackRetentionDays: number;
}

interface ConfigProblem {
  variable: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

// Real snowflakes have 17–20 digits; local stand-ins sometimes use short ids, so only "digits" is enforced.
const SNOWFLAKE = /^\d{1,20}$/;

/**
 * The environment's values read by hand, not with zod: the bot reads its configuration before it connects to
 * Discord, and importing zod (~95 modules) was a tenth of its CPU time to IDENTIFY (docs/evaluation.md, tenth
 * stop, speed); zod checks the knowledge base once the bot has connected. Each reader returns the value, or
 * adds the variable's problem (one, the first rule it breaks) and returns a stand-in: loadConfig then throws.
 */
type Problems = ConfigProblem[];

/** A bad value's problem: the message, and the value as set (never the token's, even a malformed one). */
function bad(env: NodeJS.ProcessEnv, problems: Problems, variable: string, message: string): void {
  const value = env[variable];
  const shown = variable === "DISCORD_TOKEN" || value === undefined ? "" : ` (got ${JSON.stringify(value)})`;
  problems.push({ variable, message: `${message}${shown}` });
}

/** Trimmed; blank counts as unset. */
function envValue(env: NodeJS.ProcessEnv, variable: string): string | undefined {
  const value = env[variable]?.trim();
  return value === "" ? undefined : value;
}

function snowflake(env: NodeJS.ProcessEnv, variable: string, how: string, problems: Problems) {
  const value = envValue(env, variable);
  if (value === undefined || SNOWFLAKE.test(value)) return value;
  bad(env, problems, variable, `must be a numeric Discord id (snowflake); ${how}`);
  return undefined;
}

/** A whole number > 0 (written as JavaScript's Number() reads it: "15000", "1e3"), or the fallback when unset. */
function positiveInt(
  env: NodeJS.ProcessEnv,
  variable: string,
  fallback: number,
  how: string,
  problems: Problems,
): number {
  const value = envValue(env, variable);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (Number.isSafeInteger(n) && n > 0) return n;
  bad(
    env,
    problems,
    variable,
    `must be ${Number.isSafeInteger(n) ? "greater than 0" : "a whole number"}; ${how}`,
  );
  return fallback;
}

function qaChannelIds(env: NodeJS.ProcessEnv, problems: Problems): string[] {
  const ids = (envValue(env, "QA_CHANNEL_IDS") ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  const wrong = ids.filter((id) => !SNOWFLAKE.test(id));
  if (wrong.length > 0) {
    bad(
      env,
      problems,
      "QA_CHANNEL_IDS",
      `${wrong.map((id) => JSON.stringify(id)).join(", ")} ${wrong.length === 1 ? "is not a channel id" : "are not channel ids"}; use comma-separated numeric ids (right-click a channel → Copy Channel ID), or leave it empty`,
    );
  }
  return [...new Set(ids)];
}

function logLevel(env: NodeJS.ProcessEnv, problems: Problems): LogLevel {
  const value = envValue(env, "LOG_LEVEL")?.toLowerCase() ?? "info";
  if ((LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel;
  bad(env, problems, "LOG_LEVEL", `must be one of ${LOG_LEVELS.join(", ")}`);
  return "info";
}

/** An http(s) URL with its "://" ("http:host" is refused), tabs and line breaks removed as the URL parser does. */
function apiUrl(env: NodeJS.ProcessEnv, problems: Problems): string {
  const value = envValue(env, "DISCORD_API_URL");
  if (value === undefined) return DEFAULT_API_URL;
  const url = /^https?:\/\//i.test(value) ? URL.parse(value) : null;
  if (url && /^https?:$/.test(url.protocol)) return value.replace(/[\t\n\r]/g, "");
  bad(
    env,
    problems,
    "DISCORD_API_URL",
    `must be an http(s) URL such as ${DEFAULT_API_URL} (the default) or http://127.0.0.1:PORT/api`,
  );
  return DEFAULT_API_URL;
}

/** Every variable of the configuration but the paths and the shard, read and checked. */
function valuesFromEnv(env: NodeJS.ProcessEnv, problems: Problems) {
  const token = envValue(env, "DISCORD_TOKEN");
  if (token !== undefined && !/^\S+$/.test(token)) {
    bad(
      env,
      problems,
      "DISCORD_TOKEN",
      "must not contain spaces; copy the token from Developer Portal → Bot → Reset Token",
    );
  }
  return {
    token,
    clientId: snowflake(
      env,
      "DISCORD_CLIENT_ID",
      "copy the Application ID from Developer Portal → General Information",
      problems,
    ),
    guildId: snowflake(
      env,
      "GUILD_ID",
      "right-click the server → Copy Server ID (Developer Mode on), or leave it empty",
      problems,
    ),
    qaChannelIds: qaChannelIds(env, problems),
    maxQuestions: positiveInt(
      env,
      "COOLDOWN_MAX_QUESTIONS",
      5,
      "e.g. 5 (questions per user per window)",
      problems,
    ),
    windowSeconds: positiveInt(env, "COOLDOWN_WINDOW_SECONDS", 10, "e.g. 10", problems),
    logLevel: logLevel(env, problems),
    apiUrl: apiUrl(env, problems),
    restTimeoutMs: positiveInt(env, "DISCORD_REST_TIMEOUT_MS", 15_000, "e.g. 15000 (milliseconds)", problems),
    dataDir: envValue(env, "DATA_DIR") ?? DEFAULT_DATA_DIR,
    feedbackRetentionDays: positiveInt(
      env,
      "FEEDBACK_RETENTION_DAYS",
      90,
      "e.g. 90 (days questions and votes are kept)",
      problems,
    ),
  };
}

/** Path variables, each with what it must be. Relative paths are resolved against the working directory. */
const PATH_VARIABLES = {
  KNOWLEDGE_DIR: "an existing directory holding the knowledge base (articles/, entities.json, lexicon.json)",
  INDEX_CACHE_DIR: "a directory the bot may create and write to (the index cache of a large base)",
  DATA_DIR: "a directory the bot may create and write to (its database, bot.sqlite)",
} as const;
type PathVariable = keyof typeof PATH_VARIABLES;

function kindOf(file: string): "directory" | "file" | "missing" {
  try {
    return statSync(file).isDirectory() ? "directory" : "file";
  } catch {
    return "missing";
  }
}

/**
 * Checks the path variables that are set (blank counts as unset) and returns them resolved. Each problem
 * names the variable, the path as resolved (relative paths depend on the working directory) and what fits.
 */
function pathsFromEnv(
  env: NodeJS.ProcessEnv,
  names: readonly PathVariable[] = Object.keys(PATH_VARIABLES) as PathVariable[],
): { paths: Partial<Record<PathVariable, string>>; problems: ConfigProblem[] } {
  const paths: Partial<Record<PathVariable, string>> = {};
  const problems: ConfigProblem[] = [];
  for (const variable of names) {
    const raw = env[variable]?.trim();
    if (!raw) continue;
    const resolved = path.resolve(raw);
    const shown = resolved === raw ? JSON.stringify(raw) : `${JSON.stringify(raw)}, i.e. ${resolved}`;
    const fail = (what: string) =>
      problems.push({
        variable,
        message: `${what} (got ${shown}); it must be ${PATH_VARIABLES[variable]}. Fix the path, or unset it for the default`,
      });
    const kind = kindOf(resolved);
    if (variable === "KNOWLEDGE_DIR") {
      if (kind !== "directory") fail(kind === "file" ? "is a file, not a directory" : "no such directory");
    } else if (kind === "file") {
      fail("is a file, not a directory");
    } else {
      // A missing cache directory is created on first save: its nearest existing ancestor must allow that.
      let existing = resolved;
      while (kindOf(existing) === "missing" && path.dirname(existing) !== existing)
        existing = path.dirname(existing);
      if (kindOf(existing) !== "directory") fail(`cannot be created: ${existing} is a file`);
      else {
        try {
          accessSync(existing, constants.W_OK);
        } catch {
          fail(`${existing} is not writable`);
        }
      }
    }
    if (!problems.some((p) => p.variable === variable)) paths[variable] = resolved;
  }
  return { paths, problems };
}

/**
 * One path variable, checked and resolved; undefined when unset (or blank). For the tools that read no
 * other configuration (`ask`, kb:check, kb:add). Throws ConfigError naming the variable and how to fix it.
 */
export function pathFromEnv(
  variable: PathVariable,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const { paths, problems } = pathsFromEnv(env, [variable]);
  if (problems.length > 0) throw new ConfigError(problems);
  return paths[variable];
}

/**
 * The knowledge base's folder, absolute, for every entry point: a command's `--kb DIR` when given, else
 * KNOWLEDGE_DIR (`fromEnv`, checked), else the shipped base. KNOWLEDGE_DIR is read only without `--kb`: a
 * wrong one does not stop a command pointed elsewhere.
 */
function knowledgeDirFrom(kb: string | undefined, fromEnv: () => string | undefined): string {
  return path.resolve(kb ?? fromEnv() ?? DEFAULT_KNOWLEDGE_DIR);
}

/**
 * The knowledge base's folder for the tools that read no other configuration (`ask`, kb:check, kb:add,
 * kb:review): `--kb DIR`, else KNOWLEDGE_DIR, else the shipped base. A wrong KNOWLEDGE_DIR throws ConfigError
 * naming the variable; a wrong DIR is the loader's to report (it names the folder).
 */
export function knowledgeDirOf(kb: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return knowledgeDirFrom(kb, () => pathFromEnv("KNOWLEDGE_DIR", env));
}

/** The shard count `npm run start:sharded` starts: a project name, because discord.js reads SHARD_COUNT. */
export const SHARD_COUNT_VARIABLE = "BOT_SHARD_COUNT";

/** BOT_SHARD_COUNT: unset, empty or `auto` → Discord's recommendation; otherwise a whole number ≥ 1. */
export function parseShardCount(value: string | undefined): number | "auto" {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "" || v === "auto") return "auto";
  if (!/^\d+$/.test(v) || Number(v) < 1) {
    throw new ConfigError([
      {
        variable: SHARD_COUNT_VARIABLE,
        message: `must be "auto" (Discord's recommendation) or a whole number of shards ≥ 1 (got ${JSON.stringify(value)})`,
      },
    ]);
  }
  return Number(v);
}

/** The shard count of `npm run start:sharded`, from BOT_SHARD_COUNT. Throws ConfigError naming it. */
export function shardCountFromEnv(env: NodeJS.ProcessEnv = process.env): number | "auto" {
  return parseShardCount(env[SHARD_COUNT_VARIABLE]);
}

/**
 * The token as set, before the configuration is validated: what a logger started first must redact.
 * Never logged or shown.
 */
export function tokenToRedact(env: NodeJS.ProcessEnv = process.env): string {
  return env.DISCORD_TOKEN ?? "";
}

/**
 * discord.js's Client reads these from process.env itself when it is constructed, and crashes on a value it
 * cannot use (SHARD_COUNT=auto: "The shardCount option must be a number…"; SHARDS=x: a JSON SyntaxError).
 * Only the sharding manager may set them, for its shard processes (with an IPC channel to it); anywhere
 * else they are an error that names the variable, never a stack trace. DISCORD_TOKEN is checked above.
 */
function shardFromEnv(
  env: NodeJS.ProcessEnv,
  hasManagerChannel: boolean,
): { shard: Config["shard"]; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const notOurs = (variable: string) =>
    problems.push({
      variable,
      message: `is read by discord.js itself and is set only by the sharding manager for its shards; remove it from .env and the environment${variable === "SHARD_COUNT" ? ` (the number of shards for npm run start:sharded is ${SHARD_COUNT_VARIABLE})` : ""} (got ${JSON.stringify(env[variable])})`,
    });
  if (!env.SHARDING_MANAGER) {
    for (const variable of ["SHARDS", "SHARD_COUNT", "SHARDING_MANAGER_MODE"]) {
      if (variable in env) notOurs(variable);
    }
    return { shard: undefined, problems };
  }
  if (!hasManagerChannel) notOurs("SHARDING_MANAGER");
  if (env.SHARDING_MANAGER_MODE !== "process") notOurs("SHARDING_MANAGER_MODE");
  const whole = (variable: string, min: number) => {
    const value = env[variable] ?? "";
    if (/^\d{1,9}$/.test(value) && Number(value) >= min) return Number(value);
    notOurs(variable);
    return undefined;
  };
  const id = whole("SHARDS", 0);
  const count = whole("SHARD_COUNT", 1);
  if (id === undefined || count === undefined) return { shard: undefined, problems };
  if (id >= count) {
    problems.push({ variable: "SHARDS", message: `shard ${id} is not below SHARD_COUNT ${count}` });
  }
  return { shard: { id, count }, problems };
}

/**
 * Reads configuration from an environment object (process.env by default). Throws ConfigError.
 * `hasManagerChannel`: whether this process has an IPC channel (a sharding manager's shard has one).
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  hasManagerChannel: boolean = process.send !== undefined,
): Config {
  const problems: ConfigProblem[] = [];
  const e = valuesFromEnv(env, problems);
  const sharding = shardFromEnv(env, hasManagerChannel);
  const paths = pathsFromEnv(env);
  problems.push(...sharding.problems, ...paths.problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    token: e.token,
    clientId: e.clientId,
    guildId: e.guildId,
    qaChannelIds: e.qaChannelIds,
    cooldown: { maxQuestions: e.maxQuestions, windowMs: e.windowSeconds * 1000 },
    logLevel: e.logLevel,
    apiUrl: e.apiUrl.replace(/\/+$/, ""),
    restTimeoutMs: e.restTimeoutMs,
    knowledgeDir: knowledgeDirFrom(undefined, () => paths.paths.KNOWLEDGE_DIR),
    indexCacheDir: paths.paths.INDEX_CACHE_DIR,
    shard: sharding.shard,
    dataDir: e.dataDir,
    feedbackRetentionDays: e.feedbackRetentionDays,
  };
}

/**
 * Loads `.env` into `env` without overriding variables that are already set. Returns the keys it set.
 * The parsing is Node's own (util.parseEnv, the parser behind `node --env-file` and process.loadEnvFile):
 * `#` comments (also after an unquoted value), `export `, single, double and back quotes, multi-line
 * double-quoted values with \n. process.loadEnvFile itself is not used because it can only write to
 * process.env, and tests load into their own object.
 */
export function loadDotEnv(file = ".env", env: NodeJS.ProcessEnv = process.env): string[] {
  if (!existsSync(file)) return [];
  const set: string[] = [];
  for (const [key, value] of Object.entries(parseEnv(readFileSync(file, "utf8")))) {
    if (env[key] === undefined && value !== undefined) {
      env[key] = value;
      set.push(key);
    }
  }
  return set;
}

/** What is safe to log about the configuration. */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    mode: config.token ? "discord" : "terminal",
    clientId: config.clientId,
    guildId: config.guildId,
    qaChannels: config.qaChannelIds.length,
    cooldown: config.cooldown,
    logLevel: config.logLevel,
    apiUrl: config.apiUrl,
    restTimeoutMs: config.restTimeoutMs,
    shard: config.shard,
    dataDir: config.dataDir,
    feedbackRetentionDays: config.feedbackRetentionDays,
  };
}
