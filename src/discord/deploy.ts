// `npm run deploy-commands`: registers the slash commands with Discord — in one server (GUILD_ID, instant)
// or globally — and skips the request when the command set has not changed since the last deploy.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { REST, Routes } from "discord.js";
import { commandPayload } from "../commands/index.js";
import { type Config, ConfigError, loadDotEnv, tokenToRedact } from "../config.js";
import { createLogger, type Logger } from "../log.js";
import { isMainModule } from "../shared/main-module.js";
import { configErrorLines, loadConfigOrExit } from "../startup.js";
import { startAnswerTimeoutMs, unreachableMessage } from "./reach.js";

const TOKEN_REJECTED =
  "Discord rejected the bot token (401). Reset the token in the Developer Portal → Bot, and put the new one in DISCORD_TOKEN.";

interface DeployOptions {
  config: Pick<Config, "token" | "clientId" | "guildId" | "apiUrl" | "restTimeoutMs">;
  /** Where the hash file lives; default the working directory. */
  hashDir?: string;
  force?: boolean;
  body?: unknown[];
}

interface DeployResult {
  sent: boolean;
  hash: string;
  hashFile: string;
  count: number;
  scope: "guild" | "global";
}

function commandsHash(body: unknown, apiUrl: string): string {
  // The API URL is part of it: deploying to a local stand-in must not mark Discord itself as up to date.
  return createHash("sha256").update(JSON.stringify({ apiUrl, body })).digest("hex");
}

export function hashFileName(clientId: string, guildId: string | undefined): string {
  return `.deploy-hash.${clientId}.${guildId ?? "global"}.json`;
}

function storedHash(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as { hash?: unknown };
    return typeof parsed.hash === "string" ? parsed.hash : undefined;
  } catch {
    return undefined; // A damaged file only costs one extra deploy.
  }
}

export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const { config } = options;
  const problems = [];
  if (!config.token) problems.push({ variable: "DISCORD_TOKEN", message: "is required to deploy commands" });
  if (!config.clientId) {
    problems.push({
      variable: "DISCORD_CLIENT_ID",
      message:
        "is required to deploy commands; copy the Application ID from Developer Portal → General Information",
    });
  }
  if (!config.token || !config.clientId) throw new ConfigError(problems);

  const body = options.body ?? commandPayload(config.guildId ? "guild" : "global");
  const hash = commandsHash(body, config.apiUrl);
  const hashFile = path.join(options.hashDir ?? process.cwd(), hashFileName(config.clientId, config.guildId));
  const scope = config.guildId ? "guild" : "global";
  const result = { hash, hashFile, count: body.length, scope } as const;
  if (!options.force && storedHash(hashFile) === hash) return { ...result, sent: false };

  const rest = new REST({ version: "10", api: config.apiUrl, timeout: config.restTimeoutMs }).setToken(
    config.token,
  );
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  // One deadline for the request and discord.js's retries of it, so a silent server fails in < 30 s.
  await rest.put(route, { body, signal: AbortSignal.timeout(startAnswerTimeoutMs(config.restTimeoutMs)) });
  writeFileSync(
    hashFile,
    `${JSON.stringify({ hash, count: body.length, deployedAt: new Date().toISOString() }, null, 2)}\n`,
  );
  return { ...result, sent: true };
}

async function main(log: Logger): Promise<number> {
  loadDotEnv();
  const config = loadConfigOrExit();
  try {
    const result = await deployCommands({ config, force: process.argv.includes("--force") });
    const where =
      result.scope === "guild"
        ? `server ${config.guildId}`
        : "all servers (global; may take a while to appear)";
    if (result.sent) log.info(`Deployed ${result.count} commands to ${where}.`);
    else
      log.info(`Commands unchanged since the last deploy to ${where}; nothing sent (use --force to resend).`);
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const line of configErrorLines(err)) process.stderr.write(`${line}\n`);
      return 1;
    }
    // Set-up mistakes get one plain line naming what to fix; anything else is logged as it is.
    const unreachable = unreachableMessage(config.apiUrl, err, startAnswerTimeoutMs(config.restTimeoutMs));
    const line = unreachable ?? ((err as { status?: unknown }).status === 401 ? TOKEN_REJECTED : undefined);
    if (line) process.stderr.write(`${line}\n`);
    else log.error({ err }, "deploying commands failed");
    return 1;
  }
}

if (isMainModule(import.meta.url)) {
  const log = createLogger({ level: "info", secrets: [tokenToRedact()] });
  main(log).then((code) => {
    process.exitCode = code;
  });
}
