// Set-up failures every entry point reports the same way (bot, sharding manager, `ask`, deploy-commands):
// one plain message on stderr naming what to fix, exit code 1, never a stack trace. The knowledge base's
// loader is not imported here (startup-knowledge.ts is): the Discord bot loads it after identifying.
import { type Config, ConfigError, loadConfig } from "./config.js";
import { formatProblem, KnowledgeBaseError } from "./knowledge/problems.js";

/** Prints the lines to stderr and exits 1. */
export function exitWithMessage(lines: readonly string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}

export function configErrorLines(error: ConfigError): string[] {
  return ["Invalid configuration:", ...error.problems.map((p) => `  ${p.variable}: ${p.message}`)];
}

function knowledgeBaseErrorLines(error: KnowledgeBaseError): string[] {
  return [
    `The knowledge base has ${error.problems.length} problem(s):`,
    ...error.problems.map((p) => `  ${formatProblem(p)}`),
  ];
}

/** The message for a configuration or knowledge-base error; undefined for anything else (a bug). */
export function setUpErrorLines(err: unknown): string[] | undefined {
  if (err instanceof ConfigError) return configErrorLines(err);
  if (err instanceof KnowledgeBaseError) return knowledgeBaseErrorLines(err);
  return undefined;
}

/** The value, or — for a configuration or knowledge-base error — its message on stderr and exit 1. */
export function orExit<T>(load: () => T): T {
  try {
    return load();
  } catch (err) {
    const lines = setUpErrorLines(err);
    if (lines) exitWithMessage(lines);
    throw err;
  }
}

/** The validated configuration, or a message naming each bad variable and exit 1. */
export function loadConfigOrExit(): Config {
  return orExit(loadConfig);
}
